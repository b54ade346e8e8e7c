import { UsageError } from './io.js';

/** `--max-dispatches-per-day N`: a whole number from 1 up; undefined when not given (no budget). */
export function readDailyBudget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--max-dispatches-per-day must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}
