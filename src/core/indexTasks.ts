import type { Task } from './model.js';

/** Every task and subtask by full id, and subtask raw-id aliases (`"42-1"`, `29.1`) to full ids. */
export interface TaskIndex {
  byId: Map<string, Task>;
  aliases: Map<string, string>;
}

/** Indexes a plan's tasks and subtasks by full id. */
export function indexTasks(tasks: readonly Task[]): TaskIndex {
  const byId = new Map<string, Task>();
  const aliases = new Map<string, string>();
  for (const task of tasks) {
    byId.set(task.id, task);
    for (const subtask of task.subtasks) {
      if (!byId.has(subtask.id)) byId.set(subtask.id, subtask);
      const written = String(subtask.rawId);
      if (written !== subtask.id && (written.startsWith(`${task.id}.`) || written.startsWith(`${task.id}-`))) aliases.set(written, subtask.id);
    }
  }
  return { byId, aliases };
}

/** All tasks and subtasks, parents before their subtasks, in file order. */
export function allTasks(tasks: readonly Task[]): Task[] {
  const result: Task[] = [];
  for (const task of tasks) {
    result.push(task);
    for (const subtask of task.subtasks) result.push(subtask);
  }
  return result;
}
