import { PRIORITIES, type Priority } from './model.js';
import type { Normalized } from './normalizeStatus.js';

const PRIORITY_ALIASES: Record<string, Priority> = {
  urgent: 'critical',
  highest: 'critical',
  blocker: 'critical',
  p0: 'critical',
  p1: 'high',
  p2: 'medium',
  normal: 'medium',
  med: 'medium',
  p3: 'low',
  lowest: 'low',
  minor: 'low',
};

const CANONICAL_PRIORITIES: ReadonlySet<unknown> = new Set(PRIORITIES);

/** Whether a value is a priority exactly as the model spells it (`high`, not `HIGH` or `p1`). */
export function isPriority(value: unknown): value is Priority {
  return CANONICAL_PRIORITIES.has(value);
}

/** Maps a priority as written (`HIGH`, `Medium`, `p1`) to a Priority. */
export function normalizePriority(raw: unknown): Normalized<Priority> {
  if (typeof raw !== 'string') return { value: undefined, mapped: false };
  if ((PRIORITIES as readonly string[]).includes(raw)) return { value: raw as Priority, mapped: false };
  const key = raw.trim().toLowerCase();
  if ((PRIORITIES as readonly string[]).includes(key)) return { value: key as Priority, mapped: true };
  const alias = PRIORITY_ALIASES[key];
  return alias ? { value: alias, mapped: true } : { value: undefined, mapped: false };
}

/** Larger is more urgent. */
export const PRIORITY_RANK: Record<Priority, number> = { critical: 4, high: 3, medium: 2, low: 1 };
