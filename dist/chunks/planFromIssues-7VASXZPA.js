import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  clientFromEnvironment,
  planFromIssues,
  readRepository
} from "./chunk-DNF7DCFV.js";
import "./chunk-DFATJFQZ.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-KJQRZ5WT.js";
import "./chunk-FMPK35IP.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-YT3EKTYR.js";
export {
  clientFromEnvironment,
  planFromIssues,
  readRepository
};
