import type { RestEndpointMethodTypes } from '@octokit/rest';
import type { GitHubClient } from './createGitHubClient.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** One artifact a workflow run uploaded, as the API lists it. */
export type RunArtifact = RestEndpointMethodTypes['actions']['listWorkflowRunArtifacts']['response']['data']['artifacts'][number];

/** The run's unexpired artifact called `name`, if it uploaded one (a hand-off's packed change, waiting for its delivery run). */
export async function findRunArtifact(client: GitHubClient, target: { owner: string; repo: string; runId: number; name: string }): Promise<RunArtifact | undefined> {
  const { owner, repo, runId, name } = target;
  try {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name, per_page: 100 });
    return data.artifacts.find((artifact) => artifact.name === name && !artifact.expired);
  } catch (error) {
    throw toGitHubApiError(error, {
      doing: `Listing the artifacts of workflow run ${runId} in ${owner}/${repo}`,
      forbidden: 'the token cannot read workflow runs: give the job `permissions: actions: read`',
      notFound: `there is no such run in ${owner}/${repo} (it may have been deleted), or the token cannot see the repository`,
    });
  }
}
