import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  DEFAULT_PROMPT_TEMPLATE,
  TemplateError,
  renderPrompt
} from "./chunk-L6KWX7FM.js";
import {
  loadForCommand
} from "./chunk-MC6XESQO.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-KZ3NXUHJ.js";
import {
  COMMON_OPTIONS,
  compareIds,
  indexTasks,
  parseCommandLine
} from "./chunk-EXRDESWW.js";
import {
  EXIT,
  UsageError
} from "./chunk-UQBKCWIS.js";
import {
  __toESM
} from "./chunk-MMZRYQYA.js";

// src/cli/commands/promptCommand.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var PROMPT_OPTIONS = {
  tag: COMMON_OPTIONS.tag,
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  template: { type: "string" }
};
var USAGE = "Usage: waves prompt FILE ID [--tag T] [--template PATH]\n";
function promptCommand(args, io) {
  const { values, positionals } = parseCommandLine(args, PROMPT_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [fileArgument, id, ...extra] = positionals;
  if (fileArgument === void 0 || id === void 0) throw new UsageError(`prompt needs a tasks FILE and a task ID, e.g. "waves prompt tasks.json 267.2"`);
  if (extra.length > 0) throw new UsageError(`prompt takes one FILE and one ID; unexpected "${extra.join(" ")}"`);
  let template = DEFAULT_PROMPT_TEMPLATE;
  if (values.template !== void 0) {
    const path = (0, import_node_path.isAbsolute)(values.template) ? values.template : (0, import_node_path.join)(io.cwd, values.template);
    try {
      template = (0, import_node_fs.readFileSync)(path, "utf8");
    } catch (error) {
      const code = error.code;
      const reason = code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "it is a directory" : error.message;
      io.stderr(`waves prompt: cannot read template ${values.template}: ${reason}. Check the --template path, or leave it out to use the built-in template.
`);
      return EXIT.problems;
    }
  }
  const { plan, file } = loadForCommand(fileArgument, values.tag, io);
  const index = indexTasks(plan.tasks);
  const task = index.byId.get(id) ?? index.byId.get(index.aliases.get(id) ?? "");
  if (!task) {
    const near = nearbyIds([...index.byId.keys()], id);
    io.stderr(`waves prompt: ${file}${plan.tag ? ` [tag ${plan.tag}]` : ""} has no task or subtask "${id}".${near.length > 0 ? ` Nearby ids: ${near.join(", ")}.` : " It has no tasks."}
`);
    return EXIT.problems;
  }
  try {
    const prompt = renderPrompt(task, plan, template);
    io.stdout(prompt.endsWith("\n") ? prompt : `${prompt}
`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.stderr(`waves prompt: template ${values.template ?? "(built-in)"}: ${error.message}
`);
    return EXIT.problems;
  }
}
function nearbyIds(ids, id) {
  const sorted = ids.sort(compareIds);
  let at = sorted.findIndex((candidate) => compareIds(candidate, id) > 0);
  if (at === -1) at = sorted.length;
  const start = Math.max(0, Math.min(at - 3, sorted.length - 6));
  return sorted.slice(start, start + 6);
}
export {
  promptCommand
};
