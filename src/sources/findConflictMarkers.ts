import type { Problem } from '../core/model.js';

const MARKER = /^(<<<<<<<|=======|>>>>>>>|\|\|\|\|\|\|\|)(?: |$)/;

/** Git merge-conflict markers left in a file, one problem per marker line. */
export function findConflictMarkers(text: string, file: string): Problem[] {
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) return [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const match = MARKER.exec(line.replace(/\r$/, ''));
    if (!match) return;
    problems.push({
      severity: 'error',
      code: 'merge-conflict',
      file,
      message: `merge-conflict marker ${match[1]} at line ${index + 1}`,
      hint: 'resolve the merge conflict (keep one side of each conflict and delete the markers), then run waves validate',
      line: index + 1,
      column: 1,
    });
  });
  return problems;
}
