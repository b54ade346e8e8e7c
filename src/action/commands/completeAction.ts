import * as core from '@actions/core';
import { indexTasks } from '../../core/indexTasks.js';
import { completionChange, type TaskChange } from '../../core/wavesRecord.js';
import { applyTaskChanges } from '../../write/applyTaskChanges.js';
import type { ActionContext } from '../actionContext.js';
import { publishDashboard } from '../publishDashboard.js';
import { InputError } from '../readSettings.js';
import { dispatchNextPlan } from '../dispatchNextPlan.js';
import { completionLoopRecord } from '../loopSettings.js';
import { notifyBlockers } from '../notifyBlockers.js';
import type { PauseRecord } from '../../core/loopRecord.js';
import { deliverLeg } from '../deliverLeg.js';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { PackedChangeError, parsePackedChange } from '../../delivery/packedChange.js';
import { changeArtifactName } from './packAction.js';

/**
 * `command: complete`: record how a leg ended (done; or an attempt used, then blocked), commit
 * and push it, then start the next planning run (`next: dispatch`), so waves follow each other.
 */
export async function completeAction(context: ActionContext): Promise<void> {
  const { settings, environment, store, file } = context;
  const id = settings.task as string;
  const result = settings.result ?? 'failure';
  // The workspace's tasks file is the agent's to mangle: a delivery reads the one on origin.
  if (settings.delivery.changeFile !== undefined) {
    const delivered = await deliverHandOff(context);
    await finish(context, delivered.text ?? (await store.read()), delivered.status, delivered.tripped);
    return;
  }
  if (settings.delivery.deliver === 'push' || settings.delivery.deliver === 'pull-request') {
    const delivered = await deliverLeg(context, { kind: 'workspace', path: environment.workspace }, settings.delivery.baseSha);
    await finish(context, delivered.text ?? (await store.read()), delivered.status, delivered.tripped);
    return;
  }
  context.load(await store.read());
  let status: string | undefined;
  let tripped: (PauseRecord & { ids: string[] }) | undefined;
  const apply = (text: string) =>
    applyTaskChanges(text, file, context.parseOptions, (plan) => {
      const task = indexTasks(plan.tasks).byId.get(id);
      if (!task) throw new InputError(`Invalid task '${id}': no such task or subtask in ${file}.`);
      const changes = new Map<string, TaskChange>();
      // A task already finished (a re-run of a succeeded leg) is left as it is.
      if (!(task.status === 'done' && result === 'success')) changes.set(id, completionChange(task, result, environment.run, context.now(), settings.maxAttempts));
      status = changes.get(id)?.status ?? task.status;
      const loop = changes.has(id) ? completionLoopRecord(plan, id, result, environment.run.runUrl, settings.loop, context.now()) : {};
      tripped = loop.pause;
      return { changes, outcome: undefined, ...(loop.record === undefined ? {} : { loop: loop.record }) };
    });

  let finalText = await store.read();
  if (settings.dryRun) {
    finalText = apply(finalText).text ?? finalText;
    core.info(`dry-run: task ${id} would be ${status}; nothing was written.`);
  } else {
    let written: string | undefined;
    await store.update(`waves: task ${id} ${result === 'success' ? 'done' : result} (run ${environment.run.runId})`, (fresh) => {
      written = apply(fresh).text;
      return written;
    });
    if (written !== undefined) finalText = written;
    core.info(`Task ${id}: ${status} (${result}), recorded through ${store.kind}.`);
  }
  await finish(context, finalText, status, tripped);
}

/** A hand-off's delivery run: the packed change of the run that claimed the task, applied on a fresh checkout. */
async function deliverHandOff(context: ActionContext): Promise<Awaited<ReturnType<typeof deliverLeg>>> {
  const { settings, environment } = context;
  const { changeFile, claimRunId } = settings.delivery;
  if (claimRunId === undefined) throw new InputError("Input 'claim-run-id' is required with 'change-file': the run that claimed the task and packed its change (the delivery run's waves-run input).");
  const path = isAbsolute(changeFile as string) ? (changeFile as string) : join(environment.workspace, changeFile as string);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new InputError(`Cannot read the packed change ${path}: ${(error as Error).message}. Download the artifact ${changeArtifactName(settings.task as string)} of run ${claimRunId} there first.`);
  });
  let packed;
  try {
    packed = parsePackedChange(text, path, { runId: claimRunId, task: settings.task as string });
  } catch (error) {
    if (error instanceof PackedChangeError) throw new InputError(`Refusing the hand-off: ${error.message}. Nothing was written.`);
    throw error;
  }
  const run = { runId: claimRunId, runUrl: environment.repository ? `${environment.serverUrl}/${environment.repository}/actions/runs/${claimRunId}` : `run ${claimRunId}` };
  return deliverLeg(context, { kind: 'packed', change: packed.change, refused: packed.refused }, packed.change.base, { result: packed.result, run });
}

/** Outputs the status, publishes the dashboard and starts the next planning run. */
async function finish(context: ActionContext, finalText: string, status: string | undefined, tripped: (PauseRecord & { ids: string[] }) | undefined): Promise<void> {
  const { settings } = context;
  const id = settings.task as string;
  const result = settings.result ?? 'failure';
  core.setOutput('task-status', status ?? '');
  if (tripped) core.warning(`The failure breaker paused the loop: ${tripped.reason}. Nothing new starts until a person resumes it ("waves resume").`);
  await publishDashboard(context, finalText, `task ${id} ${status === 'done' ? 'done' : `${result}: ${status ?? ''}`}`);
  await notifyBlockers(context, finalText, id, tripped);
  if (settings.next === 'dispatch' && !settings.dryRun) await dispatchNextPlan(context);
  else if (settings.next === 'push') core.info('next: push — the pushed commit starts the planner, if the token is a GitHub App or PAT token (pushes made with GITHUB_TOKEN start no workflow run).');
}
