import type { Problem, Task } from '../core/model.js';
import { normalizePriority } from '../core/normalizePriority.js';
import { normalizeStatus } from '../core/normalizeStatus.js';
import { parseEstimate } from '../core/parseEstimate.js';
import { isWellFormedTask, rawTaskSchema, type RawTask } from './rawTaskSchema.js';

/** Ids travel into matrices, branch names and log file names: letters, digits, `.`, `_`, `-` only. */
const SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Where the task list sits, for messages and paths. */
export interface ListContext {
  file: string;
  tag?: string;
  /** JSON path of the `tasks` array. */
  path: (string | number)[];
}

/** Tasks read from a list, with every problem found while reading them (not yet graph checks). */
export interface NormalizedList {
  tasks: Task[];
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
  const seen = new Set<string>();
  for (let index = 0; index < rawTasks.length; index++) {
    const task = normalizeOne(rawTasks[index], [...context.path, index], undefined, context, problems);
    if (!task) continue;
    if (seen.has(task.id)) {
      problems.push(problem(context, task, 'id', 'duplicate-id', `task id ${task.id} is used more than once`, 'give every task its own id', [...task.path, 'id']));
      continue;
    }
    seen.add(task.id);
    tasks.push(task);
  }
  return { tasks, problems };
}

function normalizeOne(
  raw: unknown,
  path: (string | number)[],
  parent: Task | undefined,
  context: ListContext,
  problems: Problem[],
): Task | undefined {
  if (isWellFormedTask(raw)) return buildTask(raw, path, parent, context, problems);
  const what = parent ? `subtask #${Number(path[path.length - 1]) + 1} of task ${parent.id}` : `task #${Number(path[path.length - 1]) + 1}`;
  const parsed = rawTaskSchema.safeParse(raw);
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
        path: [...path, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')],
      });
    }
    return undefined;
  }
  return buildTask(parsed.data, path, parent, context, problems);
}

function buildTask(
  raw: RawTask,
  path: (string | number)[],
  parent: Task | undefined,
  context: ListContext,
  problems: Problem[],
): Task {
  const writtenId = typeof raw.id === 'string' ? raw.id.trim() : raw.id;
  const id = parent ? `${parent.id}.${localSubtaskId(writtenId, parent.id)}` : String(writtenId);

  const task: Task = {
    id,
    rawId: writtenId,
    title: raw.title?.trim() || firstLine(raw.description) || `Task ${id}`,
    status: 'pending',
    priority: parent?.priority ?? 'medium',
    deliverables: [],
    dependencies: (raw.dependencies ?? []).map(String),
    paths: listOf(raw.paths),
    subtasks: [],
    metadata: raw.metadata ?? {},
    raw,
    path,
  };
  if (parent) task.parentId = parent.id;
  if (raw.description != null) task.description = raw.description;
  if (raw.details != null) task.details = raw.details;
  if (raw.agent != null && raw.agent.trim() !== '') task.agent = raw.agent.trim();
  if (raw.resources != null && raw.resources.trim() !== '') task.resources = raw.resources.trim();
  task.deliverables = raw.deliverables != null ? listOf(raw.deliverables) : stringsFrom(raw.acceptanceCriteria);

  if (!SAFE_ID.test(id)) {
    problems.push(problem(context, task, 'id', 'unsafe-id', `task id ${JSON.stringify(id)} has characters other than letters, digits, ".", "_" and "-"`, 'rename the task: ids travel into workflow matrices, branch names and file names, so they are kept to a safe set', [...path, 'id']));
  }
  readStatus(raw, task, context, problems);
  readPriority(raw, task, context, problems);
  readComplexity(raw, task, context, problems);
  readEstimate(raw, task, context, problems);

  if (raw.subtasks) {
    const seen = new Set<string>();
    raw.subtasks.forEach((rawSubtask, index) => {
      const subtask = normalizeOne(rawSubtask, [...path, 'subtasks', index], task, context, problems);
      if (!subtask) return;
      if (seen.has(subtask.id)) {
        // Kept (Task Master's own normalizeTaskIds turns "42-1".."42-8" into 42): harmless while the
        // subtasks are a checklist; the subtask-granularity planner refuses them.
        problems.push({ ...problem(context, subtask, 'id', 'duplicate-subtask-id', `subtask id ${subtask.id} is used more than once in task ${task.id}`, `renumber the subtasks of task ${task.id} (1, 2, 3, ...); until then they cannot be scheduled one by one or addressed by id`, [...subtask.path, 'id']), severity: 'warning' });
      }
      seen.add(subtask.id);
      task.subtasks.push(subtask);
    });
  }
  return task;
}

/** The part of a subtask id below its parent: `2` for `2`, `29.2` or `"42-2"` under 29 / 42. */
export function localSubtaskId(rawId: string | number, parentId: string): string {
  const text = String(rawId);
  for (const separator of ['.', '-']) {
    const prefix = parentId + separator;
    if (text.startsWith(prefix) && text.length > prefix.length) return text.slice(prefix.length);
  }
  return text;
}

function readStatus(raw: RawTask, task: Task, context: ListContext, problems: Problem[]): void {
  if (raw.status == null) return;
  const status = normalizeStatus(raw.status);
  if (status.value === undefined) {
    problems.push(problem(context, task, 'status', 'unknown-status', `task ${task.id}: status "${raw.status}" is not a known status`, 'use one of pending, in-progress, review, done, cancelled, deferred, blocked'));
    return;
  }
  task.status = status.value;
  if (status.mapped) problems.push(warning(context, task, 'status', 'mapped-status', `task ${task.id}: status "${raw.status}" read as "${status.value}"`, `write "${status.value}" to silence this`));
}

function readPriority(raw: RawTask, task: Task, context: ListContext, problems: Problem[]): void {
  if (raw.priority == null) return;
  const priority = normalizePriority(raw.priority);
  if (priority.value === undefined) {
    problems.push(problem(context, task, 'priority', 'unknown-priority', `task ${task.id}: priority "${raw.priority}" is not a known priority`, 'use one of critical, high, medium, low'));
    return;
  }
  task.priority = priority.value;
  if (priority.mapped) problems.push(warning(context, task, 'priority', 'mapped-priority', `task ${task.id}: priority "${raw.priority}" read as "${priority.value}"`, `write "${priority.value}" to silence this`));
}

function readComplexity(raw: RawTask, task: Task, context: ListContext, problems: Problem[]): void {
  if (raw.complexity == null) return;
  const value = typeof raw.complexity === 'number' ? raw.complexity : Number(raw.complexity.trim() || Number.NaN);
  if (Number.isFinite(value) && value >= 1 && value <= 10) {
    task.complexity = value;
    return;
  }
  problems.push(warning(context, task, 'complexity', 'bad-complexity', `task ${task.id}: complexity ${JSON.stringify(raw.complexity)} is not a number from 1 to 10 and is ignored`, 'write a number from 1 to 10'));
}

function readEstimate(raw: RawTask, task: Task, context: ListContext, problems: Problem[]): void {
  if (raw.estimate == null) return;
  const hours = parseEstimate(raw.estimate);
  if (hours === undefined) {
    problems.push(problem(context, task, 'estimate', 'bad-estimate', `task ${task.id}: estimate ${JSON.stringify(raw.estimate)} is not a duration`, 'write it like 90m, 3h, 2d or 2-3h'));
    return;
  }
  task.estimate = String(raw.estimate);
  task.estimateHours = hours;
}

function problem(context: ListContext, task: Task, field: string, code: string, message: string, hint: string, path = [...task.path, field]): Problem {
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

function listOf(value: string | string[] | null | undefined): string[] {
  if (value == null) return [];
  return typeof value === 'string' ? [value] : value;
}

function firstLine(text: string | null | undefined): string | undefined {
  const line = text?.trim().split(/\r?\n/, 1)[0]?.trim();
  return line ? line.slice(0, 120) : undefined;
}

function stringsFrom(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\r?\n/).map((line) => line.replace(/^\s*[-*]\s*/, '').trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
