import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-QDXPKOST.js";
import "./chunk-OYMLQINY.js";
import "./chunk-DYBMZCAG.js";
import "./chunk-FROTYIXN.js";
import "./chunk-2LR7DLPJ.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-4CTNKBOV.js";
import "./chunk-KJQRZ5WT.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-VWFNVLLS.js";
import "./chunk-FMPK35IP.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-YT3EKTYR.js";
export {
  runCommand
};
