import * as core from '@actions/core';
import { parseWorkflowRef } from '../github/parseWorkflowRef.js';
import type { ActionContext } from './actionContext.js';
import { InputError } from './readSettings.js';

/** workflow_dispatch on the planner workflow: works with GITHUB_TOKEN (the exception to its no-new-runs rule) given `actions: write`. */
export async function dispatchNextPlan(context: Pick<ActionContext, 'environment' | 'settings' | 'client' | 'github'>, inputs?: Record<string, string>): Promise<void> {
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
  await context.github.dispatchWorkflow(client, { owner, repo, workflow, ref, ...(inputs === undefined ? {} : { inputs }) });
  core.info(inputs === undefined ? `Started the next planning run: ${workflow} on ${ref}.` : `Started ${workflow} on ${ref} with ${Object.entries(inputs).map(([key, value]) => `${key}=${value}`).join(', ')}.`);
}
