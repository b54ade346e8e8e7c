import { allTasks, indexTasks } from '../core/indexTasks.js';
import type { Plan, Problem, Task, TaskStatus } from '../core/model.js';
import { readTaskMasterState } from '../sources/loadPlan.js';
import { parseTasksText } from '../sources/parseTasksText.js';
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
      const { plan, task, errors } = findTask(text, file, id, options.tag);
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

/**
 * A subtask by the id written in the file, when that spells out the parent (`"42-1"`, `"29.1"`);
 * a bare `311` under task 31 is not taken for 31.311, so a typo cannot change a different task.
 */
function aliased(fullId: string | undefined, written: string, byId: Map<string, Task>): Task | undefined {
  const task = fullId === undefined ? undefined : byId.get(fullId);
  if (task?.parentId === undefined || !written.startsWith(task.parentId)) return undefined;
  return /^[.-]./.test(written.slice(task.parentId.length)) ? task : undefined;
}

function findTask(text: string, file: string, id: string, tag: string | undefined): { plan: Plan; task: Task; errors: Problem[] } {
  const result = parseTasksText(text, file, { ...readTaskMasterState(file), ...(tag === undefined ? {} : { tag }) });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const where = `${file}${result.plan?.tag !== undefined ? ` (tag ${result.plan.tag})` : tag !== undefined ? ` (tag ${tag})` : ''}`;
  // Only a file that cannot be read is refused: a broken dependency elsewhere must not stop a
  // completion step from recording its own task (the change touches that one value only).
  if (!result.plan) {
    const first = errors[0];
    const at = first?.line !== undefined ? ` at line ${first.line}` : '';
    const count = errors.length === 1 ? `an error${at}` : `${errors.length} errors, the first${at}`;
    const detail = first ? `${count}: ${first.message}${first.hint ? ` (${first.hint})` : ''}` : 'no task list';
    throw new SetStatusError(`${where}: not setting the status of task ${id}: the file has ${detail}. Run "waves validate ${file}${tag === undefined ? '' : ` --tag ${tag}`}" to see every problem; nothing was written`, { problems: errors });
  }
  const plan = result.plan;
  const index = indexTasks(plan.tasks);
  const task = index.byId.get(id) ?? aliased(index.aliases.get(id), id, index.byId);
  if (!task) {
    const known = allTasks(plan.tasks).map((candidate) => candidate.id);
    const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, ... (${known.length} in all)` : '');
    throw new SetStatusError(`${where}: no task or subtask with id ${id}; known ids: ${shown || 'none'}; nothing was written`);
  }
  const sameId = allTasks(plan.tasks).filter((candidate) => candidate.id === task.id);
  if (sameId.length > 1) {
    throw new SetStatusError(`${where}: ${sameId.length} subtasks of task ${task.parentId ?? '?'} have the id ${task.id}; renumber them first; nothing was written`);
  }
  return { plan, task, errors };
}
