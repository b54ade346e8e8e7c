import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  clientFromEnvironment,
  planFromIssues,
  readRepository
} from "./chunk-33NSREYX.js";
import "./chunk-T6KEZAJ2.js";
import "./chunk-U5HTBGTF.js";
import "./chunk-Z6ZFO7TE.js";
export {
  clientFromEnvironment,
  planFromIssues,
  readRepository
};
