import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  __commonJS,
  __require
} from "./chunk-MMZRYQYA.js";

// builtin-by-require:node:fs
var require_node_fs = __commonJS({
  "builtin-by-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin-by-require:node:path
var require_node_path = __commonJS({
  "builtin-by-require:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_node_fs,
  require_node_path
};
