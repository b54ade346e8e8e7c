import { plainNumber, type TaskLookup } from '../core/resolveDependencies.js';
import type { Problem, Task } from '../core/model.js';
import { isPriority, normalizePriority } from '../core/normalizePriority.js';
import { isTaskStatus, normalizeStatus } from '../core/normalizeStatus.js';
import { parseEstimate } from '../core/parseEstimate.js';
import { LoadedTask, localSubtaskId, pathOf, type TaskPlace } from './loadedTask.js';
import { emptyTaskFields, rawTaskSchema, readTaskFields, type RawTask } from './rawTaskSchema.js';

/** Ids travel into matrices, branch names and log file names: letters, digits, `.`, `_`, `-` only. */
const SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Where the task list sits, for messages and paths. */
export interface ListContext {
  file: string;
  tag?: string;
  /** JSON path of the `tasks` array. */
  path: (string | number)[];
}

/** Tasks read from a list, indexed, with every problem found while reading them (not yet graph checks). */
export interface NormalizedList {
  tasks: Task[];
  lookup: TaskLookup;
  problems: Problem[];
}

/**
 * Parses a raw task list into the model, collecting problems instead of stopping:
 * malformed fields, unknown status or priority values, duplicate ids. Clean aliases
 * (`completed`, `Done`, `todo`) are mapped with a warning.
 */
export function normalizeTasks(rawTasks: readonly unknown[], context: ListContext): NormalizedList {
  const problems: Problem[] = [];
  const tasks: Task[] = [];
  // Positions in allTasks order (each task, then its subtasks).
  const all: Task[] = [];
  // Plain-number ids (most Task Master ids) are found by number, every other id by name.
  const numbered: (number | undefined)[] = [];
  const positions = new Map<string, number>();
  const aliases = new Map<string, string>();
  // While every task id is a plain number and no subtask's own part has a dot (most Task Master
  // files), "N.M" can only be a subtask of task N: subtasks are then found there, not hashed.
  let subtasksByParent = true;
  for (let index = 0; index < rawTasks.length; index++) {
    const task = normalizeOne(rawTasks[index], context.path, index, context, problems);
    if (!task) continue;
    const number = plainNumber(task.id);
    const existing = number === undefined ? positions.get(task.id) : numbered[number];
    if (existing !== undefined) {
      problems.push(problem(context, task, 'id', 'duplicate-id', `task id ${task.id} is used more than once`, 'give every task its own id'));
      continue;
    }
    tasks.push(task);
    if (number === undefined) {
      positions.set(task.id, all.length);
      subtasksByParent = false;
    } else {
      numbered[number] = all.length;
    }
    all.push(task);
    for (const subtask of task.subtasks) {
      all.push(subtask);
      if (subtasksByParent && subtask.id.includes('.', task.id.length + 1)) subtasksByParent = false;
      // Ids written with their parent ("42-1", 29.1) can be referred to as written.
      const rawId = subtask.rawId;
      if (typeof rawId === 'number' && Number.isInteger(rawId)) continue;
      const written = String(rawId);
      if (written.length > task.id.length && written.startsWith(task.id) && (written[task.id.length] === '.' || written[task.id.length] === '-') && written !== subtask.id) aliases.set(written, subtask.id);
    }
  }
  if (!subtasksByParent) {
    // Subtasks by name too, after every task: a task's id wins over a subtask's, then the first
    // subtask with an id. (A subtask's id has a dot, so it is never a plain number.)
    for (let position = 0; position < all.length; position++) {
      const task = all[position] as Task;
      if (task.parentId !== undefined && !positions.has(task.id)) positions.set(task.id, position);
    }
  }
  return { tasks, lookup: { all, positions, aliases, numbered, subtasksByParent, written: writtenDependencies }, problems };
}

/** A task's dependencies as written, so resolving them makes no string of each number. */
function writtenDependencies(task: Task): readonly (string | number)[] {
  return task instanceof LoadedTask ? task.writtenDependencies() : task.dependencies;
}

// readTaskFields fills this one object for every task: buildTask reads it all before it reads
// any subtask (which fills it again), so 100k tasks allocate no holder each.
const SCRATCH = emptyTaskFields();

function normalizeOne(
  raw: unknown,
  place: TaskPlace,
  index: number,
  context: ListContext,
  problems: Problem[],
): Task | undefined {
  // The usual case: a well-formed object, its fields read in one pass (zod only explains the rest).
  const fields = readTaskFields(raw, SCRATCH);
  if (fields) return buildTask(fields, raw as RawTask, place, index, context, problems);
  const parent = Array.isArray(place) ? undefined : (place as Task);
  const what = parent ? `subtask #${index + 1} of task ${parent.id}` : `task #${index + 1}`;
  const parsed = rawTaskSchema().safeParse(raw);
  if (!parsed.success) {
    const rawId = idForMessage(raw, parent);
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
      const message = raw === null || typeof raw !== 'object' || Array.isArray(raw)
        ? `${what} is not an object`
        : `${rawId === undefined ? what : `task ${rawId}`}: ${field && !issue.message.includes(field) ? `${field}: ` : ''}${issue.message}`;
      problems.push({
        severity: 'error',
        code: field === 'id' ? 'bad-id' : 'bad-field',
        file: context.file,
        tag: context.tag,
        taskId: rawId,
        field,
        message,
        hint: hintFor(field),
        path: [...pathOf(place, index), ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')],
      });
    }
    return undefined;
  }
  return buildTask(parsed.data, parsed.data, place, index, context, problems);
}

/** Builds the model of a task from its fields (`raw` is the object as written, kept on the task). */
function buildTask(fields: RawTask, raw: RawTask, place: TaskPlace, index: number, context: ListContext, problems: Problem[]): Task {
  // Everything buildTask needs from `fields` is read before the subtasks, which refill SCRATCH.
  const { status, priority, complexity, estimate, subtasks: rawSubtasks } = fields;
  const task = new LoadedTask(fields, raw, place, index);
  if (!SAFE_ID.test(task.id)) {
    problems.push(problem(context, task, 'id', 'unsafe-id', `task id ${JSON.stringify(task.id)} has characters other than letters, digits, ".", "_" and "-"`, 'rename the task: ids travel into workflow matrices, branch names and file names, so they are kept to a safe set'));
  }
  // Written as they should be (the usual case): taken without the alias lookup.
  if (isTaskStatus(status)) task.status = status;
  else if (status != null) readStatus(status, task, context, problems);
  if (isPriority(priority)) task.priority = priority;
  else if (priority != null) readPriority(priority, task, context, problems);
  if (complexity != null) readComplexity(complexity, task, context, problems);
  if (estimate != null) readEstimate(estimate, task, context, problems);
  if (rawSubtasks && rawSubtasks.length > 0) task.subtasks = readSubtasks(rawSubtasks, task, context, problems);
  return task;
}

function readSubtasks(rawSubtasks: readonly unknown[], task: Task, context: ListContext, problems: Problem[]): Task[] {
  // Sized up front: an array grown by push keeps room for 16, and most tasks have two or three.
  const subtasks: Task[] = new Array(rawSubtasks.length);
  let count = 0;
  // A few subtasks are checked for repeats one against another; many, through a set.
  const seen = rawSubtasks.length > 16 ? new Set<string>() : undefined;
  for (let index = 0; index < rawSubtasks.length; index++) {
    const subtask = normalizeOne(rawSubtasks[index], task, index, context, problems);
    if (!subtask) continue;
    if (seen ? seen.has(subtask.id) : hasIdAmong(subtasks, count, subtask.id)) {
      // Kept (Task Master's own normalizeTaskIds turns "42-1".."42-8" into 42): harmless while the
      // subtasks are a checklist; the subtask-granularity planner refuses them.
      problems.push({ ...problem(context, subtask, 'id', 'duplicate-subtask-id', `subtask id ${subtask.id} is used more than once in task ${task.id}`, `renumber the subtasks of task ${task.id} (1, 2, 3, ...); until then they cannot be scheduled one by one or addressed by id`), severity: 'warning' });
    }
    seen?.add(subtask.id);
    subtasks[count++] = subtask;
  }
  subtasks.length = count;
  return subtasks;
}

function hasIdAmong(tasks: readonly Task[], count: number, id: string): boolean {
  for (let index = 0; index < count; index++) if ((tasks[index] as Task).id === id) return true;
  return false;
}

function readStatus(written: string, task: Task, context: ListContext, problems: Problem[]): void {
  const status = normalizeStatus(written);
  if (status.value === undefined) {
    problems.push(problem(context, task, 'status', 'unknown-status', `task ${task.id}: status "${written}" is not a known status`, 'use one of pending, in-progress, review, done, cancelled, deferred, blocked'));
    return;
  }
  task.status = status.value;
  if (status.mapped) problems.push(warning(context, task, 'status', 'mapped-status', `task ${task.id}: status "${written}" read as "${status.value}"`, `write "${status.value}" to silence this`));
}

function readPriority(written: string, task: Task, context: ListContext, problems: Problem[]): void {
  const priority = normalizePriority(written);
  if (priority.value === undefined) {
    problems.push(problem(context, task, 'priority', 'unknown-priority', `task ${task.id}: priority "${written}" is not a known priority`, 'use one of critical, high, medium, low'));
    return;
  }
  task.priority = priority.value;
  if (priority.mapped) problems.push(warning(context, task, 'priority', 'mapped-priority', `task ${task.id}: priority "${written}" read as "${priority.value}"`, `write "${priority.value}" to silence this`));
}

function readComplexity(written: number | string, task: Task, context: ListContext, problems: Problem[]): void {
  const value = typeof written === 'number' ? written : Number(written.trim() || Number.NaN);
  if (Number.isFinite(value) && value >= 1 && value <= 10) {
    task.complexity = value;
    return;
  }
  problems.push(warning(context, task, 'complexity', 'bad-complexity', `task ${task.id}: complexity ${JSON.stringify(written)} is not a number from 1 to 10 and is ignored`, 'write a number from 1 to 10'));
}

function readEstimate(written: number | string, task: Task, context: ListContext, problems: Problem[]): void {
  const hours = parseEstimate(written);
  if (hours === undefined) {
    problems.push(problem(context, task, 'estimate', 'bad-estimate', `task ${task.id}: estimate ${JSON.stringify(written)} is not a duration`, 'write it like 90m, 3h, 2d or 2-3h'));
    return;
  }
  task.estimate = String(written);
  task.estimateHours = hours;
}

function problem(context: ListContext, task: Task, field: string, code: string, message: string, hint: string, path: (string | number)[] = [...task.path, field]): Problem {
  return { severity: 'error', code, file: context.file, tag: context.tag, taskId: task.id, field, message, hint, path };
}

function warning(context: ListContext, task: Task, field: string, code: string, message: string, hint: string): Problem {
  return { ...problem(context, task, field, code, message, hint), severity: 'warning' };
}

function idForMessage(raw: unknown, parent: Task | undefined): string | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const id = (raw as { id?: unknown }).id;
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  return parent ? `${parent.id}.${localSubtaskId(id, parent.id)}` : String(id);
}

function hintFor(field: string | undefined): string {
  switch (field) {
    case 'id':
      return 'give the task an id that is a number or a string';
    case 'dependencies':
      return 'write dependencies as a list of ids, e.g. [1, "2.3"]';
    case 'subtasks':
      return 'write subtasks as a list of task objects';
    default:
      return 'fix the value in the file';
  }
}




