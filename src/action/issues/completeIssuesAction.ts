import * as core from '@actions/core';
import { planWaves } from '../../core/planWaves.js';
import type { TaskStatus } from '../../core/model.js';
import { graphqlRequest } from '../../github/graphqlRequest.js';
import { ISSUE_COMMENTS_QUERY, LABEL_QUERY } from '../../github/issueQueries.js';
import { applyIssueWrites, type IssueWrite } from '../../github/issueWrites.js';
import { readSubIssueStates, type SubIssuePage } from '../../github/readSubIssueStates.js';
import { dispatchNextPlan } from '../dispatchNextPlan.js';
import { InputError } from '../readSettings.js';
import { ensureLabels } from './ensureLabels.js';
import { readIssuesPlan, type IssuesActionContext } from './issuesActionContext.js';
import { issueNumberOfTask, statusLabelWrites } from './issueLabelWrites.js';
import { publishIssuesDashboard } from './publishIssuesDashboard.js';
import { failedAttemptWrites } from './failedAttemptWrites.js';
import { notifyIssueBlocked } from './notifyIssueBlocked.js';
import { deliverIssueWork } from './deliverIssueWork.js';
import type { ReviewRecord } from '../../delivery/deliverTaskWork.js';

interface IssueForCompletion {
  id: string;
  title: string;
  state: 'OPEN' | 'CLOSED';
  labels: { nodes: { id: string; name: string }[] };
  assignees?: { nodes: { login: string }[] };
  parent: { id: string; number: number; state: 'OPEN' | 'CLOSED'; subIssues: SubIssuePage } | null;
  comments: { nodes: { id: string; body: string; viewerDidAuthor?: boolean }[] };
}

/**
 * `command: complete` with `source: issues`. Success closes the issue as completed (or, with
 * `close-on-done: false`, labels it done); with `deliver: pull-request` it goes to review (its
 * label) until the pull request is merged, unless it was merged at once. Failure uses an attempt:
 * one comment per task per run with the run link (a re-run edits it), then back to pending, or
 * `status:blocked` when none are left.
 */
export async function completeIssuesAction(context: IssuesActionContext): Promise<void> {
  const { settings, environment } = context;
  const id = settings.task as string;
  let result = settings.result ?? 'failure';
  let reason: string | undefined;
  let review: ReviewRecord | undefined;
  if (settings.delivery.deliver !== 'none' || settings.delivery.changeFile !== undefined) ({ result, reason, review } = await deliverIssueWork(context));
  const number = issueNumberOfTask(id);
  if (number === undefined) throw new InputError(`Invalid task '${id}': with source: issues a task id is an issue number (12) or a sub-issue (12.45).`);
  const client = context.client();
  type Answer = { repository: { issue: IssueForCompletion | null } | null };
  const answer = await graphqlRequest<Answer>(client, `Reading issue #${number}`, ISSUE_COMMENTS_QUERY, { owner: context.owner, name: context.repo, number });
  const issue = answer.repository?.issue;
  if (!issue) throw new InputError(`Invalid task '${id}': issue #${number} does not exist in ${context.owner}/${context.repo}.`);

  const labels = issue.labels.nodes;
  const statusName = (value: string) => `${settings.statusPrefix}${value}`;
  const writes: IssueWrite[] = [];
  let status: TaskStatus;
  let summary: string;
  if (result === 'success' && review !== undefined && review.mergeCommit === undefined) {
    // Not done until the pull request is merged (a later plan settles it); review satisfies no dependency.
    status = 'review';
    summary = `task ${id} in review: pull request #${review.number}`;
    const reviewLabel = labels.find((label) => label.name.toLowerCase() === statusName('review').toLowerCase())?.id ?? (await labelId(context, statusName('review')));
    writes.push(...statusLabelWrites(issue.id, labels, settings.statusPrefix, { name: statusName('review'), id: reviewLabel }));
  } else if (result === 'success') {
    status = 'done';
    summary = `task ${id} done`;
    if (settings.closeOnDone) {
      if (issue.state === 'OPEN' && !settings.dryRun) {
        // The close goes alone and first: if GitHub refuses it, the issue must still read as done,
        // so it is labelled done instead of losing its status (an open issue with none is pending).
        const [closed] = await applyIssueWrites(client, [{ kind: 'close', issueId: issue.id, reason: 'COMPLETED' }], `Closing issue #${number}`);
        if (closed?.error !== undefined) {
          core.warning(`task ${id}: GitHub refused to close issue #${number} (${closed.error}); labelled ${statusName('done')} instead, which plans read as done.`);
          const done = labels.find((label) => label.name.toLowerCase() === statusName('done').toLowerCase())?.id ?? (await labelId(context, statusName('done')));
          writes.push(...statusLabelWrites(issue.id, labels, settings.statusPrefix, { name: statusName('done'), id: done }));
        } else writes.push(...statusLabelWrites(issue.id, labels, settings.statusPrefix, undefined));
      } else writes.push(...statusLabelWrites(issue.id, labels, settings.statusPrefix, undefined));
    } else {
      const done = labels.find((label) => label.name.toLowerCase() === statusName('done').toLowerCase())?.id ?? (await labelId(context, statusName('done')));
      writes.push(...statusLabelWrites(issue.id, labels, settings.statusPrefix, { name: statusName('done'), id: done }));
    }
    // The last phase done finishes its parent (subtask granularity).
    const parent = issue.parent;
    if (parent && parent.state === 'OPEN' && settings.closeOnDone) {
      // Every sub-issue, not the first page: a parent with open sub-issues past it stays open.
      const children = await readSubIssueStates(client, parent.id, parent.subIssues);
      if (children?.every((child) => child.number === number || child.state === 'CLOSED')) writes.push({ kind: 'close', issueId: parent.id, reason: 'COMPLETED' });
      else if (!children) core.warning(`task ${id}: could not read all ${parent.subIssues.totalCount} sub-issues of #${parent.number}; it stays open.`);
    }
  } else {
    const attempt = (blockedId: string | undefined) =>
      failedAttemptWrites(
        { id: issue.id, labels, comments: issue.comments.nodes },
        { taskId: id, run: { ...environment.run, leg: `${environment.leg}/complete` }, maxAttempts: settings.maxAttempts, statusPrefix: settings.statusPrefix, what: reason === undefined ? `ended with \`${result}\`` : `failed: ${reason}`, blockedLabelId: () => blockedId, mention: issue.assignees?.nodes.map((user) => user.login) ?? [] },
      );
    // The blocked label is looked up (or created) only when it is needed.
    let failed = attempt(undefined);
    if (failed.status === 'blocked') failed = attempt(await labelId(context, statusName('blocked')));
    status = failed.status;
    summary = `task ${id} ${result}: attempt ${failed.attempts} of ${settings.maxAttempts}, ${status}`;
    writes.push(...failed.writes);
  }

  if (settings.dryRun) core.info(`dry-run: task ${id} would be ${status}; nothing was written.`);
  else {
    const outcomes = await applyIssueWrites(client, writes, `Recording task ${id} as ${status}`);
    const failed = outcomes.find((outcome) => outcome.error !== undefined);
    if (failed) throw new Error(`could not record task ${id} as ${status}: ${failed.error}`);
    core.info(`Task ${id}: ${status} (${result}), recorded on issue #${number}.`);
  }
  core.setOutput('task-status', status);
  if (status === 'blocked' && settings.dashboardIssue && !settings.dryRun) await notifyIssueBlocked(context, { id, title: issue.title, runId: environment.run.runId, runUrl: environment.run.runUrl, what: `ended with ${result}` });

  // The dashboard needs every task issue: ceil(N/100) more queries, about 5 GraphQL points each,
  // in every leg. GITHUB_TOKEN has 1,000 points an hour per repository, so legs read it only
  // when they keep the dashboard issue; the planner's summary has it anyway.
  if (settings.dashboardIssue) {
    const { snapshot, planned } = await readIssuesPlan(context);
    const after = planWaves(planned.plan, { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity });
    await publishIssuesDashboard(context, snapshot, { plan: planned.plan, result: after, notes: planned.notes }, [], summary);
  } else core.info('dashboard-issue is off: the dashboard, counts and all-done outputs come from the planner (a completion would need to read every task issue).');
  if (settings.next === 'dispatch' && !settings.dryRun) await dispatchNextPlan({ ...context, client: () => client });
}

/** A label's node id, created when missing. */
async function labelId(context: IssuesActionContext, name: string): Promise<string> {
  type Answer = { repository: { id: string; label: { id: string } | null } };
  const answer = await graphqlRequest<Answer>(context.client(), `Reading the label '${name}'`, LABEL_QUERY, { owner: context.owner, name: context.repo, label: name });
  if (answer.repository.label) return answer.repository.label.id;
  const ids = await ensureLabels(context.client(), context.settings, { id: answer.repository.id, owner: context.owner, name: context.repo }, new Map(), [name]);
  const id = ids.get(name.toLowerCase());
  if (!id) throw new Error(`the label '${name}' does not exist and could not be created`);
  return id;
}
