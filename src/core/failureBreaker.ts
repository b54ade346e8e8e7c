import type { FailureStreak, PauseRecord } from './loopRecord.js';
import type { LegResult } from './wavesRecord.js';

/** The streak after one finished leg, and the pause when it trips the breaker. */
export interface BreakerStep {
  failures: FailureStreak;
  pause?: PauseRecord;
}

/**
 * The failure breaker: a failed leg adds its task to the streak, a success clears it (a cancelled
 * leg, a person's doing, leaves it as it is). At `limit` failures in a row the loop pauses with
 * the reason people read ("3 failed attempts in a row: 254, 256, 257; last: <run>") and the
 * streak starts again, so a resume gives the loop `limit` fresh tries.
 */
export function failureBreaker(streak: FailureStreak, id: string, result: LegResult, runUrl: string, limit: number, now: string): BreakerStep {
  if (result === 'success') return { failures: { ids: [] } };
  if (result === 'cancelled') return { failures: streak };
  const ids = [...streak.ids, id];
  if (ids.length < limit) return { failures: { ids, lastRun: runUrl } };
  return {
    failures: { ids: [] },
    pause: { reason: `${ids.length} failed attempts in a row: ${ids.join(', ')}; last: ${runUrl}`, since: now, by: 'the failure breaker (pause-after-failures)' },
  };
}
