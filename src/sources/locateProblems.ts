import type { Problem } from '../core/model.js';

/** Finds the line and column of a JSON path in a file's text. */
export type Locator = (path: (string | number)[]) => { line: number; column: number } | undefined;

/** Adds line and column to problems that carry a path and have no location yet. */
export function locateProblems(problems: Problem[], locator: Locator): Problem[] {
  return problems.map((problem) => {
    if (problem.line !== undefined || !problem.path) return problem;
    const at = locator(problem.path);
    return at ? { ...problem, line: at.line, column: at.column } : problem;
  });
}
