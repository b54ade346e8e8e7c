import type { Plan } from '../core/model.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import { planWaves } from '../core/planWaves.js';
import { formatProblem } from './formatProblem.js';
import { TasksFileError, type CliIO } from './io.js';
import { loadForCommand } from './loadForCommand.js';
import { applyLoopGates } from '../core/applyLoopGates.js';
import { readDailyBudget } from './readDailyBudget.js';
import { readGranularity, readMaxParallel, readPools } from './parseOptions.js';

/** Option values shared by the planning commands. */
export interface PlanArgs {
  tag?: string | undefined;
  'max-parallel'?: string | undefined;
  pool?: string[] | undefined;
  granularity?: string | undefined;
  'max-dispatches-per-day'?: string | undefined;
}

/** Loads FILE and plans it with the command-line options and the loop's recorded pause and budget; planning errors exit 1. */
export function planFromArgs(fileArgument: string | undefined, values: PlanArgs, io: CliIO): { plan: Plan; result: GatedPlanResult; file: string } {
  const maxParallel = readMaxParallel(values['max-parallel']);
  const pools = readPools(values.pool);
  const granularity = readGranularity(values.granularity);
  const maxPerDay = readDailyBudget(values['max-dispatches-per-day']);
  const { plan, file } = loadForCommand(fileArgument, values.tag, io);
  const result = applyLoopGates(plan, planWaves(plan, { maxParallel, pools, granularity }), maxPerDay, new Date().toISOString());
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  for (const problem of result.problems) io.stderr(formatProblem({ ...problem, file }) + '\n');
  if (errors.length > 0) {
    io.stderr(`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'} found; nothing was planned or written.\n`);
    throw new TasksFileError('planning problems');
  }
  return { plan, result, file };
}
