import { applyLoopGates } from '../core/applyLoopGates.js';
import * as core from '@actions/core';
import { dailyBudget, recentDispatches, type BudgetState } from '../core/dailyBudget.js';
import type { IssueSnapshot } from '../sources/issues/issueSnapshot.js';
import { claimEvents } from '../sources/issues/claimEvents.js';
import { failureBreaker } from '../core/failureBreaker.js';
import type { GatedPlanResult } from '../core/gateDispatch.js';
import { readLoopRecord, rawLoopRecord, type PauseRecord } from '../core/loopRecord.js';
import type { Plan } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';
import { readWavesRecord, type LegResult } from '../core/wavesRecord.js';
import { indexTasks } from '../core/indexTasks.js';

/** The action's brakes for unattended runs, read from its inputs. */
export interface LoopSettings {
  /** The `paused` input: set and not `false` pauses, with this text as the reason. */
  paused?: string;
  /** Most dispatches in any 24 hours. */
  maxDispatchesPerDay?: number;
  /** Failed attempts in a row (across tasks, no success between) that pause the loop. */
  pauseAfterFailures?: number;
}

/** Reads `paused`, `max-dispatches-per-day` and `pause-after-failures`; a bad number names the input. */
export function readLoopSettings(getInput: (name: string) => string, fail: (message: string) => Error): LoopSettings {
  const settings: LoopSettings = {};
  const paused = getInput('paused').trim();
  if (paused !== '' && paused.toLowerCase() !== 'false') settings.paused = paused;
  for (const [name, key] of [['max-dispatches-per-day', 'maxDispatchesPerDay'], ['pause-after-failures', 'pauseAfterFailures']] as const) {
    const value = getInput(name).trim();
    if (value === '' || value === '0') continue;
    if (!/^\d+$/.test(value) || Number(value) > 100_000) throw fail(`Invalid ${name} '${value}'. Expected a whole number from 1 to 100000 (0 or empty for no limit).`);
    settings[key] = Number(value);
  }
  return settings;
}

/** The pause the `paused` input asks for, at `now`. */
function inputPause(loop: LoopSettings, now: string): PauseRecord | undefined {
  if (loop.paused === undefined) return undefined;
  return { reason: ['true', 'yes', '1'].includes(loop.paused.toLowerCase()) ? '' : loop.paused, since: now, by: "the action's paused input", undo: 'the paused input is cleared' };
}

/** The pause that holds an issues-source plan: the `wave-paused` label's, else the `paused` input's. */
export function loopPause(labelled: PauseRecord | undefined, loop: LoopSettings, now: string): { paused?: PauseRecord } {
  const paused = labelled ?? inputPause(loop, now);
  return paused ? { paused } : {};
}

/** Issues source: the daily budget counted from the in-progress label events of the task issues. */
export function issuesBudget(snapshot: Pick<IssueSnapshot, 'issues' | 'transport'>, settings: { statusPrefix: string; loop: LoopSettings }, now: string): { budget?: BudgetState } {
  const limit = settings.loop.maxDispatchesPerDay;
  if (limit === undefined) return {};
  if (snapshot.transport === 'rest') core.warning('max-dispatches-per-day: the issues were read through REST, which gives no label times, so earlier claims are not counted this time.');
  return { budget: dailyBudget(claimEvents(snapshot, settings.statusPrefix), limit, now) };
}

/** The plan with the loop's gates on it: the recorded pause (or the input's), and the daily budget. */
export function gatePlan(plan: Plan, result: PlanResult, loop: LoopSettings, now: string): GatedPlanResult {
  return applyLoopGates(plan, result, loop.maxDispatchesPerDay, now, inputPause(loop, now));
}

/** The loop record after a planner run claims `dispatch` at `now`: its claim times, when a budget counts them. */
export function claimLoopRecord(plan: Plan, dispatch: readonly string[], loop: LoopSettings, now: string): Record<string, unknown> | null | undefined {
  if (loop.maxDispatchesPerDay === undefined || dispatch.length === 0) return undefined;
  const kept = recentDispatches(readLoopRecord(plan).dispatches, dispatch.map((id) => ({ id, at: now })), now);
  return { ...rawLoopRecord(plan), dispatches: kept };
}

/** The loop record after a leg of `id` ended: the failure streak, and the breaker's pause when it trips. */
export function completionLoopRecord(plan: Plan, id: string, result: LegResult, runUrl: string, loop: LoopSettings, now: string): { record?: Record<string, unknown> | null; pause?: PauseRecord & { ids: string[] } } {
  if (loop.pauseAfterFailures === undefined) return {};
  // A re-run of a step that already recorded this run's result counts nothing twice.
  const task = indexTasks(plan.tasks).byId.get(id);
  const before = task ? readWavesRecord(task) : undefined;
  if (before?.lastRun === runUrl && before.lastResult === result) return {};
  const current = readLoopRecord(plan);
  const step = failureBreaker(current.failures, id, result, runUrl, loop.pauseAfterFailures, now);
  const next: Record<string, unknown> = { ...rawLoopRecord(plan) };
  if (step.failures.ids.length > 0) next.failures = step.failures;
  else delete next.failures;
  // A loop already paused stays paused as it was: the breaker does not overwrite a person's reason.
  if (step.pause && !current.paused) next.paused = step.pause;
  const unchanged = JSON.stringify(next) === JSON.stringify(rawLoopRecord(plan));
  const record = unchanged ? undefined : Object.keys(next).length === 0 ? null : next;
  return { ...(record === undefined ? {} : { record }), ...(step.pause && !current.paused ? { pause: { ...step.pause, ids: [...current.failures.ids, id] } } : {}) };
}
