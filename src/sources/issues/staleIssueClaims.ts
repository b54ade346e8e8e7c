import { allTasks } from '../../core/indexTasks.js';
import type { IssuesPlan } from './issuesToPlan.js';
import type { IssueSnapshot } from './issueSnapshot.js';

/** A task issue still labelled in progress long after it was claimed. */
export interface StaleIssueClaim {
  taskId: string;
  number: number;
  /** When the in-progress label was added (ISO time); with `atOrBefore`, the claim is at least that old. */
  claimedAt: string;
  atOrBefore?: boolean;
}

/**
 * Tasks labelled in progress for longer than `timeoutMinutes` (a leg that died without its
 * completion step; GitHub-hosted jobs cannot run longer than 6 hours). The claim time is when
 * the in-progress label was last added, from the issue's timeline. When the label events read do
 * not reach back to it (more label changes came after the claim), the claim is older than the
 * oldest event read, which is enough to call it stale. Issues with no events (read through REST)
 * are left alone. Pure.
 */
export function staleIssueClaims(planned: IssuesPlan, snapshot: IssueSnapshot, options: { statusPrefix: string; timeoutMinutes: number; now: string }): StaleIssueClaim[] {
  if (options.timeoutMinutes <= 0) return [];
  const inProgress = `${options.statusPrefix}in-progress`.toLowerCase();
  const byNumber = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  const limit = Date.parse(options.now) - options.timeoutMinutes * 60_000;
  const stale: StaleIssueClaim[] = [];
  for (const task of allTasks(planned.plan.tasks)) {
    if (task.status !== 'in-progress') continue;
    const origin = planned.issues.get(task.id);
    const issue = origin && byNumber.get(origin.number);
    if (!origin || !issue) continue;
    const claimed = issue.labelEvents.filter((event) => event.name.toLowerCase() === inProgress).pop();
    if (claimed) {
      if (Date.parse(claimed.at) < limit) stale.push({ taskId: task.id, number: origin.number, claimedAt: claimed.at });
      continue;
    }
    const oldest = issue.labelEvents[0];
    if (issue.earlierLabelEvents && oldest && Date.parse(oldest.at) < limit) stale.push({ taskId: task.id, number: origin.number, claimedAt: oldest.at, atOrBefore: true });
  }
  return stale;
}
