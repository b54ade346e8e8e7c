import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-EH4NHYI7.js";
import "./chunk-S2VW7UXI.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-T6KEZAJ2.js";
import "./chunk-B2RVAR6E.js";
import "./chunk-KUO5HYNE.js";
import "./chunk-U5HTBGTF.js";
import "./chunk-Z6ZFO7TE.js";
export {
  runCommand
};
