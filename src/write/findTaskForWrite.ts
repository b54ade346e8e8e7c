import { allTasks, indexTasks } from '../core/indexTasks.js';
import type { Plan, Problem, Task } from '../core/model.js';
import { readTaskMasterState } from '../sources/loadPlan.js';
import { parseTasksText } from '../sources/parseTasksText.js';

/** What a writer found: the plan, the task to change, and errors elsewhere in the file. */
export interface TaskToWrite {
  plan: Plan;
  task: Task;
  errors: Problem[];
}

/**
 * Finds the task a write is about, in a file's fresh text (the tag as Task Master picks it,
 * unless `tag` is given). Only a file that cannot be read is refused: a broken dependency
 * elsewhere must not stop a completion from recording its own task. An unknown or ambiguous
 * id is refused too. `refuse` makes the caller's own error; `doing` says what was attempted.
 */
export function findTaskForWrite(text: string, file: string, id: string, tag: string | undefined, doing: string, refuse: (message: string, problems: Problem[]) => Error): TaskToWrite {
  const result = parseTasksText(text, file, { ...readTaskMasterState(file), ...(tag === undefined ? {} : { tag }) });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const where = `${file}${result.plan?.tag !== undefined ? ` (tag ${result.plan.tag})` : tag !== undefined ? ` (tag ${tag})` : ''}`;
  if (!result.plan) {
    const first = errors[0];
    const at = first?.line !== undefined ? ` at line ${first.line}` : '';
    const count = errors.length === 1 ? `an error${at}` : `${errors.length} errors, the first${at}`;
    const detail = first ? `${count}: ${first.message}${first.hint ? ` (${first.hint})` : ''}` : 'no task list';
    throw refuse(`${where}: not ${doing} task ${id}: the file has ${detail}. Run "waves validate ${file}${tag === undefined ? '' : ` --tag ${tag}`}" to see every problem; nothing was written`, errors);
  }
  const plan = result.plan;
  const index = indexTasks(plan.tasks);
  const task = index.byId.get(id) ?? aliased(index.aliases.get(id), id, index.byId);
  if (!task) {
    const known = allTasks(plan.tasks).map((candidate) => candidate.id);
    const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, ... (${known.length} in all)` : '');
    throw refuse(`${where}: no task or subtask with id ${id}; known ids: ${shown || 'none'}; nothing was written`, []);
  }
  const sameId = allTasks(plan.tasks).filter((candidate) => candidate.id === task.id).length;
  if (sameId > 1) throw refuse(`${where}: ${sameId} subtasks of task ${task.parentId ?? '?'} have the id ${task.id}; renumber them first; nothing was written`, []);
  return { plan, task, errors };
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
