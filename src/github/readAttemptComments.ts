import type { GitHubClient } from './createGitHubClient.js';
import { graphqlPartialRequest, type GraphQLErrorEntry } from './graphqlRequest.js';

/** Issues per request: GitHub's `nodes(ids:)` takes at most 100. */
const ISSUES_PER_REQUEST = 100;

/** The last 100 comments of some issues (who wrote them and when) and their assignees, for the failure breaker. */
export const ATTEMPT_COMMENTS_QUERY = `
query AttemptComments($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Issue {
      id
      assignees(first: 10) { nodes { login } }
      comments(last: 100) { nodes { createdAt viewerDidAuthor body } }
    }
  }
}`;

/** What the breaker reads of one issue. */
export interface IssueAttemptComments {
  assignees: string[];
  comments: { createdAt: string; viewerDidAuthor: boolean; body: string }[];
}

type Answer = { nodes: ({ id?: string; assignees?: { nodes: { login: string }[] }; comments?: { nodes: IssueAttemptComments['comments'] } } | null)[] };

/** An issue gone since the snapshot (deleted, transferred) nulls its item alone. */
const isGoneIssue = (error: GraphQLErrorEntry) => error.type === 'NOT_FOUND' && error.path?.[0] === 'nodes' && error.path.length === 2;

/** The comments and assignees of the issues with these node ids, 100 issues per request; issues that are gone are left out. */
export async function readAttemptComments(client: GitHubClient, ids: readonly string[]): Promise<{ byId: Map<string, IssueAttemptComments>; requests: number }> {
  const byId = new Map<string, IssueAttemptComments>();
  let requests = 0;
  for (let start = 0; start < ids.length; start += ISSUES_PER_REQUEST) {
    const batch = ids.slice(start, start + ISSUES_PER_REQUEST);
    const { data: answer } = await graphqlPartialRequest<Answer>(client, `Reading the comments of ${batch.length} task issue(s) for the failure breaker`, ATTEMPT_COMMENTS_QUERY, { ids: batch }, isGoneIssue);
    requests++;
    for (const node of answer.nodes) {
      if (!node?.id || !node.comments) continue;
      byId.set(node.id, { assignees: node.assignees?.nodes.map((user) => user.login) ?? [], comments: node.comments.nodes });
    }
  }
  return { byId, requests };
}
