import { dailyBudget } from './dailyBudget.js';
import { gateDispatch, type GatedPlanResult, type LoopGates } from './gateDispatch.js';
import { readLoopRecord, type PauseRecord } from './loopRecord.js';
import type { Plan } from './model.js';
import type { PlanResult } from './planWaves.js';

/**
 * Gates a plan with the loop's record at `now` (ISO time): the pause it holds (else `otherPause`,
 * such as the action's `paused` input or a label) and, with `maxPerDay`, what is left of the
 * daily budget counted from the dispatches it recorded.
 */
export function applyLoopGates(plan: Plan, result: PlanResult, maxPerDay: number | undefined, now: string, otherPause?: PauseRecord): GatedPlanResult {
  const record = readLoopRecord(plan);
  const gates: LoopGates = {};
  const paused = record.paused ?? otherPause;
  if (paused) gates.paused = paused;
  if (maxPerDay !== undefined) gates.budget = dailyBudget(record.dispatches, maxPerDay, now);
  return gateDispatch(result, gates);
}
