import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { compareIds } from '../../core/compareIds.js';
import { indexTasks } from '../../core/indexTasks.js';
import { DEFAULT_PROMPT_TEMPLATE } from '../../render/defaultPromptTemplate.js';
import { renderPrompt, TemplateError } from '../../render/renderPrompt.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { loadForCommand } from '../loadForCommand.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';

const PROMPT_OPTIONS = {
  tag: COMMON_OPTIONS.tag,
  debug: COMMON_OPTIONS.debug,
  help: COMMON_OPTIONS.help,
  template: { type: 'string' },
} as const;

const USAGE = 'Usage: waves prompt FILE ID [--tag T] [--template PATH]\n';

/** `waves prompt FILE ID [--tag T] [--template PATH]`: the instructions an agent gets for one task or subtask. */
export function promptCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(args, PROMPT_OPTIONS);
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [fileArgument, id, ...extra] = positionals;
  if (fileArgument === undefined || id === undefined) throw new UsageError(`prompt needs a tasks FILE and a task ID, e.g. "waves prompt tasks.json 267.2"`);
  if (extra.length > 0) throw new UsageError(`prompt takes one FILE and one ID; unexpected "${extra.join(' ')}"`);

  // Read the template before loading the plan, so a wrong --template path fails fast and alone.
  let template = DEFAULT_PROMPT_TEMPLATE;
  if (values.template !== undefined) {
    const path = isAbsolute(values.template) ? values.template : join(io.cwd, values.template);
    try {
      template = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
      io.stderr(`waves prompt: cannot read template ${values.template}: ${reason}. Check the --template path, or leave it out to use the built-in template.\n`);
      return EXIT.problems;
    }
  }

  const { plan, file } = loadForCommand(fileArgument, values.tag, io);
  const index = indexTasks(plan.tasks);
  const task = index.byId.get(id) ?? index.byId.get(index.aliases.get(id) ?? '');
  if (!task) {
    const near = nearbyIds([...index.byId.keys()], id);
    io.stderr(`waves prompt: ${file}${plan.tag ? ` [tag ${plan.tag}]` : ''} has no task or subtask "${id}".${near.length > 0 ? ` Nearby ids: ${near.join(', ')}.` : ' It has no tasks.'}\n`);
    return EXIT.problems;
  }
  try {
    const prompt = renderPrompt(task, plan, template);
    io.stdout(prompt.endsWith('\n') ? prompt : `${prompt}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.stderr(`waves prompt: template ${values.template ?? '(built-in)'}: ${error.message}\n`);
    return EXIT.problems;
  }
}

/** Up to six ids around where `id` would sort, so a typo (`2670`, `267.9`) shows its neighbours. */
function nearbyIds(ids: string[], id: string): string[] {
  const sorted = ids.sort(compareIds);
  let at = sorted.findIndex((candidate) => compareIds(candidate, id) > 0);
  if (at === -1) at = sorted.length;
  const start = Math.max(0, Math.min(at - 3, sorted.length - 6));
  return sorted.slice(start, start + 6);
}
