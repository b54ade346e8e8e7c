import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  countTasks,
  loadForCommand
} from "./chunk-MC6XESQO.js";
import "./chunk-KZ3NXUHJ.js";
import {
  COMMON_OPTIONS,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT
} from "./chunk-UQBKCWIS.js";
import "./chunk-MMZRYQYA.js";

// src/cli/commands/validateCommand.ts
function validateCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  const { plan, file } = loadForCommand(positionals[0], values.tag, io);
  const { tasks, subtasks } = countTasks(plan);
  if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, tags: plan.tags, format: plan.format, tasks, subtasks, valid: true }) + "\n");
  else io.stdout(`${file}${plan.tag ? ` [${plan.tag}]` : ""}: ${tasks} tasks, ${subtasks} subtasks, no errors.
`);
  return EXIT.ok;
}
export {
  validateCommand
};
