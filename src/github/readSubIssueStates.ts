import type { GitHubClient } from './createGitHubClient.js';
import { graphqlRequest } from './graphqlRequest.js';

/** A page of an issue's sub-issues, by the issue's node id. */
export const SUB_ISSUES_QUERY = `
query SubIssues($id: ID!, $after: String) {
  node(id: $id) {
    ... on Issue { subIssues(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { number state } } }
  }
}`;

/** One page of sub-issues as GraphQL returns it. */
export interface SubIssuePage {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  nodes: { number: number; state: 'OPEN' | 'CLOSED' }[];
}

/**
 * Every sub-issue of an issue, from a first page already read on: pages of 100 until `totalCount`
 * are in hand. Returns undefined when GitHub's pages do not add up to `totalCount`, so a caller never
 * decides "all closed" on a partial list.
 */
export async function readSubIssueStates(client: GitHubClient, parentId: string, first: SubIssuePage): Promise<SubIssuePage['nodes'] | undefined> {
  const nodes = [...first.nodes];
  let page = first;
  while (page.pageInfo?.hasNextPage && page.pageInfo.endCursor) {
    const answer = await graphqlRequest<{ node: { subIssues?: SubIssuePage } | null }>(client, 'Reading the sub-issues of a parent issue', SUB_ISSUES_QUERY, { id: parentId, after: page.pageInfo.endCursor });
    const next = answer.node?.subIssues;
    if (!next || next.nodes.length === 0) break;
    nodes.push(...next.nodes);
    page = next;
  }
  return nodes.length >= first.totalCount ? nodes : undefined;
}
