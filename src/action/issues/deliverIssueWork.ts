import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { LegResult } from '../../core/wavesRecord.js';
import { deliverTaskWork, type DeliveryVerdict, type ReviewRecord, type WorkSource } from '../../delivery/deliverTaskWork.js';
import { PackedChangeError, parsePackedChange } from '../../delivery/packedChange.js';
import { readTaskIssue, type TaskIssueForDelivery } from '../../github/readTaskIssue.js';
import { renderIssuePullRequest } from '../../render/renderIssuePullRequest.js';
import { originUrl } from '../deliverLeg.js';
import { openTaskPullRequest } from '../openTaskPullRequest.js';
import { InputError } from '../readSettings.js';
import { handOffClaimRefusal } from './handOffClaimRefusal.js';
import { issueNumberOfTask } from './issueLabelWrites.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/** How the delivery went: the result to record, why it failed, the pushed commit, and with deliver: pull-request the pull request. */
export interface IssueDelivery {
  result: LegResult;
  reason?: string;
  commit?: string;
  /** Its `mergeCommit` is set when it was merged at once (merge: immediate); without it the task goes to review. */
  review?: ReviewRecord;
}

/**
 * `complete` with `source: issues` and a delivery: pushes the leg's work (workspace files, or a
 * hand-off's packed change) from a repository of our own, before the issue is closed: onto the
 * branch (`deliver: push`), or onto `waves/<id>` with a pull request that closes the issue when
 * merged (`deliver: pull-request`). Statuses live in labels, so commits carry the work only. A
 * hand-off is refused, with nothing written, unless the run that packed it holds the task's claim.
 */
export async function deliverIssueWork(context: IssuesActionContext): Promise<IssueDelivery> {
  const { settings, environment } = context;
  const id = settings.task as string;
  if (!environment.branch) throw new InputError('Cannot deliver: the run is not on a branch (GITHUB_REF is not refs/heads/...).');
  const number = issueNumberOfTask(id);
  if (number === undefined) throw new InputError(`Invalid task '${id}': with source: issues a task id is an issue number (12) or a sub-issue (12.45).`);
  let issue: TaskIssueForDelivery | undefined;
  const readIssue = async () => {
    issue ??= await readTaskIssue(context.client(), { owner: context.owner, repo: context.repo, number });
    if (!issue) throw new InputError(`Invalid task '${id}': issue #${number} does not exist in ${context.owner}/${context.repo}.`);
    return issue;
  };
  let source: WorkSource = { kind: 'workspace', path: environment.workspace };
  let base = settings.delivery.baseSha;
  let result = settings.result ?? 'failure';
  let runUrl = environment.run.runUrl;
  if (settings.delivery.changeFile !== undefined) {
    const claimRunId = settings.delivery.claimRunId;
    if (claimRunId === undefined) throw new InputError("Input 'claim-run-id' is required with 'change-file': the run that packed the change (the delivery run's waves-run input).");
    const path = isAbsolute(settings.delivery.changeFile) ? settings.delivery.changeFile : join(environment.workspace, settings.delivery.changeFile);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new InputError(`Cannot read the packed change ${path}: ${(error as Error).message}.`);
    });
    try {
      const packed = parsePackedChange(text, path, { runId: claimRunId, task: id });
      source = { kind: 'packed', change: packed.change, refused: packed.refused };
      base = packed.change.base;
      result = packed.result;
    } catch (error) {
      if (error instanceof PackedChangeError) throw new InputError(`Refusing the hand-off: ${error.message}. Nothing was written.`);
      throw error;
    }
    // Checked before anything is written: another run's change must not cost this claim an attempt, nor finish it.
    const refusal = await handOffClaimRefusal(context, id, claimRunId, await readIssue());
    if (refusal !== undefined) throw new InputError(`Refusing the hand-off of task ${id} from run ${claimRunId}: ${refusal}. Nothing was written.`);
    runUrl = environment.repository ? `${environment.serverUrl}/${environment.repository}/actions/runs/${claimRunId}` : `run ${claimRunId}`;
  }
  const { delivery } = settings;
  const report = await deliverTaskWork({
    origin: { url: originUrl(context), ...(settings.token ? { token: settings.token } : {}) },
    branch: environment.branch,
    tasksFile: undefined,
    runId: environment.run.runId,
    result,
    // Issues have no claim commit: without base-sha the leg fails with the reason.
    ...(base === undefined ? {} : { base }),
    source,
    rules: { tasksFile: '', allowWorkflowChanges: delivery.allowWorkflowChanges, ...(source.kind === 'packed' ? { refuseGithubDirectory: true, maxFiles: delivery.maxFiles, maxFileBytes: delivery.maxFileBytes, allowBinary: delivery.allowBinary } : {}) },
    allowEmpty: delivery.allowEmpty,
    dryRun: settings.dryRun,
    status: () => undefined,
    message: (verdict: DeliveryVerdict) => `waves: task ${id} (#${id.split('.')[0]}) ${verdict.result === 'success' ? `work, ${verdict.changedFiles} file${verdict.changedFiles === 1 ? '' : 's'}` : verdict.result} (run ${environment.run.runId})`,
    ...(delivery.deliver === 'pull-request'
      ? {
          workBranch: `waves/${id}`,
          onWorkPushed: async (head: string) => {
            // The issue's text as GitHub has it now: its title and checklist make the pull request.
            const { title, body } = renderIssuePullRequest(id, await readIssue(), { runUrl, closeOnDone: settings.closeOnDone });
            return openTaskPullRequest(context.client(), { owner: context.owner, repo: context.repo, taskId: id, branch: `waves/${id}`, head, base: environment.branch as string, title, body }, delivery.merge);
          },
        }
      : {}),
  });
  for (const entry of report.dropped) core.warning(`task ${id}: ${entry.path} was left out of the change: ${entry.reason}.`);
  const { verdict } = report;
  core.setOutput('changed-files', verdict.result === 'success' ? String(verdict.changedFiles) : '0');
  core.setOutput('commit', report.commit ?? '');
  if (verdict.result === 'success') return { result: 'success', ...(report.commit === undefined ? {} : { commit: report.commit }), ...(verdict.review ? { review: verdict.review } : {}) };
  if (verdict.reason) core.warning(`task ${id}: ${verdict.reason}.`);
  return { result: verdict.result, ...(verdict.reason === undefined ? {} : { reason: verdict.reason }) };
}
