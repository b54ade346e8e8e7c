import * as core from '@actions/core';
import type { Problem } from '../core/model.js';

/**
 * Problems as annotations on their file and line: errors and warnings in the run's summary and the
 * diff. `inFile: false` for problems that are not in a repository file (issues): the source is
 * named in the text instead.
 */
export function reportProblems(problems: readonly Problem[], options: { inFile?: boolean } = {}): void {
  const inFile = options.inFile ?? true;
  for (const problem of problems) {
    const text = `${inFile ? '' : `${problem.file}: `}${problem.taskId === undefined ? '' : `task ${problem.taskId}${problem.field ? `, ${problem.field}` : ''}: `}${problem.message}${problem.hint ? `. Fix: ${problem.hint}` : ''}`;
    const properties = inFile ? { file: problem.file, startLine: problem.line, startColumn: problem.column, title: problem.code } : { title: problem.code };
    if (problem.severity === 'error') core.error(text, properties);
    else core.warning(text, properties);
  }
}
