import type { UnitView } from '../core/planWaves.js';

/** What a unit looks like on a dashboard: its status, with pending work split by whether it can start. */
export type StatusKey = 'done' | 'in-progress' | 'review' | 'ready' | 'waiting' | 'stalled' | 'blocked' | 'deferred' | 'cancelled';

/** Every display status, in the order dashboards list and count them. */
export const STATUS_KEYS: readonly StatusKey[] = ['done', 'in-progress', 'review', 'ready', 'waiting', 'stalled', 'blocked', 'deferred', 'cancelled'];

/** A status as people see it: the key, one emoji and a short label. */
export interface StatusDisplay {
  key: StatusKey;
  emoji: string;
  label: string;
}

// Every emoji is a single wide code point with no variation selector, so terminals agree it takes two
// columns and the box-drawing table stays aligned (✖️ and ⚠️ need VS16 and render one column wide in many).
const DISPLAY: Record<StatusKey, Omit<StatusDisplay, 'key'>> = {
  done: { emoji: '✅', label: 'Done' },
  'in-progress': { emoji: '🔄', label: 'In progress' },
  review: { emoji: '👀', label: 'Review' },
  ready: { emoji: '⏳', label: 'Ready' },
  waiting: { emoji: '🔒', label: 'Waiting' },
  stalled: { emoji: '🚧', label: 'Stalled' },
  blocked: { emoji: '⛔', label: 'Blocked' },
  deferred: { emoji: '💤', label: 'Deferred' },
  cancelled: { emoji: '🚫', label: 'Cancelled' },
};

/** The display status of a unit: pending becomes ready, waiting (on dependencies) or stalled (held by blocked work). */
export function statusEmoji(unit: Pick<UnitView, 'status' | 'ready' | 'stalled'>): StatusDisplay {
  const key: StatusKey = unit.status !== 'pending' ? unit.status : unit.ready ? 'ready' : unit.stalled ? 'stalled' : 'waiting';
  return { key, ...DISPLAY[key] };
}
