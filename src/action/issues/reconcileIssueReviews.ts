import * as core from '@actions/core';
import { allTasks, indexTasks } from '../../core/indexTasks.js';
import type { Settled } from '../../delivery/reviewStep.js';
import { findTaskPullRequests, MAX_TASK_BRANCHES } from '../../github/findTaskPullRequests.js';
import { graphqlRequest } from '../../github/graphqlRequest.js';
import { ISSUE_COMMENTS_QUERY } from '../../github/issueQueries.js';
import type { IssueWrite } from '../../github/issueWrites.js';
import { pullRequestMarker } from '../../render/renderPullRequest.js';
import type { IssueSnapshot, TaskIssue } from '../../sources/issues/issueSnapshot.js';
import type { IssuesPlan } from '../../sources/issues/issuesToPlan.js';
import { settleReviews } from '../reconcileReviews.js';
import { ensureLabels } from './ensureLabels.js';
import { failedAttemptWrites } from './failedAttemptWrites.js';
import { statusLabelWrites } from './issueLabelWrites.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/** Failed reviews recorded per plan (each reads its issue's comments); the rest wait for the next plan. */
const MAX_FAILED = 10;

/**
 * Settles the tasks in review (`status:review`) from their pull requests, found by branch
 * (`waves/<id>`, with our marker) in one request: merged, done (the issue closed if GitHub did not
 * close it, the parent too once its last phase is done); closed unmerged or conflicting, a failed
 * attempt like a failed leg (settleReviews closes the conflicting ones); with `merge: immediate`,
 * the mergeable ones are merged now. The writes join the plan's mutation request; the plan and
 * snapshot are updated in place, so a merged task's dependants are dispatched in this same run.
 * Also drops the review label from task issues GitHub closed on a merge. Returns what settled.
 */
export async function reconcileIssueReviews(context: IssuesActionContext, snapshot: IssueSnapshot, planned: IssuesPlan, writes: IssueWrite[]): Promise<string[]> {
  const { settings, environment } = context;
  const reviewName = `${settings.statusPrefix}review`.toLowerCase();
  const byNumber = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  // GitHub closed these when their pull requests merged (`Closes #N`): the review label goes, and a parent whose phases are all closed closes too.
  for (const issue of snapshot.issues) {
    if (issue.state !== 'CLOSED' || !issue.labels.some((label) => label.name.toLowerCase() === reviewName)) continue;
    writes.push(...statusLabelWrites(issue.id, issue.labels, settings.statusPrefix, undefined));
    if (settings.closeOnDone) writes.push(...closeFinishedParent(snapshot, issue));
  }
  const reviews = allTasks(planned.plan.tasks).filter((task) => task.status === 'review' && planned.issues.has(task.id) && byNumber.get(planned.issues.get(task.id)!.number)?.state === 'OPEN');
  if (reviews.length === 0) return [];
  if (!environment.branch) {
    core.warning(`${reviews.length} task(s) are in review, but the run is not on a branch, so their pull requests (into that branch) cannot be looked up; they stay in review.`);
    return [];
  }
  const client = context.client();
  let settled: Map<string, Settled>;
  try {
    const branches = reviews.slice(0, MAX_TASK_BRANCHES).map((task) => ({ id: task.id, head: `waves/${task.id}`, marker: pullRequestMarker(task.id) }));
    const states = await findTaskPullRequests(client, { owner: context.owner, repo: context.repo, base: environment.branch }, branches);
    for (const task of reviews) if (!states.has(task.id) && branches.some((branch) => branch.id === task.id)) core.warning(`task ${task.id} is in review, but no pull request of ours from waves/${task.id} into ${environment.branch} was found; it stays in review until a person changes its label.`);
    settled = await settleReviews(client, { owner: context.owner, repo: context.repo, merge: settings.delivery.merge }, reviews.flatMap((task) => (states.has(task.id) ? [{ id: task.id, title: task.title, state: states.get(task.id)! }] : [])));
  } catch (error) {
    core.warning(`could not settle the tasks in review (${(error as Error).message}); they stay in review.`);
    return [];
  }

  const byId = indexTasks(planned.plan.tasks).byId;
  const done: string[] = [];
  const failed = [...settled].filter(([, verdict]) => verdict.outcome === 'failed').slice(0, MAX_FAILED);
  for (const [id, verdict] of settled) {
    const issue = byNumber.get(planned.issues.get(id)!.number) as TaskIssue;
    const task = byId.get(id);
    if (verdict.outcome === 'merged') {
      writes.push(...(await mergedWrites(context, snapshot, issue)));
      if (task) task.status = 'done';
      done.push(id);
      core.info(`task ${id}: pull request #${verdict.number} was merged (${verdict.mergeCommit}); done.`);
    } else if (failed.some(([failedId]) => failedId === id)) {
      const status = await failedReviewWrites(context, snapshot, issue, id, verdict.reason, writes);
      if (task && status) task.status = status;
      done.push(id);
    }
  }
  return done;
}

/** A merged task: its issue closed as completed (labelled done with close-on-done: false), status labels cleared; its parent closed once every phase is. */
async function mergedWrites(context: IssuesActionContext, snapshot: IssueSnapshot, issue: TaskIssue): Promise<IssueWrite[]> {
  const { settings } = context;
  const writes: IssueWrite[] = [];
  if (!settings.closeOnDone) {
    const doneName = `${settings.statusPrefix}done`;
    const ids = await ensureLabels(context.client(), settings, { id: snapshot.repositoryId, owner: context.owner, name: context.repo }, snapshot.labelIds, [doneName]);
    const doneId = ids.get(doneName.toLowerCase());
    return statusLabelWrites(issue.id, issue.labels, settings.statusPrefix, doneId === undefined ? undefined : { name: doneName, id: doneId });
  }
  writes.push({ kind: 'close', issueId: issue.id, reason: 'COMPLETED' }, ...statusLabelWrites(issue.id, issue.labels, settings.statusPrefix, undefined));
  issue.state = 'CLOSED';
  writes.push(...closeFinishedParent(snapshot, issue));
  return writes;
}

/** Closes the parent of a phase just closed when every other phase is closed too (as a completion does); the snapshot is updated so the next phase sees it. */
function closeFinishedParent(snapshot: IssueSnapshot, issue: TaskIssue): IssueWrite[] {
  const own = (reference: { repository: string }) => reference.repository.toLowerCase() === snapshot.repository.toLowerCase();
  const parent = issue.parent && own(issue.parent) ? snapshot.issues.find((candidate) => candidate.number === issue.parent?.number && candidate.state === 'OPEN') : undefined;
  if (!parent || parent.truncated.some((list) => list.startsWith('sub-issues'))) return [];
  for (const child of parent.subIssues) if (own(child) && child.number === issue.number) child.state = 'CLOSED';
  if (!parent.subIssues.every((child) => child.state === 'CLOSED')) return [];
  parent.state = 'CLOSED';
  return [{ kind: 'close', issueId: parent.id, reason: 'COMPLETED' }];
}

/** A review that failed: one attempt used, as for a failed leg (a comment with this run's link, back to pending or blocked). Returns the status it leads to. */
async function failedReviewWrites(context: IssuesActionContext, snapshot: IssueSnapshot, issue: TaskIssue, id: string, reason: string, writes: IssueWrite[]): Promise<'pending' | 'blocked' | undefined> {
  const { settings, environment } = context;
  type Answer = { repository: { issue: { id: string; labels: { nodes: { id: string; name: string }[] }; assignees?: { nodes: { login: string }[] }; comments: { nodes: { id: string; body: string; viewerDidAuthor?: boolean }[] } } | null } | null };
  const answer = await graphqlRequest<Answer>(context.client(), `Reading issue #${issue.number}`, ISSUE_COMMENTS_QUERY, { owner: context.owner, name: context.repo, number: issue.number });
  const read = answer.repository?.issue;
  if (!read) return undefined;
  const blockedName = `${settings.statusPrefix}blocked`;
  const attempt = (blockedId: string | undefined) =>
    failedAttemptWrites(
      { id: read.id, labels: read.labels.nodes, comments: read.comments.nodes },
      { taskId: id, run: { ...environment.run, leg: `${environment.leg}/review` }, maxAttempts: settings.maxAttempts, statusPrefix: settings.statusPrefix, what: `failed: ${reason}`, blockedLabelId: () => blockedId, mention: read.assignees?.nodes.map((user) => user.login) ?? [] },
    );
  let failed = attempt(undefined);
  if (failed.status === 'blocked') failed = attempt((await ensureLabels(context.client(), settings, { id: snapshot.repositoryId, owner: context.owner, name: context.repo }, snapshot.labelIds, [blockedName])).get(blockedName.toLowerCase()));
  writes.push(...failed.writes);
  // What the labels will be once these writes land, so a claim in the same request adds in-progress again.
  issue.labels = issue.labels.filter((label) => !label.name.toLowerCase().startsWith(settings.statusPrefix.toLowerCase()));
  core.warning(`task ${id}: ${reason}; ${failed.status === 'blocked' ? 'out of attempts, blocked' : 'back to pending'} (attempt ${failed.attempts} of ${settings.maxAttempts}).`);
  return failed.status;
}
