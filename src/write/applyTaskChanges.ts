import { indexTasks } from '../core/indexTasks.js';
import type { Plan, Problem } from '../core/model.js';
import type { TaskChange } from '../core/wavesRecord.js';
import { parseTasksText, type ParseOptions } from '../sources/parseTasksText.js';
import { editLoopInText } from './editLoopInText.js';
import { editTaskInText } from './editTaskInText.js';

/** The fresh file has errors: nothing is changed. */
export class TasksFileProblemsError extends Error {
  override name = 'TasksFileProblemsError';
  /** `inFile: false` when the problems are not in a repository file (the issues source). */
  constructor(
    readonly problems: Problem[],
    readonly inFile = true,
  ) {
    super(`${problems[0]?.file ?? 'the tasks file'} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((problem) => problem.message).slice(0, 3).join('; ')}`);
  }
}

/** What `decide` chose: the changes to write, and anything the caller wants back. */
export interface ChangeDecision<T> {
  changes: ReadonlyMap<string, TaskChange>;
  outcome: T;
  /** The tag's new `metadata.waves` (the loop's record; null removes it), when it changes too. */
  loop?: Record<string, unknown> | null;
}

/**
 * Parses the file's current text, lets `decide` choose changes from that fresh plan, and
 * applies them one task at a time, each touching only that task's status and
 * `metadata.waves`. Called again on newer text when a push or a sha loses a race, so a
 * decision is always made on what is really there. `text` is undefined when nothing changes.
 */
export function applyTaskChanges<T>(text: string, file: string, options: ParseOptions, decide: (plan: Plan) => ChangeDecision<T>): { text: string | undefined; decision: ChangeDecision<T>; plan: Plan } {
  const parsed = parseTasksText(text, file, options);
  const errors = parsed.problems.filter((problem) => problem.severity === 'error');
  if (!parsed.plan || errors.length > 0) throw new TasksFileProblemsError(errors);
  const plan = parsed.plan;
  const decision = decide(plan);
  if (decision.changes.size === 0 && decision.loop === undefined) return { text: undefined, decision, plan };
  const byId = indexTasks(plan.tasks).byId;
  let current = text;
  for (const [id, change] of decision.changes) {
    const task = byId.get(id);
    if (!task) throw new Error(`task ${id} is not in ${file}`);
    current = editTaskInText(current, file, task.path, change);
  }
  if (decision.loop !== undefined) current = editLoopInText(current, plan, options, decision.loop);
  return { text: current === text ? undefined : current, decision, plan };
}
