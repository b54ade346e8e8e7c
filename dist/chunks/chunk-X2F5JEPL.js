import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  planFromArgs
} from "./chunk-YB4OTH27.js";
import {
  UsageError
} from "./chunk-UQBKCWIS.js";

// src/cli/planFromSource.ts
async function planFromSource(fileArgument, values, io) {
  const source = values.source ?? "file";
  if (source === "file") {
    if (values.repo !== void 0 || values.label !== void 0) throw new UsageError("--repo and --label go with --source issues");
    return planFromArgs(fileArgument, values, io);
  }
  if (source !== "issues") throw new UsageError(`--source must be "file" or "issues", not "${source}"`);
  if (fileArgument !== void 0) throw new UsageError("--source issues reads the repository given by --repo, not a FILE");
  const { planFromIssues } = await import("./planFromIssues-TTBW5A2Y.js");
  return planFromIssues(values, io);
}

export {
  planFromSource
};
