import * as core from '@actions/core';
import { breakerNotice } from '../../core/blockerNotices.js';
import { failureStreakFromEvents } from '../../core/failureStreakFromEvents.js';
import type { PauseRecord } from '../../core/loopRecord.js';
import { graphqlRequest } from '../../github/graphqlRequest.js';
import { LABEL_QUERY } from '../../github/issueQueries.js';
import { applyIssueWrites } from '../../github/issueWrites.js';
import { postCommentOnce } from '../../github/postCommentOnce.js';
import { readAttemptComments } from '../../github/readAttemptComments.js';
import { isDashboardBody } from '../../render/renderDashboardIssueBody.js';
import { attemptCandidates, failureEvents, latestEvent, resetEvents, taskIssueFacts } from '../../sources/issues/breakerEvents.js';
import { PAUSE_LABEL } from '../../sources/issues/dashboardPause.js';
import type { IssueSnapshot } from '../../sources/issues/issueSnapshot.js';
import type { IssuesPlan } from '../../sources/issues/issuesToPlan.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/**
 * `pause-after-failures` for `source: issues`, run by the planner (the loop is not already paused):
 * the streak is derived from GitHub (breakerEvents.ts); one read of the comments of the task
 * issues changed since the last success or resume, none when there are none. At the limit the
 * loop pauses itself: one marked comment on the dashboard issue (never twice: a re-run finds the
 * marker) mentioning the failed issues' assignees, then the `wave-paused` label on it, which holds
 * every plan until a person removes it. Returns the pause this plan obeys, or undefined.
 */
export async function issuesFailureBreaker(context: IssuesActionContext, snapshot: IssueSnapshot, planned: IssuesPlan): Promise<PauseRecord | undefined> {
  const { settings, owner, repo } = context;
  const limit = settings.loop.pauseAfterFailures;
  if (limit === undefined) return undefined;
  if (snapshot.transport !== 'graphql') {
    core.warning('pause-after-failures: the issues were read through REST, which gives no label history, so the failure breaker is not checked this time.');
    return undefined;
  }
  const facts = taskIssueFacts(snapshot, planned);
  const resets = resetEvents(snapshot, facts, settings.statusPrefix);
  const candidates = attemptCandidates(facts, latestEvent(resets), settings.statusPrefix);
  const read = candidates.length > 0 ? await readAttemptComments(context.client(), candidates.map((fact) => fact.nodeId)) : { byId: new Map(), requests: 0 };
  const failures = candidates.flatMap((fact) => failureEvents(fact.taskId, read.byId.get(fact.nodeId)?.comments ?? []));
  const { failures: streak, pause } = failureStreakFromEvents([...resets, ...failures], limit);
  if (!pause) {
    core.info(`pause-after-failures: ${streak.ids.length} of ${limit} failed attempts in a row${streak.ids.length > 0 ? ` (${streak.ids.join(', ')})` : ''}${read.requests > 0 ? `; read in ${read.requests} request(s)` : ''}.`);
    return undefined;
  }

  const dashboard = snapshot.dashboards.filter((issue) => isDashboardBody(issue.body)).sort((a, b) => a.number - b.number)[0];
  const paused: PauseRecord = { reason: pause.reason, since: pause.since, by: pause.by, undo: dashboard ? `the ${PAUSE_LABEL} label is removed from #${dashboard.number}` : `this run creates the dashboard issue and the next plan puts the ${PAUSE_LABEL} label on it` };
  if (!dashboard) {
    core.warning(`The failure breaker tripped (${pause.reason}) but there is no dashboard issue to label yet: nothing is dispatched, and the next plan labels the one this run creates.`);
    return paused;
  }
  if (settings.dryRun) {
    core.info(`dry-run: the failure breaker would pause the loop (label #${dashboard.number} ${PAUSE_LABEL} and comment there): ${pause.reason}.`);
    return paused;
  }
  const byTask = new Map(candidates.map((fact) => [fact.taskId, fact.nodeId]));
  const mention = [...new Set(pause.ids.flatMap((id) => read.byId.get(byTask.get(id) ?? '')?.assignees ?? []))].filter((login) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login));
  const notice = breakerNotice(pause, mention, `remove the \`${PAUSE_LABEL}\` label from this issue`);
  // The comment goes first: if the label then fails, the next plan trips again, finds the marker, and labels.
  try {
    const posted = await postCommentOnce(context.client(), { owner, repo, number: dashboard.number }, notice.marker, notice.body);
    core.info(posted ? `Told the dashboard issue #${dashboard.number}: the failure breaker paused the loop.` : `The dashboard issue #${dashboard.number} already has this notice.`);
  } catch (error) {
    core.warning(`Could not comment on the dashboard issue about the failure breaker: ${(error as Error).message}`);
  }
  const labelId = await pauseLabelId(context);
  const [labelled] = labelId ? await applyIssueWrites(context.client(), [{ kind: 'addLabels', issueId: dashboard.id, labelIds: [labelId] }], `Labelling the dashboard issue #${dashboard.number} ${PAUSE_LABEL}`) : [];
  if (!labelId || labelled?.error !== undefined) core.warning(`Could not put the ${PAUSE_LABEL} label on the dashboard issue #${dashboard.number} (${labelled?.error ?? 'the label could not be created'}); nothing is dispatched, and the next plan tries again.`);
  core.warning(`The failure breaker paused the loop: ${pause.reason}. Remove the ${PAUSE_LABEL} label from #${dashboard.number} to resume.`);
  return paused;
}

/** The `wave-paused` label's node id, created when the repository lacks it. */
async function pauseLabelId(context: IssuesActionContext): Promise<string | undefined> {
  type Answer = { repository: { id: string; label: { id: string } | null } };
  const answer = await graphqlRequest<Answer>(context.client(), `Reading the label '${PAUSE_LABEL}'`, LABEL_QUERY, { owner: context.owner, name: context.repo, label: PAUSE_LABEL });
  if (answer.repository.label) return answer.repository.label.id;
  const [created] = await applyIssueWrites(context.client(), [{ kind: 'createLabel', repositoryId: answer.repository.id, name: PAUSE_LABEL, color: 'd93f0b', description: 'On the wave-orchestrator dashboard issue: pauses the loop; remove it to resume' }], `Creating the label '${PAUSE_LABEL}'`);
  return created?.label?.id;
}
