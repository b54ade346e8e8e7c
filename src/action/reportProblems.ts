import * as core from '@actions/core';
import type { Problem } from '../core/model.js';

/** Problems as annotations on their file and line: errors and warnings in the run's summary and the diff. */
export function reportProblems(problems: readonly Problem[]): void {
  for (const problem of problems) {
    const text = `${problem.taskId === undefined ? '' : `task ${problem.taskId}${problem.field ? `, ${problem.field}` : ''}: `}${problem.message}${problem.hint ? `. Fix: ${problem.hint}` : ''}`;
    const properties = { file: problem.file, startLine: problem.line, startColumn: problem.column, title: problem.code };
    if (problem.severity === 'error') core.error(text, properties);
    else core.warning(text, properties);
  }
}
