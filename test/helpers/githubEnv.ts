import type { FakeGitHub } from './fakeGitHub.js';

/** The runner's GITHUB_* variables for run `run` of the orchestrator workflow on main, against the fake API. */
export function githubEnv(run: number, api: FakeGitHub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: String(run),
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: 'octo-org/backlog/.github/workflows/orchestrator.yml@refs/heads/main',
    ...extra,
  };
}
