import { compareIds } from '../core/compareIds.js';
import { indexTasks } from '../core/indexTasks.js';
import type { Plan } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';

/** One edge of the unit graph: `from` must finish before `to` can start. */
export interface UnitEdge {
  from: string;
  to: string;
}

/**
 * Every dependency between the plan's units, satisfied or not, mapped the way the scheduler maps them:
 * at task granularity a subtask stands for its parent; at subtask granularity a parent's dependencies
 * apply to each of its subtasks and depending on a parent means depending on all its subtasks.
 * The scheduler keeps only unsatisfied edges; a graph for people shows the finished ones too.
 */
export function unitEdges(plan: Plan, result: PlanResult): UnitEdge[] {
  const { byId } = indexTasks(plan.tasks);
  const unitIds = new Set(result.units.map((unit) => unit.id));
  const unitsFor = (id: string): string[] => {
    if (unitIds.has(id)) return [id];
    const task = byId.get(id);
    if (!task) return [];
    if (task.parentId !== undefined) return unitIds.has(task.parentId) ? [task.parentId] : [];
    return task.subtasks.map((subtask) => subtask.id).filter((subtask) => unitIds.has(subtask));
  };
  const edges: UnitEdge[] = [];
  const seen = new Set<string>();
  for (const unit of result.units) {
    const task = byId.get(unit.id);
    const parent = task?.parentId === undefined ? undefined : byId.get(task.parentId);
    const written = [...(task?.dependencies ?? []), ...(parent?.dependencies ?? []), ...unit.waitingOn];
    const from = [...new Set(written.flatMap(unitsFor))].filter((id) => id !== unit.id).sort(compareIds);
    for (const id of from) {
      const key = `${id}\u0000${unit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: id, to: unit.id });
    }
  }
  return edges;
}
