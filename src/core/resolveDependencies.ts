import type { DependencyGraph } from './dependencyGraph.js';
import type { Problem, Task } from './model.js';

/** Where the tasks come from, for problem messages. */
export interface ProblemContext {
  file: string;
  tag?: string;
}

/** Every task and subtask in allTasks order, their positions by full id, and subtask raw-id aliases (`"42-1"`). */
export interface TaskLookup {
  all: readonly Task[];
  /**
   * Positions by full id, for ids that are not plain numbers (those are in `numbered`): tasks'
   * ids, and subtasks' ids unless `subtasksByParent`.
   */
  positions: ReadonlyMap<string, number>;
  /**
   * Every task id is a plain number and no subtask's own part has a dot, so "N.M" can only be
   * a subtask of task N: subtasks are looked up there (they follow their task in `all`).
   */
  subtasksByParent?: boolean;
  aliases: ReadonlyMap<string, string>;
  /** Positions of tasks whose id is a plain number (`"42"`), by that number: most Task Master ids. */
  numbered: readonly (number | undefined)[];
  /**
   * A task's dependencies as its file wrote them (Task Master writes numbers), when the loader
   * keeps them: resolved without first making a string of each. Else `task.dependencies`.
   */
  written?: (task: Task) => readonly (string | number)[];
}

/** The number a plain-number id stands for (`"42"`: up to 7 digits, no leading zero), else undefined. */
export function plainNumber(id: string): number | undefined {
  const length = id.length;
  if (length === 0 || length > 7 || (length > 1 && id.charCodeAt(0) === 48)) return undefined;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const digit = id.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** The position of an id, looked up by number when it is a plain one (no hashing), else by name. */
export function positionOf(lookup: TaskLookup, id: string): number | undefined {
  const number = plainNumber(id);
  if (number !== undefined) return lookup.numbered[number];
  if (!lookup.subtasksByParent) return lookup.positions.get(id);
  const dot = id.indexOf('.');
  const parentNumber = dot > 0 ? plainNumber(id.slice(0, dot)) : undefined;
  const parent = parentNumber === undefined ? undefined : lookup.numbered[parentNumber];
  return parent === undefined ? undefined : subtaskPosition(lookup, parent, id.length - dot - 1, id);
}

/** The position of the subtask `parentId.local` of the task at `parent`, first of its subtasks with that id. */
function childPosition(lookup: TaskLookup, parent: number, parentId: string, local: string): number | undefined {
  if (!lookup.subtasksByParent) return lookup.positions.get(`${parentId}.${local}`);
  return subtaskPosition(lookup, parent, local.length, local);
}

/**
 * The first subtask of the task at `parent` whose id is as long as the parent's plus a dot plus
 * `localLength`, and ends with `ending` (at most as long): its subtasks' ids all start with the
 * parent's id and a dot, so that is the one whose own part is the last `localLength` characters.
 */
function subtaskPosition(lookup: TaskLookup, parent: number, localLength: number, ending: string): number | undefined {
  const subtasks = (lookup.all[parent] as Task).subtasks;
  const length = (lookup.all[parent] as Task).id.length + 1 + localLength;
  for (let index = 0; index < subtasks.length; index++) {
    const id = (subtasks[index] as Task).id;
    if (id.length === length && id.endsWith(ending)) return parent + 1 + index;
  }
  return undefined;
}

/**
 * Turns dependencies as written into full ids, in place, and returns the dependency graph by
 * position. A subtask's bare reference (`2`, `"2"`) means a sibling first (Task Master's rule),
 * then a top-level task; a dotted `"15.2"` is a full id. Missing targets and self-references are
 * problems, and are dropped from the task so later stages see a clean graph.
 */
export function resolveDependencies(lookup: TaskLookup, context: ProblemContext): { problems: Problem[]; graph: DependencyGraph } {
  const problems: Problem[] = [];
  const { all } = lookup;
  const start = new Int32Array(all.length + 1);
  const targets: number[] = [];
  let parent = -1;
  for (let position = 0; position < all.length; position++) {
    const task = all[position] as Task;
    if (task.parentId === undefined) parent = -1;
    resolveFor(task, parent, position, lookup, context, problems, targets);
    if (task.parentId === undefined) parent = position;
    start[position + 1] = targets.length;
  }
  return { problems, graph: { start, targets: Int32Array.from(targets) } };
}

function resolveFor(task: Task, parentPosition: number, self: number, lookup: TaskLookup, context: ProblemContext, problems: Problem[], targets: number[]): void {
  const written = lookup.written ? lookup.written(task) : task.dependencies;
  if (written.length === 0) return;
  const parent = parentPosition === -1 ? undefined : (lookup.all[parentPosition] as Task);
  const first = targets.length;
  // Usually every dependency already names a task exactly once: keep the list as it is.
  let resolved: string[] | undefined;
  for (let position = 0; position < written.length; position++) {
    const dependency = written[position] as string | number;
    // A top-level task's whole-number reference (42 or "42") finds the task with exactly that id:
    // the usual case, settled by number, without reading the target task.
    const number = parent === undefined ? (typeof dependency === 'number' ? wholeNumber(dependency) : plainNumber(dependency)) : undefined;
    const byNumber = number === undefined ? undefined : lookup.numbered[number];
    // Made only when needed: the usual top-level reference is found by number alone.
    const text = byNumber !== undefined ? '' : typeof dependency === 'string' ? dependency : String(dependency);
    const target = byNumber ?? resolveOne(text, parentPosition, lookup);
    if (target !== undefined && target !== self) {
      let duplicate = false;
      for (let at = first; at < targets.length; at++) if (targets[at] === target) duplicate = true;
      if (!duplicate) targets.push(target);
      if (resolved === undefined && !duplicate && number !== undefined) continue;
      const id = (lookup.all[target] as Task).id;
      if (resolved === undefined && id === text && !duplicate) continue;
      resolved ??= textsOf(written, position);
      if (!duplicate) resolved.push(id);
      continue;
    }
    resolved ??= textsOf(written, position);
    const shown = typeof dependency === 'string' ? dependency : String(dependency);
    const base = { file: context.file, tag: context.tag, taskId: task.id, field: 'dependencies', path: [...task.path, 'dependencies', position] };
    if (target === undefined) {
      const where = parent ? `a subtask of task ${parent.id} or a task` : 'a task or subtask';
      problems.push({ ...base, severity: 'error', code: 'missing-dependency', message: `task ${task.id} depends on ${shown}, which is not ${where} in this ${context.tag ? `tag (${context.tag})` : 'file'}`, hint: `remove ${shown} from dependencies of ${task.id}, or add the missing task` });
    } else {
      problems.push({ ...base, severity: 'error', code: 'self-dependency', message: `task ${task.id} depends on itself`, hint: `remove ${shown} from dependencies of ${task.id}` });
    }
  }
  if (resolved !== undefined) task.dependencies = resolved;
}

/** The number a whole-number id stands for when its text is a plain number (see plainNumber). */
function wholeNumber(id: number): number | undefined {
  return Number.isInteger(id) && id >= 0 && id < 10_000_000 ? id : undefined;
}

/** The first `count` dependencies as text: those so far named their targets exactly. */
function textsOf(written: readonly (string | number)[], count: number): string[] {
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = written[index] as string | number;
    texts.push(typeof id === 'string' ? id : String(id));
  }
  return texts;
}

/** The position a dependency refers to (`parent`: the position of the subtask's task, else -1), or undefined when nothing has that id. */
function resolveOne(written: string, parent: number, lookup: TaskLookup): number | undefined {
  const parentId = parent === -1 ? undefined : (lookup.all[parent] as Task).id;
  if (parentId !== undefined && !written.includes('.')) {
    const sibling = childPosition(lookup, parent, parentId, written);
    if (sibling !== undefined) return sibling;
  }
  const direct = positionOf(lookup, written);
  if (direct !== undefined) return direct;
  if (parentId !== undefined) {
    const sibling = childPosition(lookup, parent, parentId, written);
    if (sibling !== undefined) return sibling;
  }
  const alias = lookup.aliases.get(written);
  return alias === undefined ? undefined : positionOf(lookup, alias);
}
