import type { FailureStreak, PauseRecord } from './loopRecord.js';

/**
 * Something the failure breaker counts, as a record GitHub already holds: a failed attempt at a
 * task (with the run that made it), a success, or a person resuming the loop. `at` is an ISO time.
 */
export type LoopEvent = { kind: 'failure'; id: string; at: string; runUrl: string } | { kind: 'success'; at: string } | { kind: 'resume'; at: string };

/** The streak derived from the events, and the pause when it reached the limit. */
export interface DerivedStreak {
  failures: FailureStreak;
  /** `since` is the time of the failure that reached the limit, so it names this trip whatever came after it. */
  pause?: PauseRecord & { ids: string[] };
}

/**
 * The failure breaker without a record of its own: the streak is every failed attempt, across
 * tasks, after the last success and after the last resume, oldest first. At `limit` or more the
 * loop pauses with the reason the file source gives ("3 failed attempts in a row: 254, 256, 257;
 * last: <run>"). A resume starts the count again, so it gives the loop `limit` fresh tries. A
 * success or resume at the same time as a failure counts first (the failure is not lost). Pure.
 */
export function failureStreakFromEvents(events: readonly LoopEvent[], limit: number): DerivedStreak {
  const order = (event: LoopEvent) => (event.kind === 'failure' ? 1 : 0);
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order(a) - order(b));
  const reset = sorted.findLastIndex((event) => event.kind !== 'failure');
  const streak = sorted.slice(reset + 1).filter((event): event is Extract<LoopEvent, { kind: 'failure' }> => event.kind === 'failure');
  const last = streak[streak.length - 1];
  const failures: FailureStreak = { ids: streak.map((event) => event.id), ...(last ? { lastRun: last.runUrl } : {}) };
  const tripping = streak[limit - 1];
  if (!last || !tripping || limit < 1) return { failures };
  return {
    failures,
    pause: { reason: `${streak.length} failed attempts in a row: ${failures.ids.join(', ')}; last: ${last.runUrl}`, since: tripping.at, by: 'the failure breaker (pause-after-failures)', ids: failures.ids },
  };
}
