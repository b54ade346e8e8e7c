import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  clientFromEnvironment,
  planFromIssues,
  readRepository
} from "./chunk-ZICONPD7.js";
import "./chunk-DFATJFQZ.js";
import "./chunk-XHRHC6IW.js";
import "./chunk-2JV77M2F.js";
import "./chunk-EXRDESWW.js";
import "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";
export {
  clientFromEnvironment,
  planFromIssues,
  readRepository
};
