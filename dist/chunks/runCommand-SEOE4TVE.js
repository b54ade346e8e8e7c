import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-DW3ZJH5R.js";
import "./chunk-L6KWX7FM.js";
import "./chunk-7CFGHZAK.js";
import "./chunk-5KGO5SDV.js";
import "./chunk-ZNORQ5VF.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-M2R37MCA.js";
import "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import "./chunk-EXRDESWW.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";
export {
  runCommand
};
