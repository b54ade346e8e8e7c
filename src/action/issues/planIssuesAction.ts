import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { indexTasks } from '../../core/indexTasks.js';
import { planWaves } from '../../core/planWaves.js';
import { gateDispatch } from '../../core/gateDispatch.js';
import { dashboardPause } from '../../sources/issues/dashboardPause.js';
import { issuesBudget, loopPause } from '../loopSettings.js';
import { applyIssueWrites, type IssueWrite, type WriteOutcome } from '../../github/issueWrites.js';
import { renderMatrix } from '../../render/renderMatrix.js';
import { ensureLabels } from './ensureLabels.js';
import { readIssuesPlan, type IssuesActionContext } from './issuesActionContext.js';
import { labelsByNumber, statusLabelWrites } from './issueLabelWrites.js';
import { publishIssuesDashboard } from './publishIssuesDashboard.js';
import { reconcileIssueReviews } from './reconcileIssueReviews.js';
import { releaseStaleClaims } from './releaseStaleClaims.js';
import { issuesFailureBreaker } from './issuesFailureBreaker.js';
import { readDayOfLabelEvents } from './readDayOfLabelEvents.js';

/**
 * `command: plan` with `source: issues`: read the task issues, settle the ones in review from their
 * pull requests, release stale claims, pick the dispatch, claim it with the in-progress label (one
 * request for every claim and the dashboard), and output the matrix of the claims GitHub accepted. An `issues` event on an issue that is not a task dispatches nothing.
 */
export async function planIssuesAction(context: IssuesActionContext): Promise<void> {
  const { settings } = context;
  const unrelated = unrelatedIssueEvent(context);
  if (unrelated) {
    outputMatrix([]);
    core.info(`${unrelated}: nothing to plan.`);
    return;
  }
  const { snapshot, planned } = await readIssuesPlan(context);
  await readDayOfLabelEvents(context, snapshot);
  const writes: IssueWrite[] = [];
  // Reviews first: a merged task's dependants are dispatched in this same run.
  const settled = settings.dryRun ? [] : await reconcileIssueReviews(context, snapshot, planned, writes);
  const released = settings.dryRun ? [] : await releaseStaleClaims(context, snapshot, planned, writes);
  const options = { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity };
  // The failure breaker is checked only when nothing else pauses the loop: its pause is a label too.
  const labelled = dashboardPause(snapshot);
  const tripped = labelled || settings.loop.paused !== undefined ? undefined : await issuesFailureBreaker(context, snapshot, planned);
  const result = gateDispatch(planWaves(planned.plan, options), { ...loopPause(labelled ?? tripped, settings.loop, context.now()), ...issuesBudget(snapshot, settings, context.now()) });
  const dispatch = result.dispatch.slice(0, settings.maxDispatch);
  const claiming = settings.claim && !settings.dryRun && dispatch.length > 0;

  const writesOf = new Map<string, number[]>();
  if (claiming) {
    const inProgressName = `${settings.statusPrefix}in-progress`;
    const ids = await ensureLabels(context.client(), settings, { id: snapshot.repositoryId, owner: context.owner, name: context.repo }, snapshot.labelIds, [inProgressName]);
    const inProgress = ids.get(inProgressName.toLowerCase());
    // Dispatching without a claim would run the task twice; no claim possible means the step fails.
    if (!inProgress) throw new Error(`cannot claim ${dispatch.join(', ')}: the label '${inProgressName}' does not exist in ${context.owner}/${context.repo} and could not be created. Run \`npx wave-orchestrator labels --repo ${context.owner}/${context.repo}\` once, or give the job \`permissions: issues: write\`.`);
    const labels = labelsByNumber(snapshot.issues);
    for (const id of dispatch) {
      const origin = planned.issues.get(id);
      if (!origin || !inProgress) continue;
      const mine = statusLabelWrites(origin.nodeId, labels.get(origin.number) ?? [], settings.statusPrefix, { name: inProgressName, id: inProgress });
      writesOf.set(id, mine.map((_, index) => writes.length + index));
      writes.push(...mine);
    }
  }

  // The dashboard shows the claims as made.
  const byId = indexTasks(planned.plan.tasks).byId;
  if (claiming) {
    for (const id of dispatch) {
      const task = byId.get(id);
      if (task) task.status = 'in-progress';
    }
  }
  const view = claiming ? planWaves(planned.plan, options) : result;
  const summary = [dispatch.length > 0 ? `${settings.dryRun ? 'would dispatch' : 'dispatched'} ${dispatch.join(', ')}` : 'nothing to dispatch', ...settled.map((id) => `settled review ${id}`), ...released.map((id) => `released stale claim ${id}`)].join('; ');
  const applied: WriteOutcome[] = [];
  let outcomes: WriteOutcome[];
  try {
    outcomes = await publishIssuesDashboard(context, snapshot, { plan: planned.plan, result: view, notes: planned.notes }, writes, summary, applied);
  } catch (error) {
    // A later request failed after earlier ones claimed tasks: no matrix goes out, so undo those
    // claims now rather than leave them in progress until claim-timeout costs them an attempt.
    if (claiming) await releaseClaims(context, dispatch, writesOf, writes, applied);
    throw error;
  }

  const claimed = claiming ? dispatch.filter((id) => writesOf.has(id) && (writesOf.get(id) as number[]).every((index) => outcomes[index] !== undefined && outcomes[index].error === undefined)) : dispatch;
  for (const id of dispatch.filter((id) => !claimed.includes(id))) {
    const failed = (writesOf.get(id) ?? []).map((index) => outcomes[index]?.error).find(Boolean);
    core.warning(`task ${id}: the claim was not recorded (${failed ?? 'no in-progress label'}), so it is not dispatched; the next plan tries again.`);
  }
  // Nothing claimed of something to dispatch: exiting 0 with an empty matrix would hide it.
  if (claiming && claimed.length === 0) throw new Error(`no claim was recorded for ${dispatch.join(', ')}, so nothing was dispatched; see the warnings above.`);
  outputMatrix(renderMatrix(planned.plan, { ...result, dispatch: claimed }).include);
  if (result.paused) core.warning(`The loop is paused: ${result.paused.reason || 'no reason given'}; nothing was dispatched.`);
  core.info(claimed.length > 0 ? `Dispatching ${claimed.join(', ')}${claiming ? ' (claimed with the in-progress label)' : ''}.` : 'Nothing to dispatch now.');
}

/** Undoes the claims that were recorded (their label writes inverted), best effort: a failure is a warning. */
async function releaseClaims(context: IssuesActionContext, dispatch: string[], writesOf: Map<string, number[]>, writes: IssueWrite[], applied: WriteOutcome[]): Promise<void> {
  const undo: IssueWrite[] = [];
  const released: string[] = [];
  for (const id of dispatch) {
    const indexes = (writesOf.get(id) ?? []).filter((index) => applied[index] !== undefined && applied[index].error === undefined);
    if (indexes.length === 0) continue;
    released.push(id);
    for (const index of indexes.reverse()) {
      const write = writes[index];
      if (write?.kind === 'addLabels') undo.push({ kind: 'removeLabels', issueId: write.issueId, labelIds: write.labelIds });
      if (write?.kind === 'removeLabels') undo.push({ kind: 'addLabels', issueId: write.issueId, labelIds: write.labelIds });
    }
  }
  if (undo.length === 0) return;
  try {
    const outcomes = await applyIssueWrites(context.client(), undo, 'Releasing the claims of a plan that failed');
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    if (failed.length === 0) core.warning(`The plan failed after claiming ${released.join(', ')}; those claims were released.`);
    else core.warning(`The plan failed after claiming ${released.join(', ')}; ${failed.length} of ${undo.length} release writes failed (${failed[0]?.error ?? ''}), so some stay in progress until claim-timeout.`);
  } catch (error) {
    core.warning(`The plan failed after claiming ${released.join(', ')} and releasing them failed too (${(error as Error).message}); they stay in progress until claim-timeout.`);
  }
}

function outputMatrix(include: { task: string }[]): void {
  core.setOutput('matrix', JSON.stringify({ include }));
  core.setOutput('tasks', JSON.stringify(include.map((entry) => entry.task)));
  core.setOutput('count', String(include.length));
}

/** Why an `issues` event is not ours (a label change on an issue that is not a task), or undefined. */
function unrelatedIssueEvent(context: IssuesActionContext): string | undefined {
  const { environment, settings } = context;
  if (environment.eventName !== 'issues' || !environment.eventPath) return undefined;
  let payload: { action?: string; issue?: { number?: number; labels?: { name?: string }[] }; label?: { name?: string } };
  try {
    payload = JSON.parse(readFileSync(environment.eventPath, 'utf8')) as typeof payload;
  } catch {
    return undefined;
  }
  // GitHub matches label names without case.
  const ours = (name: string | undefined) => name !== undefined && name.toLowerCase() === settings.label.toLowerCase();
  if ((payload.issue?.labels ?? []).some((label) => ours(label.name)) || ours(payload.label?.name)) return undefined;
  return `issue #${payload.issue?.number ?? '?'} (${payload.action ?? 'changed'}) is not labelled '${settings.label}'`;
}
