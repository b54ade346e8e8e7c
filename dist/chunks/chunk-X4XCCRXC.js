import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  require_node_fs,
  require_node_path
} from "./chunk-KZ3NXUHJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MMZRYQYA.js";

// builtin-by-require:node:url
var require_node_url = __commonJS({
  "builtin-by-require:node:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// src/cli/packageRoot.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);
function packageRoot() {
  let directory = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(directory, "package.json")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(directory, "examples"))) return directory;
    directory = (0, import_node_path.dirname)(directory);
  }
  throw new Error("cannot find the wave-orchestrator package root (examples/ is missing from this installation)");
}
function packageVersion() {
  const manifest = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(packageRoot(), "package.json"), "utf8"));
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

export {
  packageRoot,
  packageVersion
};
