import type { Plan, Task, TaskStatus } from './model.js';

/** A copy of the plan with some tasks' or subtasks' statuses changed (what-if planning; the input is untouched). */
export function withStatuses(plan: Plan, changes: Readonly<Record<string, TaskStatus>>): Plan {
  const change = (task: Task): Task => {
    const status = changes[task.id];
    const subtasks = task.subtasks.some((subtask) => changes[subtask.id] !== undefined) ? task.subtasks.map(change) : task.subtasks;
    return status === undefined && subtasks === task.subtasks ? task : { ...task, status: status ?? task.status, subtasks };
  };
  return { ...plan, tasks: plan.tasks.map(change) };
}
