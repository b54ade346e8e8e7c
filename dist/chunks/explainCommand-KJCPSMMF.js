import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  createExplainer
} from "./chunk-PK2PZYJ5.js";
import {
  planFromSource
} from "./chunk-X2F5JEPL.js";
import "./chunk-YB4OTH27.js";
import "./chunk-M2R37MCA.js";
import "./chunk-2JV77M2F.js";
import "./chunk-ZKU5KU4T.js";
import "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  PLAN_OPTIONS,
  parseCommandLine,
  readPools
} from "./chunk-EXRDESWW.js";
import {
  EXIT,
  UsageError
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/explainCommand.ts
var USAGE_LINE = "waves explain [FILE] ID [--tag T] [--max-parallel N] [--pool C=N] [--granularity task|subtask] [--max-dispatches-per-day N] [--json]";
async function explainCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  if (values.help) {
    io.stdout(`Usage: ${USAGE_LINE}
`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(`missing ID; usage: ${USAGE_LINE}`);
  if (positionals.length > 2) throw new UsageError(`unexpected argument "${positionals[2]}"; usage: ${USAGE_LINE}`);
  const [fileArgument, id] = positionals.length === 2 ? positionals : [void 0, positionals[0]];
  const { plan, result, file } = await planFromSource(fileArgument, values, io);
  const explanation = createExplainer(plan, result, { pools: readPools(values.pool) })(id);
  if (!explanation) {
    const known = result.units.map((unit2) => unit2.id);
    const shown = known.slice(0, 12).join(", ") + (known.length > 12 ? `, ... (${known.length} in all)` : "");
    io.stderr(`waves explain: ${file}${plan.tag !== void 0 ? ` (tag ${plan.tag})` : ""}: no ${result.granularity === "subtask" ? "unit" : "task"} with id ${id}${result.granularity === "task" && id?.includes(".") ? " (subtasks are units with --granularity subtask)" : ""}; known ids: ${shown || "none"}
`);
    return EXIT.problems;
  }
  if (values.json) {
    io.stdout(JSON.stringify(explanation) + "\n");
    return EXIT.ok;
  }
  const unit = result.units.find((candidate) => candidate.id === explanation.id);
  const lines = [`${explanation.id}${unit ? `  ${unit.title}` : ""}: ${explanation.status}${explanation.dispatchNow ? ", dispatched now" : explanation.ready ? ", ready" : ""}`];
  for (const reason of explanation.reasons) lines.push(`  ${reason.kind}: ${reason.text}`);
  if (explanation.reasons.length === 0 && explanation.dispatchNow) lines.push("  nothing holds it back: the next planner run starts it");
  io.stdout(lines.join("\n") + "\n");
  return EXIT.ok;
}
export {
  explainCommand
};
