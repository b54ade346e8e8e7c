import type { components } from '@octokit/openapi-types';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { checkRestExchange } from './githubOpenApi.js';
import { executeGitHubGraphql, GRAPHQL_RATE_LIMIT, type GraphqlEnvironment, type GraphqlRequestInfo, type MutationRefusal } from './fakeGitHubGraphql.js';
import { createFakePulls, type FakePulls } from './fakeGitHubPulls.js';
import { DEFAULT_LABEL_COLOR, IssueStore, IssueStoreError, isoTime, type AuthorAssociation, type CommentRecord, type FakeIssue, type FakeIssueSeed, type IssueRecord, type IssueRepository, type LabelRecord, type StateReason } from './fakeGitHubIssues.js';

export type { FakeIssue, FakeIssueSeed } from './fakeGitHubIssues.js';

type Schemas = components['schemas'];

/** How to start the fake. */
export interface FakeGitHubOptions {
  /** The repository that exists from the start (default octo-org/backlog); others appear when seeded. */
  repository?: string;
  /** Default branch of every repository (default main). */
  defaultBranch?: string;
  /** API path prefix: '' like api.github.com (default), '/api/v3' like GitHub Enterprise Server (GraphQL is then at /api/graphql). */
  pathPrefix?: string;
  /** Tokens GitHub accepts; any other answers 401 Bad credentials. Default: any token. */
  tokens?: string[];
  /** Files above this size come back from GET contents with encoding "none", as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /**
   * The server closes itself after this long without requests (default 10 minutes). It is a
   * backstop for a test that forgets to close it (the server is unref'd, and tests close it in
   * afterEach): a workflow run whose plan and legs work through git alone can go minutes without
   * an API request on a loaded machine, and a 60 s backstop closed the fake under it (two suites
   * side by side: 'gate failed: fetch failed' in the examples' mutation tests).
   */
  idleTimeoutMs?: number;
  /**
   * Issue dependencies (default true). False: like an older GitHub Enterprise Server: the
   * dependencies REST routes answer 404 and the GraphQL schema has no blockedBy/blocking/
   * issueDependenciesSummary/addBlockedBy/removeBlockedBy.
   */
  issueDependencies?: boolean;
  /** Sub-issues (default true). False: the sub_issues/parent REST routes answer 404 and the schema has no Issue.subIssues/parent/subIssuesSummary. */
  subIssues?: boolean;
  /** The login the token acts as: author of issues and comments made through the API (default github-actions[bot]). */
  actor?: string;
  /** That actor's association with the repositories (default NONE). */
  actorAssociation?: AuthorAssociation;
  /** Bare git repositories by `owner/name`, for the pull-request routes (fakeGitHubPulls.ts). */
  gitOrigins?: Record<string, string>;
  /** Repositories the token cannot read: GraphQL answers their issues, met as links, with a FORBIDDEN error and a null item beside the rest of the data. */
  hiddenRepositories?: string[];
}

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the prefix and query, as sent (percent-encoded). */
  path: string;
  /** The GitHub route that served it, e.g. `PUT /repos/{owner}/{repo}/contents/{path}`; undefined for a 404 route. */
  route: string | undefined;
  query: Record<string, string>;
  /** Lower-cased request headers, without `authorization`. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** The scheme and a fingerprint of the token (compare with `tokenId(token)`); never the token. */
  auth: { scheme: 'token' | 'bearer'; tokenId: string } | undefined;
  /** Status the fake answered. */
  status: number;
  /** performance.now() when the request arrived. */
  at: number;
  /** For POST /graphql once the document parsed: the operation and its top-level field names. */
  graphql?: GraphqlRequestInfo;
}

/**
 * An answer to give instead of the real one, `times` times, to requests matching `route`: an
 * HTTP error (`status`), or for `POST /graphql` GitHub's GraphQL primary rate limit
 * (`graphqlRateLimited`: HTTP 200, an error of type RATE_LIMITED, x-ratelimit-remaining 0).
 */
export type Fault = FaultBase & ({ status: 429 | 403 | 404 | 500 | 502 | 503 | 409 | 422; graphqlRateLimited?: undefined } | { graphqlRateLimited: true | 'RATE_LIMITED' | 'RATE_LIMIT'; status?: undefined });

interface FaultBase {
  /** `METHOD /route/{template}` or `METHOD /concrete/path` (exact), or a RegExp tested on `METHOD /concrete/path`. GraphQL is `POST /graphql` (also on GHES). */
  route: string | RegExp;
  times: number;
  /** Seconds, sent as retry-after: the fake then answers as GitHub's secondary rate limit does. */
  retryAfter?: number;
  /** Extra response headers, e.g. { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '...' } for the primary limit. */
  headers?: Record<string, string>;
  /** Overrides the message in the body. */
  message?: string;
  /** For POST /graphql: only documents whose operation is named so (e.g. `IssueWrites`). */
  graphqlOperation?: string;
  /** Matching requests let through before the fault applies (default 0): "the second batch fails". */
  skip?: number;
}

/** A workflow run to seed. */
export interface FakeRun {
  id: number;
  status: 'queued' | 'in_progress' | 'waiting' | 'requested' | 'pending' | 'completed';
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required' | 'stale' | 'startup_failure' | null;
  repository?: string;
  workflow?: string;
  branch?: string;
  /** Names of the artifacts the run uploaded (what actions/upload-artifact made). */
  artifacts?: string[];
  /** When the run last changed (default: now); for a completed run, about when it ended. */
  updatedAt?: string;
  /** When the run was created and started (default: updatedAt, or now). */
  createdAt?: string;
}

/** A workflow_dispatch the fake accepted. */
export interface FakeDispatch {
  repository: string;
  workflow: string;
  ref: string;
  inputs: Record<string, unknown>;
}

/** A commit made through PUT contents. */
export interface FakeCommit {
  repository: string;
  branch: string;
  path: string;
  message: string;
  sha: string;
  committer: { name: string; email: string } | undefined;
}

/** Where a seeded file or workflow lives. */
export interface FakeLocation {
  repository?: string;
  branch?: string;
}

/**
 * A local stand-in for the GitHub REST routes the action uses (contents, workflow runs and
 * dispatches, issues, labels, comments, issue dependencies, sub-issues) and for its GraphQL API
 * (executed against GitHub's schema, see fakeGitHubGraphql.ts), with state to seed and inspect.
 */
export interface FakeGitHub {
  /** Base URL to give the client (GITHUB_API_URL), prefix included. */
  url: string;
  requests: RecordedRequest[];
  /** Where a REST request the fake served, or its answer, differs from GitHub's OpenAPI description (should stay empty). */
  contractProblems: string[];
  dispatches: FakeDispatch[];
  /** Pull requests (fakeGitHubPulls.ts), with what a person does to them. */
  pulls: FakePulls;
  commits: FakeCommit[];
  /** Creates or replaces a file (creating the branch if needed); returns its blob sha. */
  setFile(path: string, text: string, at?: FakeLocation): string;
  readFile(path: string, at?: FakeLocation): { text: string; sha: string } | undefined;
  setRun(run: FakeRun): void;
  /** Makes a workflow dispatchable; with `inputs`, other input names are refused as GitHub does. */
  addWorkflow(file: string, options?: { repository?: string; inputs?: string[] }): void;
  fail(fault: Fault): void;
  /** Refuses a GraphQL mutation field `times` times, as GitHub refuses one field (null data, an error with its path), the document's other fields still applied. */
  refuse(refusal: MutationRefusal): void;
  /** Seeds an issue (labels it names are created if missing); callable at any time. */
  addIssue(seed: FakeIssueSeed): FakeIssue;
  /** Seeds a comment on an issue by someone (default association NONE); throws if the issue is missing. */
  addComment(number: number, body: string, author: string, options?: { repository?: string; association?: AuthorAssociation }): void;
  /** Closes an issue as completed, as a person would in the web UI; throws if it is missing. */
  closeIssue(number: number, repository?: string): void;
  /** The issue as it is now (a copy), or undefined. */
  issue(number: number, repository?: string): FakeIssue | undefined;
  /** A repository's issues as they are now, by number. */
  issues(repository?: string): FakeIssue[];
  /** Creates a label (default colour ededed); throws if it exists (case-insensitively). */
  addLabel(name: string, options?: { color?: string; description?: string; repository?: string }): void;
  labels(repository?: string): Array<{ name: string; color: string; description: string | null }>;
  /**
   * Pretends what happened to an issue happened `ms` earlier: moves the wall-clock time of every
   * recorded event (GraphQL's timelineItems createdAt) and the issue's createdAt, updatedAt and
   * closedAt back by `ms`. Events' `at` (performance.now()) is left alone. Throws if the issue is missing.
   */
  backdateEvents(number: number, ms: number, repository?: string): void;
  /** The fingerprint recorded for requests made with this token. */
  tokenId(token: string): string;
  close(): Promise<void>;
}

interface Repository extends IssueRepository {
  branches: Map<string, { head: string; files: Map<string, Buffer> }>;
  runs: Map<number, FakeRun>;
  workflows: Map<string, { id: number; inputs: string[] | undefined }>;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteContext {
  repository: Repository;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  docs: string;
  handle: (context: RouteContext) => Answer;
}

const SECONDARY_LIMIT = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1F2E:3C4D5E:6F7A8B:6745A1B2.';
const REASONS: Record<number, string> = { 403: 'Resource not accessible by integration', 404: 'Not Found', 409: 'Conflict', 422: 'Validation Failed', 429: SECONDARY_LIMIT, 500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable' };

/** Starts the fake on 127.0.0.1 at a free port. It unrefs itself and closes after `idleTimeoutMs` without requests. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const defaultBranch = options.defaultBranch ?? 'main';
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const largeFileBytes = options.largeFileBytes ?? 1024 * 1024;
  const repositories = new Map<string, Repository>();
  const blobs = new Map<string, Buffer>();
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];
  const dispatches: FakeDispatch[] = [];
  const commits: FakeCommit[] = [];
  const contractProblems: string[] = [];
  // Today's id ranges on github.com: repository ids near 10^9, issue/comment/label ids above 2^31
  // (about 3.1e9 and climbing), workflow run ids near 2e10. Ids above 2^31 break any client that
  // asks GraphQL for an Int id or squeezes an id through 32-bit arithmetic.
  let nextRepositoryId = 987_654_321;
  let nextId = 3_100_000_001;
  let nextRunId = 20_100_000_001;
  let base = '';

  const repositoryOf = (fullName: string, create: boolean): Repository | undefined => {
    const key = fullName.toLowerCase();
    let found = repositories.get(key);
    if (!found && create) {
      const [owner = '', name = ''] = fullName.split('/');
      found = { owner, name, id: nextRepositoryId++, branches: new Map([[defaultBranch, { head: randomSha(), files: new Map() }]]), runs: new Map(), workflows: new Map(), issues: new Map(), labels: new Map(), nextIssueNumber: 1 };
      found.workflows.set('orchestrator.yml', { id: nextRepositoryId++, inputs: undefined });
      repositories.set(key, found);
      store.registerRepository(found);
    }
    return found;
  };
  const store = new IssueStore(
    (fullName, create) => repositoryOf(fullName, create),
    () => nextId++,
    () => actor.login,
  );
  const issueDependencies = options.issueDependencies ?? true;
  const subIssues = options.subIssues ?? true;
  const actor = { login: options.actor ?? 'github-actions[bot]', association: options.actorAssociation ?? 'NONE' };
  const graphqlState: GraphqlEnvironment = {
    store,
    repositoryOf: (fullName) => repositoryOf(fullName, false),
    issueDependencies,
    subIssues,
    actor,
    rateLimitUsed: 0,
    rateLimitReset: Math.floor(Date.now() / 1000) + 3600,
    refusals: [],
    hidden: new Set((options.hiddenRepositories ?? []).map((name) => name.toLowerCase())),
  };
  const pulls = createFakePulls({
    store,
    nextId: () => nextId++,
    gitOrigin: (fullName) => options.gitOrigins?.[fullName],
    apiBase: () => base,
    actor,
    defaultBranch,
    rest: { user: restUser, repository: fullRepository, label: restLabel, paginate },
  });
  graphqlState.pulls = pulls.graphql;
  repositoryOf(options.repository ?? 'octo-org/backlog', true);
  const defaultRepository = options.repository ?? 'octo-org/backlog';
  const branchOf = (repository: Repository, ref: string) => repository.branches.get(ref.replace(/^refs\/heads\//, ''));
  const storeBlob = (content: Buffer): string => {
    const sha = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
    blobs.set(sha, content);
    return sha;
  };
  const blobSha = (content: Buffer) => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');

  const routes: Route[] = [
    route('GET /repos/{owner}/{repo}/contents/{path}', 'repos/contents#get-repository-content', ({ repository, params, query }) => {
      const ref = query.ref ?? defaultBranch;
      const branch = branchOf(repository, ref);
      if (!branch) return error(404, `No commit found for the ref ${ref}`, 'repos/contents#get-repository-content');
      const path = params.path as string;
      const content = branch.files.get(path);
      if (content) return { status: 200, body: contentFile(repository, ref, path, content) };
      const inside = [...branch.files.keys()].filter((file) => file.startsWith(`${path}/`));
      if (inside.length === 0) return error(404, 'Not Found', 'repos/contents#get-repository-content');
      const names = [...new Set(inside.map((file) => file.slice(path.length + 1).split('/')[0] as string))].sort();
      const listing: Schemas['content-directory'] = names.map((name) => {
        const child = `${path}/${name}`;
        const file = branch.files.get(child);
        const sha = file ? blobSha(file) : randomSha();
        return { type: file ? 'file' : 'dir', size: file?.length ?? 0, name, path: child, sha, ...links(repository, ref, child, sha) };
      });
      return { status: 200, body: listing };
    }),
    route('PUT /repos/{owner}/{repo}/contents/{path}', 'repos/contents#create-or-update-file-contents', ({ repository, params, body }) => {
      const docs = 'repos/contents#create-or-update-file-contents';
      const input = (typeof body === 'object' && body !== null ? body : {}) as { message?: unknown; content?: unknown; sha?: unknown; branch?: unknown; committer?: { name: string; email: string } };
      for (const field of ['message', 'content'] as const) if (typeof input[field] !== 'string') return error(422, `Invalid request.\n\n"${field}" wasn't supplied.`, docs);
      const branchName = typeof input.branch === 'string' ? input.branch : defaultBranch;
      const branch = branchOf(repository, branchName);
      if (!branch) return error(404, `Branch ${branchName} not found`, docs);
      const path = params.path as string;
      const existing = branch.files.get(path);
      if (existing) {
        if (typeof input.sha !== 'string') return error(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', docs);
        if (input.sha !== blobSha(existing)) return error(409, `${path} does not match ${input.sha}`, docs);
      }
      const content = Buffer.from(input.content as string, 'base64');
      const sha = storeBlob(content);
      const parent = branch.head;
      branch.head = randomSha();
      branch.files.set(path, content);
      commits.push({ repository: `${repository.owner}/${repository.name}`, branch: branchName, path, message: input.message as string, sha: branch.head, committer: input.committer });
      return { status: existing ? 200 : 201, body: fileCommit(repository, branchName, path, content, sha, parent, branch.head, input.message as string, input.committer) };
    }),
    route('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', 'git/blobs#get-a-blob', ({ repository, params }) => {
      const sha = params.file_sha as string;
      const content = blobs.get(sha);
      if (!content) return error(404, 'Not Found', 'git/blobs#get-a-blob');
      const blob: Schemas['blob'] = { sha, size: content.length, url: `${base}/repos/${repository.owner}/${repository.name}/git/blobs/${sha}`, content: wrapBase64(content), encoding: 'base64', node_id: nodeId('B', sha) };
      return { status: 200, body: blob };
    }),
    route('GET /repos/{owner}/{repo}/actions/runs/{run_id}', 'actions/workflow-runs#get-a-workflow-run', ({ repository, params }) => {
      const run = repository.runs.get(Number(params.run_id));
      if (!run) return error(404, 'Not Found', 'actions/workflow-runs#get-a-workflow-run');
      return { status: 200, body: workflowRun(repository, run) };
    }),
    route('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'actions/artifacts#list-workflow-run-artifacts', ({ repository, params, query }) => {
      const run = repository.runs.get(Number(params.run_id));
      if (!run) return error(404, 'Not Found', 'actions/artifacts#list-workflow-run-artifacts');
      const names = (run.artifacts ?? []).filter((name) => query.name === undefined || name === query.name);
      const at = run.updatedAt ?? new Date().toISOString();
      const artifacts: Schemas['artifact'][] = names.map((name, index) => {
        const id = run.id * 100 + index + 1;
        const url = `${base}/repos/${repository.owner}/${repository.name}/actions/artifacts/${id}`;
        return { id, node_id: nodeId('MDg6QXJ0aWZhY3Q', String(id)), name, size_in_bytes: 1024, url, archive_download_url: `${url}/zip`, expired: false, created_at: at, expires_at: new Date(Date.parse(at) + 7 * 86_400_000).toISOString(), updated_at: at, digest: null, workflow_run: { id: run.id, repository_id: repository.id, head_repository_id: repository.id, head_branch: run.branch ?? defaultBranch, head_sha: repository.branches.get(run.branch ?? defaultBranch)?.head ?? randomSha() } };
      });
      return { status: 200, body: { total_count: artifacts.length, artifacts } };
    }),
    route('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', 'actions/workflows#create-a-workflow-dispatch-event', ({ repository, params, body }) => {
      const docs = 'actions/workflows#create-a-workflow-dispatch-event';
      const id = params.workflow_id as string;
      const found = [...repository.workflows].find(([file, workflow]) => file === id || String(workflow.id) === id);
      if (!found) return error(404, 'Not Found', docs);
      const input = (typeof body === 'object' && body !== null ? body : {}) as { ref?: unknown; inputs?: Record<string, unknown>; return_run_details?: unknown };
      if (typeof input.ref !== 'string') return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.', docs);
      if (!branchOf(repository, input.ref)) return error(422, `No ref found for: ${input.ref}`, docs);
      const inputs = input.inputs ?? {};
      if (Object.keys(inputs).length > 25) return error(422, 'you may only define up to 25 `inputs` for a workflow_dispatch event', docs);
      const declared = found[1].inputs;
      const unexpected = declared === undefined ? [] : Object.keys(inputs).filter((name) => !declared.includes(name));
      if (unexpected.length > 0) return error(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`, docs);
      dispatches.push({ repository: `${repository.owner}/${repository.name}`, workflow: found[0], ref: input.ref, inputs });
      if (input.return_run_details !== true) return { status: 204 };
      const run: FakeRun = { id: nextRunId++, status: 'queued', conclusion: null, workflow: found[0], branch: input.ref.replace(/^refs\/heads\//, '') };
      repository.runs.set(run.id, run);
      const answer: Schemas['workflow-dispatch-response'] = { workflow_run_id: run.id, run_url: `${base}/repos/${repository.owner}/${repository.name}/actions/runs/${run.id}`, html_url: `https://github.com/${repository.owner}/${repository.name}/actions/runs/${run.id}` };
      return { status: 200, body: answer };
    }),
    // Pull requests need a git origin behind them; without one the fake does not serve them.
    ...(options.gitOrigins ? pulls.routes.map((entry) => route(entry.key, entry.docs, entry.handle as Route['handle'])) : []),
    ...issueRoutes(),
  ];

  function issueRoutes(): Route[] {
    const docsIssues = 'issues/issues';
    const docsLabels = 'issues/labels';
    const docsComments = 'issues/comments';
    const docsDependencies = 'issues/issue-dependencies';
    const docsSubIssues = 'issues/sub-issues';
    /** Runs `handle` with the issue named by the path, or answers 404 as GitHub does. */
    const withIssue = (docs: string, handle: (issue: IssueRecord, context: RouteContext) => Answer) => (context: RouteContext) => {
      const issue = context.repository.issues.get(Number(context.params.issue_number));
      return issue ? handle(issue, context) : error(404, 'Not Found', docs);
    };
    const labelNames = (value: unknown): string[] | undefined => {
      const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
      if (!list) return undefined;
      const names = list.map((entry: unknown) => (typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string' ? (entry as { name: string }).name : undefined));
      return names.every((name): name is string => typeof name === 'string') ? names : undefined;
    };
    /** Issue label bodies: `{ labels: [...] }`, or (as GitHub also takes) a bare array. */
    const labelsInBody = (body: unknown): string[] | undefined => labelNames(Array.isArray(body) ? body : (body as { labels?: unknown } | undefined)?.labels);
    const object = (body: unknown) => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {});

    const served: Route[] = [
      route('GET /repos/{owner}/{repo}/issues', `${docsIssues}#list-repository-issues`, ({ repository, query }) => {
        const docs = `${docsIssues}#list-repository-issues`;
        const state = query.state ?? 'open';
        if (!['open', 'closed', 'all'].includes(state)) return validationFailed(docs, { resource: 'Issue', field: 'state', code: 'invalid' });
        const sort = query.sort ?? 'created';
        if (!['created', 'updated', 'comments'].includes(sort)) return validationFailed(docs, { resource: 'Issue', field: 'sort', code: 'invalid' });
        const wanted = query.labels ? query.labels.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean) : [];
        const since = query.since ? Date.parse(query.since) : undefined;
        const sign = query.direction === 'asc' ? 1 : -1;
        const value = (issue: IssueRecord) => (sort === 'updated' ? issue.updatedAt : sort === 'comments' ? issue.comments.length : issue.createdAt);
        const issues = [...repository.issues.values()]
          .filter((issue) => state === 'all' || issue.state === state)
          .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.name.toLowerCase() === name)))
          .filter((issue) => !query.creator || issue.author.toLowerCase() === query.creator.toLowerCase())
          .filter((issue) => since === undefined || issue.updatedAt >= since)
          .sort((a, b) => sign * (value(a) - value(b) || a.id - b.id));
        return paginate(issues, query, `/repos/${repository.owner}/${repository.name}/issues`, restIssue);
      }),
      route('POST /repos/{owner}/{repo}/issues', `${docsIssues}#create-an-issue`, ({ repository, body }) => {
        const docs = `${docsIssues}#create-an-issue`;
        const input = object(body);
        if (typeof input.title !== 'string' && typeof input.title !== 'number') return error(422, 'Invalid request.\n\n"title" wasn\'t supplied.', docs);
        if (!String(input.title).trim()) return validationFailed(docs, { resource: 'Issue', field: 'title', code: 'missing_field' });
        const names = input.labels === undefined ? [] : labelNames(input.labels);
        if (!names) return error(422, 'Invalid request.\n\nFor \'properties/labels\', is not an array.', docs);
        const issue = store.addIssue(repository, { title: String(input.title), body: typeof input.body === 'string' ? input.body : '', author: actor.login, authorAssociation: actor.association });
        store.addLabels(issue, names.map((name) => store.ensureLabel(repository, name)));
        return { status: 201, body: restIssue(issue), headers: { location: restIssueUrl(issue) } };
      }),
      route('GET /repos/{owner}/{repo}/issues/{issue_number}', `${docsIssues}#get-an-issue`, withIssue(`${docsIssues}#get-an-issue`, (issue) => ({ status: 200, body: restIssue(issue) }))),
      route('PATCH /repos/{owner}/{repo}/issues/{issue_number}', `${docsIssues}#update-an-issue`, withIssue(`${docsIssues}#update-an-issue`, (issue, { repository, body }) => {
        const docs = `${docsIssues}#update-an-issue`;
        const input = object(body);
        if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') return validationFailed(docs, { resource: 'Issue', field: 'state', code: 'invalid' });
        const reasons = ['completed', 'not_planned', 'duplicate', 'reopened'];
        if (input.state_reason != null && !reasons.includes(input.state_reason as string)) return validationFailed(docs, { resource: 'Issue', field: 'state_reason', code: 'invalid' });
        const names = input.labels === undefined ? undefined : labelNames(input.labels);
        if (input.labels !== undefined && !names) return error(422, 'Invalid request.\n\nFor \'properties/labels\', is not an array.', docs);
        store.edit(issue, { ...(typeof input.title === 'string' ? { title: input.title } : {}), ...(input.body !== undefined ? { body: typeof input.body === 'string' ? input.body : '' } : {}) });
        if (names) store.setLabels(issue, names.map((name) => store.ensureLabel(repository, name)));
        const reason = input.state_reason as StateReason | null | undefined;
        if (input.state === 'closed' || (input.state === undefined && issue.state === 'closed' && reason && reason !== 'reopened')) store.close(issue, reason && reason !== 'reopened' ? reason : 'completed');
        else if (input.state === 'open') store.reopen(issue);
        return { status: 200, body: restIssue(issue) };
      })),

      route('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', `${docsLabels}#list-labels-for-an-issue`, withIssue(`${docsLabels}#list-labels-for-an-issue`, (issue, { repository, query }) => paginate(issue.labels, query, `/repos/${repository.owner}/${repository.name}/issues/${issue.number}/labels`, restLabel))),
      route('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', `${docsLabels}#add-labels-to-an-issue`, withIssue(`${docsLabels}#add-labels-to-an-issue`, (issue, { repository, body }) => {
        const names = labelsInBody(body);
        if (!names || names.length === 0) return validationFailed(`${docsLabels}#add-labels-to-an-issue`, { resource: 'Label', field: 'labels', code: 'missing_field' });
        store.addLabels(issue, names.map((name) => store.ensureLabel(repository, name)));
        return { status: 200, body: issue.labels.map(restLabel) };
      })),
      route('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', `${docsLabels}#set-labels-for-an-issue`, withIssue(`${docsLabels}#set-labels-for-an-issue`, (issue, { repository, body }) => {
        const names = body === undefined ? [] : labelsInBody(body);
        if (!names) return error(422, 'Invalid request.\n\nFor \'properties/labels\', is not an array.', `${docsLabels}#set-labels-for-an-issue`);
        store.setLabels(issue, names.map((name) => store.ensureLabel(repository, name)));
        return { status: 200, body: issue.labels.map(restLabel) };
      })),
      route('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels', `${docsLabels}#remove-all-labels-from-an-issue`, withIssue(`${docsLabels}#remove-all-labels-from-an-issue`, (issue) => {
        store.setLabels(issue, []);
        return { status: 204 };
      })),
      route('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', `${docsLabels}#remove-a-label-from-an-issue`, withIssue(`${docsLabels}#remove-a-label-from-an-issue`, (issue, { repository, params }) => {
        const label = store.findLabel(repository, params.name as string);
        if (!label || !issue.labels.includes(label)) return error(404, 'Label does not exist', `${docsLabels}#remove-a-label-from-an-issue`);
        store.removeLabels(issue, [label]);
        return { status: 200, body: issue.labels.map(restLabel) };
      })),
      route('GET /repos/{owner}/{repo}/labels', `${docsLabels}#list-labels-for-a-repository`, ({ repository, query }) => paginate([...repository.labels.values()].sort((a, b) => a.id - b.id), query, `/repos/${repository.owner}/${repository.name}/labels`, restLabel)),
      route('POST /repos/{owner}/{repo}/labels', `${docsLabels}#create-a-label`, ({ repository, body }) => {
        const docs = `${docsLabels}#create-a-label`;
        const input = object(body);
        if (typeof input.name !== 'string') return error(422, 'Invalid request.\n\n"name" wasn\'t supplied.', docs);
        if (store.findLabel(repository, input.name)) return validationFailed(docs, { resource: 'Label', code: 'already_exists', field: 'name' });
        const color = typeof input.color === 'string' ? input.color.replace(/^#/, '') : DEFAULT_LABEL_COLOR;
        if (!/^[0-9a-f]{6}$/i.test(color)) return validationFailed(docs, { resource: 'Label', code: 'invalid', field: 'color' });
        const label = store.addLabel(repository, input.name, color, typeof input.description === 'string' ? input.description : null);
        return { status: 201, body: restLabel(label), headers: { location: restLabel(label).url } };
      }),
      route('GET /repos/{owner}/{repo}/labels/{name}', `${docsLabels}#get-a-label`, ({ repository, params }) => {
        const label = store.findLabel(repository, params.name as string);
        return label ? { status: 200, body: restLabel(label) } : error(404, 'Not Found', `${docsLabels}#get-a-label`);
      }),

      route('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', `${docsComments}#list-issue-comments`, withIssue(`${docsComments}#list-issue-comments`, (issue, { repository, query }) => {
        const since = query.since ? Date.parse(query.since) : undefined;
        const comments = issue.comments.filter((comment) => since === undefined || comment.updatedAt >= since);
        return paginate(comments, query, `/repos/${repository.owner}/${repository.name}/issues/${issue.number}/comments`, restComment);
      })),
      route('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', `${docsComments}#create-an-issue-comment`, withIssue(`${docsComments}#create-an-issue-comment`, (issue, { body }) => {
        const input = object(body);
        if (typeof input.body !== 'string') return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', `${docsComments}#create-an-issue-comment`);
        const comment = store.addComment(issue, input.body, actor.login, actor.association);
        return { status: 201, body: restComment(comment), headers: { location: restComment(comment).url } };
      })),
      route('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', `${docsComments}#get-an-issue-comment`, ({ repository, params }) => {
        const comment = store.commentsById.get(Number(params.comment_id));
        return comment && comment.issue.repository === repository ? { status: 200, body: restComment(comment) } : error(404, 'Not Found', `${docsComments}#get-an-issue-comment`);
      }),
      route('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', `${docsComments}#update-an-issue-comment`, ({ repository, params, body }) => {
        const docs = `${docsComments}#update-an-issue-comment`;
        const comment = store.commentsById.get(Number(params.comment_id));
        if (!comment || comment.issue.repository !== repository) return error(404, 'Not Found', docs);
        const input = object(body);
        if (typeof input.body !== 'string') return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs);
        store.editComment(comment, input.body);
        return { status: 200, body: restComment(comment) };
      }),
    ];

    if (issueDependencies) {
      served.push(
        route('GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', `${docsDependencies}#list-dependencies-an-issue-is-blocked-by`, withIssue(`${docsDependencies}#list-dependencies-an-issue-is-blocked-by`, (issue, { repository, query }) =>
          paginate(store.blockers(issue).map((entry) => entry.issue), query, `/repos/${repository.owner}/${repository.name}/issues/${issue.number}/dependencies/blocked_by`, restIssue),
        )),
        route('GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking', `${docsDependencies}#list-dependencies-an-issue-is-blocking`, withIssue(`${docsDependencies}#list-dependencies-an-issue-is-blocking`, (issue, { repository, query }) =>
          paginate(store.blocked(issue).map((entry) => entry.issue), query, `/repos/${repository.owner}/${repository.name}/issues/${issue.number}/dependencies/blocking`, restIssue),
        )),
        route('POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', `${docsDependencies}#add-a-dependency-an-issue-is-blocked-by`, withIssue(`${docsDependencies}#add-a-dependency-an-issue-is-blocked-by`, (issue, { body }) => {
          const docs = `${docsDependencies}#add-a-dependency-an-issue-is-blocked-by`;
          const id = object(body).issue_id;
          // The numeric REST id of the blocking issue: not its number, not its node ID.
          if (typeof id !== 'number') return error(422, 'Invalid request.\n\n"issue_id" wasn\'t supplied.', docs);
          const blocking = store.issuesById.get(id);
          if (!blocking) return error(404, 'Not Found', docs);
          return storeAnswer(docs, () => store.addBlockedBy(issue, blocking), () => ({ status: 201, body: restIssue(blocking), headers: { location: restIssueUrl(issue) } }));
        })),
        route('DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}', `${docsDependencies}#remove-dependency-an-issue-is-blocked-by`, withIssue(`${docsDependencies}#remove-dependency-an-issue-is-blocked-by`, (issue, { params }) => {
          const docs = `${docsDependencies}#remove-dependency-an-issue-is-blocked-by`;
          const blocking = store.issuesById.get(Number(params.issue_id));
          if (!blocking) return error(404, 'Not Found', docs);
          return storeAnswer(docs, () => store.removeBlockedBy(issue, blocking), () => ({ status: 200, body: restIssue(blocking) }));
        })),
      );
    }
    if (subIssues) {
      served.push(
        route('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', `${docsSubIssues}#list-sub-issues`, withIssue(`${docsSubIssues}#list-sub-issues`, (issue, { repository, query }) => paginate(store.subIssues(issue), query, `/repos/${repository.owner}/${repository.name}/issues/${issue.number}/sub_issues`, restIssue))),
        route('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', `${docsSubIssues}#add-sub-issue`, withIssue(`${docsSubIssues}#add-sub-issue`, (issue, { body }) => {
          const docs = `${docsSubIssues}#add-sub-issue`;
          const input = object(body);
          if (typeof input.sub_issue_id !== 'number') return error(422, 'Invalid request.\n\n"sub_issue_id" wasn\'t supplied.', docs);
          const child = store.issuesById.get(input.sub_issue_id);
          if (!child) return error(404, 'Not Found', docs);
          return storeAnswer(docs, () => store.addSubIssue(issue, child, input.replace_parent === true), () => ({ status: 201, body: restIssue(issue), headers: { location: restIssueUrl(issue) } }));
        })),
        route('DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue', `${docsSubIssues}#remove-sub-issue`, withIssue(`${docsSubIssues}#remove-sub-issue`, (issue, { body }) => {
          const docs = `${docsSubIssues}#remove-sub-issue`;
          const input = object(body);
          const child = typeof input.sub_issue_id === 'number' ? store.issuesById.get(input.sub_issue_id) : undefined;
          if (!child) return error(404, 'Not Found', docs);
          return storeAnswer(docs, () => store.removeSubIssue(issue, child), () => ({ status: 200, body: restIssue(child) }));
        })),
        route('GET /repos/{owner}/{repo}/issues/{issue_number}/parent', `${docsSubIssues}#get-parent-issue`, withIssue(`${docsSubIssues}#get-parent-issue`, (issue) => {
          const parent = store.parentOf(issue);
          return parent ? { status: 200, body: restIssue(parent) } : error(404, 'Not Found', `${docsSubIssues}#get-parent-issue`);
        })),
      );
    }
    return served;
  }

  /** Runs a store change, answering GitHub's 404/422 when it refuses. */
  function storeAnswer(docs: string, change: () => void, answer: () => Answer): Answer {
    try {
      change();
    } catch (failure) {
      if (!(failure instanceof IssueStoreError)) throw failure;
      return failure.reason === 'not_found' ? error(404, 'Not Found', docs) : { status: 422, body: { ...(error(422, failure.message, docs).body as object), errors: [{ message: failure.message }] } };
    }
    return answer();
  }

  /** One page of a list, with the `link` header GitHub sends (rel="prev"/"next"/"last"/"first"). */
  function paginate<T>(items: T[], query: Record<string, string>, path: string, render: (item: T) => unknown): Answer {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page) || 30));
    const page = Math.max(1, Math.floor(Number(query.page)) || 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const pageUrl = (number: number) => {
      const search = new URLSearchParams(query);
      search.set('page', String(number));
      return `<${base}${path}?${search.toString()}>`;
    };
    const links = [
      ...(page > 1 ? [`${pageUrl(Math.min(page - 1, lastPage))}; rel="prev"`] : []),
      ...(page < lastPage ? [`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`] : []),
      ...(page > 1 ? [`${pageUrl(1)}; rel="first"`] : []),
    ];
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage).map(render), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  function restIssueUrl(issue: IssueRecord): string {
    return `${base}/repos/${issue.repository.owner}/${issue.repository.name}/issues/${issue.number}`;
  }

  function restIssue(issue: IssueRecord): Schemas['issue'] {
    const full = `${issue.repository.owner}/${issue.repository.name}`;
    const url = restIssueUrl(issue);
    const parent = store.parentOf(issue);
    const blockers = store.blockers(issue);
    const blocked = store.blocked(issue);
    const children = store.subIssues(issue);
    const completed = children.filter((child) => child.state === 'closed').length;
    return {
      id: issue.id,
      node_id: issue.nodeId,
      url,
      repository_url: `${base}/repos/${full}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${full}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body || null,
      user: restUser(issue.author),
      labels: issue.labels.map(restLabel),
      assignee: issue.assignees[0] === undefined ? null : restUser(issue.assignees[0]),
      assignees: issue.assignees.map(restUser),
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: issue.comments.length,
      closed_at: issue.closedAt === null ? null : isoTime(issue.closedAt),
      created_at: isoTime(issue.createdAt),
      updated_at: isoTime(issue.updatedAt),
      closed_by: issue.state === 'closed' ? restUser(actor.login) : null,
      timeline_url: `${url}/timeline`,
      author_association: issue.authorAssociation,
      // GitHub's issue routes serve pull requests too, marked so.
      ...(issue.pullRequest ? { pull_request: { url: `${base}/repos/${full}/pulls/${issue.number}`, html_url: `https://github.com/${full}/pull/${issue.number}`, diff_url: `https://github.com/${full}/pull/${issue.number}.diff`, patch_url: `https://github.com/${full}/pull/${issue.number}.patch`, merged_at: issue.pullRequest.mergedAt === null ? null : isoTime(issue.pullRequest.mergedAt) } } : {}),
      ...(subIssues ? { sub_issues_summary: { total: children.length, completed, percent_completed: children.length === 0 ? 0 : Math.floor((completed * 100) / children.length) }, parent_issue_url: parent ? restIssueUrl(parent) : null } : {}),
      ...(issueDependencies
        ? { issue_dependencies_summary: { blocked_by: blockers.filter((entry) => entry.issue.state === 'open').length, total_blocked_by: blockers.length, blocking: blocked.filter((entry) => entry.issue.state === 'open').length, total_blocking: blocked.length } }
        : {}),
    };
  }

  function restLabel(label: LabelRecord): Schemas['label'] {
    const full = `${label.repository.owner}/${label.repository.name}`;
    return { id: label.id, node_id: label.nodeId, url: `${base}/repos/${full}/labels/${encodeURIComponent(label.name)}`, name: label.name, description: label.description, color: label.color, default: label.isDefault };
  }

  function restComment(comment: CommentRecord): Schemas['issue-comment'] {
    const issue = comment.issue;
    const full = `${issue.repository.owner}/${issue.repository.name}`;
    return {
      id: comment.id,
      node_id: comment.nodeId,
      url: `${base}/repos/${full}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${full}/issues/${issue.number}#issuecomment-${comment.id}`,
      body: comment.body,
      user: restUser(comment.author),
      created_at: isoTime(comment.createdAt),
      updated_at: isoTime(comment.updatedAt),
      issue_url: restIssueUrl(issue),
      author_association: comment.authorAssociation,
    };
  }

  /** A user (or, for a login ending in [bot], a bot) with a stable id derived from the login. */
  function restUser(login: string): Schemas['simple-user'] {
    const id = Number.parseInt(createHash('sha256').update(login).digest('hex').slice(0, 7), 16);
    return { ...user(login, id), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  function links(repository: Repository, ref: string, path: string, sha: string) {
    const full = `${repository.owner}/${repository.name}`;
    const url = `${base}/repos/${full}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${base}/repos/${full}/git/blobs/${sha}`;
    const htmlUrl = `https://github.com/${full}/blob/${ref}/${encodePath(path)}`;
    return { url, git_url: gitUrl, html_url: htmlUrl, download_url: `https://raw.githubusercontent.com/${full}/${ref}/${encodePath(path)}`, _links: { self: url, git: gitUrl, html: htmlUrl } };
  }

  function contentFile(repository: Repository, ref: string, path: string, content: Buffer): Schemas['content-file'] {
    const sha = blobSha(content);
    const large = content.length > largeFileBytes;
    return { type: 'file', encoding: large ? 'none' : 'base64', size: content.length, name: path.split('/').pop() as string, path, content: large ? '' : wrapBase64(content), sha, ...links(repository, ref, path, sha) };
  }

  function fileCommit(repository: Repository, branch: string, path: string, content: Buffer, sha: string, parent: string, commitSha: string, message: string, committer: { name: string; email: string } | undefined): Schemas['file-commit'] {
    const full = `${repository.owner}/${repository.name}`;
    const { _links, ...urls } = links(repository, branch, path, sha);
    const person = { date: new Date().toISOString(), name: committer?.name ?? 'github-actions[bot]', email: committer?.email ?? '41898282+github-actions[bot]@users.noreply.github.com' };
    const tree = randomSha();
    return {
      content: { name: path.split('/').pop() as string, path, sha, size: content.length, type: 'file', ...urls, _links },
      commit: {
        sha: commitSha,
        node_id: nodeId('C', commitSha),
        url: `${base}/repos/${full}/git/commits/${commitSha}`,
        html_url: `https://github.com/${full}/commit/${commitSha}`,
        author: person,
        committer: person,
        message,
        tree: { sha: tree, url: `${base}/repos/${full}/git/trees/${tree}` },
        parents: [{ sha: parent, url: `${base}/repos/${full}/git/commits/${parent}`, html_url: `https://github.com/${full}/commit/${parent}` }],
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
    };
  }

  function workflowRun(repository: Repository, run: FakeRun): Schemas['workflow-run'] {
    const full = `${repository.owner}/${repository.name}`;
    const api = `${base}/repos/${full}/actions/runs/${run.id}`;
    const workflow = run.workflow ?? 'orchestrator.yml';
    const workflowId = repository.workflows.get(workflow)?.id ?? 1;
    const headSha = randomSha();
    const repositoryJson = minimalRepository(repository);
    const now = run.updatedAt ?? new Date().toISOString();
    return {
      id: run.id,
      name: 'orchestrator',
      node_id: nodeId('WFR', String(run.id)),
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CS', String(run.id + 1)),
      head_branch: run.branch ?? defaultBranch,
      head_sha: headSha,
      path: `.github/workflows/${workflow}`,
      run_number: run.id % 1000,
      run_attempt: 1,
      event: 'workflow_dispatch',
      display_title: 'orchestrator',
      status: run.status,
      conclusion: run.status === 'completed' ? (run.conclusion ?? 'success') : null,
      workflow_id: workflowId,
      url: api,
      html_url: `https://github.com/${full}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt ?? now,
      updated_at: now,
      run_started_at: run.createdAt ?? now,
      actor: user('octocat', 1),
      triggering_actor: user('octocat', 1),
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${base}/repos/${full}/check-suites/${run.id + 1}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${base}/repos/${full}/actions/workflows/${workflowId}`,
      head_commit: { id: headSha, tree_id: randomSha(), message: 'Update tasks', timestamp: now, author: { name: 'Mona Lisa', email: 'mona@github.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' } },
      repository: repositoryJson,
      head_repository: repositoryJson,
    };
  }

  function user(login: string, id: number): Schemas['simple-user'] {
    const url = `${base}/users/${login}`;
    return {
      login, id, node_id: nodeId('U', String(id)), avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`, gravatar_id: '', url, html_url: `https://github.com/${login}`,
      followers_url: `${url}/followers`, following_url: `${url}/following{/other_user}`, gists_url: `${url}/gists{/gist_id}`, starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`, organizations_url: `${url}/orgs`, repos_url: `${url}/repos`, events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`, type: 'User', site_admin: false,
    };
  }

  /** The full repository object GitHub nests in pull requests (head.repo, base.repo). */
  function fullRepository(repository: IssueRepository): Schemas['repository'] {
    const full = `${repository.owner}/${repository.name}`;
    const created = isoTime(Date.parse('2024-03-01T09:00:00Z') + (repository.id % 1000) * 1000);
    const openIssues = [...repository.issues.values()].filter((issue) => issue.state === 'open').length;
    return {
      ...(minimalRepository(repository) as Omit<Schemas['minimal-repository'], 'permissions'>),
      clone_url: `https://github.com/${full}.git`, git_url: `git://github.com/${full}.git`, ssh_url: `git@github.com:${full}.git`, svn_url: `https://github.com/${full}`, mirror_url: null, homepage: null,
      created_at: created, updated_at: created, pushed_at: new Date().toISOString(),
      size: 108, stargazers_count: 0, watchers_count: 0, watchers: 0, forks_count: 0, forks: 0, open_issues_count: openIssues, open_issues: openIssues, language: 'TypeScript', license: null,
      has_issues: true, has_projects: true, has_downloads: true, has_wiki: true, has_pages: false, has_discussions: false, archived: false, disabled: false,
      allow_forking: false, is_template: false, web_commit_signoff_required: false, topics: [], visibility: 'private', default_branch: defaultBranch,
    };
  }

  function minimalRepository(repository: IssueRepository): Schemas['minimal-repository'] {
    const full = `${repository.owner}/${repository.name}`;
    const api = `${base}/repos/${full}`;
    return {
      id: repository.id, node_id: nodeId('R', String(repository.id)), name: repository.name, full_name: full, owner: user(repository.owner, repository.id + 1), private: true,
      html_url: `https://github.com/${full}`, description: null, fork: false, url: api,
      archive_url: `${api}/{archive_format}{/ref}`, assignees_url: `${api}/assignees{/user}`, blobs_url: `${api}/git/blobs{/sha}`, branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`, comments_url: `${api}/comments{/number}`, commits_url: `${api}/commits{/sha}`, compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`, contributors_url: `${api}/contributors`, deployments_url: `${api}/deployments`, downloads_url: `${api}/downloads`, events_url: `${api}/events`,
      forks_url: `${api}/forks`, git_commits_url: `${api}/git/commits{/sha}`, git_refs_url: `${api}/git/refs{/sha}`, git_tags_url: `${api}/git/tags{/sha}`,
      issue_comment_url: `${api}/issues/comments{/number}`, issue_events_url: `${api}/issues/events{/number}`, issues_url: `${api}/issues{/number}`, keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`, languages_url: `${api}/languages`, merges_url: `${api}/merges`, milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`, pulls_url: `${api}/pulls{/number}`, releases_url: `${api}/releases{/id}`, stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`, subscribers_url: `${api}/subscribers`, subscription_url: `${api}/subscription`, tags_url: `${api}/tags`, teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`, hooks_url: `${api}/hooks`, default_branch: defaultBranch,
    };
  }

  function takeFault(method: string, path: string, template: string | undefined, operationName?: string): Fault | undefined {
    const concrete = `${method} ${path}`;
    const found = faults.find(
      (fault) => (typeof fault.route === 'string' ? fault.route === concrete || fault.route === `${method} ${template}` : fault.route.test(concrete)) && (fault.graphqlOperation === undefined || fault.graphqlOperation === operationName),
    );
    if (found && (found.skip ?? 0) > 0) {
      found.skip = (found.skip ?? 0) - 1;
      return undefined;
    }
    if (found && --found.times <= 0) faults.splice(faults.indexOf(found), 1);
    return found;
  }

  function faultAnswer(fault: Fault, body: unknown, params: Record<string, string>, docs: string): Answer {
    if (fault.graphqlRateLimited !== undefined) {
      // GitHub's GraphQL primary limit: HTTP 200, an error of type RATE_LIMITED, the quota at 0.
      const type = fault.graphqlRateLimited === true ? 'RATE_LIMITED' : fault.graphqlRateLimited;
      const message = fault.message ?? 'API rate limit already exceeded for installation ID 4242.';
      return {
        status: 200,
        body: { errors: [{ type, ...(type === 'RATE_LIMIT' ? { code: 'graphql_rate_limit' } : {}), message }] },
        headers: { ...graphqlHeaders(), 'x-ratelimit-remaining': '0', 'x-ratelimit-used': String(GRAPHQL_RATE_LIMIT), ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }), ...fault.headers },
      };
    }
    const headers: Record<string, string> = { ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }), ...fault.headers };
    const primary = headers['x-ratelimit-remaining'] === '0';
    let message = fault.message ?? (primary ? 'API rate limit exceeded for installation ID 4242.' : fault.retryAfter !== undefined ? SECONDARY_LIMIT : (REASONS[fault.status] as string));
    if (fault.status === 409 && fault.message === undefined && params.path !== undefined) {
      const sent = (body as { sha?: unknown } | undefined)?.sha;
      message = `${params.path} does not match ${typeof sent === 'string' ? sent : randomSha()}`;
    }
    return { ...error(fault.status, message, docs), headers };
  }

  function graphqlHeaders(): Record<string, string> {
    const used = graphqlState.rateLimitUsed;
    return { 'x-ratelimit-limit': String(GRAPHQL_RATE_LIMIT), 'x-ratelimit-remaining': String(Math.max(0, GRAPHQL_RATE_LIMIT - used)), 'x-ratelimit-reset': String(graphqlState.rateLimitReset), 'x-ratelimit-used': String(used), 'x-ratelimit-resource': 'graphql' };
  }

  /** POST /graphql (on GHES, /api/graphql): executed against GitHub's schema and the fake's state. */
  async function serveGraphql(record: RecordedRequest, reply: (answer: Answer) => void, authorization: string | undefined): Promise<void> {
    const docs = 'https://docs.github.com/graphql';
    if (record.method !== 'POST') return reply(notFound(docs));
    record.route = 'POST /graphql';
    if (record.auth === undefined) return reply(error(401, authorization ? 'Bad credentials' : 'This endpoint requires you to be authenticated.', authorization ? docs : 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'));
    if (options.tokens && !options.tokens.some((token) => tokenId(token) === record.auth?.tokenId)) return reply(error(401, 'Bad credentials', docs));
    const operationName = (record.body as { operationName?: unknown; query?: unknown } | undefined)?.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(String((record.body as { query?: unknown } | undefined)?.query ?? ''))?.[1];
    const fault = takeFault('POST', '/graphql', '/graphql', typeof operationName === 'string' ? operationName : undefined);
    if (fault) return reply(faultAnswer(fault, record.body, {}, docs));
    const answer = await executeGitHubGraphql(graphqlState, record.body);
    if (answer.info) record.graphql = answer.info;
    reply({ status: 200, body: answer.body, headers: graphqlHeaders() });
  }

  // GitHub serves GraphQL at /graphql; GHES, whose REST API is under /api/v3, at /api/graphql.
  const graphqlPath = prefix.endsWith('/v3') ? `${prefix.slice(0, -'/v3'.length)}/graphql` : `${prefix}/graphql`;

  const server = createServer((request, response) => {
    idle.refresh();
    void serve(request, response).catch((failure: unknown) => {
      if (!response.headersSent) send(response, { status: 500, body: { message: `fake GitHub failed: ${failure instanceof Error ? failure.message : String(failure)}` } });
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    const method = request.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const { authorization, ...headers } = request.headers;
    const graphql = url.pathname === graphqlPath;
    const record: RecordedRequest = {
      method,
      path: graphql ? '/graphql' : url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname,
      route: undefined,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)])),
      body: undefined,
      auth: parseAuth(authorization),
      status: 0,
      at,
    };
    requests.push(record);
    const reply = (answer: Answer) => {
      record.status = answer.status;
      send(response, answer, requests.length);
    };
    if (raw) {
      try {
        record.body = JSON.parse(raw);
      } catch {
        return reply(error(400, 'Problems parsing JSON', graphql ? 'https://docs.github.com/graphql' : 'rest'));
      }
    }
    if (graphql) return serveGraphql(record, reply, authorization);
    if (!url.pathname.startsWith(`${prefix}/`)) return reply(notFound());
    const matched = routes.map((candidate) => ({ candidate, match: candidate.method === method ? candidate.pattern.exec(record.path) : null })).find(({ match }) => match);
    record.route = matched ? `${method} ${matched.candidate.template}` : undefined;
    if (record.auth === undefined) return reply(error(401, authorization ? 'Bad credentials' : 'Requires authentication', 'rest'));
    if (options.tokens && !options.tokens.some((token) => tokenId(token) === record.auth?.tokenId)) return reply(error(401, 'Bad credentials', 'rest'));
    const params = matched ? decodeParams(matched.match as RegExpExecArray) : {};
    const fault = takeFault(method, record.path, matched?.candidate.template);
    if (fault) return reply(faultAnswer(fault, record.body, params, matched?.candidate.docs ?? 'rest'));
    if (!matched) return reply(notFound());
    const repository = repositoryOf(`${params.owner}/${params.repo}`, false);
    if (!repository) return reply(notFound(matched.candidate.docs));
    const answer = matched.candidate.handle({ repository, params, query: record.query, body: record.body });
    // What the fake accepted and answered must be what GitHub documents (see githubOpenApi.ts).
    contractProblems.push(...checkRestExchange(record.route as string, record.query, record.body, answer.status, answer.body));
    reply(answer);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      clearTimeout(idle);
      process.off('exit', closeNow);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closed;
  };
  const closeNow = () => void close();
  // Tests that forget close() must not keep the fake (or the process) alive.
  const idle = setTimeout(closeNow, options.idleTimeoutMs ?? 600_000).unref();
  process.once('exit', closeNow);

  return {
    url: base,
    pulls,
    requests,
    contractProblems,
    dispatches,
    commits,
    setFile(path, text, at = {}) {
      const repository = repositoryOf(at.repository ?? defaultRepository, true) as Repository;
      const name = at.branch ?? defaultBranch;
      let branch = repository.branches.get(name);
      if (!branch) repository.branches.set(name, (branch = { head: randomSha(), files: new Map() }));
      const content = Buffer.from(text, 'utf8');
      branch.files.set(path, content);
      branch.head = randomSha();
      return storeBlob(content);
    },
    readFile(path, at = {}) {
      const content = repositoryOf(at.repository ?? defaultRepository, false)?.branches.get(at.branch ?? defaultBranch)?.files.get(path);
      return content && { text: content.toString('utf8'), sha: blobSha(content) };
    },
    setRun(run) {
      (repositoryOf(run.repository ?? defaultRepository, true) as Repository).runs.set(run.id, run);
    },
    addWorkflow(file, workflowOptions = {}) {
      (repositoryOf(workflowOptions.repository ?? defaultRepository, true) as Repository).workflows.set(file, { id: nextRepositoryId++, inputs: workflowOptions.inputs });
    },
    fail(fault) {
      faults.push({ ...fault });
    },
    refuse(refusal) {
      graphqlState.refusals.push({ ...refusal });
    },
    addIssue(seed) {
      const repository = repositoryOf(seed.repository ?? defaultRepository, true) as Repository;
      return store.view(store.addIssue(repository, seed));
    },
    addComment(number, body, author, commentOptions = {}) {
      const issue = store.issueAt(commentOptions.repository ?? defaultRepository, number);
      if (!issue) throw new Error(`fake GitHub: no issue #${number}`);
      store.addComment(issue, body, author, commentOptions.association ?? 'NONE');
    },
    closeIssue(number, repository = defaultRepository) {
      const issue = store.issueAt(repository, number);
      if (!issue) throw new Error(`fake GitHub: no issue #${number}`);
      store.close(issue);
    },
    issue(number, repository = defaultRepository) {
      const found = store.issueAt(repository, number);
      return found && store.view(found);
    },
    issues(repository = defaultRepository) {
      return [...(repositoryOf(repository, false)?.issues.values() ?? [])].sort((a, b) => a.number - b.number).map((issue) => store.view(issue));
    },
    addLabel(name, labelOptions = {}) {
      store.addLabel(repositoryOf(labelOptions.repository ?? defaultRepository, true) as Repository, name, labelOptions.color, labelOptions.description ?? null);
    },
    labels(repository = defaultRepository) {
      return [...(repositoryOf(repository, false)?.labels.values() ?? [])].sort((a, b) => a.id - b.id).map(({ name, color, description }) => ({ name, color, description }));
    },
    backdateEvents(number, ms, repository = defaultRepository) {
      const found = store.issueAt(repository, number);
      if (!found) throw new Error(`fake GitHub: ${repository}#${number} does not exist`);
      store.backdate(found, ms);
    },
    tokenId,
    close,
  };
}

function route(key: string, docs: string, handle: Route['handle']): Route {
  const [method, template] = key.split(' ') as [string, string];
  // {path} spans slashes (sent encoded as %2F by Octokit, or raw); other parameters are one segment.
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => (name === 'path' ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`));
  return { method, template, pattern: new RegExp(`^${source}$`), docs, handle };
}

function decodeParams(match: RegExpExecArray): Record<string, string> {
  return Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
}

function error(status: number, message: string, docs: string): Answer {
  const body: Schemas['basic-error'] = { message, documentation_url: docs.startsWith('http') ? docs : `https://docs.github.com/${docs.startsWith('rest') ? docs : `rest/${docs}`}`, status: String(status) };
  return { status, body };
}

function validationFailed(docs: string, ...errors: Array<Record<string, string>>): Answer {
  return { status: 422, body: { ...(error(422, 'Validation Failed', docs).body as object), errors } };
}

function notFound(docs = 'rest'): Answer {
  return error(404, 'Not Found', docs);
}

function send(response: ServerResponse, answer: Answer, used = 1): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': String(used),
    'x-ratelimit-resource': 'core',
    ...(answer.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...answer.headers,
  };
  response.writeHead(answer.status, headers);
  response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
}

function parseAuth(header: string | undefined): RecordedRequest['auth'] {
  const match = /^(token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return match ? { scheme: (match[1] as string).toLowerCase() as 'token' | 'bearer', tokenId: tokenId(match[2] as string) } : undefined;
}

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}

function wrapBase64(content: Buffer): string {
  // GitHub breaks base64 content into 60-character lines.
  return `${(content.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function randomSha(): string {
  return randomBytes(20).toString('hex');
}

function nodeId(kind: string, id: string): string {
  return `${kind}_kwDO${Buffer.from(id).toString('base64url')}`;
}
