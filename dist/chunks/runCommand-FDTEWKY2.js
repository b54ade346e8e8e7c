import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-T54RJOX2.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-UG4QRZME.js";
import "./chunk-DTPBWX4E.js";
import "./chunk-E3V3VL5O.js";
import "./chunk-G5D33S2L.js";
import "./chunk-Z6ZFO7TE.js";
export {
  runCommand
};
