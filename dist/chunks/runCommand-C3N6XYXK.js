import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  runCommand
} from "./chunk-IWP3I5UG.js";
import "./chunk-DLTFYGCY.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-7W6J56EK.js";
import "./chunk-BBLPHEH2.js";
import "./chunk-U4NFM2EP.js";
import "./chunk-7ZW7EM7Y.js";
import "./chunk-Z6ZFO7TE.js";
export {
  runCommand
};
