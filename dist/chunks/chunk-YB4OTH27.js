import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  applyLoopGates
} from "./chunk-M2R37MCA.js";
import {
  planWaves,
  readDailyBudget
} from "./chunk-2JV77M2F.js";
import {
  loadForCommand
} from "./chunk-MC6XESQO.js";
import {
  formatProblem,
  readGranularity,
  readMaxParallel,
  readPools
} from "./chunk-EXRDESWW.js";
import {
  TasksFileError
} from "./chunk-UQBKCWIS.js";

// src/cli/planFromArgs.ts
function planFromArgs(fileArgument, values, io) {
  const maxParallel = readMaxParallel(values["max-parallel"]);
  const pools = readPools(values.pool);
  const granularity = readGranularity(values.granularity);
  const maxPerDay = readDailyBudget(values["max-dispatches-per-day"]);
  const { plan, file } = loadForCommand(fileArgument, values.tag, io);
  const result = applyLoopGates(plan, planWaves(plan, { maxParallel, pools, granularity }), maxPerDay, (/* @__PURE__ */ new Date()).toISOString());
  const errors = result.problems.filter((problem) => problem.severity === "error");
  for (const problem of result.problems) io.stderr(formatProblem({ ...problem, file }) + "\n");
  if (errors.length > 0) {
    io.stderr(`${file}: ${errors.length} problem${errors.length === 1 ? "" : "s"} found; nothing was planned or written.
`);
    throw new TasksFileError("planning problems");
  }
  return { plan, result, file };
}

export {
  planFromArgs
};
