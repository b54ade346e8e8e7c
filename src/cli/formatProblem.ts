import type { Problem } from '../core/model.js';

/** One line for a problem: `file:line:col: error: [tag master] task 12, dependencies: message. Fix: hint` */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const subject = [problem.tag === undefined ? undefined : `tag ${problem.tag}`, problem.taskId === undefined ? undefined : `task ${problem.taskId}`, problem.field]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${where}: ${problem.severity}: ${subject ? `[${subject}] ` : ''}${problem.message}${problem.hint ? `. Fix: ${problem.hint}` : ''}`;
}
