/** What a hand-off's delivery knows of the task issue, the run that packed, and that run's artifact. */
export interface HandOffClaimFacts {
  taskId: string;
  issue: { number: number; state: 'OPEN' | 'CLOSED'; labels: readonly string[]; labelEvents: readonly { name: string; at: string }[] };
  run: { runId: string; createdAt: string };
  /** The run's artifact of this task's packed change, when it uploaded one. */
  artifact: { name: string; createdAt?: string } | undefined;
}

/**
 * Why a hand-off must be refused, or undefined when the task issue is claimed by the run that
 * packed the change. In the issues source the claim is the in-progress label, added by the
 * planner job of that same run; so the run must have uploaded the task's artifact, the issue must
 * be open and labelled in progress, and the latest in-progress label must have been added after the
 * run was created (an earlier one is another run's), before the change was packed, and only once
 * since the run was created (added again, the claim changed hands). Times are GitHub's, to the
 * second. Pure.
 */
export function handOffClaimProblem(facts: HandOffClaimFacts, statusPrefix: string): string | undefined {
  const { taskId, issue, run, artifact } = facts;
  const inProgress = `${statusPrefix}in-progress`;
  const claimOf = `issue #${issue.number} (task ${taskId})`;
  if (!artifact) return `run ${run.runId} uploaded no artifact for task ${taskId}, so the change is not that run's`;
  if (issue.state !== 'OPEN') return `${claimOf} is closed, so no run holds a claim on it`;
  if (!issue.labels.some((name) => name.toLowerCase() === inProgress.toLowerCase())) return `${claimOf} is not claimed: it has no ${inProgress} label`;
  const claims = issue.labelEvents.filter((event) => event.name.toLowerCase() === inProgress.toLowerCase());
  const latest = claims.at(-1);
  if (!latest) return `${claimOf} has the ${inProgress} label, but its latest label events do not say when it was added`;
  const time = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  if (time(latest.at) < time(run.createdAt)) return `${claimOf} was claimed at ${latest.at}, before run ${run.runId} began (${run.createdAt}), so another run holds the claim`;
  if (artifact.createdAt !== undefined && time(latest.at) > time(artifact.createdAt)) return `${claimOf} was claimed again at ${latest.at}, after run ${run.runId} packed its change (${artifact.createdAt})`;
  const since = claims.filter((event) => time(event.at) >= time(run.createdAt));
  if (since.length > 1) return `${claimOf} was claimed ${since.length} times since run ${run.runId} began (last at ${latest.at}), so the claim changed hands`;
  return undefined;
}
