import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  packageRoot,
  packageVersion
} from "./chunk-X4XCCRXC.js";
import "./chunk-KZ3NXUHJ.js";
import "./chunk-MMZRYQYA.js";
export {
  packageRoot,
  packageVersion
};
