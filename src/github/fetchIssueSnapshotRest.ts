import { unknownReferences } from '../sources/issues/unknownReferences.js';
import { referenceKey, type IssueSnapshot, type IssueStateReason, type LinkedIssue, type TaskIssue } from '../sources/issues/issueSnapshot.js';
import type { GitHubClient } from './createGitHubClient.js';
import type { IssueSourceSettings } from './issueSourceSettings.js';
import { GitHubNotFoundError } from './GitHubApiError.js';
import { graphqlRequest } from './graphqlRequest.js';
import { REPOSITORY_QUERY } from './issueQueries.js';
import { toGitHubApiError } from './toGitHubApiError.js';

/** The parts of a REST issue object read here. */
interface RestIssue {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  state: string;
  state_reason?: string | null;
  author_association: string;
  user: { login: string } | null;
  labels: (string | { node_id?: string; name?: string })[];
  repository_url: string;
  pull_request?: unknown;
}

/**
 * The REST way to the same snapshot, for servers whose GraphQL schema lacks issue dependencies or
 * sub-issues: list the labelled issues (pages of 100), then per issue its blocked-by and sub-issue
 * lists where the server has those routes. Costs about 2 requests per task issue, so GraphQL is
 * always tried first.
 */
export async function fetchIssueSnapshotRest(client: GitHubClient, settings: IssueSourceSettings): Promise<IssueSnapshot> {
  const { owner, repo } = settings;
  let requests = 0;
  const explain = (error: unknown, doing: string) => toGitHubApiError(error, { doing, forbidden: 'give the job `permissions: issues: read`', notFound: `check that ${owner}/${repo} exists and the token can read its issues` });
  type Method = (parameters: Record<string, unknown>) => Promise<{ data: unknown }>;
  const get = async <T>(method: Method, parameters: Record<string, unknown>, doing: string): Promise<T> => {
    requests++;
    try {
      return (await method({ owner, repo, ...parameters })).data as T;
    } catch (error) {
      throw explain(error, doing);
    }
  };
  // Pages of 100, following GitHub's Link header (the `rest` endpoint methods through paginate).
  const pages = async <T>(method: Method, parameters: Record<string, unknown>, doing: string): Promise<T[]> => {
    const items: T[] = [];
    try {
      for await (const page of client.paginate.iterator(method as never, { owner, repo, ...parameters, per_page: 100 } as never) as AsyncIterable<{ data: unknown }>) {
        requests++;
        items.push(...(page.data as T[]));
      }
    } catch (error) {
      requests++;
      throw explain(error, doing);
    }
    return items;
  };
  const { issues } = client.rest;

  const listed = await pages<RestIssue>(issues.listForRepo as unknown as Method, { labels: settings.label, state: 'all', sort: 'created', direction: 'asc' }, `Listing the issues labelled '${settings.label}' in ${owner}/${repo}`);
  const repository = `${owner}/${repo}`;
  const info = await graphqlRequest<{ repository: { id: string; nameWithOwner: string } }>(client, `Reading ${repository}`, REPOSITORY_QUERY, { owner, name: repo });
  requests++;
  const snapshot: IssueSnapshot = { repository: info.repository.nameWithOwner, repositoryId: info.repository.id, issues: [], labelIds: new Map(), dashboards: [], referenced: new Map(), transport: 'rest', requests: 0 };

  // A route this server lacks answers 404 from the first issue on; once a read has succeeded, a 404
  // concerns that issue alone (moved or deleted meanwhile) and must not stop reading the others.
  let dependencies: boolean | undefined;
  let subIssues: boolean | undefined;
  const optionalList = async (method: Method, number: number): Promise<RestIssue[] | undefined> => {
    try {
      return await pages<RestIssue>(method, { issue_number: number }, `Reading the links of issue #${number}`);
    } catch (error) {
      if (error instanceof GitHubNotFoundError) return undefined;
      throw error;
    }
  };
  for (const item of listed.filter((issue) => issue.pull_request === undefined)) {
    const blockedBy = dependencies !== false ? await optionalList(issues.listDependenciesBlockedBy as unknown as Method, item.number) : undefined;
    if (dependencies === undefined) dependencies = blockedBy !== undefined;
    const children = subIssues !== false ? await optionalList(issues.listSubIssues as unknown as Method, item.number) : undefined;
    if (subIssues === undefined) subIssues = children !== undefined;
    const task = toTaskIssue(item, snapshot.repository, blockedBy ?? [], children ?? []);
    if (dependencies && blockedBy === undefined) task.blockersUnreadable = 'GitHub answered 404 for its blocked-by list';
    snapshot.issues.push(task);
  }
  // Parents come from the parents' sub-issue lists (issuesToPlan reads both directions).

  const labels = await pages<{ node_id: string; name: string }>(issues.listLabelsForRepo as unknown as Method, {}, `Listing the labels of ${repository}`);
  // GitHub matches label names without case: `Status:In-Progress` is the `status:in-progress` label.
  const wanted = [settings.label, settings.dashboardLabel].map((name) => name.toLowerCase());
  for (const label of labels) {
    const key = label.name.toLowerCase();
    if (key.startsWith(settings.statusPrefix.toLowerCase()) || wanted.includes(key)) snapshot.labelIds.set(key, label.node_id);
  }
  const dashboards = await get<RestIssue[]>(issues.listForRepo as unknown as Method, { labels: settings.dashboardLabel, state: 'open', sort: 'created', direction: 'asc', per_page: 10 }, `Finding the dashboard issue of ${repository}`);
  snapshot.dashboards = dashboards.map((issue) => ({ id: issue.node_id, number: issue.number, body: issue.body ?? '', url: issue.html_url, labels: issue.labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : [])) }));

  for (const reference of unknownReferences(snapshot)) {
    const [referenceOwner, referenceRepo] = reference.repository.split('/');
    try {
      const found = await get<RestIssue>(issues.get as unknown as Method, { owner: referenceOwner, repo: referenceRepo, issue_number: reference.number }, `Reading ${reference.repository}#${reference.number}`);
      snapshot.referenced.set(referenceKey(reference), linked(found, reference.repository));
    } catch (error) {
      if (!(error instanceof GitHubNotFoundError)) throw error;
    }
  }
  snapshot.requests = requests;
  return snapshot;
}

function toTaskIssue(item: RestIssue, repository: string, blockedBy: RestIssue[], children: RestIssue[]): TaskIssue {
  return {
    id: item.node_id,
    databaseId: item.id,
    number: item.number,
    title: item.title,
    body: item.body ?? '',
    url: item.html_url,
    state: item.state === 'closed' ? 'CLOSED' : 'OPEN',
    stateReason: stateReason(item.state_reason),
    authorAssociation: item.author_association,
    author: item.user?.login,
    labels: item.labels.flatMap((label) => (typeof label === 'string' ? [{ id: '', name: label }] : label.name ? [{ id: label.node_id ?? '', name: label.name }] : [])),
    blockedBy: blockedBy.map((issue) => linked(issue, repository)),
    subIssues: children.map((issue) => linked(issue, repository)),
    parent: undefined,
    labelEvents: [],
    truncated: [],
  };
}

function linked(item: RestIssue, fallbackRepository: string): LinkedIssue {
  const repository = /\/repos\/([^/]+\/[^/]+)$/.exec(item.repository_url)?.[1] ?? fallbackRepository;
  return { repository, number: item.number, state: item.state === 'closed' ? 'CLOSED' : 'OPEN', stateReason: stateReason(item.state_reason), title: item.title, url: item.html_url, id: item.node_id };
}

function stateReason(value: string | null | undefined): IssueStateReason {
  const upper = value?.toUpperCase();
  return upper === 'COMPLETED' || upper === 'NOT_PLANNED' || upper === 'DUPLICATE' || upper === 'REOPENED' ? upper : null;
}
