import type { Problem, Task } from './model.js';
import type { TaskIndex } from './indexTasks.js';

/** Where the tasks come from, for problem messages. */
export interface ProblemContext {
  file: string;
  tag?: string;
}

/**
 * Turns dependencies as written into full ids, in place. A subtask's bare reference
 * (`2`, `"2"`) means a sibling first (Task Master's rule), then a top-level task;
 * a dotted `"15.2"` is a full id. Missing targets and self-references are problems,
 * and are dropped from the task so later stages see a clean graph.
 */
export function resolveDependencies(tasks: readonly Task[], index: TaskIndex, context: ProblemContext): Problem[] {
  const problems: Problem[] = [];
  for (const task of tasks) {
    resolveFor(task, undefined, index, context, problems);
    for (const subtask of task.subtasks) resolveFor(subtask, task, index, context, problems);
  }
  return problems;
}

function resolveFor(task: Task, parent: Task | undefined, index: TaskIndex, context: ProblemContext, problems: Problem[]): void {
  const resolved: string[] = [];
  const seen = new Set<string>();
  task.dependencies.forEach((written, position) => {
    const target = resolveOne(written, parent, index);
    if (target !== undefined && target !== task.id) {
      if (!seen.has(target)) resolved.push(target);
      seen.add(target);
      return;
    }
    const base = { file: context.file, tag: context.tag, taskId: task.id, field: 'dependencies', path: [...task.path, 'dependencies', position] };
    if (target === undefined) {
      const where = parent ? `a subtask of task ${parent.id} or a task` : 'a task or subtask';
      problems.push({ ...base, severity: 'error', code: 'missing-dependency', message: `task ${task.id} depends on ${written}, which is not ${where} in this ${context.tag ? `tag (${context.tag})` : 'file'}`, hint: `remove ${written} from dependencies of ${task.id}, or add the missing task` });
      return;
    }
    problems.push({ ...base, severity: 'error', code: 'self-dependency', message: `task ${task.id} depends on itself`, hint: `remove ${written} from dependencies of ${task.id}` });
  });
  task.dependencies = resolved;
}

function resolveOne(written: string, parent: Task | undefined, index: TaskIndex): string | undefined {
  if (parent && !written.includes('.')) {
    const sibling = `${parent.id}.${written}`;
    if (index.byId.has(sibling)) return sibling;
  }
  if (index.byId.has(written)) return written;
  if (parent) {
    const sibling = `${parent.id}.${written}`;
    if (index.byId.has(sibling)) return sibling;
  }
  return index.aliases.get(written);
}
