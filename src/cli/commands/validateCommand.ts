import { countTasks } from '../../sources/parseTasksText.js';
import { EXIT, type CliIO } from '../io.js';
import { loadForCommand } from '../loadForCommand.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';

/** `waves validate [FILE] [--tag T] [--json]`: every problem in the file, exit 1 when there are errors. */
export function validateCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  const { plan, file } = loadForCommand(positionals[0], values.tag, io);
  const { tasks, subtasks } = countTasks(plan);
  if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, tags: plan.tags, format: plan.format, tasks, subtasks, valid: true }) + '\n');
  else io.stdout(`${file}${plan.tag ? ` [${plan.tag}]` : ''}: ${tasks} tasks, ${subtasks} subtasks, no errors.\n`);
  return EXIT.ok;
}
