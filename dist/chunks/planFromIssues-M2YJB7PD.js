import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  clientFromEnvironment,
  planFromIssues,
  readRepository
} from "./chunk-OJHCXE7G.js";
import "./chunk-DFATJFQZ.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-AXDZXKQE.js";
import "./chunk-4UXN3F6D.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";
export {
  clientFromEnvironment,
  planFromIssues,
  readRepository
};
