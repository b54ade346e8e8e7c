import type { Plan } from './model.js';

/** Why the loop is paused, since when (ISO time) and who or what paused it. */
export interface PauseRecord {
  reason: string;
  since: string;
  by: string;
  /** How to resume when it is not `waves resume` (a pause from an input or a label; never written to the file). */
  undo?: string;
}

/** One dispatch the planner recorded: the unit and when it was claimed (ISO time). */
export interface DispatchRecord {
  id: string;
  at: string;
}

/** Failed attempts in a row with no success between them, oldest first. */
export interface FailureStreak {
  ids: string[];
  /** Run link of the last failure. */
  lastRun?: string;
}

/** The loop's own bookkeeping, kept under the tag's `metadata.waves` in the tasks file. */
export interface LoopRecord {
  paused?: PauseRecord;
  /** Claims of the last 24 hours, for the daily budget. */
  dispatches: DispatchRecord[];
  failures: FailureStreak;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** The tag's `metadata.waves` as written (an object, else empty). */
export function rawLoopRecord(plan: Pick<Plan, 'metadata'>): Record<string, unknown> {
  const waves = plan.metadata?.waves;
  return isRecord(waves) ? waves : {};
}

/** Reads the loop's record defensively: anything malformed reads as absent. */
export function readLoopRecord(plan: Pick<Plan, 'metadata'>): LoopRecord {
  const raw = rawLoopRecord(plan);
  const record: LoopRecord = { dispatches: [], failures: { ids: [] } };
  const paused = raw.paused;
  if (isRecord(paused)) record.paused = { reason: text(paused.reason) ?? '', since: text(paused.since) ?? '', by: text(paused.by) ?? '' };
  else if (paused === true || typeof paused === 'string') record.paused = { reason: typeof paused === 'string' ? paused : '', since: '', by: '' };
  if (Array.isArray(raw.dispatches)) {
    for (const entry of raw.dispatches) {
      if (!isRecord(entry)) continue;
      const id = text(entry.id);
      const at = text(entry.at);
      if (id !== undefined && at !== undefined && !Number.isNaN(Date.parse(at))) record.dispatches.push({ id, at });
    }
  }
  const failures = raw.failures;
  if (isRecord(failures) && Array.isArray(failures.ids)) {
    record.failures.ids = failures.ids.map(text).filter((id): id is string => id !== undefined);
    const lastRun = text(failures.lastRun);
    if (lastRun !== undefined) record.failures.lastRun = lastRun;
  }
  return record;
}

/**
 * The tag's `metadata.waves` with `key` set (or removed with undefined), other keys kept in their
 * order; null when nothing is left, so the last removal takes the record (and the bytes) away.
 */
export function withLoopField(plan: Pick<Plan, 'metadata'>, key: string, value: unknown): Record<string, unknown> | null {
  const next: Record<string, unknown> = { ...rawLoopRecord(plan) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length === 0 ? null : next;
}
