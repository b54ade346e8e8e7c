import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { packTaskWork } from '../../delivery/packTaskWork.js';
import { serializePackedChange } from '../../delivery/packedChange.js';
import type { ActionContext } from '../actionContext.js';
import { originUrl } from '../deliverLeg.js';
import { InputError } from '../readSettings.js';

/** What pack and hand-off need of a context, whichever the task source. */
export type HandOffContext = Pick<ActionContext, 'settings' | 'environment' | 'client' | 'github'> & { file?: string };

/** The artifact a task's packed change travels in: `waves-change-<task>`, in the characters artifact names allow. */
export function changeArtifactName(task: string): string {
  return `waves-change-${task.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * `command: pack` (hand-off, in the agent's job, after the agent): the workspace's change against
 * base-sha, held to the hand-off's limits, written to a file for actions/upload-artifact. Outputs
 * `change-file` and `artifact-name`. Needs only a read token; nothing is pushed.
 */
export async function packAction(context: HandOffContext): Promise<void> {
  const { settings, environment } = context;
  const task = settings.task as string;
  if (!environment.branch) throw new InputError('Cannot pack: the run is not on a branch (GITHUB_REF is not refs/heads/...).');
  const { delivery } = settings;
  const packed = await packTaskWork({
    origin: { url: originUrl(context), ...(settings.token ? { token: settings.token } : {}) },
    branch: environment.branch,
    workspace: environment.workspace,
    runId: environment.run.runId,
    task,
    result: settings.result ?? 'failure',
    ...(delivery.baseSha === undefined ? {} : { base: delivery.baseSha }),
    rules: { tasksFile: context.file ?? '', allowWorkflowChanges: delivery.allowWorkflowChanges, refuseGithubDirectory: true, maxFiles: delivery.maxFiles, maxFileBytes: delivery.maxFileBytes, allowBinary: delivery.allowBinary },
  });
  const name = changeArtifactName(task);
  const temp = process.env.RUNNER_TEMP ?? environment.workspace;
  const path = delivery.changeFile === undefined ? join(temp, name, 'change.json') : isAbsolute(delivery.changeFile) ? delivery.changeFile : join(environment.workspace, delivery.changeFile);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializePackedChange(packed));
  for (const entry of packed.dropped) core.warning(`task ${task}: ${entry.path} was left out of the change: ${entry.reason}.`);
  for (const entry of packed.refused) core.warning(`task ${task}: ${entry.path} ${entry.reason}; the delivery will fail this attempt.`);
  core.setOutput('change-file', path);
  core.setOutput('artifact-name', name);
  core.setOutput('changed-files', String(packed.change.files.length));
  core.info(`Packed ${packed.change.files.length} changed file(s) of task ${task} against ${packed.change.base} into ${path}.`);
}
