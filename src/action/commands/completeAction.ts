import * as core from '@actions/core';
import { indexTasks } from '../../core/indexTasks.js';
import { completionChange, type TaskChange } from '../../core/wavesRecord.js';
import { parseWorkflowRef } from '../../github/parseWorkflowRef.js';
import { applyTaskChanges } from '../../write/applyTaskChanges.js';
import type { ActionContext } from '../actionContext.js';
import { publishDashboard } from '../publishDashboard.js';
import { InputError } from '../readSettings.js';

/**
 * `command: complete`: record how a leg ended (done; or an attempt used, then blocked), commit
 * and push it, then start the next planning run (`next: dispatch`), so waves follow each other.
 */
export async function completeAction(context: ActionContext): Promise<void> {
  const { settings, environment, store, file } = context;
  const id = settings.task as string;
  const result = settings.result ?? 'failure';
  context.load(await store.read());
  let status: string | undefined;
  const apply = (text: string) =>
    applyTaskChanges(text, file, context.parseOptions, (plan) => {
      const task = indexTasks(plan.tasks).byId.get(id);
      if (!task) throw new InputError(`Invalid task '${id}': no such task or subtask in ${file}.`);
      const changes = new Map<string, TaskChange>();
      // A task already finished (a re-run of a succeeded leg) is left as it is.
      if (!(task.status === 'done' && result === 'success')) changes.set(id, completionChange(task, result, environment.run, context.now(), settings.maxAttempts));
      status = changes.get(id)?.status ?? task.status;
      return { changes, outcome: undefined };
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
  core.setOutput('task-status', status ?? '');
  await publishDashboard(context, finalText);
  if (settings.next === 'dispatch' && !settings.dryRun) await dispatchNextPlan(context);
  else if (settings.next === 'push') core.info('next: push — the pushed commit starts the planner, if the token is a GitHub App or PAT token (pushes made with GITHUB_TOKEN start no workflow run).');
}

/** workflow_dispatch on the planner workflow: works with GITHUB_TOKEN (the exception to its no-new-runs rule) given `actions: write`. */
async function dispatchNextPlan(context: ActionContext): Promise<void> {
  const { environment, settings } = context;
  const client = context.client();
  if (!client) throw new InputError("next: dispatch needs a token: set 'token' (the default github.token works with `permissions: actions: write`), or set next: none.");
  const reference = settings.workflow ?? environment.workflowRef;
  if (!reference) throw new InputError("Cannot tell which workflow to dispatch: GITHUB_WORKFLOW_REF is not set. Set 'workflow' to the planner's file name, e.g. workflow: orchestrator.yml.");
  const parsed = reference.includes('@') || reference.includes('/') ? parseWorkflowRef(reference) : undefined;
  const owner = parsed?.owner ?? environment.owner;
  const repo = parsed?.repo ?? environment.repo;
  const workflow = parsed?.workflowFile ?? reference;
  const ref = environment.branch ?? parsed?.ref;
  if (!owner || !repo || !ref) throw new InputError(`Cannot dispatch ${workflow}: the repository or branch is unknown (GITHUB_REPOSITORY, GITHUB_REF).`);
  await context.github.dispatchWorkflow(client, { owner, repo, workflow, ref });
  core.info(`Started the next planning run: ${workflow} on ${ref}.`);
}
