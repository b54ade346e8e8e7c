import * as core from '@actions/core';
import { indexTasks } from '../core/indexTasks.js';
import { completionChange, readWavesRecord, type LegResult, type RunInfo, type TaskChange } from '../core/wavesRecord.js';
import { deliverTaskWork, type DeliveryVerdict, type ReviewRecord, type WorkSource } from '../delivery/deliverTaskWork.js';
import { renderPullRequest } from '../render/renderPullRequest.js';
import { applyTaskChanges } from '../write/applyTaskChanges.js';
import type { ActionContext } from './actionContext.js';
import { InputError } from './readSettings.js';
import { openTaskPullRequest } from './openTaskPullRequest.js';
import { completionLoopRecord } from './loopSettings.js';
import type { PauseRecord } from '../core/loopRecord.js';

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
export async function deliverLeg(context: ActionContext, source: WorkSource, base: string | undefined, handOff?: { result: LegResult; run: RunInfo }): Promise<{ status: string | undefined; text: string | undefined; tripped?: PauseRecord & { ids: string[] } }> {
  const { settings, file } = context;
  // A hand-off's delivery records the leg under the run that claimed the task and did the work.
  const environment = handOff ? { ...context.environment, run: handOff.run } : context.environment;
  const id = settings.task as string;
  let status: string | undefined;
  let text: string | undefined;
  let tripped: (PauseRecord & { ids: string[] }) | undefined;
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
        // The failure breaker counts what the delivery made of the leg (a conflict or no change is a failure).
        const loop = changes.has(id) ? completionLoopRecord(plan, id, verdict.result, environment.run.runUrl, settings.loop, context.now()) : {};
        tripped = loop.pause;
        return { changes, outcome: undefined, ...(loop.record === undefined ? {} : { loop: loop.record }) };
      });
      text = applied.text ?? fresh;
      return applied.text;
    },
    ...(settings.delivery.deliver === 'pull-request' ? pullRequestDelivery(context, id) : {}),
    message: (verdict) => `waves: task ${id} ${verdict.result === 'success' ? `${verdict.review && verdict.review.mergeCommit === undefined ? `in review, #${verdict.review.number}` : 'done'}, ${verdict.changedFiles} file${verdict.changedFiles === 1 ? '' : 's'}` : verdict.result} (run ${environment.run.runId})`,
  });
  for (const entry of report.dropped) core.warning(`task ${id}: ${entry.path} was left out of the change: ${entry.reason}.`);
  const { verdict } = report;
  if (verdict.result !== 'success' && verdict.reason) core.warning(`task ${id}: ${verdict.reason}.`);
  core.setOutput('changed-files', verdict.result === 'success' ? String(verdict.changedFiles) : '0');
  core.setOutput('commit', report.commit ?? '');
  if (settings.dryRun) core.info(`dry-run: task ${id} would be ${verdict.result === 'success' ? 'done' : 'a failed attempt'}; nothing was written.`);
  else core.info(`Task ${id}: ${status ?? 'unchanged'} (${verdict.result})${report.commit ? `, pushed ${report.commit} in ${report.attempts} round(s)` : ''}.`);
  return { status, text, ...(tripped ? { tripped } : {}) };
}

function recordedChange(context: Pick<ActionContext, 'environment' | 'settings' | 'now'>, task: Parameters<typeof completionChange>[0], verdict: DeliveryVerdict): TaskChange {
  const { environment, settings } = context;
  let change = completionChange(task, verdict.result, environment.run, context.now(), settings.maxAttempts, verdict.result === 'success' ? undefined : verdict.reason);
  // A commit cannot name itself: the delivered commit is the one that records this, and the base and file count say what it carries.
  if (verdict.result !== 'success') return change;
  const delivered = { mode: context.settings.delivery.changeFile === undefined ? 'push' : 'hand-off', base: verdict.base, changedFiles: verdict.changedFiles };
  const review = verdict.review;
  if (review === undefined) change.waves = { ...change.waves, delivered };
  else if (review.mergeCommit !== undefined) change.waves = { ...change.waves, delivered: { ...delivered, mode: 'pull-request', pullRequest: review.number, mergeCommit: review.mergeCommit } };
  // In review: not done until the pull request is merged (the planner settles it); review satisfies no dependency.
  else change = { status: 'review', waves: { ...change.waves, review: { number: review.number, url: review.url, head: review.head, nodeId: review.nodeId, base: verdict.base, changedFiles: verdict.changedFiles } } };
  return change;
}

/** deliver: pull-request: the work goes to `waves/<id>`, and a pull request is opened (or updated) and merged as `merge` says. */
function pullRequestDelivery(context: ActionContext, id: string): { workBranch: string; onWorkPushed: (head: string, tasksText: string) => Promise<ReviewRecord> } {
  const { environment, settings } = context;
  return {
    workBranch: `waves/${id}`,
    onWorkPushed: async (head, tasksText) => {
      const client = context.client();
      if (!client || !environment.owner || !environment.repo) throw new InputError("deliver: pull-request needs a token and GITHUB_REPOSITORY: set 'token' (github.token works with pull-requests: write).");
      // The task's text as the branch has it: the workspace's copy is the agent's to edit.
      const task = indexTasks(context.load(tasksText).tasks).byId.get(id);
      if (!task) throw new InputError(`Invalid task '${id}': no such task or subtask in ${context.file} on ${environment.branch}.`);
      const { title, body } = renderPullRequest(task, { runUrl: environment.run.runUrl });
      return openTaskPullRequest(client, { owner: environment.owner, repo: environment.repo, taskId: id, branch: `waves/${id}`, head, base: environment.branch as string, title, body }, settings.delivery.merge);
    },
  };
}
