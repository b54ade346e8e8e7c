import * as core from '@actions/core';
import { indexTasks } from '../core/indexTasks.js';
import { completionChange, readWavesRecord, type LegResult, type RunInfo, type TaskChange } from '../core/wavesRecord.js';
import { deliverTaskWork, type DeliveryVerdict, type WorkSource } from '../delivery/deliverTaskWork.js';
import { applyTaskChanges } from '../write/applyTaskChanges.js';
import type { ActionContext } from './actionContext.js';
import { InputError } from './readSettings.js';

/** The clone URL of the run's repository, as actions/checkout builds it. */
export function originUrl(context: Pick<ActionContext, 'environment'>): string {
  const { serverUrl, repository } = context.environment;
  if (!repository) throw new InputError('deliver needs GITHUB_REPOSITORY (owner/name), which the runner sets.');
  return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}

/**
 * `complete` with a delivery: the leg's work (from the workspace's files, or a packed change) and
 * the task's status pushed in one commit, from a repository of our own. Returns the status written.
 */
export async function deliverLeg(context: ActionContext, source: WorkSource, base: string | undefined, handOff?: { result: LegResult; run: RunInfo }): Promise<{ status: string | undefined; text: string | undefined }> {
  const { settings, file } = context;
  // A hand-off's delivery records the leg under the run that claimed the task and did the work.
  const environment = handOff ? { ...context.environment, run: handOff.run } : context.environment;
  const id = settings.task as string;
  let status: string | undefined;
  let text: string | undefined;
  if (!environment.branch) throw new InputError('Cannot deliver: the run is not on a branch (GITHUB_REF is not refs/heads/...). Run the workflow on the base branch.');
  const report = await deliverTaskWork({
    origin: { url: originUrl(context), ...(settings.token ? { token: settings.token } : {}) },
    branch: environment.branch,
    tasksFile: file.replace(/\\/g, '/'),
    runId: environment.run.runId,
    result: handOff?.result ?? settings.result ?? 'failure',
    ...(base === undefined ? {} : { base }),
    source,
    rules: handOff
      ? { tasksFile: file, allowWorkflowChanges: settings.delivery.allowWorkflowChanges, refuseGithubDirectory: true, maxFiles: settings.delivery.maxFiles, maxFileBytes: settings.delivery.maxFileBytes, allowBinary: settings.delivery.allowBinary }
      : { tasksFile: file, allowWorkflowChanges: settings.delivery.allowWorkflowChanges },
    allowEmpty: settings.delivery.allowEmpty,
    dryRun: settings.dryRun,
    status: (fresh, verdict) => {
      const applied = applyTaskChanges(fresh, file, context.parseOptions, (plan) => {
        const task = indexTasks(plan.tasks).byId.get(id);
        if (!task) throw new InputError(`Invalid task '${id}': no such task or subtask in ${file}.`);
        const claimedBy = readWavesRecord(task).runId;
        if (handOff && (task.status !== 'in-progress' || claimedBy !== handOff.run.runId)) {
          throw new InputError(`Refusing the hand-off of task ${id} from run ${handOff.run.runId}: on ${environment.branch} the task is ${task.status}${claimedBy ? `, claimed by run ${claimedBy}` : ''}, not claimed by that run. Nothing was written.`);
        }
        const changes = new Map<string, TaskChange>();
        if (!(task.status === 'done' && verdict.result === 'success')) changes.set(id, recordedChange({ ...context, environment }, task, verdict));
        status = changes.get(id)?.status ?? task.status;
        return { changes, outcome: undefined };
      });
      text = applied.text ?? fresh;
      return applied.text;
    },
    message: (verdict) => `waves: task ${id} ${verdict.result === 'success' ? `done, ${verdict.changedFiles} file${verdict.changedFiles === 1 ? '' : 's'}` : verdict.result} (run ${environment.run.runId})`,
  });
  for (const entry of report.dropped) core.warning(`task ${id}: ${entry.path} was left out of the change: ${entry.reason}.`);
  const { verdict } = report;
  if (verdict.result !== 'success' && verdict.reason) core.warning(`task ${id}: ${verdict.reason}.`);
  core.setOutput('changed-files', verdict.result === 'success' ? String(verdict.changedFiles) : '0');
  core.setOutput('commit', report.commit ?? '');
  if (settings.dryRun) core.info(`dry-run: task ${id} would be ${verdict.result === 'success' ? 'done' : 'a failed attempt'}; nothing was written.`);
  else core.info(`Task ${id}: ${status ?? 'unchanged'} (${verdict.result})${report.commit ? `, pushed ${report.commit} in ${report.attempts} round(s)` : ''}.`);
  return { status, text };
}

function recordedChange(context: Pick<ActionContext, 'environment' | 'settings' | 'now'>, task: Parameters<typeof completionChange>[0], verdict: DeliveryVerdict): TaskChange {
  const { environment, settings } = context;
  const change = completionChange(task, verdict.result, environment.run, context.now(), settings.maxAttempts, verdict.result === 'success' ? undefined : verdict.reason);
  // A commit cannot name itself: the delivered commit is the one that records this, and the base and file count say what it carries.
  if (verdict.result === 'success') change.waves = { ...change.waves, delivered: { mode: context.settings.delivery.changeFile === undefined ? 'push' : 'hand-off', base: verdict.base, changedFiles: verdict.changedFiles } };
  return change;
}
