import type { DependencyGraph } from './dependencyGraph.js';
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
  /** Resource class: the task's own, else (for a subtask) its parent's. */
  resources: string | undefined;
  /** Paths the unit touches: the task's own, else (for a subtask) its parent's. */
  paths: readonly string[];
}

/** Units and the edges that still hold work back: `waitsOn[v]` are the unsatisfied units v waits for. */
export interface UnitGraph {
  units: Unit[];
  waitsOn: number[][];
  graph: IndexGraph;
}

const NONE: number[] = Object.freeze([]) as unknown as number[];

/**
 * Builds the graph the scheduler works on, from the dependency graph by position (see
 * DependencyGraph). Only unsatisfied dependencies become edges, so finished work costs nothing.
 * With `subtask` granularity, a parent's dependencies apply to each of its subtasks, and
 * depending on a parent means waiting for all its subtasks.
 */
export function buildUnitGraph(tasks: readonly Task[], graph: DependencyGraph, granularity: Granularity, satisfied: ReadonlySet<TaskStatus>): UnitGraph {
  let taskCount = tasks.length;
  for (const task of tasks) taskCount += task.subtasks.length;
  const units: Unit[] = [];
  /** Position of each task's parent, or -1. */
  const parentOf = new Int32Array(taskCount).fill(-1);
  /** For each position: the unit to wait for while it is unsatisfied (-1: nothing; -2: see `openSubtasks`). */
  const waitFor = new Int32Array(taskCount).fill(-1);
  const openSubtasks = new Map<number, number[]>();
  const unitPosition: number[] = [];

  let position = 0;
  for (const task of tasks) {
    const parent = position++;
    const subtaskCount = task.subtasks.length;
    for (let offset = 1; offset <= subtaskCount; offset++) parentOf[parent + offset] = parent;
    if (granularity === 'task' || subtaskCount === 0) {
      const unit = addUnit(units, unitPosition, task, parent, task.status, task);
      if (!satisfied.has(task.status)) {
        waitFor[parent] = unit;
        // A subtask that is not finished holds its dependents until its owner is done.
        for (let offset = 1; offset <= subtaskCount; offset++) if (!satisfied.has((task.subtasks[offset - 1] as Task).status)) waitFor[parent + offset] = unit;
      }
      position += subtaskCount;
      continue;
    }
    // A finished or stuck parent decides for its unfinished subtasks.
    const overriding = satisfied.has(task.status) || task.status === 'deferred' || task.status === 'blocked';
    const open: number[] = [];
    const seen = new Set<string>();
    for (const subtask of task.subtasks) {
      const at = position++;
      if (seen.has(subtask.id)) continue;
      seen.add(subtask.id);
      const status = overriding && !satisfied.has(subtask.status) ? task.status : subtask.status;
      const unit = addUnit(units, unitPosition, subtask, at, status, task);
      if (!satisfied.has(status)) {
        waitFor[at] = unit;
        open.push(unit);
      }
    }
    if (!satisfied.has(task.status) && open.length > 0) {
      waitFor[parent] = -2;
      openSubtasks.set(parent, open);
    }
  }

  const waitsOn: number[][] = new Array(units.length);
  // One buffer for every unit's edges, reused: `used` says how much of it is this unit's.
  const buffer: number[] = [];
  for (let unit = 0; unit < units.length; unit++) {
    const at = unitPosition[unit] as number;
    const parent = parentOf[at] as number;
    let used = collectWaits(graph, at, unit, waitFor, openSubtasks, buffer, 0);
    if (parent >= 0 && granularity === 'subtask') used = collectWaits(graph, parent, unit, waitFor, openSubtasks, buffer, used);
    // Copied to an array of its own, exactly as long as it needs to be.
    waitsOn[unit] = used === 0 ? NONE : buffer.slice(0, used);
  }
  let indexGraph: IndexGraph | undefined;
  return {
    units,
    waitsOn,
    // Only a plan with a cycle needs it.
    get graph() {
      return (indexGraph ??= { ids: units.map((unit) => unit.id), edges: waitsOn });
    },
  };
}

/**
 * Adds to `edges[0 .. used)` the units that `unit` waits for through the dependencies of the task
 * at `position`, without repeats or itself; returns how much of `edges` is now in use.
 */
function collectWaits(graph: DependencyGraph, position: number, unit: number, waitFor: Int32Array, openSubtasks: ReadonlyMap<number, number[]>, edges: number[], used: number): number {
  const { start, targets } = graph;
  for (let edge = start[position] as number; edge < (start[position + 1] as number); edge++) {
    const target = targets[edge] as number;
    const waiting = waitFor[target] as number;
    if (waiting >= 0) used = addEdge(edges, used, waiting, unit);
    else if (waiting === -2) for (const subtaskUnit of openSubtasks.get(target) as number[]) used = addEdge(edges, used, subtaskUnit, unit);
  }
  return used;
}

function addEdge(edges: number[], used: number, target: number, unit: number): number {
  if (target === unit) return used;
  for (let at = 0; at < used; at++) if (edges[at] === target) return used;
  edges[used] = target;
  return used + 1;
}

function addUnit(units: Unit[], unitPosition: number[], task: Task, position: number, status: TaskStatus, owner: Task): number {
  units.push({
    id: task.id,
    task,
    status,
    hours: task.estimateHours ?? 1,
    resources: task.resources ?? owner.resources,
    paths: task.paths.length > 0 ? task.paths : owner.paths,
  });
  unitPosition.push(position);
  return units.length - 1;
}
