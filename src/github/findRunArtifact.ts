import type { GitHubClient } from './createGitHubClient.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** One artifact a workflow run uploaded, as the API lists it. */
export interface RunArtifact {
  name: string;
  expired: boolean;
}

/** The run's unexpired artifact called `name`, if it uploaded one (a hand-off's packed change, waiting for its delivery run). */
export async function findRunArtifact(client: GitHubClient, target: { owner: string; repo: string; runId: number; name: string }): Promise<RunArtifact | undefined> {
  const { owner, repo, runId, name } = target;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: runId, name, per_page: 100 });
    return data.artifacts.map((artifact) => ({ name: artifact.name, expired: artifact.expired })).find((artifact) => artifact.name === name && !artifact.expired);
  } catch (error) {
    throw toGitHubApiError(error, {
      doing: `Listing the artifacts of workflow run ${runId} in ${owner}/${repo}`,
      forbidden: 'the token cannot read workflow runs: give the job `permissions: actions: read`',
      notFound: `there is no such run in ${owner}/${repo} (it may have been deleted), or the token cannot see the repository`,
    });
  }
}
