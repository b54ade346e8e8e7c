import { findCycles, type IndexGraph } from './findCycles.js';
import { allTasks } from './indexTasks.js';
import type { Problem, Task, TaskStatus } from './model.js';

const FINISHED = new Set<TaskStatus>(['done', 'cancelled']);
import type { ProblemContext } from './resolveDependencies.js';

/** Graph checks on resolved tasks: dependency cycles, reported with the whole path. */
export function validatePlan(tasks: readonly Task[], context: ProblemContext): Problem[] {
  const everything = allTasks(tasks);
  const positions = new Map<string, number>();
  everything.forEach((task, index) => positions.set(task.id, index));
  const graph: IndexGraph = {
    ids: everything.map((task) => task.id),
    edges: everything.map((task) => task.dependencies.map((id) => positions.get(id)).filter((index): index is number => index !== undefined)),
  };
  return findCycles(graph).map((cycle) => {
    const first = positions.get(cycle[0] as string) as number;
    const task = everything[first] as Task;
    // A loop among finished tasks can hold nothing up (real files have them, from subtask
    // references meant for top-level tasks); it is reported, but only an unfinished one fails.
    const finished = cycle.every((id) => FINISHED.has(everything[positions.get(id) as number]?.status ?? 'pending'));
    return {
      severity: finished ? ('warning' as const) : ('error' as const),
      code: 'cycle',
      file: context.file,
      tag: context.tag,
      taskId: task.id,
      field: 'dependencies',
      message: `dependency cycle: ${cycle.join(' -> ')}${finished ? ' (all finished, so it holds nothing up)' : ''}`,
      hint: `remove one of these dependencies so the tasks can run in some order`,
      path: [...task.path, 'dependencies'],
    };
  });
}
