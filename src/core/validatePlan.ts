import type { DependencyGraph } from './dependencyGraph.js';
import { findCycles } from './findCycles.js';
import type { Problem, Task, TaskStatus } from './model.js';
import type { ProblemContext } from './resolveDependencies.js';

const FINISHED = new Set<TaskStatus>(['done', 'cancelled']);

/**
 * Graph checks on resolved tasks (`all` in allTasks order, `graph` by the same positions):
 * dependency cycles, reported with the whole path. Kahn's algorithm proves most graphs acyclic
 * in one pass over flat arrays; only what it cannot order goes to the cycle finder.
 */
export function validatePlan(all: readonly Task[], graph: DependencyGraph, context: ProblemContext): Problem[] {
  const count = all.length;
  const { start, targets } = graph;
  const waitingFor = new Int32Array(count);
  const dependentStart = new Int32Array(count + 1);
  for (let position = 0; position < count; position++) {
    waitingFor[position] = (start[position + 1] as number) - (start[position] as number);
    for (let at = start[position] as number; at < (start[position + 1] as number); at++) {
      const target = targets[at] as number;
      dependentStart[target + 1] = (dependentStart[target + 1] as number) + 1;
    }
  }
  for (let position = 0; position < count; position++) dependentStart[position + 1] = (dependentStart[position + 1] as number) + (dependentStart[position] as number);
  const dependents = new Int32Array(targets.length);
  const fill = dependentStart.slice(0, count);
  for (let position = 0; position < count; position++) {
    for (let at = start[position] as number; at < (start[position + 1] as number); at++) {
      const target = targets[at] as number;
      const slot = fill[target] as number;
      dependents[slot] = position;
      fill[target] = slot + 1;
    }
  }
  const queue = new Int32Array(count);
  let tail = 0;
  for (let position = 0; position < count; position++) if (waitingFor[position] === 0) queue[tail++] = position;
  for (let head = 0; head < tail; head++) {
    const finished = queue[head] as number;
    for (let at = dependentStart[finished] as number; at < (dependentStart[finished + 1] as number); at++) {
      const dependent = dependents[at] as number;
      waitingFor[dependent] = (waitingFor[dependent] as number) - 1;
      if (waitingFor[dependent] === 0) queue[tail++] = dependent;
    }
  }
  if (tail === count) return [];

  // Some tasks could not be ordered: find the cycles among them.
  const stuck: number[] = [];
  for (let position = 0; position < count; position++) if ((waitingFor[position] as number) > 0) stuck.push(position);
  const local = new Map(stuck.map((position, localIndex) => [position, localIndex]));
  const cycles = findCycles({
    ids: stuck.map((position) => (all[position] as Task).id),
    edges: stuck.map((position) => {
      const edges: number[] = [];
      for (let at = start[position] as number; at < (start[position + 1] as number); at++) {
        const target = local.get(targets[at] as number);
        if (target !== undefined) edges.push(target);
      }
      return edges;
    }),
  });
  const byId = new Map(stuck.map((position) => [(all[position] as Task).id, all[position] as Task]));
  return cycles.map((cycle) => {
    const task = byId.get(cycle[0] as string) as Task;
    // A loop among finished tasks can hold nothing up (real files have them, from subtask
    // references meant for top-level tasks); it is reported, but only an unfinished one fails.
    const finished = cycle.every((id) => FINISHED.has(byId.get(id)?.status ?? 'pending'));
    return {
      severity: finished ? ('warning' as const) : ('error' as const),
      code: 'cycle',
      file: context.file,
      tag: context.tag,
      taskId: task.id,
      field: 'dependencies',
      message: `dependency cycle: ${cycle.join(' -> ')}${finished ? ' (all finished, so it holds nothing up)' : ''}`,
      hint: 'remove one of these dependencies so the tasks can run in some order',
      path: [...task.path, 'dependencies'],
    };
  });
}
