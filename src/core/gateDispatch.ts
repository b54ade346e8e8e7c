import type { BudgetState } from './dailyBudget.js';
import type { PauseRecord } from './loopRecord.js';
import type { Skipped } from './pickDispatch.js';
import type { PlanResult } from './planWaves.js';

/** What holds the whole loop back, beyond capacity: a pause, a spent daily budget. */
export interface LoopGates {
  paused?: PauseRecord;
  budget?: BudgetState;
}

/** A plan with the loop's gates on it: the gates of the run that made it, kept for explain and the dashboard. */
export type GatedPlanResult = PlanResult & LoopGates;

/**
 * Applies the loop's gates to a plan: while paused nothing is dispatched; with a budget, only
 * what is left of it. What they keep back moves to the front of `held` (reason `paused` or
 * `budget`), in dispatch order. The plan's other fields, lazy ones included, stay as they are.
 */
export function gateDispatch(result: PlanResult, gates: LoopGates): GatedPlanResult {
  const allowed = gates.paused ? 0 : gates.budget ? Math.min(result.dispatch.length, gates.budget.left) : result.dispatch.length;
  const kept: Skipped[] = result.dispatch.slice(allowed).map((id) => (gates.paused ? { id, reason: 'paused' } : { id, reason: 'budget' }));
  // Copy by descriptors so the lazy `units` getter is carried over, not evaluated.
  const gated = Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)) as GatedPlanResult;
  gated.dispatch = result.dispatch.slice(0, allowed);
  gated.held = kept.length > 0 ? [...kept, ...result.held] : result.held;
  if (gates.paused) gated.paused = gates.paused;
  if (gates.budget) gated.budget = gates.budget;
  return gated;
}
