import type { GitHubClient } from './createGitHubClient.js';
import { GitHubNotFoundError } from './GitHubApiError.js';
import { graphqlRequest } from './graphqlRequest.js';
import { TASK_ISSUE_QUERY } from './issueQueries.js';

/** One task issue as a delivery reads it: text, state, labels, and the label events that date its claim (oldest first). */
export interface TaskIssueForDelivery {
  id: string;
  number: number;
  title: string;
  body: string;
  url: string;
  state: 'OPEN' | 'CLOSED';
  labels: { id: string; name: string }[];
  labelEvents: { name: string; at: string }[];
}

/** Reads one issue (TASK_ISSUE_QUERY); undefined when the repository has no such issue. */
export async function readTaskIssue(client: GitHubClient, target: { owner: string; repo: string; number: number }): Promise<TaskIssueForDelivery | undefined> {
  type Node = Omit<TaskIssueForDelivery, 'labels' | 'labelEvents' | 'body'> & { body: string | null; labels: { nodes: { id: string; name: string }[] }; timelineItems: { nodes: ({ createdAt?: string; label?: { name: string } } | null)[] } };
  type Answer = { repository: { issue: Node | null } | null };
  let answer: Answer;
  try {
    answer = await graphqlRequest<Answer>(client, `Reading issue #${target.number}`, TASK_ISSUE_QUERY, { owner: target.owner, name: target.repo, number: target.number });
  } catch (error) {
    // GitHub answers a missing issue with a NOT_FOUND error beside a null issue.
    if (error instanceof GitHubNotFoundError) return undefined;
    throw error;
  }
  const node = answer.repository?.issue;
  if (!node) return undefined;
  const labelEvents = node.timelineItems.nodes.flatMap((event) => (event?.createdAt && event.label ? [{ name: event.label.name, at: event.createdAt }] : []));
  return { id: node.id, number: node.number, title: node.title, body: node.body ?? '', url: node.url, state: node.state, labels: node.labels.nodes, labelEvents };
}
