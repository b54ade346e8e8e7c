import { toSingleLine } from './toSingleLine.js';

/** A step of an isolated task as the runner reports it (the shape of run/startIsolatedTask's IsolationStep). */
export type IsolationStepView =
  | { type: 'worktree'; path: string; baseCommit: string }
  | { type: 'rebased'; onto: string }
  | { type: 'verify'; ok: boolean; tail: string[] }
  | { type: 'base-moved' }
  | { type: 'held'; files: string[]; untracked: boolean; checkout?: string }
  | { type: 'integrated'; commit: string; commits: number }
  | { type: 'landed-earlier'; commit: string };

/** One progress line for a step of task `id` landing on `base`, or undefined for steps not worth a line. */
export function describeIsolationStep(id: string, base: string, step: IsolationStepView): string | undefined {
  const short = (commit: string) => commit.slice(0, 10);
  switch (step.type) {
    case 'worktree':
      return `  ${id}: worktree from ${base} at ${short(step.baseCommit)}`;
    case 'rebased':
      return `  ${id}: rebased onto ${base} at ${short(step.onto)}`;
    case 'verify':
      return step.ok ? `  ${id}: verify passed` : [`  ${id}: verify failed; its last lines:`, ...step.tail.map((line) => `    | ${toSingleLine(line, 200)}`)].join('\n');
    case 'base-moved':
      return `  ${id}: ${base} moved during verify; rebasing and verifying again`;
    case 'held': {
      const what = step.untracked ? 'your untracked file' : 'your uncommitted change to';
      return `  ${id}: holding its integration: it would overwrite ${what} ${step.files.join(', ')}${step.checkout === undefined ? '' : ` in ${step.checkout}`}; commit, stash or move it and the run goes on`;
    }
    case 'landed-earlier':
      return `  ${id}: its work landed on ${base} in an earlier run (${short(step.commit)}), which stopped before recording it; not run again`;
    case 'integrated':
      return `  ${id}: landed on ${base}: ${short(step.commit)} (${step.commits} commit${step.commits === 1 ? '' : 's'})`;
  }
}
