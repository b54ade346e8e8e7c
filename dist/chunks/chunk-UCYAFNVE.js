import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/cli/packageRoot.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(directory, "package.json")) && existsSync(join(directory, "examples"))) return directory;
    directory = dirname(directory);
  }
  throw new Error("cannot find the wave-orchestrator package root (examples/ is missing from this installation)");
}
function packageVersion() {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

export {
  packageRoot,
  packageVersion
};
