import { TASK_STATUSES } from '../../core/model.js';
import { normalizeStatus } from '../../core/normalizeStatus.js';
import { SetStatusError, setTaskStatus } from '../../write/setTaskStatus.js';
import { formatProblem } from '../formatProblem.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { resolveTasksFile } from '../loadForCommand.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';

/**
 * `waves set-status FILE ID STATUS [--tag T] [--json]`: changes one task's status and nothing
 * else in the file, under a lock, so parallel calls (matrix legs finishing together) all land.
 */
export async function setStatusCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout(`Usage: waves set-status FILE ID STATUS [--tag T] [--json]\nSTATUS: ${TASK_STATUSES.join(', ')}\n`);
    return EXIT.ok;
  }
  const [fileArgument, id, rawStatus, ...rest] = positionals;
  if (fileArgument === undefined || id === undefined || rawStatus === undefined) {
    const missing = fileArgument === undefined ? 'FILE, ID and STATUS' : id === undefined ? 'ID and STATUS' : 'STATUS';
    throw new UsageError(`missing ${missing}; usage: waves set-status FILE ID STATUS [--tag T], e.g. waves set-status .taskmaster/tasks/tasks.json 12 done`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"; usage: waves set-status FILE ID STATUS [--tag T]`);
  const status = normalizeStatus(rawStatus);
  if (status.value === undefined) throw new UsageError(`STATUS must be one of ${TASK_STATUSES.join(', ')}, not "${rawStatus}"`);
  if (status.mapped) io.stderr(`waves set-status: status "${rawStatus}" read as "${status.value}"\n`);

  const { path, file: shown } = resolveTasksFile(fileArgument, io);
  try {
    const change = await setTaskStatus(path, id, status.value, values.tag === undefined ? {} : { tag: values.tag });
    for (const problem of change.otherErrors) io.stderr(`${formatProblem({ ...problem, file: shown, severity: 'warning' })} (the status was set; fix this too)\n`);
    const previous = typeof change.previousWritten === 'string' ? change.previousWritten : change.previousWritten === undefined ? '(none)' : JSON.stringify(change.previousWritten);
    if (values.json) {
      io.stdout(JSON.stringify({ file: shown, tag: change.tag ?? null, id: change.task.id, previous, status: status.value, changed: change.changed }) + '\n');
    } else {
      io.stdout(`${shown}: task ${change.task.id}: ${previous} -> ${status.value}${change.changed ? '' : ' (unchanged)'}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SetStatusError)) throw error;
    // Messages name the absolute path; show the file as the user typed it.
    io.stderr(`waves set-status: ${error.message.split(path).join(shown)}\n`);
    return EXIT.problems;
  }
}
