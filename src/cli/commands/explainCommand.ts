import { createExplainer } from '../../core/explainTask.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { PLAN_OPTIONS, parseCommandLine, readPools } from '../parseOptions.js';
import { planFromSource } from '../planFromSource.js';

const USAGE_LINE = 'waves explain [FILE] ID [--tag T] [--max-parallel N] [--pool C=N] [--granularity task|subtask] [--max-dispatches-per-day N] [--json]';

/**
 * `waves explain [FILE] ID`: why a task is or is not running, read off the same plan `waves plan`
 * makes (its held units and their reasons), in words or as JSON.
 */
export async function explainCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  if (values.help) {
    io.stdout(`Usage: ${USAGE_LINE}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(`missing ID; usage: ${USAGE_LINE}`);
  if (positionals.length > 2) throw new UsageError(`unexpected argument "${positionals[2]}"; usage: ${USAGE_LINE}`);
  const [fileArgument, id] = positionals.length === 2 ? positionals : [undefined, positionals[0] as string];
  const { plan, result, file } = await planFromSource(fileArgument, values, io);
  const explanation = createExplainer(plan, result, { pools: readPools(values.pool) })(id as string);
  if (!explanation) {
    const known = result.units.map((unit) => unit.id);
    const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, ... (${known.length} in all)` : '');
    io.stderr(`waves explain: ${file}${plan.tag !== undefined ? ` (tag ${plan.tag})` : ''}: no ${result.granularity === 'subtask' ? 'unit' : 'task'} with id ${id}${result.granularity === 'task' && id?.includes('.') ? ' (subtasks are units with --granularity subtask)' : ''}; known ids: ${shown || 'none'}\n`);
    return EXIT.problems;
  }
  if (values.json) {
    io.stdout(JSON.stringify(explanation) + '\n');
    return EXIT.ok;
  }
  const unit = result.units.find((candidate) => candidate.id === explanation.id);
  const lines = [`${explanation.id}${unit ? `  ${unit.title}` : ''}: ${explanation.status}${explanation.dispatchNow ? ', dispatched now' : explanation.ready ? ', ready' : ''}`];
  for (const reason of explanation.reasons) lines.push(`  ${reason.kind}: ${reason.text}`);
  if (explanation.reasons.length === 0 && explanation.dispatchNow) lines.push('  nothing holds it back: the next planner run starts it');
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}
