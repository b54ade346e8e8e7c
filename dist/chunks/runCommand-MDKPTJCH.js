import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-RY544LOY.js";
import "./chunk-2K2XW6JF.js";
import "./chunk-UMKIJASC.js";
import "./chunk-RJ3BYHNG.js";
import "./chunk-VUF4HQOA.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-QIPHI6LT.js";
import "./chunk-AXDZXKQE.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-PHKPO4NC.js";
import "./chunk-4UXN3F6D.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";
export {
  runCommand
};
