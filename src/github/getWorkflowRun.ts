import type { GitHubClient } from './createGitHubClient.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** Where a workflow run is: `status` is "completed" once it has ended, and `conclusion` then says how. */
export interface WorkflowRunState {
  /** queued, in_progress, waiting, requested, pending or completed. */
  status: string | null;
  /** success, failure, cancelled, skipped, timed_out, ...; null until the run has completed. */
  conclusion: string | null;
  htmlUrl: string;
  /** When the run last changed: for a completed run, about when it ended. */
  updatedAt: string;
  /** When the run was created (its first attempt; a re-run's run_started_at is later), before any of its jobs ran. */
  createdAt: string;
}

/** Asks GitHub how a workflow run stands (used to find claims whose run ended without finishing the task). */
export async function getWorkflowRun(client: GitHubClient, target: { owner: string; repo: string; runId: number }): Promise<WorkflowRunState> {
  const { owner, repo, runId } = target;
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
    return { status: data.status, conclusion: data.conclusion, htmlUrl: data.html_url, updatedAt: data.updated_at, createdAt: data.created_at };
  } catch (error) {
    throw toGitHubApiError(error, {
      doing: `Reading workflow run ${runId} in ${owner}/${repo}`,
      forbidden: 'the token cannot read workflow runs: give the job `permissions: actions: read`',
      notFound: `there is no such run in ${owner}/${repo} (it may have been deleted), or the token cannot see the repository`,
    });
  }
}
