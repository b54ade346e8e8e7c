import type { GitHubClient } from './createGitHubClient.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** Which workflow to start, where, and with which `workflow_dispatch` inputs. */
export interface DispatchTarget {
  owner: string;
  repo: string;
  /** The workflow file name (orchestrator.yml) or its numeric id. */
  workflow: string | number;
  /** Branch or tag, short (main) or full (refs/heads/main). */
  ref: string;
  /** Values for inputs the workflow declares (GitHub allows 25; 10 on GHES). */
  inputs?: Record<string, string>;
}

/**
 * Starts a workflow run with workflow_dispatch, the one event a GITHUB_TOKEN may trigger
 * (pushes made with it start no run), so that each completion can start the next plan.
 */
export async function dispatchWorkflow(client: GitHubClient, target: DispatchTarget): Promise<void> {
  const { owner, repo, workflow, ref, inputs } = target;
  try {
    await client.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, ...(inputs === undefined ? {} : { inputs }) });
  } catch (error) {
    throw toGitHubApiError(error, {
      doing: `Starting workflow ${workflow} on ${ref} in ${owner}/${repo}`,
      forbidden:
        'the token cannot start workflows: give the job `permissions: actions: write` (a GITHUB_TOKEN can only start workflows in its own repository; use a GitHub App or PAT token for another)',
      notFound: `no workflow '${workflow}' in ${owner}/${repo}: check the file name under .github/workflows and that the file is on the default branch`,
      unprocessable: `The workflow needs 'on: workflow_dispatch' on ${ref}, the ref must exist, and every input passed must be declared (at most 25).`,
    });
  }
}
