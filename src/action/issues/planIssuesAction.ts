import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { indexTasks } from '../../core/indexTasks.js';
import { planWaves } from '../../core/planWaves.js';
import type { IssueWrite } from '../../github/issueWrites.js';
import { renderMatrix } from '../../render/renderMatrix.js';
import { ensureLabels } from './ensureLabels.js';
import { readIssuesPlan, type IssuesActionContext } from './issuesActionContext.js';
import { labelsByNumber, statusLabelWrites } from './issueLabelWrites.js';
import { publishIssuesDashboard } from './publishIssuesDashboard.js';
import { releaseStaleClaims } from './releaseStaleClaims.js';

/**
 * `command: plan` with `source: issues`: read the task issues, pick the dispatch, claim it with the
 * in-progress label (one request for every claim and the dashboard), and output the matrix of the
 * claims GitHub accepted. An `issues` event on an issue that is not a task dispatches nothing.
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
  const writes: IssueWrite[] = [];
  const released = settings.dryRun ? [] : await releaseStaleClaims(context, snapshot, planned, writes);
  const options = { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity };
  const result = planWaves(planned.plan, options);
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
  const summary = [dispatch.length > 0 ? `${settings.dryRun ? 'would dispatch' : 'dispatched'} ${dispatch.join(', ')}` : 'nothing to dispatch', ...released.map((id) => `released stale claim ${id}`)].join('; ');
  const outcomes = await publishIssuesDashboard(context, snapshot, { plan: planned.plan, result: view, notes: planned.notes }, writes, summary);

  const claimed = claiming ? dispatch.filter((id) => writesOf.has(id) && (writesOf.get(id) as number[]).every((index) => outcomes[index] !== undefined && outcomes[index].error === undefined)) : dispatch;
  for (const id of dispatch.filter((id) => !claimed.includes(id))) {
    const failed = (writesOf.get(id) ?? []).map((index) => outcomes[index]?.error).find(Boolean);
    core.warning(`task ${id}: the claim was not recorded (${failed ?? 'no in-progress label'}), so it is not dispatched; the next plan tries again.`);
  }
  outputMatrix(renderMatrix(planned.plan, { ...result, dispatch: claimed }).include);
  core.info(claimed.length > 0 ? `Dispatching ${claimed.join(', ')}${claiming ? ' (claimed with the in-progress label)' : ''}.` : 'Nothing to dispatch now.');
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
