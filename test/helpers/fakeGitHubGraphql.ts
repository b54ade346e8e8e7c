import {
  execute,
  getArgumentValues,
  getDirectiveValues,
  getLocation,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { githubSchema } from './githubSchema.js';
import { DEFAULT_LABEL_COLOR, isoTime, IssueStoreError, nodeId, type AuthorAssociation, type CommentRecord, type IssueEvent, type IssueRecord, type IssueRepository, type IssueStore, type LabelRecord } from './fakeGitHubIssues.js';

/**
 * The fake GitHub's GraphQL endpoint: documents are validated and executed by graphql-js against
 * GitHub's published schema (githubSchema.ts), with resolvers over the fake's issue state, and
 * answers worded as GitHub (graphql-ruby) words them.
 */

export interface GraphqlEnvironment {
  store: IssueStore;
  repositoryOf: (fullName: string) => IssueRepository | undefined;
  issueDependencies: boolean;
  subIssues: boolean;
  /** Who the token acts as: the author of what mutations create. */
  actor: { login: string; association: AuthorAssociation };
  /** GraphQL points used so far this hour (the fake's own count, starting at 0). */
  rateLimitUsed: number;
  rateLimitReset: number;
  /** Pull requests (fakeGitHubPulls.ts): PullRequest nodes and their mutations. */
  pulls?: { node: (id: string) => unknown; mutations: Record<string, unknown>; inRepository?: (repository: IssueRepository) => FakePullRequestEntry[] };
  /** Mutations to refuse, as GitHub refuses one field of a document: that field null, an error with its path. */
  refusals: MutationRefusal[];
  /** Repositories the token cannot read (lower-case owner/name): their issues, met as links, are errors with a path. */
  hidden: Set<string>;
}

/** A pull request as Repository.pullRequests filters and orders it (fakeGitHubPulls.ts), with its node. */
export interface FakePullRequestEntry {
  head: string;
  base: string;
  state: string;
  createdAt: number;
  updatedAt: number;
  id: number;
  node: unknown;
}

/** A mutation field GitHub refuses `times` times (e.g. closeIssue with FORBIDDEN), the rest of the document still running. */
export interface MutationRefusal {
  mutation: string;
  times: number;
  /** GitHub's error type, e.g. FORBIDDEN, UNPROCESSABLE, NOT_FOUND (default FORBIDDEN). */
  type?: string;
  message?: string;
}

/** What the fake records of a GraphQL request. */
export interface GraphqlRequestInfo {
  operationName?: string;
  operation: 'query' | 'mutation';
  /** Top-level field names (not aliases), in document order. */
  fields: string[];
}

export interface GraphqlAnswer {
  body: { data?: unknown; errors?: GitHubGraphqlError[] };
  info: GraphqlRequestInfo | undefined;
  /** Rate-limit points the request cost (0 when it was refused before execution). */
  cost: number;
}

/** An error entry in GitHub's shape. */
export interface GitHubGraphqlError {
  type?: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
  locations?: Array<{ line: number; column: number }>;
  message: string;
}

export const GRAPHQL_RATE_LIMIT = 5000;
const MAX_PAGE = 100;
const MAX_NODES = 500_000;
const WEB = 'https://github.com';

/** An error a resolver raises, with GitHub's `type` (NOT_FOUND, UNPROCESSABLE, ...). */
export class FieldError extends Error {
  constructor(
    readonly type: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export async function executeGitHubGraphql(environment: GraphqlEnvironment, body: unknown): Promise<GraphqlAnswer> {
  const request = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  const refuse = (errors: GitHubGraphqlError[], info?: GraphqlRequestInfo): GraphqlAnswer => ({ body: { errors }, info, cost: 0 });
  if (typeof request.query !== 'string') return refuse([{ message: 'A query attribute must be specified and must be a string.' }]);
  const variables = (typeof request.variables === 'object' && request.variables !== null ? request.variables : {}) as Record<string, unknown>;
  const operationName = typeof request.operationName === 'string' && request.operationName ? request.operationName : undefined;
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (failure) {
    return refuse([parseError(failure as GraphQLError)]);
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((candidate) => candidate.name?.value === operationName);
  if (!operation) return refuse([{ message: operationName === undefined ? 'An operation name is required' : `No operation named "${operationName}"` }]);
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const info: GraphqlRequestInfo = {
    ...(operation.name ? { operationName: operation.name.value } : {}),
    operation: operation.operation === 'mutation' ? 'mutation' : 'query',
    fields: topLevelFields(operation.selectionSet, fragments),
  };
  if (operation.operation === 'subscription') return refuse([{ message: 'Subscriptions are not supported' }], info);

  const schema = githubSchema({ withIssueDependencies: environment.issueDependencies, withSubIssues: environment.subIssues });
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refuse(invalid.map((error) => validationError(error, document)), info);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return refuse(coerced.errors.map((error) => variableError(error, operation, variables)), info);

  const analysis = analyze(schema, operation, fragments, coerced.coerced);
  if (analysis.errors.length > 0) return refuse(analysis.errors, info);
  const cost = Math.max(1, Math.round(analysis.requests / 100));
  environment.rateLimitUsed += cost;

  const resolvers = new Resolvers(environment, cost, analysis.nodeCount);
  const result = await execute({
    schema,
    document,
    variableValues: variables,
    ...(operationName === undefined ? {} : { operationName }),
    rootValue: operation.operation === 'mutation' ? resolvers.mutation() : resolvers.query(),
    fieldResolver,
  });
  const answer: GraphqlAnswer['body'] = { data: result.data ?? null };
  if (result.errors?.length) answer.errors = result.errors.map(executionError);
  return { body: answer, info, cost };
}

/** Objects carry their fields as values or as functions of the arguments. */
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  if (source === null || typeof source !== 'object') return null;
  const record = source as Record<string, unknown>;
  if (!(info.fieldName in record)) throw new FieldError('FAKE_NOT_IMPLEMENTED', `The fake GitHub does not serve ${info.parentType.name}.${info.fieldName}`);
  const value = record[info.fieldName];
  return typeof value === 'function' ? (value as (args: Record<string, unknown>) => unknown)(args) : value;
};

type Key = Array<string | number>;
interface Order<T> {
  key: (item: T) => Key;
  descending: boolean;
}
interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  /** Only some connections take it (timelineItems): skips that many items after the cursors apply. */
  skip?: number | null;
}

/** The issue events Issue.timelineItems serves: item type, GraphQL type and node ID prefix. */
const TIMELINE_EVENTS: Partial<Record<IssueEvent['kind'], { itemType: string; typename: string; prefix: string }>> = {
  labeled: { itemType: 'LABELED_EVENT', typename: 'LabeledEvent', prefix: 'LE' },
  unlabeled: { itemType: 'UNLABELED_EVENT', typename: 'UnlabeledEvent', prefix: 'UNLE' },
  closed: { itemType: 'CLOSED_EVENT', typename: 'ClosedEvent', prefix: 'CE' },
  reopened: { itemType: 'REOPENED_EVENT', typename: 'ReopenedEvent', prefix: 'REE' },
};

interface TimelineItem {
  itemType: string;
  time: number;
  key: Key;
  view: () => unknown;
}

class Resolvers {
  constructor(
    private readonly environment: GraphqlEnvironment,
    private readonly cost: number,
    private readonly nodeCount: number,
  ) {}

  private get store(): IssueStore {
    return this.environment.store;
  }

  query(): Record<string, unknown> {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const repository = this.environment.repositoryOf(`${owner}/${name}`);
        if (!repository) throw new FieldError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        return this.repository(repository);
      },
      rateLimit: () => ({
        cost: this.cost,
        limit: GRAPHQL_RATE_LIMIT,
        nodeCount: this.nodeCount,
        remaining: Math.max(0, GRAPHQL_RATE_LIMIT - this.environment.rateLimitUsed),
        used: this.environment.rateLimitUsed,
        resetAt: isoTime(this.environment.rateLimitReset * 1000),
      }),
      node: ({ id }: { id: string }) => this.environment.pulls?.node(id) ?? this.node(id),
      // graphql-js reports an Error item as that item's error (path ['nodes', i]) and nulls it alone.
      nodes: ({ ids }: { ids: string[] }) => ids.map((id) => this.environment.pulls?.node(id) ?? (this.store.node(id) ? this.node(id) : new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`))),
      viewer: () => this.actor(this.environment.actor.login),
    };
  }

  mutation(): Record<string, unknown> {
    const store = this.store;
    const guard =
      <I>(run: (input: I) => Record<string, unknown>) =>
      ({ input }: { input: I & { clientMutationId?: string | null } }) => {
        try {
          return { clientMutationId: input.clientMutationId ?? null, ...run(input) };
        } catch (failure) {
          if (failure instanceof IssueStoreError) throw new FieldError(failure.reason === 'not_found' ? 'NOT_FOUND' : 'UNPROCESSABLE', failure.message);
          throw failure;
        }
      };
    const actor = this.environment.actor;
    const mutations: Record<string, (args: { input: never }) => unknown> = {
      ...(this.environment.pulls?.mutations as Record<string, (args: { input: never }) => unknown> | undefined),
      addLabelsToLabelable: guard(({ labelableId, labelIds }: { labelableId: string; labelIds: string[] }) => {
        const issue = this.record(labelableId, 'Issue');
        store.addLabels(issue, this.labelsOf(issue, labelIds));
        return { labelable: this.issue(issue) };
      }),
      removeLabelsFromLabelable: guard(({ labelableId, labelIds }: { labelableId: string; labelIds: string[] }) => {
        const issue = this.record(labelableId, 'Issue');
        store.removeLabels(issue, this.labelsOf(issue, labelIds));
        return { labelable: this.issue(issue) };
      }),
      closeIssue: guard(({ issueId, stateReason, duplicateIssueId }: { issueId: string; stateReason?: string | null; duplicateIssueId?: string | null }) => {
        const issue = this.record(issueId, 'Issue');
        if (duplicateIssueId) this.record(duplicateIssueId, 'Issue');
        const reason = stateReason === 'NOT_PLANNED' ? 'not_planned' : stateReason === 'DUPLICATE' || duplicateIssueId ? 'duplicate' : 'completed';
        store.close(issue, reason);
        return { issue: this.issue(issue) };
      }),
      reopenIssue: guard(({ issueId }: { issueId: string }) => {
        const issue = this.record(issueId, 'Issue');
        store.reopen(issue);
        return { issue: this.issue(issue) };
      }),
      updateIssue: guard((input: { id: string; title?: string | null; body?: string | null; state?: string | null; labelIds?: string[] | null; assigneeIds?: unknown; milestoneId?: unknown; projectIds?: unknown }) => {
        const issue = this.record(input.id, 'Issue');
        for (const unsupported of ['assigneeIds', 'milestoneId', 'projectIds'] as const) {
          if (input[unsupported] != null) throw new FieldError('FAKE_NOT_IMPLEMENTED', `The fake GitHub does not serve UpdateIssueInput.${unsupported}`);
        }
        const labels = input.labelIds == null ? undefined : this.labelsOf(issue, input.labelIds);
        store.edit(issue, { ...(input.title == null ? {} : { title: input.title }), ...(input.body == null ? {} : { body: input.body }) });
        if (labels) store.setLabels(issue, labels);
        if (input.state === 'CLOSED') store.close(issue);
        if (input.state === 'OPEN') store.reopen(issue);
        return { issue: this.issue(issue), actor: this.actor(actor.login) };
      }),
      createIssue: guard((input: { repositoryId: string; title: string; body?: string | null; labelIds?: string[] | null; parentIssueId?: string | null; assigneeIds?: unknown; milestoneId?: unknown; projectIds?: unknown; issueTemplate?: unknown }) => {
        const repository = this.repositoryRecord(input.repositoryId);
        for (const unsupported of ['assigneeIds', 'milestoneId', 'projectIds', 'issueTemplate'] as const) {
          if (input[unsupported] != null) throw new FieldError('FAKE_NOT_IMPLEMENTED', `The fake GitHub does not serve CreateIssueInput.${unsupported}`);
        }
        if (!input.title.trim()) throw new FieldError('UNPROCESSABLE', "Title can't be blank");
        const labels = (input.labelIds ?? []).map((id) => this.labelIn(repository, id));
        const parent = input.parentIssueId ? this.record(input.parentIssueId, 'Issue') : undefined;
        if (parent && parent.repository !== repository) throw new FieldError('UNPROCESSABLE', "The fake GitHub keeps sub-issues in their parent's repository");
        const issue = store.addIssue(repository, { title: input.title, body: input.body ?? '', author: actor.login, authorAssociation: actor.association });
        store.addLabels(issue, labels);
        if (parent) store.addSubIssue(parent, issue, false);
        return { issue: this.issue(issue) };
      }),
      addComment: guard(({ subjectId, body }: { subjectId: string; body: string }) => {
        const issue = this.record(subjectId, 'Issue');
        if (!body.trim()) throw new FieldError('UNPROCESSABLE', "Body can't be blank");
        const comment = store.addComment(issue, body, actor.login, actor.association);
        const edge = { cursor: encodeCursor([comment.createdAt, comment.id]), node: this.comment(comment) };
        return { commentEdge: edge, subject: this.issue(issue), timelineEdge: edge };
      }),
      updateIssueComment: guard(({ id, body }: { id: string; body: string }) => {
        const comment = this.record(id, 'IssueComment');
        store.editComment(comment, body);
        return { issueComment: this.comment(comment) };
      }),
      createLabel: guard(({ repositoryId, name, color, description }: { repositoryId: string; name: string; color: string; description?: string | null }) => {
        const repository = this.repositoryRecord(repositoryId);
        if (!/^#?[0-9a-f]{6}$/i.test(color)) throw new FieldError('UNPROCESSABLE', 'Color is invalid');
        if (store.findLabel(repository, name)) throw new FieldError('UNPROCESSABLE', 'Name has already been taken');
        return { label: this.label(store.addLabel(repository, name, color, description ?? null)) };
      }),
      addSubIssue: guard(({ issueId, subIssueId, subIssueUrl, replaceParent }: { issueId: string; subIssueId?: string | null; subIssueUrl?: string | null; replaceParent?: boolean | null }) => {
        const parent = this.record(issueId, 'Issue');
        const child = subIssueId ? this.record(subIssueId, 'Issue') : this.issueByUrl(subIssueUrl);
        store.addSubIssue(parent, child, replaceParent === true);
        return { issue: this.issue(parent), subIssue: this.issue(child) };
      }),
      removeSubIssue: guard(({ issueId, subIssueId }: { issueId: string; subIssueId: string }) => {
        const parent = this.record(issueId, 'Issue');
        const child = this.record(subIssueId, 'Issue');
        store.removeSubIssue(parent, child);
        return { issue: this.issue(parent), subIssue: this.issue(child) };
      }),
      addBlockedBy: guard(({ issueId, blockingIssueId }: { issueId: string; blockingIssueId: string }) => {
        const issue = this.record(issueId, 'Issue');
        const blocking = this.record(blockingIssueId, 'Issue');
        store.addBlockedBy(issue, blocking);
        return { issue: this.issue(issue), blockingIssue: this.issue(blocking) };
      }),
      removeBlockedBy: guard(({ issueId, blockingIssueId }: { issueId: string; blockingIssueId: string }) => {
        const issue = this.record(issueId, 'Issue');
        const blocking = this.record(blockingIssueId, 'Issue');
        store.removeBlockedBy(issue, blocking);
        return { issue: this.issue(issue), blockingIssue: this.issue(blocking) };
      }),
    };
    const refusals = this.environment.refusals;
    return Object.fromEntries(
      Object.entries(mutations).map(([name, run]) => [
        name,
        (args: { input: never }) => {
          const refusal = refusals.find((candidate) => candidate.mutation === name);
          if (!refusal) return run(args);
          if (--refusal.times <= 0) refusals.splice(refusals.indexOf(refusal), 1);
          throw new FieldError(refusal.type ?? 'FORBIDDEN', refusal.message ?? `${actor.login} does not have the correct permissions to execute \`${name[0]?.toUpperCase()}${name.slice(1)}\``);
        },
      ]),
    );
  }

  private node(id: string): unknown {
    const found = this.store.node(id);
    if (!found) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    switch (found.kind) {
      case 'Issue':
        return this.issue(found);
      case 'Label':
        return this.label(found);
      case 'IssueComment':
        return this.comment(found);
      case 'Repository':
        return this.repository(found.repository);
    }
  }

  private record<K extends 'Issue' | 'IssueComment' | 'Label'>(id: string, kind: K): Extract<IssueRecord | CommentRecord | LabelRecord, { kind: K }> {
    const found = this.store.node(id);
    if (!found || found.kind !== kind) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    return found as Extract<IssueRecord | CommentRecord | LabelRecord, { kind: K }>;
  }

  private repositoryRecord(id: string): IssueRepository {
    const found = this.store.node(id);
    if (!found || found.kind !== 'Repository') throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    return found.repository;
  }

  private labelIn(repository: IssueRepository, id: string): LabelRecord {
    const label = this.record(id, 'Label');
    if (label.repository !== repository) throw new FieldError('UNPROCESSABLE', `Label ${label.name} does not belong to ${this.store.fullName(repository)}`);
    return label;
  }

  private labelsOf(issue: IssueRecord, ids: string[]): LabelRecord[] {
    return ids.map((id) => this.labelIn(issue.repository, id));
  }

  private issueByUrl(url: string | null | undefined): IssueRecord {
    const match = /\/([^/]+)\/([^/]+)\/issues\/(\d+)\/?$/.exec(url ?? '');
    const issue = match && this.store.issueAt(`${match[1]}/${match[2]}`, Number(match[3]));
    if (!issue) throw new FieldError('NOT_FOUND', `Could not resolve to an issue with the URL '${url ?? ''}'`);
    return issue;
  }

  private actor(login: string): Record<string, unknown> {
    const bot = /\[bot\]$/.test(login);
    const shown = login.replace(/\[bot\]$/, '');
    const url = bot ? `${WEB}/apps/${shown}` : `${WEB}/${shown}`;
    return { __typename: bot ? 'Bot' : 'User', id: nodeId(bot ? 'BOT' : 'U', login), login: shown, url, resourcePath: new URL(url).pathname, avatarUrl: () => `https://avatars.githubusercontent.com/${shown}` };
  }

  private repository(repository: IssueRepository): Record<string, unknown> {
    const full = this.store.fullName(repository);
    return {
      __typename: 'Repository',
      id: this.store.repositoryNodeId(repository),
      databaseId: repository.id,
      name: repository.name,
      nameWithOwner: full,
      owner: { __typename: 'Organization', id: nodeId('O', repository.owner), login: repository.owner, url: `${WEB}/${repository.owner}`, resourcePath: `/${repository.owner}` },
      url: `${WEB}/${full}`,
      resourcePath: `/${full}`,
      isArchived: false,
      isPrivate: true,
      hasIssuesEnabled: true,
      viewerPermission: 'ADMIN',
      issue: ({ number }: { number: number }) => {
        const issue = repository.issues.get(number);
        // A pull request's number is no issue to GraphQL.
        if (!issue || issue.pullRequest) throw new FieldError('NOT_FOUND', `Could not resolve to an Issue with the number of ${number}.`);
        return this.issue(issue);
      },
      issues: (args: IssueFilterArgs & ConnectionArgs) => this.issues('issues', [...repository.issues.values()].filter((issue) => !issue.pullRequest), args),
      label: ({ name }: { name: string }) => {
        const label = this.store.findLabel(repository, name);
        return label ? this.label(label) : null;
      },
      pullRequests: (args: ConnectionArgs & { headRefName?: string | null; baseRefName?: string | null; states?: string[] | null; labels?: string[] | null; orderBy?: { field: string; direction: string } | null }) => {
        if (args.labels != null) throw new FieldError('FAKE_NOT_IMPLEMENTED', 'The fake GitHub does not serve Repository.pullRequests(labels:)');
        const pulls = (this.environment.pulls?.inRepository?.(repository) ?? []).filter(
          (pull) => (args.headRefName == null || pull.head === args.headRefName) && (args.baseRefName == null || pull.base === args.baseRefName) && (args.states == null || args.states.includes(pull.state)),
        );
        const orderBy = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
        if (orderBy.field === 'COMMENTS') throw new FieldError('FAKE_NOT_IMPLEMENTED', 'The fake GitHub does not order pull requests by COMMENTS');
        const key = (pull: FakePullRequestEntry): Key => [orderBy.field === 'UPDATED_AT' ? pull.updatedAt : pull.createdAt, pull.id];
        return this.connection('pullRequests', pulls, args, { key, descending: orderBy.direction === 'DESC' }, (pull) => pull.node);
      },
      labels: (args: ConnectionArgs & { query?: string | null; orderBy?: { field: string; direction: string } | null }) => {
        const query = args.query?.toLowerCase();
        const labels = [...repository.labels.values()].filter((label) => !query || label.name.toLowerCase().includes(query) || (label.description ?? '').toLowerCase().includes(query));
        return this.connection('labels', labels, args, labelOrder(args.orderBy), (label) => this.label(label));
      },
    };
  }

  private issues(field: string, all: IssueRecord[], args: IssueFilterArgs & ConnectionArgs): Record<string, unknown> {
    const filter = args.filterBy ?? {};
    for (const unsupported of ['assignee', 'mentioned', 'milestone', 'milestoneNumber'] as const) {
      if (filter[unsupported] != null) throw new FieldError('FAKE_NOT_IMPLEMENTED', `The fake GitHub does not serve IssueFilters.${unsupported}`);
    }
    const states = [args.states, filter.states].filter((list): list is string[] => Array.isArray(list));
    // GraphQL's label filters match issues with ANY of the labels (REST's labels= needs all).
    const labelSets = [args.labels, filter.labels].filter((list): list is string[] => Array.isArray(list)).map((list) => list.map((name) => name.toLowerCase()));
    const since = filter.since ? Date.parse(filter.since) : undefined;
    const issues = all.filter(
      (issue) =>
        states.every((list) => list.includes(issue.state.toUpperCase())) &&
        labelSets.every((names) => issue.labels.some((label) => names.includes(label.name.toLowerCase()))) &&
        (filter.createdBy == null || issue.author.toLowerCase() === filter.createdBy.toLowerCase()) &&
        (since === undefined || issue.updatedAt >= since),
    );
    const orderBy = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
    const key = (issue: IssueRecord): Key => [orderBy.field === 'UPDATED_AT' ? issue.updatedAt : orderBy.field === 'COMMENTS' ? issue.comments.length : issue.createdAt, issue.id];
    return this.connection(field, issues, args, { key, descending: orderBy.direction === 'DESC' }, (issue) => this.issue(issue));
  }

  private issue(issue: IssueRecord): Record<string, unknown> {
    const store = this.store;
    const full = store.fullName(issue.repository);
    const url = `${WEB}/${full}/issues/${issue.number}`;
    const dependencyOrder = (orderBy: { field: string; direction: string } | null | undefined): Order<{ issue: IssueRecord; addedAt: number }> => ({
      key: (entry) => (orderBy?.field === 'CREATED_AT' ? [entry.issue.createdAt, entry.issue.id] : [entry.addedAt, entry.issue.id]),
      descending: orderBy?.direction === 'DESC',
    });
    type DependencyArgs = ConnectionArgs & { orderBy?: { field: string; direction: string } | null };
    return {
      __typename: 'Issue',
      id: issue.nodeId,
      databaseId: issue.id,
      fullDatabaseId: String(issue.id),
      number: issue.number,
      title: issue.title,
      titleHTML: escapeHtml(issue.title),
      body: issue.body,
      bodyText: issue.body,
      bodyHTML: `<p>${escapeHtml(issue.body)}</p>`,
      url,
      resourcePath: `/${full}/issues/${issue.number}`,
      state: issue.state.toUpperCase(),
      stateReason: ({ enableDuplicate }: { enableDuplicate?: boolean }) => {
        if (issue.stateReason === 'duplicate' && !enableDuplicate) return 'NOT_PLANNED';
        return issue.stateReason?.toUpperCase() ?? null;
      },
      closed: issue.state === 'closed',
      closedAt: issue.closedAt === null ? null : isoTime(issue.closedAt),
      createdAt: isoTime(issue.createdAt),
      updatedAt: isoTime(issue.updatedAt),
      publishedAt: isoTime(issue.createdAt),
      locked: false,
      activeLockReason: null,
      authorAssociation: issue.authorAssociation,
      author: this.actor(issue.author),
      viewerDidAuthor: issue.author === this.environment.actor.login,
      viewerCanUpdate: true,
      viewerCanClose: true,
      viewerCanReopen: true,
      viewerCanLabel: true,
      repository: () => this.repository(issue.repository),
      labels: (args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null }) => this.connection('labels', issue.labels, args, labelOrder(args.orderBy), (label) => this.label(label)),
      assignees: (args: ConnectionArgs) => this.connection('assignees', issue.assignees, args, { key: (login) => [issue.assignees.indexOf(login)], descending: false }, (login) => this.actor(login)),
      comments: (args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null }) =>
        this.connection('comments', issue.comments, args, { key: (comment) => (args.orderBy ? [comment.updatedAt, comment.id] : [comment.createdAt, comment.id]), descending: args.orderBy?.direction === 'DESC' }, (comment) => this.comment(comment)),
      // A blocker the token cannot read: that list item alone is null, with an error (partial data).
      blockedBy: (args: DependencyArgs) => this.connection('blockedBy', store.blockers(issue), args, dependencyOrder(args.orderBy), (entry) => (this.environment.hidden.has(store.fullName(entry.issue.repository).toLowerCase()) ? new FieldError('FORBIDDEN', 'Resource not accessible by integration') : this.issue(entry.issue))),
      blocking: (args: DependencyArgs) => this.connection('blocking', store.blocked(issue), args, dependencyOrder(args.orderBy), (entry) => this.issue(entry.issue)),
      issueDependenciesSummary: () => {
        const blockers = store.blockers(issue);
        const blocked = store.blocked(issue);
        return { blockedBy: blockers.filter((entry) => entry.issue.state === 'open').length, totalBlockedBy: blockers.length, blocking: blocked.filter((entry) => entry.issue.state === 'open').length, totalBlocking: blocked.length };
      },
      subIssues: (args: ConnectionArgs) => this.connection('subIssues', store.subIssues(issue), args, { key: (child) => [child.parentAddedAt, child.id], descending: false }, (child) => this.issue(child)),
      subIssuesSummary: () => {
        const children = store.subIssues(issue);
        const completed = children.filter((child) => child.state === 'closed').length;
        return { total: children.length, completed, percentCompleted: children.length === 0 ? 0 : Math.floor((completed * 100) / children.length) };
      },
      parent: () => {
        const parent = store.parentOf(issue);
        return parent ? this.issue(parent) : null;
      },
      timelineItems: (args: ConnectionArgs & { itemTypes?: string[] | null; since?: string | null }) => this.timelineItems(issue, args),
    };
  }

  /**
   * Issue.timelineItems, oldest first: the labeled, unlabeled, closed and reopened events the
   * store recorded, and the comments. Other item types never happen in the fake: none are served.
   */
  private timelineItems(issue: IssueRecord, args: ConnectionArgs & { itemTypes?: string[] | null; since?: string | null }): Record<string, unknown> {
    const items: TimelineItem[] = [];
    issue.events.forEach((event, index) => {
      const served = TIMELINE_EVENTS[event.kind];
      if (served) items.push({ itemType: served.itemType, time: event.time, key: [event.time, 'e', index], view: () => this.timelineEvent(issue, event, index) });
    });
    for (const comment of issue.comments) items.push({ itemType: 'ISSUE_COMMENT', time: comment.createdAt, key: [comment.createdAt, 'c', comment.id], view: () => this.comment(comment) });
    let since: number | undefined;
    if (args.since != null) {
      since = Date.parse(args.since);
      if (Number.isNaN(since)) throw new FieldError(undefined, `${JSON.stringify(args.since)} is not a valid DateTime`);
    }
    const types = args.itemTypes == null ? undefined : new Set(args.itemTypes);
    const wanted = items.filter((item) => (types === undefined || types.has(item.itemType)) && (since === undefined || item.time >= since));
    return { ...this.connection('timelineItems', wanted, args, { key: (item) => item.key, descending: false }, (item) => item.view()), updatedAt: isoTime(issue.updatedAt) };
  }

  private timelineEvent(issue: IssueRecord, event: IssueEvent, index: number): Record<string, unknown> {
    const served = TIMELINE_EVENTS[event.kind];
    if (!served) throw new Error(`fake GitHub: no timeline item for a ${event.kind} event`);
    const base = { __typename: served.typename, id: nodeId(served.prefix, `${issue.id}:${index}`), createdAt: isoTime(event.time), actor: this.actor(event.actor) };
    if (event.kind === 'labeled' || event.kind === 'unlabeled') {
      const name = event.label ?? '';
      const label = this.store.findLabel(issue.repository, name);
      const full = this.store.fullName(issue.repository);
      // A label deleted since: GitHub still names it.
      const shown = label ? this.label(label) : { __typename: 'Label', id: nodeId('LA', `${full}:${name}`), name, color: DEFAULT_LABEL_COLOR, description: null, isDefault: false, url: `${WEB}/${full}/labels/${encodeURIComponent(name)}` };
      return { ...base, label: shown, labelable: () => this.issue(issue) };
    }
    const url = `${WEB}/${this.store.fullName(issue.repository)}/issues/${issue.number}#event-${issue.id * 1000 + index}`;
    if (event.kind === 'closed') return { ...base, stateReason: (event.stateReason ?? 'completed').toUpperCase(), closable: () => this.issue(issue), closer: null, url, resourcePath: new URL(url).pathname + new URL(url).hash };
    return { ...base, stateReason: 'REOPENED', closable: () => this.issue(issue) };
  }

  private label(label: LabelRecord): Record<string, unknown> {
    const full = this.store.fullName(label.repository);
    return {
      __typename: 'Label',
      id: label.nodeId,
      name: label.name,
      color: label.color,
      description: label.description,
      isDefault: label.isDefault,
      createdAt: isoTime(label.createdAt),
      updatedAt: isoTime(label.updatedAt),
      url: `${WEB}/${full}/labels/${encodeURIComponent(label.name)}`,
      resourcePath: `/${full}/labels/${encodeURIComponent(label.name)}`,
      repository: () => this.repository(label.repository),
      issues: (args: IssueFilterArgs & ConnectionArgs) => this.issues('issues', [...label.repository.issues.values()].filter((issue) => !issue.pullRequest && issue.labels.includes(label)), args),
    };
  }

  private comment(comment: CommentRecord): Record<string, unknown> {
    const full = this.store.fullName(comment.issue.repository);
    const url = `${WEB}/${full}/issues/${comment.issue.number}#issuecomment-${comment.id}`;
    return {
      __typename: 'IssueComment',
      id: comment.nodeId,
      databaseId: comment.id,
      fullDatabaseId: String(comment.id),
      body: comment.body,
      bodyText: comment.body,
      bodyHTML: `<p>${escapeHtml(comment.body)}</p>`,
      author: this.actor(comment.author),
      authorAssociation: comment.authorAssociation,
      createdAt: isoTime(comment.createdAt),
      updatedAt: isoTime(comment.updatedAt),
      publishedAt: isoTime(comment.createdAt),
      lastEditedAt: comment.updatedAt === comment.createdAt ? null : isoTime(comment.updatedAt),
      url,
      resourcePath: new URL(url).pathname + new URL(url).hash,
      isMinimized: false,
      minimizedReason: null,
      viewerDidAuthor: comment.author === this.environment.actor.login,
      viewerCanUpdate: true,
      issue: () => this.issue(comment.issue),
      repository: () => this.repository(comment.issue.repository),
    };
  }

  /** A Relay connection with GitHub's limits and opaque keyset cursors. */
  private connection<T>(field: string, items: T[], args: ConnectionArgs, order: Order<T>, view: (item: T) => unknown): Record<string, unknown> {
    const problem = boundsProblem(field, args);
    if (problem) throw new FieldError(problem.type, problem.message);
    const compare = (a: Key, b: Key) => compareKeys(a, b) * (order.descending ? -1 : 1);
    const sorted = items.map((item) => ({ item, key: order.key(item) })).sort((a, b) => compare(a.key, b.key));
    let list = sorted;
    if (args.after != null) {
      const after = decodeCursor(args.after);
      list = list.filter((entry) => compare(entry.key, after) > 0);
    }
    if (args.before != null) {
      const before = decodeCursor(args.before);
      list = list.filter((entry) => compare(entry.key, before) < 0);
    }
    const filteredCount = list.length;
    if (args.skip != null) {
      if (args.skip < 0) throw new FieldError(undefined, `\`skip\` on the \`${field}\` connection cannot be less than zero.`);
      list = list.slice(args.skip);
    }
    let page = list;
    let hasNextPage = false;
    let hasPreviousPage = false;
    if (args.first != null) {
      hasNextPage = list.length > args.first;
      hasPreviousPage = (args.after != null || (args.skip ?? 0) > 0) && list.length < sorted.length && list[0] !== sorted[0];
      page = list.slice(0, args.first);
    } else if (args.last != null) {
      hasPreviousPage = list.length > args.last;
      hasNextPage = args.before != null && list.length < sorted.length && list[list.length - 1] !== sorted[sorted.length - 1];
      page = args.last === 0 ? [] : list.slice(-args.last);
    }
    const first = page[0];
    const last = page[page.length - 1];
    return {
      totalCount: sorted.length,
      filteredCount,
      pageCount: page.length,
      nodes: () => page.map((entry) => view(entry.item)),
      edges: () => page.map((entry) => ({ cursor: encodeCursor(entry.key), node: view(entry.item) })),
      pageInfo: { hasNextPage, hasPreviousPage, startCursor: first ? encodeCursor(first.key) : null, endCursor: last ? encodeCursor(last.key) : null },
    };
  }
}

interface IssueFilterArgs {
  labels?: string[] | null;
  states?: string[] | null;
  orderBy?: { field: string; direction: string } | null;
  filterBy?: { labels?: string[] | null; states?: string[] | null; createdBy?: string | null; since?: string | null; assignee?: string | null; mentioned?: string | null; milestone?: string | null; milestoneNumber?: string | null } | null;
}

function labelOrder(orderBy: { field: string; direction: string } | null | undefined): Order<LabelRecord> {
  return { key: (label) => (orderBy?.field === 'NAME' ? [label.name.toLowerCase(), label.id] : [label.createdAt, label.id]), descending: orderBy?.direction === 'DESC' };
}

function compareKeys(a: Key, b: Key): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    return left < right ? -1 : 1;
  }
  return 0;
}

function encodeCursor(key: Key): string {
  return Buffer.from(`cursor:v2:${JSON.stringify(key)}`).toString('base64');
}

function decodeCursor(cursor: string): Key {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (text.startsWith('cursor:v2:')) {
    try {
      const key: unknown = JSON.parse(text.slice('cursor:v2:'.length));
      if (Array.isArray(key) && key.every((part) => typeof part === 'number' || typeof part === 'string')) return key as Key;
    } catch {
      // falls through to GitHub's error
    }
  }
  throw new FieldError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
}

/** GitHub's pagination rules for a connection field (graphql-ruby's wording). */
function boundsProblem(field: string, args: ConnectionArgs): { type: string | undefined; message: string } | undefined {
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first === undefined && last === undefined) return { type: 'MISSING_PAGINATION_BOUNDARIES', message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.` };
  if (first !== undefined && last !== undefined) return { type: undefined, message: `Passing both \`first\` and \`last\` to paginate the \`${field}\` connection is not supported.` };
  const [name, value] = first !== undefined ? ['first', first] : ['last', last as number];
  if (value < 0) return { type: undefined, message: `\`${name}\` on the \`${field}\` connection cannot be less than zero.` };
  if (value > MAX_PAGE) return { type: 'EXCESSIVE_PAGINATION', message: `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.` };
  return undefined;
}

/**
 * GitHub's static analysis before execution: every connection needs first/last within limits,
 * and the whole query may reach at most 500,000 nodes. Also counts the requests the cost is based on.
 */
function analyze(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>) {
  const errors: GitHubGraphqlError[] = [];
  let requests = 0;
  let nodeCount = 0;
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, path: string[], multiplier: number) => {
    for (const selection of selectionSet.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, path, multiplier);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type)) walk(fragment.selectionSet, type, path, multiplier);
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const definition = parent.getFields()[selection.name.value];
      if (!definition) continue;
      const responseKey = selection.alias?.value ?? selection.name.value;
      const named = getNamedType(definition.type);
      let inner = multiplier;
      if (named.name.endsWith('Connection') && definition.args.some((argument) => argument.name === 'first')) {
        const args = getArgumentValues(definition, selection, variables) as ConnectionArgs;
        const problem = boundsProblem(selection.name.value, args);
        if (problem) {
          errors.push({ ...(problem.type ? { type: problem.type } : {}), path: [...path, responseKey], locations: locationsOf(selection), message: problem.message });
          continue;
        }
        requests += multiplier;
        inner = multiplier * (args.first ?? args.last ?? 0);
        nodeCount += inner;
      }
      if (selection.selectionSet && isCompositeType(named)) walk(selection.selectionSet, named, [...path, responseKey], inner);
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) walk(operation.selectionSet, root, [], 1);
  if (errors.length === 0 && nodeCount > MAX_NODES) {
    errors.push({ type: 'MAX_NODE_LIMIT_EXCEEDED', message: `This query requests up to ${nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.` });
  }
  return { errors, requests: Math.max(requests, 1), nodeCount };
}

function topLevelFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? topLevelFields(fragment.selectionSet, fragments) : [];
  });
}

function locationsOf(node: ASTNode | undefined): Array<{ line: number; column: number }> | undefined {
  return node?.loc ? [getLocation(node.loc.source, node.loc.start)] : undefined;
}

function parseError(error: GraphQLError): GitHubGraphqlError {
  const location = error.locations?.[0];
  const found = /, found (.+)\.$/.exec(error.message)?.[1] ?? /Unexpected (.+)\.$/.exec(error.message)?.[1] ?? 'end of file';
  return { message: `Parse error on ${found}${location ? ` at [${location.line}, ${location.column}]` : ''}`, ...(location ? { locations: [location] } : {}) };
}

/** graphql-js' validation messages, reworded as GitHub (graphql-ruby) words them. */
function validationError(error: GraphQLError, document: DocumentNode): GitHubGraphqlError {
  const node = error.nodes?.[0];
  const path = node ? pathOf(document, node) : undefined;
  const base = { ...(path ? { path } : {}), ...(error.locations ? { locations: [...error.locations] } : {}) };
  const rules: Array<[RegExp, (match: RegExpExecArray) => { message: string; extensions: Record<string, unknown> }]> = [
    [/^Cannot query field "(\w+)" on type "(\w+)"\./, ([, field, type]) => ({ message: `Field '${field}' doesn't exist on type '${type}'`, extensions: { code: 'undefinedField', typeName: type, fieldName: field } })],
    [/^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./, ([, argument, field]) => ({ message: `Field '${field}' doesn't accept argument '${argument}'`, extensions: { code: 'argumentNotAccepted', name: field, typeName: 'Field', argumentName: argument } })],
    [/^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./, ([, field, argument]) => ({ message: `Field '${field}' is missing required arguments: ${argument}`, extensions: { code: 'missingRequiredArguments', className: 'Field', name: field, arguments: argument } })],
    [/^Variable "\$(\w+)" is never used in operation "(\w+)"\./, ([, variable, operation]) => ({ message: `Variable $${variable} is declared by ${operation} but not used`, extensions: { code: 'variableNotUsed', variableName: variable } })],
    [/^Variable "\$(\w+)" is never used\./, ([, variable]) => ({ message: `Variable $${variable} is declared by anonymous query but not used`, extensions: { code: 'variableNotUsed', variableName: variable } })],
    [/^Variable "\$(\w+)" is not defined by operation "(\w+)"\./, ([, variable, operation]) => ({ message: `Variable $${variable} is used by ${operation} but not declared`, extensions: { code: 'variableNotDefined', variableName: variable } })],
    [/^Variable "\$(\w+)" is not defined\./, ([, variable]) => ({ message: `Variable $${variable} is used by anonymous query but not declared`, extensions: { code: 'variableNotDefined', variableName: variable } })],
    [/^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./, ([, field, type = '']) => ({ message: `Field must have selections (field '${field}' returns ${type.replace(/[[\]!]/g, '')} but has no selections. Did you mean '${field} { ... }'?)`, extensions: { code: 'selectionMismatch', nodeName: `field '${field}'` } })],
    [/^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./, ([, field, type = '']) => ({ message: `Selections can't be made on scalars (field '${field}' returns ${type.replace(/[[\]!]/g, '')} but has selections [...])`, extensions: { code: 'selectionMismatch', nodeName: `field '${field}'` } })],
    [/^Unknown type "(\w+)"\./, ([, type]) => ({ message: `No such type ${type}, so it can't be a fragment condition`, extensions: { code: 'undefinedType', typeName: type } })],
  ];
  for (const [pattern, reword] of rules) {
    const match = pattern.exec(error.message);
    if (match) {
      const { message, extensions } = reword(match);
      return { ...base, extensions, message };
    }
  }
  return { ...base, message: error.message };
}

/** graphql-ruby's path for a static error: "query Name" (or "query"), then field names and argument names. */
function pathOf(document: DocumentNode, target: ASTNode): string[] | undefined {
  let found: string[] | undefined;
  const stack: string[] = [];
  visit(document, {
    enter(node) {
      if (found) return false;
      if (node.kind === Kind.OPERATION_DEFINITION) stack.push(node.name ? `${node.operation} ${node.name.value}` : node.operation);
      else if (node.kind === Kind.FRAGMENT_DEFINITION) stack.push(`fragment ${node.name.value}`);
      else if (node.kind === Kind.FIELD || node.kind === Kind.ARGUMENT) stack.push(node.name.value);
      else if (node.kind === Kind.VARIABLE_DEFINITION) stack.push(`$${node.variable.name.value}`);
      else return undefined;
      if (node === target) found = [...stack];
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.OPERATION_DEFINITION || node.kind === Kind.FRAGMENT_DEFINITION || node.kind === Kind.FIELD || node.kind === Kind.ARGUMENT || node.kind === Kind.VARIABLE_DEFINITION) stack.pop();
    },
  });
  return found;
}

function variableError(error: GraphQLError, operation: OperationDefinitionNode, variables: Record<string, unknown>): GitHubGraphqlError {
  const name = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === name);
  if (!name || !definition) return { message: error.message };
  const type = definition.type.loc ? definition.type.loc.source.body.slice(definition.type.loc.start, definition.type.loc.end) : 'unknown';
  const explanation = error.message.replace(/^Variable "\$\w+" (got invalid value .*?; |of (?:required|non-null) type "[^"]+" )?/, '');
  return {
    extensions: { value: variables[name] ?? null, problems: [{ path: [], explanation }] },
    locations: locationsOf(definition),
    message: `Variable $${name} of type ${type} was provided invalid value`,
  };
}

function executionError(error: GraphQLError): GitHubGraphqlError {
  const original = error.originalError;
  const type = original instanceof FieldError ? original.type : undefined;
  return { ...(type ? { type } : {}), ...(error.path ? { path: [...error.path] } : {}), ...(error.locations ? { locations: [...error.locations] } : {}), message: error.message };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
