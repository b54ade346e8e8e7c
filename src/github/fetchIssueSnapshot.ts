import { unknownReferences } from '../sources/issues/unknownReferences.js';
import { referenceKey, type IssueSnapshot, type IssueState, type IssueStateReason, type LinkedIssue, type TaskIssue } from '../sources/issues/issueSnapshot.js';
import type { GitHubClient } from './createGitHubClient.js';
import { fetchIssueSnapshotRest } from './fetchIssueSnapshotRest.js';
import { graphqlAnswer, graphqlPartialRequest, GraphQLFieldMissingError, type GraphQLErrorEntry } from './graphqlRequest.js';
import { buildReferencedIssuesDocument, LABEL_EVENTS, TASK_ISSUES_QUERY } from './issueQueries.js';
import type { IssueSourceSettings } from './issueSourceSettings.js';

export type { IssueSourceSettings } from './issueSourceSettings.js';

/** Lookups per referenced-issues request (each is one aliased `repository { issue }`). */
const REFERENCES_PER_REQUEST = 100;

/**
 * Reads every task issue with GraphQL: pages of 100 with labels, blocked-by and sub-issues in the
 * same query, then one request for the issues task bodies name that are not tasks. For N task issues
 * that is ceil(N/100) requests, plus one when bodies name outside issues. A server without the
 * issue-dependency or sub-issue fields (older GitHub Enterprise Server) is read through REST instead,
 * into the same snapshot.
 */
export async function fetchIssueSnapshot(client: GitHubClient, settings: IssueSourceSettings, onFallback?: (reason: string) => void): Promise<IssueSnapshot> {
  try {
    return await fetchWithGraphQL(client, settings);
  } catch (error) {
    if (!(error instanceof GraphQLFieldMissingError)) throw error;
    onFallback?.(`${error.message}: reading issues through the REST API instead.`);
    return fetchIssueSnapshotRest(client, settings);
  }
}

interface IssueNode {
  id: string;
  /** A BigInt, sent as a decimal string. */
  fullDatabaseId: string;
  number: number;
  title: string;
  body: string;
  url: string;
  state: IssueState;
  stateReason: IssueStateReason;
  authorAssociation: string;
  author: { login: string } | null;
  labels: { totalCount: number; nodes: { id: string; name: string }[] } | null;
  blockedBy: { totalCount: number; nodes: (LinkedNode | null)[] };
  subIssues: { totalCount: number; nodes: ((LinkedNode & { id: string; title: string; url: string }) | null)[] };
  parent: { number: number; repository: { nameWithOwner: string } } | null;
  updatedAt?: string;
  closedAt?: string | null;
  timelineItems?: { pageInfo?: { hasPreviousPage: boolean; startCursor: string | null }; nodes: LabelEventNode[] };
}

/** A LabeledEvent or UnlabeledEvent, as timelineItems returns it. */
type LabelEventNode = { createdAt?: string; label?: { name: string } } | null;

/** Label events in the plain shape: name and time. */
function labelEventsOf(nodes: readonly LabelEventNode[]): { name: string; at: string }[] {
  return nodes.flatMap((event) => (event?.createdAt && event.label ? [{ name: event.label.name, at: event.createdAt }] : []));
}

interface LinkedNode {
  number: number;
  state: IssueState;
  stateReason: IssueStateReason;
  repository?: { nameWithOwner: string };
  title?: string;
  url?: string;
  id?: string;
  updatedAt?: string;
  closedAt?: string | null;
}

interface TaskIssuesPage {
  repository: {
    id: string;
    nameWithOwner: string;
    labels?: { nodes: { id: string; name: string }[] };
    taskLabel?: { id: string; name: string } | null;
    dashboardLabel?: { id: string; name: string } | null;
    dashboards?: { nodes: { id: string; number: number; body: string; url: string; labels?: { nodes: { name: string }[] }; timelineItems?: { nodes: LabelEventNode[] } }[] };
    issues: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (IssueNode | null)[] };
  } | null;
}

async function fetchWithGraphQL(client: GitHubClient, settings: IssueSourceSettings): Promise<IssueSnapshot> {
  const what = `Reading the issues labelled '${settings.label}' in ${settings.owner}/${settings.repo}`;
  let after: string | null = null;
  let requests = 0;
  const snapshot: IssueSnapshot = { repository: `${settings.owner}/${settings.repo}`, repositoryId: '', issues: [], labelIds: new Map(), dashboards: [], referenced: new Map(), transport: 'graphql', requests: 0 };
  for (;;) {
    // An error inside one issue's links (a blocker in a repository the token cannot read) nulls
    // that link alone: the rest of the page is good, and that issue is held (see below).
    const answer: { data: TaskIssuesPage; tolerated: GraphQLErrorEntry[] } = await graphqlPartialRequest<TaskIssuesPage>(client, what, TASK_ISSUES_QUERY, { owner: settings.owner, name: settings.repo, label: settings.label, after, first: after === null, statusPrefix: settings.statusPrefix, dashboardLabel: settings.dashboardLabel }, isLinkError);
    const page = answer.data;
    requests++;
    const repository = page.repository;
    if (!repository) throw new GraphQLFieldMissingError(['Query.repository']);
    if (after === null) {
      snapshot.repository = repository.nameWithOwner;
      snapshot.repositoryId = repository.id;
      for (const label of [...(repository.labels?.nodes ?? []), repository.taskLabel, repository.dashboardLabel]) if (label) snapshot.labelIds.set(label.name.toLowerCase(), label.id);
      snapshot.dashboards = (repository.dashboards?.nodes ?? []).map(({ labels, timelineItems, ...dashboard }) => ({ ...dashboard, labels: labels?.nodes.map((label) => label.name) ?? [], labelRemovals: labelEventsOf(timelineItems?.nodes ?? []) }));
    }
    repository.issues.nodes.forEach((node, index) => {
      if (!node) return;
      const task = toTaskIssue(node, snapshot.repository);
      for (const error of answer.tolerated.filter((entry) => entry.path?.[3] === index)) {
        if (error.path?.[4] === 'blockedBy') task.blockersUnreadable = `GitHub: ${error.message}`;
        else task.truncated.push(`${String(error.path?.[4])} (GitHub: ${error.message})`);
      }
      snapshot.issues.push(task);
    });
    if (!repository.issues.pageInfo.hasNextPage || !repository.issues.pageInfo.endCursor) break;
    after = repository.issues.pageInfo.endCursor;
  }
  snapshot.requests = requests + (await fetchReferenced(client, snapshot));
  return snapshot;
}

/** An error about one link of one task issue: `repository.issues.nodes.<i>.<links field>...`. */
function isLinkError(error: GraphQLErrorEntry): boolean {
  const path = error.path ?? [];
  return path[0] === 'repository' && path[1] === 'issues' && path[2] === 'nodes' && typeof path[3] === 'number' && ['blockedBy', 'subIssues', 'parent'].includes(String(path[4])) && path.length > 5;
}

function toTaskIssue(node: IssueNode, repository: string): TaskIssue {
  const linked = (item: LinkedNode): LinkedIssue => ({
    repository: item.repository?.nameWithOwner ?? repository,
    number: item.number,
    state: item.state,
    stateReason: item.stateReason,
    ...(item.title === undefined ? {} : { title: item.title }),
    ...(item.url === undefined ? {} : { url: item.url }),
    ...(item.id === undefined ? {} : { id: item.id }),
    ...(item.updatedAt === undefined ? {} : { updatedAt: item.updatedAt }),
    ...(item.closedAt === undefined ? {} : { closedAt: item.closedAt }),
  });
  const truncated: string[] = [];
  if ((node.labels?.totalCount ?? 0) > (node.labels?.nodes.length ?? 0)) truncated.push('labels');
  if (node.blockedBy.totalCount > node.blockedBy.nodes.length) truncated.push('blocked-by issues');
  if (node.subIssues.totalCount > node.subIssues.nodes.length) truncated.push('sub-issues');
  return {
    id: node.id,
    // Exact as a number up to 2^53 (today's ids are near 3e9); kept out of any 32-bit arithmetic.
    databaseId: Number(node.fullDatabaseId),
    number: node.number,
    title: node.title,
    body: node.body,
    url: node.url,
    state: node.state,
    stateReason: node.stateReason,
    authorAssociation: node.authorAssociation,
    author: node.author?.login,
    labels: node.labels?.nodes ?? [],
    blockedBy: node.blockedBy.nodes.flatMap((item) => (item ? [linked(item)] : [])),
    subIssues: node.subIssues.nodes.flatMap((item) => (item ? [linked(item)] : [])),
    parent: node.parent ? { repository: node.parent.repository.nameWithOwner, number: node.parent.number } : undefined,
    ...earlierEvents(node.timelineItems),
    labelEvents: labelEventsOf(node.timelineItems?.nodes ?? []),
    ...(node.updatedAt === undefined ? {} : { updatedAt: node.updatedAt }),
    ...(node.closedAt === undefined ? {} : { closedAt: node.closedAt }),
    truncated,
  };
}

/** Whether label events older than those read exist, and the cursor to read them. */
function earlierEvents(timeline: IssueNode['timelineItems']): Pick<TaskIssue, 'earlierLabelEvents' | 'labelEventsBefore'> {
  const page = timeline?.pageInfo;
  if (!page) return { earlierLabelEvents: (timeline?.nodes.length ?? 0) >= LABEL_EVENTS };
  return page.hasPreviousPage && page.startCursor ? { earlierLabelEvents: true, labelEventsBefore: page.startCursor } : { earlierLabelEvents: page.hasPreviousPage };
}

/** Looks the unknown references up, 100 per request; ones that do not exist (or cannot be read) stay unknown. */
async function fetchReferenced(client: GitHubClient, snapshot: IssueSnapshot): Promise<number> {
  const wanted = unknownReferences(snapshot);
  let requests = 0;
  for (let start = 0; start < wanted.length; start += REFERENCES_PER_REQUEST) {
    const batch = wanted.slice(start, start + REFERENCES_PER_REQUEST);
    const variables: Record<string, unknown> = {};
    batch.forEach((reference, index) => {
      const [owner, name] = reference.repository.split('/');
      Object.assign(variables, { [`o${index}`]: owner, [`n${index}`]: name, [`i${index}`]: reference.number });
    });
    type Found = Record<string, { nameWithOwner: string; issue: (LinkedNode & { id: string }) | null } | null>;
    const answer = await graphqlAnswer<Found>(client, 'Reading issues named in task bodies', buildReferencedIssuesDocument(batch.length), variables);
    requests++;
    batch.forEach((reference, index) => {
      const found = answer.data?.[`r${index}`];
      if (found?.issue) snapshot.referenced.set(referenceKey(reference), { ...found.issue, repository: found.nameWithOwner });
    });
  }
  return requests;
}
