import type { TaskStatus } from '../core/model.js';

/** What to change on one task: its status, and/or its whole `metadata.waves` record (`null` removes it). */
export interface TaskEdit {
  status?: TaskStatus;
  waves?: Record<string, unknown> | null;
}

/** An edit that cannot be made without touching more than asked (or at all); nothing was changed. */
export class EditTaskError extends Error {
  override name = 'EditTaskError';
}

/** A path of keys and indexes into a parsed file. */
export type JsonPath = readonly (string | number)[];
/** A JSON object value. */
export type Json = Record<string, unknown>;

/** Replace `source[start, end)` with `insert`. */
export interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Applies a splice. */
export function applySplice(source: string, splice: Splice): string {
  return source.slice(0, splice.start) + splice.insert + source.slice(splice.end);
}

/** The task object as it should read after the edit (the metadata rule of editTaskInText). */
export function expectedTask(task: unknown, status: TaskStatus | undefined, waves: Json | null): unknown {
  const copy = structuredClone(task) as Json;
  if (status !== undefined) copy.status = status;
  const metadata = copy.metadata;
  const isObject = metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata);
  if (waves !== null) copy.metadata = isObject ? { ...(metadata as Json), waves } : { waves };
  else if (isObject && 'waves' in metadata) {
    delete (metadata as Json).waves;
    if (Object.keys(metadata).length === 0) delete copy.metadata;
  }
  return copy;
}

/** The error for an edit that would not read back as asked. */
export function unreadable(where: string): EditTaskError {
  return new EditTaskError(`${where}: the edited file would not read back as asked; nothing was changed`);
}

/** The line break the file uses (CRLF or LF). */
export function detectLineBreak(source: string): string {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}
