import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-NTVPF3FF.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-KKPHLLIS.js";
import "./chunk-PAWWX3PZ.js";
import "./chunk-2RVO7TEQ.js";
import "./chunk-JR4NNYQT.js";
import "./chunk-Z6ZFO7TE.js";
export {
  runCommand
};
