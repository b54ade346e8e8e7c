import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/render/toSingleLine.ts
var BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
var BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function toSingleLine(text, maxLength = Number.POSITIVE_INFINITY) {
  const line = text.replace(BREAKING, " ").replace(BIDI, "").replace(/\s+/g, " ").trim();
  if (line.length <= maxLength) return line;
  const points = Array.from(line);
  if (points.length <= maxLength) return line;
  return points.slice(0, Math.max(0, maxLength - 1)).join("").trimEnd() + "\u2026";
}

export {
  toSingleLine
};
