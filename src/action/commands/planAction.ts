import * as core from '@actions/core';
import { indexTasks } from '../../core/indexTasks.js';
import type { Plan } from '../../core/model.js';
import type { GatedPlanResult } from '../../core/gateDispatch.js';
import { planWaves } from '../../core/planWaves.js';
import { claimChange, readWavesRecord, staleClaimChange, type TaskChange } from '../../core/wavesRecord.js';
import { renderMatrix } from '../../render/renderMatrix.js';
import { applyTaskChanges } from '../../write/applyTaskChanges.js';
import type { ActionContext } from '../actionContext.js';
import { publishDashboard } from '../publishDashboard.js';
import { claimLoopRecord, gatePlan } from '../loopSettings.js';
import { reconcileReviews, settledChange, type Settled } from '../reconcileReviews.js';
import { findRunArtifact } from '../../github/findRunArtifact.js';
import { changeArtifactName } from './packAction.js';

/** A claim's run that has ended: the task it held is stale. */
interface EndedRun {
  runUrl: string;
  conclusion: string | null;
}

/**
 * `command: plan`: return stale claims to pending, pick the dispatch under capacity, claim it
 * (in progress + the run, committed and pushed), and only then output the matrix. A claim that
 * cannot be recorded dispatches nothing: a task must never run twice.
 */
export async function planAction(context: ActionContext): Promise<void> {
  const { settings, environment, store, file } = context;
  const current = context.load(await store.read());
  const ended = await findEndedClaims(context, current);
  const reviews = settings.dryRun ? new Map<string, Settled>() : await reconcileReviews(context, current);
  const decide = (plan: Plan) => {
    const changes = new Map<string, TaskChange>();
    const byId = indexTasks(plan.tasks).byId;
    for (const [id, settled] of reviews) {
      const task = byId.get(id);
      if (!task || task.status !== 'review') continue;
      const change = settledChange(context, task, settled);
      changes.set(id, change);
      // Plan on what the file will say: a merged task satisfies its dependants in this same run.
      task.status = change.status ?? task.status;
      task.metadata = { ...task.metadata, waves: change.waves };
    }
    for (const [id, run] of ended) {
      const task = byId.get(id);
      if (!task || task.status !== 'in-progress' || readWavesRecord(task).runUrl !== run.runUrl) continue;
      const change = staleClaimChange(task, run, context.now(), settings.maxAttempts);
      changes.set(id, change);
      // Plan on what the file will say: a claim of this task in the same write builds on it.
      task.status = change.status ?? task.status;
      task.metadata = { ...task.metadata, waves: change.waves };
    }
    const result = gatePlan(plan, planWaves(plan, { maxParallel: settings.maxParallel, pools: settings.pools, granularity: settings.granularity }), settings.loop, context.now());
    const dispatch = result.dispatch.slice(0, settings.maxDispatch);
    if (settings.claim) for (const id of dispatch) changes.set(id, claimChange(byId.get(id)!, environment.run, context.now()));
    const loop = settings.claim ? claimLoopRecord(plan, dispatch, settings.loop, context.now()) : undefined;
    return { changes, outcome: { result, dispatch }, ...(loop === undefined ? {} : { loop }) };
  };

  let outcome: { result: GatedPlanResult; dispatch: string[]; plan: Plan; text: string };
  const text = await store.read();
  if (settings.dryRun || !settings.claim) {
    const applied = applyTaskChanges(text, file, context.parseOptions, decide);
    outcome = { ...applied.decision.outcome, plan: applied.plan, text: applied.text ?? text };
    if (settings.dryRun) core.info(`dry-run: nothing was written; ${applied.decision.changes.size} change(s) would have been.`);
  } else {
    let last: ReturnType<typeof applyTaskChanges<{ result: GatedPlanResult; dispatch: string[] }>> | undefined;
    try {
      const stale = [...ended.keys()];
      await store.update(claimMessage(environment.run.runId, stale, [...reviews.keys()]), (fresh) => {
        last = applyTaskChanges(fresh, file, context.parseOptions, (plan) => {
          const decision = decide(plan);
          return decision;
        });
        return last.text;
      });
    } catch (error) {
      core.setOutput('matrix', JSON.stringify({ include: [] }));
      core.setOutput('tasks', '[]');
      core.setOutput('count', '0');
      throw new Error(`could not record the claim, so nothing was dispatched (a task must never run twice): ${(error as Error).message}`, { cause: error });
    }
    if (!last) throw new Error('the claim was never applied');
    outcome = { ...last.decision.outcome, plan: last.plan, text: last.text ?? text };
  }

  const { result, dispatch } = outcome;
  const claimedPlan = outcome.plan;
  const matrix = renderMatrix(claimedPlan, { ...result, dispatch });
  core.setOutput('matrix', JSON.stringify(matrix));
  core.setOutput('tasks', JSON.stringify(matrix.include.map((entry) => entry.task)));
  core.setOutput('count', String(matrix.include.length));
  for (const [id, run] of ended) core.warning(`task ${id}: its run ended (${run.conclusion ?? 'unknown'}) without completing it; returned to pending with one attempt used. ${run.runUrl}`);
  if (result.paused) core.warning(`The loop is paused${result.paused.reason ? `: ${result.paused.reason}` : ''}; nothing was dispatched. Resume with "waves resume" (or clear the paused input).`);
  core.info(dispatch.length > 0 ? `Dispatching ${dispatch.join(', ')}${settings.claim && !settings.dryRun ? ` (claimed through ${store.kind})` : ''}.` : 'Nothing to dispatch now.');
  await publishDashboard(context, outcome.text, dispatch.length > 0 ? `${settings.dryRun ? 'would dispatch' : 'dispatched'} ${dispatch.join(', ')}` : 'nothing to dispatch');
}

/** Claims of ours (runs other than this one) whose run has ended, asked through the API. */
async function findEndedClaims(context: ActionContext, plan: Plan): Promise<Map<string, EndedRun>> {
  const ended = new Map<string, EndedRun>();
  const claimed = plan.tasks.flatMap((task) => [task, ...task.subtasks]).filter((task) => task.status === 'in-progress').map((task) => ({ task, record: readWavesRecord(task) })).filter(({ record }) => record.runId !== undefined && record.runId !== context.environment.run.runId);
  if (claimed.length === 0) return ended;
  const client = context.client();
  const { owner, repo } = context.environment;
  if (!client || !owner || !repo) {
    core.warning(`${claimed.length} task(s) are claimed by other runs, but without a token and repository the claims cannot be checked; they are left in progress.`);
    return ended;
  }
  const runs = new Map<string, Promise<(EndedRun & { endedAt: string }) | undefined>>();
  for (const { task, record } of claimed.slice(0, 100)) {
    const runId = record.runId as string;
    if (!runs.has(runId)) {
      runs.set(runId, context.github.getWorkflowRun(client, { owner, repo, runId: Number(runId) }).then(
        (run) => (run.status === 'completed' ? { runUrl: record.runUrl ?? run.htmlUrl, conclusion: run.conclusion, endedAt: run.updatedAt } : undefined),
        (error: unknown) => {
          core.warning(`could not check the run that claimed task ${task.id} (${(error as Error).message}); it is left in progress.`);
          return undefined;
        },
      ));
    }
    const run = await runs.get(runId);
    if (!run) continue;
    if (await awaitsDelivery(context, task.id, runId, run.endedAt)) continue;
    ended.set(task.id, { runUrl: run.runUrl, conclusion: run.conclusion });
  }
  return ended;
}

/**
 * A hand-off leg ends its run before its delivery run records the result: a run that ended
 * leaving the task's packed change as an artifact is waiting on that delivery, not stale, for
 * up to `claim-timeout` minutes after it ended (a delivery run that never came then frees the task).
 */
async function awaitsDelivery(context: ActionContext, id: string, runId: string, endedAt: string): Promise<boolean> {
  const { owner, repo } = context.environment;
  const client = context.client();
  if (!client || !owner || !repo) return false;
  const waitedMinutes = (Date.parse(context.now()) - Date.parse(endedAt)) / 60_000;
  if (context.settings.claimTimeoutMinutes > 0 && waitedMinutes > context.settings.claimTimeoutMinutes) return false;
  try {
    const artifact = await findRunArtifact(client, { owner, repo, runId: Number(runId), name: changeArtifactName(id) });
    if (artifact) core.info(`task ${id}: run ${runId} has ended and handed its change off (${artifact.name}); waiting for the delivery run to record it.`);
    return artifact !== undefined;
  } catch (error) {
    // Left in progress, as when the run itself cannot be read: a task must never run twice.
    core.warning(`could not list the artifacts of run ${runId} (${(error as Error).message}); task ${id} is left in progress.`);
    return true;
  }
}

function claimMessage(runId: string, stale: string[], reviewed: string[] = []): string {
  return `waves: claim tasks for run ${runId}${stale.length > 0 ? `; return ${stale.join(', ')} to pending` : ''}${reviewed.length > 0 ? `; settle reviews of ${reviewed.join(', ')}` : ''}`;
}
