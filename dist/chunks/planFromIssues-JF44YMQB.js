import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  clientFromEnvironment,
  planFromIssues,
  readRepository
} from "./chunk-JPHFMUR3.js";
import "./chunk-ZFBAIYBU.js";
import "./chunk-37YRZNYR.js";
import "./chunk-U5VXKIRA.js";
export {
  clientFromEnvironment,
  planFromIssues,
  readRepository
};
