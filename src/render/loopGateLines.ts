import type { GatedPlanResult } from '../core/gateDispatch.js';

/** What holds the whole loop back, in plain sentences (unescaped): the pause, a spent daily budget. */
export function loopGateLines(result: GatedPlanResult): string[] {
  const lines: string[] = [];
  const { paused, budget } = result;
  if (paused) {
    lines.push(`Paused${paused.since ? ` since ${paused.since}` : ''}${paused.by ? ` by ${paused.by}` : ''}${paused.reason ? `: ${paused.reason}` : ''}. Nothing new is dispatched until ${paused.undo ?? 'it is resumed (waves resume)'}.`);
  }
  const waiting = result.held.filter((skipped) => skipped.reason === 'budget').length;
  if (budget && (budget.left === 0 || waiting > 0) && !paused) {
    lines.push(`Daily budget reached: ${budget.used} of ${budget.limit} dispatches in the last 24 hours${waiting > 0 ? `; ${waiting} ready held back` : ''}${budget.nextFreeAt ? `; the next slot frees at ${budget.nextFreeAt}` : ''}.`);
  } else if (budget) {
    lines.push(`Daily budget: ${budget.used} of ${budget.limit} dispatches used in the last 24 hours${budget.nextFreeAt && budget.used > 0 ? `; the oldest frees its slot at ${budget.nextFreeAt}` : ''}.`);
  }
  return lines;
}
