import type { Priority, Task, TaskStatus } from '../core/model.js';
import type { RawTask } from './rawTaskSchema.js';

// Shared, frozen empties: most tasks have no paths, deliverables, dependencies or metadata, and a
// 100k-task plan should not allocate four objects per task for nothing.
export const NONE: string[] = Object.freeze([]) as unknown as string[];
const NO_METADATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** Where a task sits in its file: the JSON path of its list (a top-level task) or its parent (a subtask). */
export type TaskPlace = readonly (string | number)[] | Task;

/**
 * A task read from a list, with its fields as written (status, priority, complexity and estimate
 * are set afterwards by the reader, which checks them). Every instance has every property, in
 * one order: one object shape keeps property reads fast in the scheduler's loops over 100k tasks.
 *
 * Its JSON path is worked out when asked rather than stored: only writes and problem messages
 * need it, and an array per task is a tenth of the memory a 100k-task plan takes.
 */
export class LoadedTask implements Task {
  id: string;
  rawId: string | number;
  parentId: string | undefined;
  title: string;
  description: string | undefined;
  details: string | undefined;
  status: TaskStatus;
  priority: Priority;
  complexity: number | undefined;
  agent: string | undefined;
  deliverables: string[];
  estimateHours: number | undefined;
  estimate: string | undefined;
  resources: string | undefined;
  paths: string[];
  subtasks: Task[];
  metadata: Record<string, unknown>;
  raw: Readonly<Record<string, unknown>>;
  readonly #place: TaskPlace;
  readonly #index: number;
  /** The dependencies as written (numbers or strings) until first read as text, or once set. */
  #dependencies: readonly (string | number)[];
  #dependenciesAreText: boolean;

  constructor(fields: RawTask, raw: RawTask, place: TaskPlace, index: number) {
    const parent = Array.isArray(place) ? undefined : (place as Task);
    const writtenId = typeof fields.id === 'string' ? fields.id.trim() : fields.id;
    const id = parent ? `${parent.id}.${typeof writtenId === 'number' && Number.isInteger(writtenId) ? writtenId : localSubtaskId(writtenId, parent.id)}` : idText(writtenId);
    const agent = fields.agent?.trim();
    const resources = fields.resources?.trim();
    const dependencies = fields.dependencies;
    this.id = id;
    this.rawId = writtenId;
    this.parentId = parent?.id;
    this.title = fields.title?.trim() || firstLine(fields.description) || `Task ${id}`;
    this.description = fields.description ?? undefined;
    this.details = fields.details ?? undefined;
    this.status = 'pending';
    this.priority = parent?.priority ?? 'medium';
    this.complexity = undefined;
    this.agent = agent || undefined;
    this.deliverables = fields.deliverables != null ? listOf(fields.deliverables) : fields.acceptanceCriteria != null ? stringsFrom(fields.acceptanceCriteria) : NONE;
    this.#dependencies = dependencies == null || dependencies.length === 0 ? NONE : dependencies;
    this.#dependenciesAreText = this.#dependencies === NONE;
    this.estimateHours = undefined;
    this.estimate = undefined;
    this.resources = resources || undefined;
    this.paths = listOf(fields.paths);
    this.subtasks = NONE as unknown as Task[];
    this.metadata = fields.metadata ?? NO_METADATA;
    this.raw = raw;
    this.#place = place;
    this.#index = index;
  }

  /**
   * Full ids of the tasks or subtasks this one waits for, as text. Turned into text when first
   * read: loading resolves them from the list as written (see writtenDependencies), and most
   * tasks of a big plan are never asked.
   */
  get dependencies(): string[] {
    if (!this.#dependenciesAreText) {
      this.#dependencies = dependencyTexts(this.#dependencies);
      this.#dependenciesAreText = true;
    }
    return this.#dependencies as string[];
  }

  set dependencies(ids: string[]) {
    this.#dependencies = ids;
    this.#dependenciesAreText = true;
  }

  /** The dependencies as the file wrote them (ids as numbers or strings), without making text of them. */
  writtenDependencies(): readonly (string | number)[] {
    return this.#dependencies;
  }

  /** JSON path of the task object inside its file, for error locations and writes (a new array each time). */
  get path(): (string | number)[] {
    return pathOf(this.#place, this.#index);
  }
}

/** Dependencies as written, as text: `42` is `"42"`. */
function dependencyTexts(written: readonly (string | number)[]): string[] {
  const texts: string[] = new Array(written.length);
  for (let index = 0; index < written.length; index++) {
    const id = written[index] as string | number;
    texts[index] = idText(id);
  }
  return texts;
}

/** An id as text: `"42"` for 42, a string id as it is. */
function idText(id: string | number): string {
  return typeof id === 'string' ? id : String(id);
}

/** The JSON path of item `index` of a list at `place` (a list's path, or the parent task of a subtask). */
export function pathOf(place: TaskPlace, index: number): (string | number)[] {
  if (!Array.isArray(place)) return [...(place as Task).path, 'subtasks', index];
  const list = place as readonly (string | number)[];
  const path: (string | number)[] = new Array(list.length + 1);
  for (let at = 0; at < list.length; at++) path[at] = list[at] as string | number;
  path[list.length] = index;
  return path;
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

function listOf(value: string | string[] | null | undefined): string[] {
  if (value == null || (Array.isArray(value) && value.length === 0)) return NONE;
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
