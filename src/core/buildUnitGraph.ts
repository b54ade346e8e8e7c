import type { IndexGraph } from './findCycles.js';
import type { Task, TaskStatus } from './model.js';

/** What one scheduling unit is: a top-level task (its subtasks are a checklist), or each subtask. */
export type Granularity = 'task' | 'subtask';

/** One schedulable piece of work. */
export interface Unit {
  id: string;
  task: Task;
  /** Status used for scheduling (a subtask of a finished parent counts as finished). */
  status: TaskStatus;
  /** Estimated hours; 1 where the task has no estimate. */
  hours: number;
}

/** Units and the edges that still hold work back: `waitsOn[v]` are units v waits for that are not satisfied. */
export interface UnitGraph {
  units: Unit[];
  positions: Map<string, number>;
  waitsOn: number[][];
  /** Ids of unsatisfied dependencies that are not units of their own (kept for messages). */
  graph: IndexGraph;
}

/**
 * Builds the graph the scheduler works on. Only unsatisfied dependencies become edges,
 * so finished work costs nothing. With `subtask` granularity, a parent's dependencies
 * apply to each of its subtasks, and depending on a parent means waiting for all its subtasks.
 */
export function buildUnitGraph(tasks: readonly Task[], granularity: Granularity, satisfied: ReadonlySet<TaskStatus>): UnitGraph {
  const units: Unit[] = [];
  const positions = new Map<string, number>();
  const ownerOf = new Map<string, Task>();
  const add = (task: Task, status: TaskStatus) => {
    positions.set(task.id, units.length);
    units.push({ id: task.id, task, status, hours: task.estimateHours ?? 1 });
  };
  for (const task of tasks) {
    for (const subtask of task.subtasks) ownerOf.set(subtask.id, task);
    if (granularity === 'task' || task.subtasks.length === 0) {
      add(task, task.status);
      continue;
    }
    const overriding = satisfied.has(task.status) || task.status === 'deferred' || task.status === 'blocked';
    for (const subtask of task.subtasks) {
      if (positions.has(subtask.id)) continue;
      add(subtask, overriding && !satisfied.has(subtask.status) ? task.status : subtask.status);
    }
  }

  const taskById = new Map<string, Task>();
  for (const task of tasks) {
    taskById.set(task.id, task);
    for (const subtask of task.subtasks) if (!taskById.has(subtask.id)) taskById.set(subtask.id, subtask);
  }
  const isSatisfied = (id: string): boolean => {
    const position = positions.get(id);
    if (position !== undefined) return satisfied.has((units[position] as Unit).status);
    const task = taskById.get(id);
    if (!task) return true; // validation reported it; nothing to wait for
    if (satisfied.has(task.status)) return true;
    return task.subtasks.length > 0 && granularity === 'subtask' && task.subtasks.every((subtask) => isSatisfied(subtask.id));
  };

  const waitsOn: number[][] = units.map((unit) => {
    const parent = unit.task.parentId === undefined ? undefined : taskById.get(unit.task.parentId);
    const written = parent ? [...unit.task.dependencies, ...parent.dependencies] : unit.task.dependencies;
    const edges = new Set<number>();
    for (const id of written) {
      if (isSatisfied(id)) continue;
      for (const target of unitsFor(id)) if (target !== positions.get(unit.id)) edges.add(target);
    }
    return [...edges];
  });

  function unitsFor(id: string): number[] {
    const position = positions.get(id);
    if (position !== undefined) return [position];
    const owner = ownerOf.get(id);
    if (owner && positions.has(owner.id)) return [positions.get(owner.id) as number]; // a subtask, in task granularity
    const task = taskById.get(id);
    if (!task) return [];
    return task.subtasks.map((subtask) => positions.get(subtask.id)).filter((position): position is number => position !== undefined && !isSatisfied(units[position]?.id ?? ''));
  }

  return { units, positions, waitsOn, graph: { ids: units.map((unit) => unit.id), edges: waitsOn } };
}
