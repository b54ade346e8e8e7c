import { allTasks, indexTasks } from '../core/indexTasks.js';
import type { Problem, Task } from '../core/model.js';
import { readTaskMasterState } from '../sources/loadPlan.js';
import { parseTasksText } from '../sources/parseTasksText.js';
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
      const task = findTask(text, file, id, options.tag);
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

/** The task by full id (or a subtask by the id written in the file, when that spells out its parent). */
function findTask(text: string, file: string, id: string, tag: string | undefined): Task {
  const result = parseTasksText(text, file, { ...readTaskMasterState(file), ...(tag === undefined ? {} : { tag }) });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const where = `${file}${result.plan?.tag !== undefined ? ` (tag ${result.plan.tag})` : tag !== undefined ? ` (tag ${tag})` : ''}`;
  // Only a file that cannot be read is refused: a broken dependency elsewhere must not stop a
  // completion step from recording its own task.
  if (!result.plan) {
    const first = errors[0];
    const at = first?.line !== undefined ? ` at line ${first.line}` : '';
    const detail = first ? `${errors.length === 1 ? `an error${at}` : `${errors.length} errors, the first${at}`}: ${first.message}` : 'no task list';
    throw new UpdateTaskError(`${where}: not updating task ${id}: the file has ${detail}. Run "waves validate ${file}" to see every problem; nothing was written`, { problems: errors });
  }
  const index = indexTasks(result.plan.tasks);
  const aliased = index.aliases.get(id);
  const task = index.byId.get(id) ?? (aliased === undefined ? undefined : index.byId.get(aliased));
  if (!task) {
    const known = allTasks(result.plan.tasks).map((candidate) => candidate.id);
    const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, ... (${known.length} in all)` : '');
    throw new UpdateTaskError(`${where}: no task or subtask with id ${id}; known ids: ${shown || 'none'}; nothing was written`);
  }
  const sameId = allTasks(result.plan.tasks).filter((candidate) => candidate.id === task.id).length;
  if (sameId > 1) throw new UpdateTaskError(`${where}: ${sameId} subtasks of task ${task.parentId ?? '?'} have the id ${task.id}; renumber them first; nothing was written`);
  return task;
}
