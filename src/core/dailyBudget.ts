import type { DispatchRecord } from './loopRecord.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a daily dispatch budget stands at `now`. */
export interface BudgetState {
  limit: number;
  /** Dispatches in the last 24 hours. */
  used: number;
  left: number;
  /** When the oldest dispatch of the window leaves it (ISO time); undefined when nothing was dispatched. */
  nextFreeAt?: string;
}

/** Counts the recorded dispatches of the 24 hours before `now` (ISO time) against `limit`. */
export function dailyBudget(dispatches: readonly DispatchRecord[], limit: number, now: string): BudgetState {
  const end = Date.parse(now);
  const times = dispatches.map((entry) => Date.parse(entry.at)).filter((at) => at > end - DAY_MS && at <= end).sort((a, b) => a - b);
  const state: BudgetState = { limit, used: times.length, left: Math.max(0, limit - times.length) };
  // The slot that frees next is the one the oldest dispatch still in the window holds.
  const freeing = times[Math.max(0, times.length - limit)];
  if (freeing !== undefined) state.nextFreeAt = new Date(freeing + DAY_MS).toISOString();
  return state;
}

/** The dispatch records still inside the 24 hours before `now`, plus the new ones: what the planner writes back. */
export function recentDispatches(dispatches: readonly DispatchRecord[], added: readonly DispatchRecord[], now: string): DispatchRecord[] {
  const end = Date.parse(now);
  return [...dispatches.filter((entry) => Date.parse(entry.at) > end - DAY_MS), ...added];
}
