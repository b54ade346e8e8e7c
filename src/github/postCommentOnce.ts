import type { GitHubClient } from './createGitHubClient.js';
import { graphqlRequest } from './graphqlRequest.js';
import { ISSUE_COMMENTS_QUERY } from './issueQueries.js';
import { applyIssueWrites } from './issueWrites.js';

/**
 * Comments on an issue unless one of its last 100 comments already carries `marker` (a hidden
 * HTML comment): so a re-run of the same step never says it twice. Resolves to whether it commented.
 */
export async function postCommentOnce(client: GitHubClient, target: { owner: string; repo: string; number: number }, marker: string, body: string): Promise<boolean> {
  type Answer = { repository: { issue: { id: string; comments: { nodes: { id: string; body: string }[] } } | null } | null };
  const answer = await graphqlRequest<Answer>(client, `Reading the comments of issue #${target.number}`, ISSUE_COMMENTS_QUERY, { owner: target.owner, name: target.repo, number: target.number });
  const issue = answer.repository?.issue;
  if (!issue) throw new Error(`issue #${target.number} does not exist in ${target.owner}/${target.repo}`);
  if (issue.comments.nodes.some((comment) => comment.body.includes(marker))) return false;
  const [outcome] = await applyIssueWrites(client, [{ kind: 'comment', subjectId: issue.id, body }], `Commenting on issue #${target.number}`);
  if (outcome?.error) throw new Error(`could not comment on issue #${target.number}: ${outcome.error}`);
  return true;
}
