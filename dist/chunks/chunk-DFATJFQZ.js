import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  toSingleLine
} from "./chunk-XHRHC6IW.js";

// src/render/escapeMarkdown.ts
var REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  "@": "@\u200B"
};
function escapeMarkdown(text, maxLength) {
  return toSingleLine(text, maxLength).replace(/[&<>`@\\|*_[\]~$#!]/g, (char) => REPLACEMENTS[char] ?? `\\${char}`);
}

export {
  escapeMarkdown
};
