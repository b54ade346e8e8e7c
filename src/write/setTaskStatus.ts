import type { Problem, Task, TaskStatus } from '../core/model.js';
import { findTaskForWrite } from './findTaskForWrite.js';
import { editStatus } from './editStatusInText.js';
import { updateFileLocked } from './writeFileLocked.js';

/** A status change that was refused; nothing was written. `problems` holds the file's errors, if that was why. */
export class SetStatusError extends Error {
  override name = 'SetStatusError';
  problems: Problem[];
  constructor(message: string, options: { cause?: unknown; problems?: Problem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problems = options.problems ?? [];
  }
}

/** What a status change did. */
export interface StatusChange {
  /** The status before, normalised. */
  previous: TaskStatus;
  /** The status value as it was written before (`"completed"`), undefined when there was none. */
  previousWritten: unknown;
  /** The task as read just before the change. */
  task: Task;
  /** Whether the file was written (false when it already said exactly `status`). */
  changed: boolean;
  /** The tag the task was found in, for Task Master tagged files. */
  tag?: string;
  /** Errors elsewhere in the file: the change was made, but the file still needs fixing. */
  otherErrors: Problem[];
}

/**
 * Sets one task's or subtask's status in a tasks file (Task Master JSON or a plan file),
 * changing only that value's bytes. Safe against parallel writers: the file is re-read and
 * checked under a lock. Always writes the canonical value (Task Master's tm-core reads all
 * seven, subtasks included). Throws SetStatusError, writing nothing, when the file cannot be
 * read (syntax, no task list), the tag or id is unknown, or the id is ambiguous; other errors in
 * the file come back in `otherErrors`.
 */
export async function setTaskStatus(file: string, id: string, status: TaskStatus, options: { tag?: string } = {}): Promise<StatusChange> {
  let change: StatusChange | undefined;
  try {
    await updateFileLocked(file, (text) => {
      const { plan, task, errors } = findTaskForWrite(text, file, id, options.tag, 'setting the status of', (message, problems) => new SetStatusError(message, { problems }));
      const edit = editStatus(text, file, task.path, status);
      change = { previous: task.status, previousWritten: edit.previous, task, changed: edit.text !== text, otherErrors: errors };
      if (plan.tag !== undefined) change.tag = plan.tag;
      return edit.text;
    });
  } catch (error) {
    if (error instanceof SetStatusError) throw error;
    throw new SetStatusError((error as Error).message, { cause: error });
  }
  if (!change) throw new SetStatusError(`${file}: task ${id} was not updated`);
  return change;
}
