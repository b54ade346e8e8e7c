import { indexTasks } from '../core/indexTasks.js';
import type { Plan, Priority } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';
import { toSingleLine } from './toSingleLine.js';

/** One leg of the GitHub Actions matrix: the task id and fields that are safe to interpolate into a workflow. */
export interface MatrixEntry {
  task: string;
  /** One line, no control characters, at most 100 characters; still untrusted text: pass it through `with:` or env, never a `run:` line. */
  title: string;
  agent?: string;
  priority: Priority;
  complexity?: number;
  resources?: string;
}

/** GitHub refuses a matrix that would generate more than 256 jobs. */
export const MATRIX_LIMIT = 256;
const TITLE_LIMIT = 100;
// Agent roles and resource classes pick runner labels and agent configs; anything outside this set could
// carry shell or expression syntax into a workflow, so it is left out rather than escaped.
const SAFE_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The `strategy.matrix` for the dispatched units, in dispatch order: `{ include: [...] }`, null-free. */
export function renderMatrix(plan: Plan, result: PlanResult): { include: MatrixEntry[] } {
  const { byId } = indexTasks(plan.tasks);
  const units = new Map(result.units.map((unit) => [unit.id, unit]));
  const include = result.dispatch.slice(0, MATRIX_LIMIT).map((id) => {
    const unit = units.get(id);
    const task = byId.get(id);
    const entry: MatrixEntry = {
      task: id,
      title: toSingleLine(unit?.title ?? task?.title ?? '', TITLE_LIMIT),
      priority: unit?.priority ?? task?.priority ?? 'medium',
    };
    const agent = unit?.agent ?? task?.agent;
    if (agent !== undefined && SAFE_NAME.test(agent)) entry.agent = agent;
    const complexity = unit?.complexity ?? task?.complexity;
    if (complexity !== undefined && Number.isFinite(complexity)) entry.complexity = complexity;
    if (task?.resources !== undefined && SAFE_NAME.test(task.resources)) entry.resources = task.resources;
    return entry;
  });
  return { include };
}
