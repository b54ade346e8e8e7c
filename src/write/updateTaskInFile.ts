import type { Problem, Task } from '../core/model.js';
import { findTaskForWrite } from './findTaskForWrite.js';
import { editTaskInText, type TaskEdit } from './editTaskInText.js';
import { updateFileLocked } from './writeFileLocked.js';

/** A task update that was refused; nothing was written. `problems` holds the file's errors, if that was why. */
export class UpdateTaskError extends Error {
  override name = 'UpdateTaskError';
  problems: Problem[];
  constructor(message: string, options: { cause?: unknown; problems?: Problem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problems = options.problems ?? [];
  }
}

/** What an update did: the task as read just before it, the edit `decide` chose, and whether the file was written. */
export interface TaskUpdate {
  task: Task;
  edit: TaskEdit | undefined;
  changed: boolean;
}

/**
 * Changes one task's or subtask's status and/or `metadata.waves` in a tasks file, deciding on
 * fresh content: under the file's lock it re-reads and parses the file (the tag as Task Master
 * picks it, unless `tag` is given), finds the task by full id and passes it to `decide`, whose
 * edit is written with editTaskInText (nothing is written when it returns undefined). Throws
 * UpdateTaskError, writing nothing, when the file cannot be read, or the tag or id is unknown or
 * ambiguous; errors thrown by `decide` come through as they are.
 */
export async function updateTaskInFile(file: string, id: string, decide: (task: Task) => TaskEdit | undefined, options: { tag?: string } = {}): Promise<TaskUpdate> {
  let update: TaskUpdate | undefined;
  let decideFailure: { error: unknown } | undefined;
  try {
    await updateFileLocked(file, (text) => {
      const { task } = findTaskForWrite(text, file, id, options.tag, 'updating', (message, problems) => new UpdateTaskError(message, { problems }));
      let edit: TaskEdit | undefined;
      try {
        edit = decide(task);
      } catch (error) {
        decideFailure = { error };
        throw error;
      }
      const next = edit === undefined ? text : editTaskInText(text, file, task.path, edit);
      update = { task, edit, changed: next !== text };
      return next;
    });
  } catch (error) {
    if (decideFailure && error === decideFailure.error) throw error;
    if (error instanceof UpdateTaskError) throw error;
    throw new UpdateTaskError(`${(error as Error).message}`, { cause: error });
  }
  if (!update) throw new UpdateTaskError(`${file}: task ${id} was not updated`);
  return update;
}
