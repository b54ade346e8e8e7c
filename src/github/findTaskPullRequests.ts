import type { GitHubClient } from './createGitHubClient.js';
import { graphqlRequest } from './graphqlRequest.js';
import type { PullRequestState } from './pullRequests.js';

/** Pull requests read per task branch, newest first: the current attempt's, and a few before it. */
const PER_BRANCH = 3;

/** Most task branches one request looks up; the rest wait for a later plan. */
export const MAX_TASK_BRANCHES = 100;

/**
 * The newest pull requests from each of `count` branches into `$base`, one aliased lookup each:
 * `p0` for `$h0`, ... Branch names travel in variables, never in the text.
 */
export function buildTaskPullRequestsDocument(count: number): string {
  const variables = ['$owner: String!', '$name: String!', '$base: String!'];
  const fields: string[] = [];
  for (let index = 0; index < count; index++) {
    variables.push(`$h${index}: String!`);
    fields.push(`    p${index}: pullRequests(headRefName: $h${index}, baseRefName: $base, first: ${PER_BRANCH}, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { ...TaskPullRequest } }`);
  }
  return `query TaskPullRequests(${variables.join(', ')}) {
  repository(owner: $owner, name: $name) {
${fields.join('\n')}
  }
}
fragment TaskPullRequest on PullRequest { id number url state merged mergeable headRefOid isCrossRepository body mergeCommit { oid } }`;
}

/** A task whose pull request is looked for: its branch, and the hidden marker our pull requests carry. */
export interface TaskBranch {
  id: string;
  head: string;
  marker: string;
}

type Node = { id: string; number: number; url: string; state: 'OPEN' | 'CLOSED' | 'MERGED'; merged: boolean; mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN'; headRefOid: string; isCrossRepository: boolean; body: string; mergeCommit: { oid: string } | null };

/**
 * Each task's pull request (task id -> its state), found by its branch in one GraphQL request for
 * up to 100 tasks: the newest one from this repository (not a fork) into `base` whose body holds
 * the task's marker. Tasks with none are left out.
 */
export async function findTaskPullRequests(client: GitHubClient, target: { owner: string; repo: string; base: string }, tasks: readonly TaskBranch[]): Promise<Map<string, PullRequestState>> {
  const found = new Map<string, PullRequestState>();
  const wanted = tasks.slice(0, MAX_TASK_BRANCHES);
  if (wanted.length === 0) return found;
  const variables: Record<string, unknown> = { owner: target.owner, name: target.repo, base: target.base };
  wanted.forEach((task, index) => (variables[`h${index}`] = task.head));
  type Answer = { repository: Record<string, { nodes: (Node | null)[] } | null> | null };
  const answer = await graphqlRequest<Answer>(client, `Reading the pull requests of ${wanted.length} task(s) in review`, buildTaskPullRequestsDocument(wanted.length), variables);
  wanted.forEach((task, index) => {
    const node = (answer.repository?.[`p${index}`]?.nodes ?? []).find((candidate): candidate is Node => candidate !== null && !candidate.isCrossRepository && candidate.body.includes(task.marker));
    if (!node) return;
    found.set(task.id, { nodeId: node.id, number: node.number, url: node.url, state: node.merged ? 'MERGED' : node.state, mergeable: node.mergeable, head: node.headRefOid, ...(node.mergeCommit ? { mergeCommit: node.mergeCommit.oid } : {}) });
  });
  return found;
}
