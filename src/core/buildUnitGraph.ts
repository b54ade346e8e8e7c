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

/** Units and the edges that still hold work back: `waitsOn[v]` are the unsatisfied units v waits for. */
export interface UnitGraph {
  units: Unit[];
  positions: Map<string, number>;
  waitsOn: number[][];
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
  /** For every task and subtask id: the units to wait for while it is unsatisfied; empty once satisfied. */
  const waitFor = new Map<string, number[]>();
  const parents = new Map<string, Task>();

  for (const task of tasks) {
    if (granularity === 'task' || task.subtasks.length === 0) {
      const position = addUnit(units, positions, task, task.status);
      const pending = satisfied.has(task.status) ? [] : [position];
      waitFor.set(task.id, pending);
      for (const subtask of task.subtasks) if (!waitFor.has(subtask.id)) waitFor.set(subtask.id, satisfied.has(subtask.status) ? [] : pending);
      continue;
    }
    // A finished or stuck parent decides for its unfinished subtasks.
    const overriding = satisfied.has(task.status) || task.status === 'deferred' || task.status === 'blocked';
    const open: number[] = [];
    for (const subtask of task.subtasks) {
      parents.set(subtask.id, task);
      if (positions.has(subtask.id)) continue;
      const status = overriding && !satisfied.has(subtask.status) ? task.status : subtask.status;
      const position = addUnit(units, positions, subtask, status);
      const unsatisfied = !satisfied.has(status);
      waitFor.set(subtask.id, unsatisfied ? [position] : []);
      if (unsatisfied) open.push(position);
    }
    waitFor.set(task.id, satisfied.has(task.status) ? [] : open);
  }

  const waitsOn: number[][] = new Array(units.length);
  for (let position = 0; position < units.length; position++) {
    const task = (units[position] as Unit).task;
    const parent = parents.get(task.id);
    const edges: number[] = [];
    collect(task.dependencies, position, edges, waitFor);
    if (parent) collect(parent.dependencies, position, edges, waitFor);
    waitsOn[position] = edges;
  }
  return { units, positions, waitsOn, graph: { ids: units.map((unit) => unit.id), edges: waitsOn } };
}

function addUnit(units: Unit[], positions: Map<string, number>, task: Task, status: TaskStatus): number {
  const position = units.length;
  positions.set(task.id, position);
  units.push({ id: task.id, task, status, hours: task.estimateHours ?? 1 });
  return position;
}

function collect(dependencies: readonly string[], self: number, edges: number[], waitFor: ReadonlyMap<string, number[]>): void {
  for (const id of dependencies) {
    const targets = waitFor.get(id);
    if (!targets) continue; // a missing dependency; validation reported it
    for (const target of targets) if (target !== self && !edges.includes(target)) edges.push(target);
  }
}
