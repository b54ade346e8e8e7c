/**
 * The GraphQL documents the issues source sends. Every one is validated in the tests against
 * GitHub's published schema (@octokit/graphql-schema) plus the issue-dependency fields added on
 * 2025-07-30. Untrusted text (titles, bodies, label names) only ever travels in variables.
 */

/** Label events read per task issue: the latest ones, enough to date a claim in most cases (see staleIssueClaims); the daily budget reads further back when they do not reach 24 hours (readEarlierLabelEvents). The dashboard issues' last label removals say when a person resumed the loop. */
export const LABEL_EVENTS = 10;

/** The fields of a task issue. Connections are kept cheap: a page of 100 costs about 5 points. The last label events say when a claim was made. */
// Ids: GraphQL's databaseId is an Int (32-bit) and fails for today's ids (above 2^31); fullDatabaseId is a BigInt sent as a string.
const TASK_ISSUE_FIELDS = `
  id
  fullDatabaseId
  number
  title
  body
  url
  state
  stateReason
  authorAssociation
  author { login }
  labels(first: 50) { totalCount nodes { id name } }
  blockedBy(first: 50) { totalCount nodes { number state stateReason repository { nameWithOwner } } }
  updatedAt
  closedAt
  subIssues(first: 100) { totalCount nodes { id number title url state stateReason updatedAt closedAt } }
  parent { number repository { nameWithOwner } }
  timelineItems(itemTypes: [LABELED_EVENT], last: ${LABEL_EVENTS}) { pageInfo { hasPreviousPage startCursor } nodes { ... on LabeledEvent { createdAt label { name } } } }
`;

/**
 * One page of task issues (both states, oldest first), with, on the first page, what a plan
 * also needs: the repository id, the status labels' ids and the dashboard issue(s).
 */
export const TASK_ISSUES_QUERY = `
query TaskIssues($owner: String!, $name: String!, $label: String!, $after: String, $first: Boolean!, $statusPrefix: String!, $dashboardLabel: String!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    labels(first: 100, query: $statusPrefix) @include(if: $first) { nodes { id name } }
    taskLabel: label(name: $label) @include(if: $first) { id name }
    dashboardLabel: label(name: $dashboardLabel) @include(if: $first) { id name }
    dashboards: issues(first: 10, labels: [$dashboardLabel], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $first) {
      nodes {
        id number body url labels(first: 20) { nodes { name } }
        timelineItems(itemTypes: [UNLABELED_EVENT], last: ${LABEL_EVENTS}) { nodes { ... on UnlabeledEvent { createdAt label { name } } } }
      }
    }
    issues(first: 100, after: $after, labels: [$label], states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${TASK_ISSUE_FIELDS} }
    }
  }
}`;

/** The state of `count` issues named in task bodies, one aliased lookup each: `$o0/$n0#$i0`, ... */
export function buildReferencedIssuesDocument(count: number): string {
  const variables: string[] = [];
  const fields: string[] = [];
  for (let index = 0; index < count; index++) {
    variables.push(`$o${index}: String!`, `$n${index}: String!`, `$i${index}: Int!`);
    fields.push(`  r${index}: repository(owner: $o${index}, name: $n${index}) { nameWithOwner issue(number: $i${index}) { id number title url state stateReason } }`);
  }
  return `query ReferencedIssues(${variables.join(', ')}) {\n${fields.join('\n')}\n}`;
}

/** The repository's node id (for createIssue) and its dashboard issues; the file source's dashboard needs no more. */
export const DASHBOARD_QUERY = `
query Dashboard($owner: String!, $name: String!, $dashboardLabel: String!) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    dashboardLabel: label(name: $dashboardLabel) { id name }
    dashboards: issues(first: 10, labels: [$dashboardLabel], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { id number body url }
    }
  }
}`;

/** Comments on one issue, to count a task's failed attempts and find this run's comment. */
export const ISSUE_COMMENTS_QUERY = `
query IssueComments($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      id
      title
      state
      labels(first: 50) { nodes { id name } }
      assignees(first: 10) { nodes { login } }
      parent { id number state subIssues(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { number state } } }
      comments(last: 100) { nodes { id body viewerDidAuthor } }
    }
  }
}`;

/** Label events read to date a hand-off's claim: enough to see the claim and any claim after it. */
export const CLAIM_EVENTS = 20;

/** One task issue as a delivery needs it: its text for the pull request, its state and labels, and when labels were added (the claim). */
export const TASK_ISSUE_QUERY = `
query TaskIssue($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      id
      number
      title
      body
      url
      state
      labels(first: 50) { nodes { id name } }
      timelineItems(itemTypes: [LABELED_EVENT], last: ${CLAIM_EVENTS}) { nodes { ... on LabeledEvent { createdAt label { name } } } }
    }
  }
}`;

/** One label's node id, and the repository's (to create the label when it is missing). */
export const LABEL_QUERY = `
query Label($owner: String!, $name: String!, $label: String!) {
  repository(owner: $owner, name: $name) { id label(name: $label) { id } }
}`;

/** The repository's node id. */
export const REPOSITORY_QUERY = `
query Repository($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { id nameWithOwner }
}`;

/** A page of the repository's labels, for `waves labels`. */
export const REPOSITORY_LABELS_QUERY = `
query RepositoryLabels($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    id
    labels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id name } }
  }
}`;
