import { compareUnits } from '../../core/planWaves.js';
import { pathsOverlap } from '../../core/pathsOverlap.js';
import { indexTasks } from '../../core/indexTasks.js';
import { EXIT, type CliIO } from '../io.js';
import { PLAN_OPTIONS, parseCommandLine } from '../parseOptions.js';
import { planFromSource } from '../planFromSource.js';

/**
 * `waves next [FILE] [--json]`: the single best task to start, ignoring the parallel cap
 * (so it answers even when every slot is taken) but never one whose paths clash with running work.
 */
export async function nextCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, PLAN_OPTIONS);
  const { plan, result } = await planFromSource(positionals[0], { ...values, 'max-parallel': '256' }, io);
  const tasks = indexTasks(plan.tasks).byId;
  const running = result.units.filter((unit) => unit.status === 'in-progress').map((unit) => tasks.get(unit.id)?.paths ?? []);
  const best = result.units
    .filter((unit) => unit.ready && !running.some((paths) => pathsOverlap(paths, tasks.get(unit.id)?.paths ?? [])))
    .sort(compareUnits)[0];
  if (values.json) {
    const task = best ? tasks.get(best.id) : undefined;
    io.stdout(JSON.stringify(best && task ? { next: { id: best.id, title: best.title, priority: best.priority, status: best.status, agent: best.agent ?? null, complexity: best.complexity ?? null, dependencies: task.dependencies, chainHours: best.chainHours }, counts: result.counts } : { next: null, waitingOn: result.waitingOn, counts: result.counts }) + '\n');
    return EXIT.ok;
  }
  if (!best) {
    const left = result.counts.total - result.counts.done - result.counts.cancelled;
    io.stdout(left === 0 ? 'All done: nothing left.\n' : `Nothing is ready. Running: ${result.inProgress.join(', ') || 'none'}.${result.stalled.length ? ` Stalled: ${result.stalled.join(', ')}.` : ''}\n`);
    return EXIT.ok;
  }
  const task = tasks.get(best.id);
  io.stdout(`Next: ${best.id}  ${best.title}\n  priority ${best.priority}${best.complexity ? `, complexity ${best.complexity}/10` : ''}${best.agent ? `, agent ${best.agent}` : ''}\n  dependencies: ${task?.dependencies.join(', ') || 'none'}\n`);
  return EXIT.ok;
}
