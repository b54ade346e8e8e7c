/** The normalised task model: every source (Task Master JSON, plan YAML/JSON) parses into this. */

import type { DependencyGraph } from './dependencyGraph.js';

/** Where a task stands. Task Master's set; other spellings are normalised at the boundary. */
export type TaskStatus =
  /** Not started; becomes ready once every dependency is satisfied. */
  | 'pending'
  /** Claimed by an agent (or a person) and being worked on. */
  | 'in-progress'
  /** Work finished, waiting for a human look; does not satisfy dependents by default. */
  | 'review'
  /** Finished. */
  | 'done'
  /** Dropped; satisfies dependents by default (Task Master's `list --ready` rule). */
  | 'cancelled'
  /** Put off on purpose; never dispatched. */
  | 'deferred'
  /** Stuck (for example, out of attempts); needs a person. */
  | 'blocked';

export const TASK_STATUSES: readonly TaskStatus[] = [
  'pending',
  'in-progress',
  'review',
  'done',
  'cancelled',
  'deferred',
  'blocked',
];

/** How urgent a task is; dispatch order follows it first. */
export type Priority = 'critical' | 'high' | 'medium' | 'low';

export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];

/** One task or subtask, as the rest of the code sees it. */
export interface Task {
  /** Full id, compared as a string: `"267"`, `"267.2"`, `"rust-cli-setup"`. */
  id: string;
  /** The id as written in the file (number or string), used when writing back. */
  rawId: string | number;
  /** Full id of the parent task, for subtasks. */
  parentId?: string;
  title: string;
  description?: string;
  details?: string;
  status: TaskStatus;
  priority: Priority;
  /** 1-10. */
  complexity?: number;
  /** Agent role that should take the task. */
  agent?: string;
  /** Success criteria. */
  deliverables: string[];
  /** Full ids of the tasks or subtasks this one waits for. */
  dependencies: string[];
  /** Estimated work in hours, when the task has an estimate. */
  estimateHours?: number;
  /** The estimate as written (`"2-3h"`). */
  estimate?: string;
  /** Resource class (a pool name) the task runs in. */
  resources?: string;
  /** Globs of the paths the task will touch. */
  paths: string[];
  /** Subtasks (phases), in file order. Empty for subtasks themselves. */
  subtasks: Task[];
  /** Free-form metadata; our own bookkeeping lives under `metadata.waves`. */
  metadata: Record<string, unknown>;
  /** The task object as written, unknown fields included (see `unknownFields`). Never mutated. */
  raw: Readonly<Record<string, unknown>>;
  /** JSON path of the task object inside its file, for error locations and writes. */
  path: (string | number)[];
}

/** The format a tasks file is written in. */
export type PlanFormat = 'taskmaster' | 'waves' | 'issues';

/** A loaded tasks file: one tag's tasks, normalised. */
export interface Plan {
  /**
   * Dependency edges by position in allTasks(tasks), built by the loader; derived data that
   * saves every later stage the id lookups. Absent on hand-made plans: it is built on demand.
   */
  graph?: DependencyGraph;
  /** File the plan came from, as given by the user. */
  file: string;
  format: PlanFormat;
  /** Tag the tasks come from (Task Master tagged layout), if any. */
  tag?: string;
  /** Every tag the file holds (Task Master), in file order. */
  tags: string[];
  /** Top-level tasks, in file order. */
  tasks: Task[];
  /** The tag's own `metadata` object (beside its `tasks`), when it has one: the loop's record lives under `metadata.waves`. */
  metadata?: Record<string, unknown>;
}

/** A problem found while loading or validating; the shell decides whether to fail. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Short machine-readable kind, such as `cycle` or `missing-dependency`. */
  code: string;
  file: string;
  tag?: string;
  taskId?: string;
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** JSON path of the offending value, when it has one; turned into line/column by the loader. */
  path?: (string | number)[];
  line?: number;
  column?: number;
}
