/** What the summary needs of an attempt's end (a slice of run/startAgent's AgentExit). */
export interface LandingView {
  stopped: boolean;
  failure?: string;
  verify?: 'passed' | 'failed';
  landed?: { commit: string; commits: number; base: string };
  worktree?: string;
}

/**
 * The summary's lines about the work itself: the commits that landed on the base branch, in the
 * order they landed, and the worktrees kept for inspection. Empty when nothing was isolated.
 */
export function renderLandingSummary(lastExits: ReadonlyMap<string, LandingView>, base: string | undefined): string {
  if (base === undefined) return '';
  const lines: string[] = [];
  const landed = [...lastExits].filter(([, exit]) => exit.landed !== undefined && exit.landed.commits > 0);
  if (landed.length > 0) {
    lines.push(`Landed on ${base}, in order:`);
    for (const [id, exit] of landed) lines.push(`  ${id}  ${exit.landed!.commit.slice(0, 10)}  ${exit.landed!.commits} commit${exit.landed!.commits === 1 ? '' : 's'}${exit.verify === 'passed' ? ', verified' : ''}`);
  }
  const kept = [...lastExits].filter(([, exit]) => exit.landed === undefined && exit.worktree !== undefined);
  for (const [id, exit] of kept) lines.push(`Kept for inspection: ${id} in ${exit.worktree}${exit.stopped ? ' (stopped)' : exit.failure === undefined ? '' : ` (${exit.failure})`}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
