import { dailyBudget } from '../core/dailyBudget.js';
import { gateDispatch, type GatedPlanResult, type LoopGates } from '../core/gateDispatch.js';
import { readLoopRecord } from '../core/loopRecord.js';
import type { Plan } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';
import { UsageError } from './io.js';

/** `--max-dispatches-per-day N`: a whole number from 1 up; undefined when not given (no budget). */
export function readDailyBudget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--max-dispatches-per-day must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** The loop's gates as the tasks file records them (pause, dispatches of the last day) at `now`, applied to a plan. */
export function applyLoopGates(plan: Plan, result: PlanResult, maxPerDay: number | undefined, now: string, extraPause?: LoopGates['paused']): GatedPlanResult {
  const record = readLoopRecord(plan);
  const gates: LoopGates = {};
  const paused = record.paused ?? extraPause;
  if (paused) gates.paused = paused;
  if (maxPerDay !== undefined) gates.budget = dailyBudget(record.dispatches, maxPerDay, now);
  return gateDispatch(result, gates);
}
