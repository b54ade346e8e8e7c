import { applyLoopGates } from '../core/applyLoopGates.js';
import { recentDispatches } from '../core/dailyBudget.js';
import { failureBreaker } from '../core/failureBreaker.js';
import { rawLoopRecord, readLoopRecord, type PauseRecord } from '../core/loopRecord.js';
import type { Plan, TaskStatus } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';
import { updateLoopRecord } from '../write/updateLoopRecord.js';
import type { AgentExit } from './startAgent.js';
import type { RunEffects } from './runPlan.js';

/** The brakes of an unattended `waves run`. */
export interface LoopGuardOptions {
  /** Most agents started in any 24 hours, counted from the starts recorded in the file. */
  maxDispatchesPerDay?: number;
  /** Failed attempts in a row (across tasks) that pause the loop. */
  pauseAfterFailures?: number;
  tag?: string;
  /** The file as the user named it, for messages. */
  shown: string;
  /** Told when the breaker pauses the loop. */
  onPause?: (pause: PauseRecord) => void;
  /** Where a task's failure can be read (its log), named as the breaker's "last". */
  logOf?: (id: string) => string;
  now?: () => string;
}

/**
 * The run's side of pause, budget and breaker: every tick is gated by the pause recorded in the
 * file (so `waves pause` in another terminal stops new starts at once) and the daily budget; starts
 * are recorded when a budget counts them, and failures when a breaker counts them, under the lock.
 */
export function runLoopGuards(path: string, options: LoopGuardOptions): Pick<RunEffects, 'gate' | 'started' | 'ended'> {
  const now = options.now ?? (() => new Date().toISOString());
  const where = { ...(options.tag === undefined ? {} : { tag: options.tag }), shown: options.shown };
  const effects: Pick<RunEffects, 'gate' | 'started' | 'ended'> = {
    gate: (plan: Plan, result: PlanResult) => applyLoopGates(plan, result, options.maxDispatchesPerDay, now()),
  };
  if (options.maxDispatchesPerDay !== undefined) {
    effects.started = async (id: string) => {
      await updateLoopRecord(path, (plan) => ({ ...rawLoopRecord(plan), dispatches: recentDispatches(readLoopRecord(plan).dispatches, [{ id, at: now() }], now()) }), where);
    };
  }
  const limit = options.pauseAfterFailures;
  if (limit !== undefined) {
    effects.ended = async (id: string, status: TaskStatus, exit: AgentExit) => {
      if (exit.stopped) return;
      let tripped: PauseRecord | undefined;
      await updateLoopRecord(path, (plan) => {
        const current = readLoopRecord(plan);
        const step = failureBreaker(current.failures, id, status === 'done' ? 'success' : 'failure', `${options.logOf?.(id) ?? `task ${id}`} (${describe(exit)})`, limit, now());
        const next: Record<string, unknown> = { ...rawLoopRecord(plan) };
        if (step.failures.ids.length > 0) next.failures = step.failures;
        else delete next.failures;
        if (step.pause && !current.paused) {
          next.paused = step.pause;
          tripped = step.pause;
        }
        if (JSON.stringify(next) === JSON.stringify(rawLoopRecord(plan))) return undefined;
        return Object.keys(next).length === 0 ? null : next;
      }, where);
      if (tripped) options.onPause?.(tripped);
    };
  }
  return effects;
}

function describe(exit: AgentExit): string {
  return exit.timedOut ? 'timed out' : exit.signal ? `killed by ${exit.signal}` : exit.error ? 'could not start' : `exit code ${exit.code}`;
}
