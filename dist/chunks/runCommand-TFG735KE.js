import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-KBIPF6EO.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-W5FVHPCK.js";
import "./chunk-RDBPE4CR.js";
import "./chunk-75BPBQYM.js";
import "./chunk-QTXW4ZYP.js";
import "./chunk-Z6ZFO7TE.js";
export {
  runCommand
};
