import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  planFromSource
} from "./chunk-X2F5JEPL.js";
import "./chunk-YB4OTH27.js";
import "./chunk-M2R37MCA.js";
import {
  compareUnits,
  pathsOverlap
} from "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  indexTasks,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/nextCommand.ts
async function nextCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  const { plan, result } = await planFromSource(positionals[0], { ...values, "max-parallel": "256" }, io);
  const tasks = indexTasks(plan.tasks).byId;
  const running = result.units.filter((unit) => unit.status === "in-progress").map((unit) => tasks.get(unit.id)?.paths ?? []);
  const best = result.units.filter((unit) => unit.ready && !running.some((paths) => pathsOverlap(paths, tasks.get(unit.id)?.paths ?? []))).sort(compareUnits)[0];
  if (values.json) {
    const task2 = best ? tasks.get(best.id) : void 0;
    io.stdout(JSON.stringify(best && task2 ? { next: { id: best.id, title: best.title, priority: best.priority, status: best.status, agent: best.agent ?? null, complexity: best.complexity ?? null, dependencies: task2.dependencies, chainHours: best.chainHours }, counts: result.counts } : { next: null, waitingOn: result.waitingOn, counts: result.counts }) + "\n");
    return EXIT.ok;
  }
  if (!best) {
    const left = result.counts.total - result.counts.done - result.counts.cancelled;
    io.stdout(left === 0 ? "All done: nothing left.\n" : `Nothing is ready. Running: ${result.inProgress.join(", ") || "none"}.${result.stalled.length ? ` Stalled: ${result.stalled.join(", ")}.` : ""}
`);
    return EXIT.ok;
  }
  const task = tasks.get(best.id);
  io.stdout(`Next: ${best.id}  ${best.title}
  priority ${best.priority}${best.complexity ? `, complexity ${best.complexity}/10` : ""}${best.agent ? `, agent ${best.agent}` : ""}
  dependencies: ${task?.dependencies.join(", ") || "none"}
`);
  return EXIT.ok;
}
export {
  nextCommand
};
