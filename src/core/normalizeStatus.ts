import { TASK_STATUSES, type TaskStatus } from './model.js';

/** Spellings seen in real files that map cleanly onto a status (Task Master's `completed`, `todo`, ...). */
const STATUS_ALIASES: Record<string, TaskStatus> = {
  completed: 'done',
  complete: 'done',
  finished: 'done',
  closed: 'done',
  todo: 'pending',
  'to-do': 'pending',
  open: 'pending',
  new: 'pending',
  'not-started': 'pending',
  inprogress: 'in-progress',
  'in-progres': 'in-progress',
  doing: 'in-progress',
  active: 'in-progress',
  started: 'in-progress',
  wip: 'in-progress',
  'in-review': 'review',
  canceled: 'cancelled',
  'on-hold': 'deferred',
  postponed: 'deferred',
};

/** The result of reading a status or priority value: the clean value, and whether it needed mapping. */
export type Normalized<T> = { value: T; mapped: boolean } | { value: undefined; mapped: false };

const CANONICAL_STATUSES: ReadonlySet<unknown> = new Set(TASK_STATUSES);

/** Whether a value is a status exactly as the model spells it (`done`, not `Done` or `completed`). */
export function isTaskStatus(value: unknown): value is TaskStatus {
  return CANONICAL_STATUSES.has(value);
}

/** Maps a status as written to a TaskStatus; `mapped` says it was not already canonical. */
export function normalizeStatus(raw: unknown): Normalized<TaskStatus> {
  if (typeof raw !== 'string') return { value: undefined, mapped: false };
  if ((TASK_STATUSES as readonly string[]).includes(raw)) return { value: raw as TaskStatus, mapped: false };
  const key = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((TASK_STATUSES as readonly string[]).includes(key)) return { value: key as TaskStatus, mapped: true };
  const alias = STATUS_ALIASES[key];
  return alias ? { value: alias, mapped: true } : { value: undefined, mapped: false };
}
