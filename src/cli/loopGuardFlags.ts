import { readDailyBudget } from './readDailyBudget.js';
import { UsageError } from './io.js';

/** `--max-dispatches-per-day N` and `--pause-after-failures N` of `waves run`. */
export function loopGuardFlags(values: { 'max-dispatches-per-day'?: string | undefined; 'pause-after-failures'?: string | undefined }): { maxDispatchesPerDay?: number; pauseAfterFailures?: number } {
  const flags: { maxDispatchesPerDay?: number; pauseAfterFailures?: number } = {};
  const budget = readDailyBudget(values['max-dispatches-per-day']);
  if (budget !== undefined) flags.maxDispatchesPerDay = budget;
  const breaker = values['pause-after-failures'];
  if (breaker !== undefined) {
    if (!/^\d+$/.test(breaker.trim()) || Number(breaker) < 1) throw new UsageError(`--pause-after-failures must be a whole number of at least 1, not "${breaker}"`);
    flags.pauseAfterFailures = Number(breaker);
  }
  return flags;
}
