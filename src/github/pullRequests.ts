import type { GitHubClient } from './createGitHubClient.js';
import { graphqlAnswer, graphqlRequest } from './graphqlRequest.js';
import { GitHubApiError } from './GitHubApiError.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** A pull request as the delivery records it: node id (for GraphQL), number, page and head commit. */
export interface PullRequestRef {
  nodeId: string;
  number: number;
  url: string;
  head: string;
}

/** What the delivery asks of a task's pull request. */
export interface PullRequestContent {
  owner: string;
  repo: string;
  /** The branch holding the work (`waves/<id>`). */
  head: string;
  base: string;
  title: string;
  body: string;
}

const PULLS_FORBIDDEN = 'the token cannot open or change pull requests: give the job `permissions: pull-requests: write` and turn on "Allow GitHub Actions to create and approve pull requests" in the repository settings';

function refOf(data: { node_id: string; number: number; html_url: string; head: { sha: string } }): PullRequestRef {
  return { nodeId: data.node_id, number: data.number, url: data.html_url, head: data.head.sha };
}

/**
 * Opens the task's pull request, or updates the open one from its branch (a new attempt pushes the
 * branch again): title and body are rewritten, so the page says what the branch now holds.
 */
export async function openOrUpdatePullRequest(client: GitHubClient, content: PullRequestContent): Promise<PullRequestRef & { created: boolean }> {
  const { owner, repo, head, base, title, body } = content;
  const doing = `Opening the pull request from ${head} into ${base} in ${owner}/${repo}`;
  try {
    const open = await client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head: `${owner}:${head}`, base, state: 'open', per_page: 1 });
    const existing = open.data[0];
    if (existing) {
      const updated = await client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: existing.number, title, body });
      return { ...refOf(updated.data), created: false };
    }
    const created = await client.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, head, base, title, body, maintainer_can_modify: false });
    return { ...refOf(created.data), created: true };
  } catch (error) {
    throw toGitHubApiError(error, { doing, forbidden: PULLS_FORBIDDEN, unprocessable: `GitHub refused the pull request from ${head} into ${base}: the branch must differ from ${base}.` });
  }
}

/** Merges a pull request now (squash), only if its head is still `head`; resolves to the merge commit, or undefined when GitHub says it cannot be merged yet. */
export async function mergePullRequest(client: GitHubClient, target: { owner: string; repo: string; number: number; head: string; title: string }): Promise<string | undefined> {
  const { owner, repo, number, head, title } = target;
  try {
    const merged = await client.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', { owner, repo, pull_number: number, sha: head, merge_method: 'squash', commit_title: title });
    return merged.data.merged ? merged.data.sha : undefined;
  } catch (error) {
    // 405: not mergeable (conflicts, checks, reviews); 409: the head moved. The next plan looks again.
    const status = (error as { status?: number }).status;
    if (status === 405 || status === 409) return undefined;
    throw toGitHubApiError(error, { doing: `Merging pull request #${number} in ${owner}/${repo}`, forbidden: 'merging needs `permissions: contents: write` and `pull-requests: write`' });
  }
}

/** Closes a pull request with a comment saying why (a conflict with the base: the task runs again from the new base). */
export async function closePullRequest(client: GitHubClient, target: { owner: string; repo: string; number: number; comment: string }): Promise<void> {
  const { owner, repo, number, comment } = target;
  try {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: number, body: comment });
    await client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number, state: 'closed' });
  } catch (error) {
    throw toGitHubApiError(error, { doing: `Closing pull request #${number} in ${owner}/${repo}`, forbidden: PULLS_FORBIDDEN });
  }
}

/** Arms auto-merge (squash) on a pull request, pinned to its head commit. */
export const ENABLE_AUTO_MERGE_MUTATION = `mutation EnableAutoMerge($pullRequestId: ID!, $expectedHeadOid: GitObjectID!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: SQUASH, expectedHeadOid: $expectedHeadOid }) {
    pullRequest { id autoMergeRequest { enabledAt } }
  }
}`;

/** Arms auto-merge; GitHub refuses it when the repository does not allow auto-merge or the pull request is already clean. */
export async function enableAutoMerge(client: GitHubClient, pull: PullRequestRef): Promise<void> {
  await graphqlRequest(client, `Enabling auto-merge on pull request #${pull.number}`, ENABLE_AUTO_MERGE_MUTATION, { pullRequestId: pull.nodeId, expectedHeadOid: pull.head });
}

/** The state of up to 100 pull requests, by node id, in one request. */
export const PULL_REQUEST_STATES_QUERY = `query PullRequestStates($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on PullRequest { id number url state merged mergeable headRefOid mergeCommit { oid } }
  }
}`;

/** How a pull request stands: open (and whether it merges cleanly), merged (with the merge commit) or closed. */
export interface PullRequestState {
  nodeId: string;
  number: number;
  url: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  head: string;
  mergeCommit?: string;
}

/** Reads the states of pull requests by node id (at most 100: the caller settles the rest on a later run). Unknown ids are left out. */
export async function readPullRequestStates(client: GitHubClient, nodeIds: readonly string[]): Promise<Map<string, PullRequestState>> {
  const states = new Map<string, PullRequestState>();
  if (nodeIds.length === 0) return states;
  type Node = { id: string; number: number; url: string; state: 'OPEN' | 'CLOSED' | 'MERGED'; merged: boolean; mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN'; headRefOid: string; mergeCommit: { oid: string } | null } | null;
  // A deleted pull request is a NOT_FOUND error for its entry alone: the others still count.
  const what = `Reading ${Math.min(nodeIds.length, 100)} pull request(s)`;
  const answer = await graphqlAnswer<{ nodes: Node[] }>(client, what, PULL_REQUEST_STATES_QUERY, { ids: nodeIds.slice(0, 100) });
  if (!answer.data) throw new GitHubApiError(`${what}: ${answer.errors?.[0]?.message ?? 'no data'}`);
  for (const node of answer.data.nodes) {
    if (!node || typeof node.number !== 'number') continue;
    states.set(node.id, { nodeId: node.id, number: node.number, url: node.url, state: node.merged ? 'MERGED' : node.state, mergeable: node.mergeable, head: node.headRefOid, ...(node.mergeCommit ? { mergeCommit: node.mergeCommit.oid } : {}) });
  }
  return states;
}
