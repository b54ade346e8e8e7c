import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { LegResult } from '../../core/wavesRecord.js';
import { deliverTaskWork, type DeliveryVerdict, type WorkSource } from '../../delivery/deliverTaskWork.js';
import { PackedChangeError, parsePackedChange } from '../../delivery/packedChange.js';
import { originUrl } from '../deliverLeg.js';
import { InputError } from '../readSettings.js';
import type { IssuesActionContext } from './issuesActionContext.js';

/**
 * `complete` with `source: issues` and a delivery: pushes the leg's work (workspace files, or a
 * hand-off's packed change) onto the branch from a repository of our own, before the issue is
 * closed; statuses live in labels, so the commit carries the work only. Returns how to record it.
 */
export async function deliverIssueWork(context: IssuesActionContext): Promise<{ result: LegResult; reason?: string; commit?: string }> {
  const { settings, environment } = context;
  const id = settings.task as string;
  if (!environment.branch) throw new InputError('Cannot deliver: the run is not on a branch (GITHUB_REF is not refs/heads/...).');
  if (settings.delivery.deliver === 'pull-request') throw new InputError("deliver: pull-request is not supported with source: issues yet; use deliver: push (the work is pushed before the issue is closed).");
  let source: WorkSource = { kind: 'workspace', path: environment.workspace };
  let base = settings.delivery.baseSha;
  let result = settings.result ?? 'failure';
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
  });
  for (const entry of report.dropped) core.warning(`task ${id}: ${entry.path} was left out of the change: ${entry.reason}.`);
  core.setOutput('changed-files', report.verdict.result === 'success' ? String(report.verdict.changedFiles) : '0');
  core.setOutput('commit', report.commit ?? '');
  if (report.verdict.result === 'success') return { result: 'success', ...(report.commit === undefined ? {} : { commit: report.commit }) };
  const reason = report.verdict.reason;
  if (reason) core.warning(`task ${id}: ${reason}.`);
  return { result: report.verdict.result, ...(reason === undefined ? {} : { reason }) };
}
