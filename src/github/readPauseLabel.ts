import type { PauseRecord } from '../core/loopRecord.js';
import { isDashboardBody } from '../render/renderDashboardIssueBody.js';
import type { GitHubClient } from './createGitHubClient.js';
import { graphqlRequest } from './graphqlRequest.js';

/** The label that pauses the loop when it is on the dashboard issue (issues source). */
export const PAUSE_LABEL = 'wave-paused';

const PAUSED_DASHBOARD_QUERY = `
query PausedDashboard($owner: String!, $name: String!, $label: String!) {
  repository(owner: $owner, name: $name) {
    issues(first: 10, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { number body }
    }
  }
}`;

/** The pause that a `wave-paused` label on the (open) dashboard issue stands for, or undefined: one GraphQL request. */
export async function readPauseLabel(client: GitHubClient, target: { owner: string; repo: string }): Promise<PauseRecord | undefined> {
  type Answer = { repository: { issues: { nodes: { number: number; body: string }[] } } | null };
  const answer = await graphqlRequest<Answer>(client, `Looking for the ${PAUSE_LABEL} label on the dashboard issue of ${target.owner}/${target.repo}`, PAUSED_DASHBOARD_QUERY, { owner: target.owner, name: target.repo, label: PAUSE_LABEL });
  const dashboard = answer.repository?.issues.nodes.find((issue) => isDashboardBody(issue.body));
  if (!dashboard) return undefined;
  return { reason: `the ${PAUSE_LABEL} label is on the dashboard issue #${dashboard.number}; remove it to resume`, since: '', by: `the ${PAUSE_LABEL} label`, undo: `the ${PAUSE_LABEL} label is removed from #${dashboard.number}` };
}
