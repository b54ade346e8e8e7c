import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  SetStatusError,
  setTaskStatus
} from "./chunk-7CFGHZAK.js";
import "./chunk-ZNORQ5VF.js";
import {
  resolveTasksFile
} from "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  COMMON_OPTIONS,
  TASK_STATUSES,
  formatProblem,
  normalizeStatus,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT,
  UsageError
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/setStatusCommand.ts
async function setStatusCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout(`Usage: waves set-status FILE ID STATUS [--tag T] [--json]
STATUS: ${TASK_STATUSES.join(", ")}
`);
    return EXIT.ok;
  }
  const [fileArgument, id, rawStatus, ...rest] = positionals;
  if (fileArgument === void 0 || id === void 0 || rawStatus === void 0) {
    const missing = fileArgument === void 0 ? "FILE, ID and STATUS" : id === void 0 ? "ID and STATUS" : "STATUS";
    throw new UsageError(`missing ${missing}; usage: waves set-status FILE ID STATUS [--tag T], e.g. waves set-status .taskmaster/tasks/tasks.json 12 done`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"; usage: waves set-status FILE ID STATUS [--tag T]`);
  const status = normalizeStatus(rawStatus);
  if (status.value === void 0) throw new UsageError(`STATUS must be one of ${TASK_STATUSES.join(", ")}, not "${rawStatus}"`);
  if (status.mapped) io.stderr(`waves set-status: status "${rawStatus}" read as "${status.value}"
`);
  const { path, file: shown } = resolveTasksFile(fileArgument, io);
  try {
    const change = await setTaskStatus(path, id, status.value, values.tag === void 0 ? {} : { tag: values.tag });
    for (const problem of change.otherErrors) io.stderr(`${formatProblem({ ...problem, file: shown, severity: "warning" })} (the status was set; fix this too)
`);
    const previous = typeof change.previousWritten === "string" ? change.previousWritten : change.previousWritten === void 0 ? "(none)" : JSON.stringify(change.previousWritten);
    if (values.json) {
      io.stdout(JSON.stringify({ file: shown, tag: change.tag ?? null, id: change.task.id, previous, status: status.value, changed: change.changed }) + "\n");
    } else {
      io.stdout(`${shown}: task ${change.task.id}: ${previous} -> ${status.value}${change.changed ? "" : " (unchanged)"}
`);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SetStatusError)) throw error;
    io.stderr(`waves set-status: ${error.message.split(path).join(shown)}
`);
    return EXIT.problems;
  }
}
export {
  setStatusCommand
};
