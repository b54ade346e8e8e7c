import type { z as Z } from 'zod';
import { zod } from './lazyLibraries.js';

/**
 * One task or subtask as written in a Task Master file or a plan file, before normalisation.
 * Loose: unknown fields pass through and stay on the task's `raw` object. No transforms:
 * the schema only checks shapes, so a well-formed object can skip it (see isWellFormedTask).
 */
function buildRawTaskSchema() {
  const z = zod();
  /** An id as users write it: Task Master numbers, strings, slugs, even floats (`29.1`). */
  const rawId = z.union([z.string().trim().min(1, 'an id must not be empty'), z.number().finite()], {
    error: 'an id must be a string or a number',
  });
  const stringList = z.union([z.array(z.string()), z.string()], { error: 'expected a list of strings' });
  return z.looseObject({
    id: rawId,
    title: z.string().nullish(),
    description: z.string().nullish(),
    details: z.string().nullish(),
    status: z.string({ error: 'status must be a string such as "pending" or "done"' }).nullish(),
    priority: z.string({ error: 'priority must be one of critical, high, medium, low' }).nullish(),
    complexity: z.union([z.number(), z.string()]).nullish(),
    agent: z.string().nullish(),
    deliverables: stringList.nullish(),
    dependencies: z.array(rawId, { error: 'dependencies must be a list of task ids' }).nullish(),
    estimate: z.union([z.string(), z.number()]).nullish(),
    resources: z.string({ error: 'resources must be one class name, such as "cpu"' }).nullish(),
    paths: stringList.nullish(),
    subtasks: z.array(z.unknown(), { error: 'subtasks must be a list' }).nullish(),
    metadata: z.record(z.string(), z.unknown(), { error: 'metadata must be an object' }).nullish(),
  });
}

type RawTaskSchema = ReturnType<typeof buildRawTaskSchema>;
let schema: RawTaskSchema | undefined;

/**
 * The schema of a task as written, built on first use: well-formed files never need it (see
 * isWellFormedTask), and building its thirty-odd zod parts is a noticeable share of a cold start.
 */
export function rawTaskSchema(): RawTaskSchema {
  return (schema ??= buildRawTaskSchema());
}

/** A task object that passed rawTaskSchema. */
export type RawTask = Z.infer<RawTaskSchema>;

type KnownField = keyof RawTaskSchema['shape'];
const FIELD_NAMES = { id: 1, title: 1, description: 1, details: 1, status: 1, priority: 1, complexity: 1, agent: 1, deliverables: 1, dependencies: 1, estimate: 1, resources: 1, paths: 1, subtasks: 1, metadata: 1 } satisfies Record<KnownField, 1>;

/** Fields the model reads (the schema's, checked by the compiler); everything else stays on `raw`. */
export const KNOWN_TASK_FIELDS: ReadonlySet<string> = new Set(Object.keys(FIELD_NAMES));

const isId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '');

const isOptionalString = (value: unknown): boolean => value == null || typeof value === 'string';

const isOptionalNumberOrString = (value: unknown): boolean => value == null || typeof value === 'number' || typeof value === 'string';

const isStringList = (value: unknown): boolean => {
  if (value == null || typeof value === 'string') return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
};

const isIdList = (value: unknown): boolean => {
  if (value == null) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isId(item)) return false;
  return true;
};

/** The fields of a task the model does not read, as written. */
export function unknownFields(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (!KNOWN_TASK_FIELDS.has(key)) fields[key] = raw[key];
  return fields;
}

/** A holder for readTaskFields, reusable: reading a task then allocates nothing. */
export type TaskFields = Record<KnownField | 'acceptanceCriteria', unknown>;

export function emptyTaskFields(): TaskFields {
  return { id: undefined, title: undefined, description: undefined, details: undefined, status: undefined, priority: undefined, complexity: undefined, agent: undefined, deliverables: undefined, acceptanceCriteria: undefined, dependencies: undefined, estimate: undefined, resources: undefined, paths: undefined, subtasks: undefined, metadata: undefined };
}

/**
 * A fast check that accepts only objects rawTaskSchema also accepts (a property test keeps the
 * two in step). Plans of 100,000 tasks spend their time here, so zod runs only on objects that
 * fail it, to say precisely what is wrong.
 */
export function isWellFormedTask(value: unknown): value is RawTask {
  return readTaskFields(value) !== undefined;
}

/**
 * The fields of a task object that the model reads, copied into an object of one fixed shape,
 * or undefined when the value is not what rawTaskSchema accepts (zod then says what is wrong).
 * One pass over the keys the object has: tasks in a file come in many shapes, and reading a
 * dozen fields by name from objects of many shapes costs more than walking the keys each has.
 */
export function readTaskFields(value: unknown, into: TaskFields = emptyTaskFields()): RawTask | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const task = value as Record<string, unknown>;
  const fields = into;
  fields.id = fields.title = fields.description = fields.details = fields.status = fields.priority = fields.complexity = fields.agent = fields.deliverables = fields.acceptanceCriteria = fields.dependencies = fields.estimate = fields.resources = fields.paths = fields.subtasks = fields.metadata = undefined;
  for (const key in task) {
    switch (key) {
      case 'id': fields.id = task[key]; break;
      case 'title': fields.title = task[key]; break;
      case 'description': fields.description = task[key]; break;
      case 'details': fields.details = task[key]; break;
      case 'status': fields.status = task[key]; break;
      case 'priority': fields.priority = task[key]; break;
      case 'complexity': fields.complexity = task[key]; break;
      case 'agent': fields.agent = task[key]; break;
      case 'deliverables': fields.deliverables = task[key]; break;
      case 'acceptanceCriteria': fields.acceptanceCriteria = task[key]; break;
      case 'dependencies': fields.dependencies = task[key]; break;
      case 'estimate': fields.estimate = task[key]; break;
      case 'resources': fields.resources = task[key]; break;
      case 'paths': fields.paths = task[key]; break;
      case 'subtasks': fields.subtasks = task[key]; break;
      case 'metadata': fields.metadata = task[key]; break;
    }
  }
  const { subtasks, metadata } = fields;
  const wellFormed = isId(fields.id)
    && isOptionalString(fields.title)
    && isOptionalString(fields.description)
    && isOptionalString(fields.details)
    && isOptionalString(fields.status)
    && isOptionalString(fields.priority)
    && isOptionalString(fields.agent)
    && isOptionalString(fields.resources)
    && isOptionalNumberOrString(fields.complexity)
    && isOptionalNumberOrString(fields.estimate)
    && isIdList(fields.dependencies)
    && (subtasks == null || Array.isArray(subtasks))
    && (metadata == null || (typeof metadata === 'object' && !Array.isArray(metadata)))
    && isStringList(fields.deliverables)
    && isStringList(fields.paths);
  return wellFormed ? (fields as RawTask) : undefined;
}
