import { allTasks } from './indexTasks.js';
import type { Task } from './model.js';

/**
 * Dependency edges between tasks and subtasks, by position in `allTasks(plan.tasks)`: the
 * dependencies of the task at position v are `targets[start[v] .. start[v + 1])`. Flat integer
 * arrays, so the checks and the scheduler walk 100k-task graphs without string lookups.
 */
export interface DependencyGraph {
  start: Int32Array;
  targets: Int32Array;
}

/** Positions of tasks and subtasks by full id; a task's id wins over a subtask's. */
export function positionsById(all: readonly Task[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let position = 0; position < all.length; position++) {
    const task = all[position] as Task;
    if (task.parentId === undefined || !positions.has(task.id)) positions.set(task.id, position);
  }
  return positions;
}

/** Builds the graph from resolved dependency ids (ids with no task are left out). */
export function buildDependencyGraph(tasks: readonly Task[]): DependencyGraph {
  const all = allTasks(tasks);
  const positions = positionsById(all);
  const start = new Int32Array(all.length + 1);
  const targets: number[] = [];
  for (let position = 0; position < all.length; position++) {
    for (const id of (all[position] as Task).dependencies) {
      const target = positions.get(id);
      if (target !== undefined) targets.push(target);
    }
    start[position + 1] = targets.length;
  }
  return { start, targets: Int32Array.from(targets) };
}
