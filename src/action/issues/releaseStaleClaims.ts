import * as core from '@actions/core';
import { indexTasks } from '../../core/indexTasks.js';
import { graphqlRequest } from '../../github/graphqlRequest.js';
import { ISSUE_COMMENTS_QUERY } from '../../github/issueQueries.js';
import type { IssueWrite } from '../../github/issueWrites.js';
import type { IssueSnapshot } from '../../sources/issues/issueSnapshot.js';
import type { IssuesPlan } from '../../sources/issues/issuesToPlan.js';
import { staleIssueClaims } from '../../sources/issues/staleIssueClaims.js';
import { ensureLabels } from './ensureLabels.js';
import { failedAttemptWrites } from './failedAttemptWrites.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/** Stale claims handled per plan; the rest wait for the next one (each costs one read). */
const MAX_RELEASED = 10;

/**
 * Claims older than `claim-timeout` with no result: each uses an attempt (a comment with this
 * run's link) and goes back to pending, or to blocked when none are left. The writes join the
 * plan's one mutation request; the plan and the snapshot are updated in place so this run can
 * dispatch the task again. Returns the ids released.
 */
export async function releaseStaleClaims(context: IssuesActionContext, snapshot: IssueSnapshot, planned: IssuesPlan, writes: IssueWrite[]): Promise<string[]> {
  const { settings, environment } = context;
  const stale = staleIssueClaims(planned, snapshot, { statusPrefix: settings.statusPrefix, timeoutMinutes: settings.claimTimeoutMinutes, now: context.now() }).slice(0, MAX_RELEASED);
  if (stale.length === 0) return [];
  const byId = indexTasks(planned.plan.tasks).byId;
  const byNumber = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  const blockedName = `${settings.statusPrefix}blocked`;
  const released: string[] = [];
  for (const claim of stale) {
    type Answer = { repository: { issue: { id: string; labels: { nodes: { id: string; name: string }[] }; comments: { nodes: { id: string; body: string; viewerDidAuthor?: boolean }[] } } | null } | null };
    const answer = await graphqlRequest<Answer>(context.client(), `Reading issue #${claim.number}`, ISSUE_COMMENTS_QUERY, { owner: context.owner, name: context.repo, number: claim.number });
    const issue = answer.repository?.issue;
    if (!issue) continue;
    const hours = Math.round(settings.claimTimeoutMinutes / 6) / 10;
    const attempt = (blockedId: string | undefined) =>
      failedAttemptWrites(
        { id: issue.id, labels: issue.labels.nodes, comments: issue.comments.nodes },
        { taskId: claim.taskId, run: { ...environment.run, leg: `${environment.leg}/stale-claim` }, maxAttempts: settings.maxAttempts, statusPrefix: settings.statusPrefix, what: `had no result ${hours} h after its claim at ${claim.atOrBefore ? 'or before ' : ''}${claim.claimedAt}`, blockedLabelId: () => blockedId },
      );
    let failed = attempt(undefined);
    if (failed.status === 'blocked') failed = attempt((await ensureLabels(context.client(), settings, { id: snapshot.repositoryId, owner: context.owner, name: context.repo }, snapshot.labelIds, [blockedName])).get(blockedName.toLowerCase()));
    writes.push(...failed.writes);
    const task = byId.get(claim.taskId);
    if (task) task.status = failed.status;
    // What the labels will be once these writes land, so a new claim in the same request adds in-progress again.
    const snapshotIssue = byNumber.get(claim.number);
    if (snapshotIssue) snapshotIssue.labels = snapshotIssue.labels.filter((label) => !label.name.toLowerCase().startsWith(settings.statusPrefix.toLowerCase()));
    core.warning(`task ${claim.taskId}: claimed at ${claim.atOrBefore ? 'or before ' : ''}${claim.claimedAt} and no result since; ${failed.status === 'blocked' ? 'out of attempts, blocked' : 'back to pending'} (attempt ${failed.attempts} of ${settings.maxAttempts}).`);
    released.push(claim.taskId);
  }
  return released;
}
