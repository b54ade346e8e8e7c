import type { components } from '@octokit/openapi-types';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

type Schemas = components['schemas'];

/** How to start the fake. */
export interface FakeGitHubOptions {
  /** The repository that exists from the start (default octo-org/backlog); others appear when seeded. */
  repository?: string;
  /** Default branch of every repository (default main). */
  defaultBranch?: string;
  /** API path prefix: '' like api.github.com (default), '/api/v3' like GitHub Enterprise Server. */
  pathPrefix?: string;
  /** Tokens GitHub accepts; any other answers 401 Bad credentials. Default: any token. */
  tokens?: string[];
  /** Files above this size come back from GET contents with encoding "none", as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /** The server closes itself after this long without requests (default 60 s). */
  idleTimeoutMs?: number;
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
}

/** An answer to give instead of the real one, `times` times, to requests matching `route`. */
export interface Fault {
  /** `METHOD /route/{template}` or `METHOD /concrete/path` (exact), or a RegExp tested on `METHOD /concrete/path`. */
  route: string | RegExp;
  times: number;
  status: 429 | 403 | 500 | 502 | 503 | 409 | 422;
  /** Seconds, sent as retry-after: the fake then answers as GitHub's secondary rate limit does. */
  retryAfter?: number;
  /** Extra response headers, e.g. { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '...' } for the primary limit. */
  headers?: Record<string, string>;
  /** Overrides the message in the body. */
  message?: string;
}

/** A workflow run to seed. */
export interface FakeRun {
  id: number;
  status: 'queued' | 'in_progress' | 'waiting' | 'requested' | 'pending' | 'completed';
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required' | 'stale' | 'startup_failure' | null;
  repository?: string;
  workflow?: string;
  branch?: string;
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

/** A local stand-in for the few GitHub REST routes the action uses, with state to seed and inspect. */
export interface FakeGitHub {
  /** Base URL to give the client (GITHUB_API_URL), prefix included. */
  url: string;
  requests: RecordedRequest[];
  dispatches: FakeDispatch[];
  commits: FakeCommit[];
  /** Creates or replaces a file (creating the branch if needed); returns its blob sha. */
  setFile(path: string, text: string, at?: FakeLocation): string;
  readFile(path: string, at?: FakeLocation): { text: string; sha: string } | undefined;
  setRun(run: FakeRun): void;
  /** Makes a workflow dispatchable; with `inputs`, other input names are refused as GitHub does. */
  addWorkflow(file: string, options?: { repository?: string; inputs?: string[] }): void;
  fail(fault: Fault): void;
  /** The fingerprint recorded for requests made with this token. */
  tokenId(token: string): string;
  close(): Promise<void>;
}

interface Repository {
  owner: string;
  name: string;
  id: number;
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
const REASONS: Record<number, string> = { 403: 'Resource not accessible by integration', 409: 'Conflict', 422: 'Validation Failed', 429: SECONDARY_LIMIT, 500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable' };

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
  let nextId = 1000;
  let base = '';

  const repositoryOf = (fullName: string, create: boolean): Repository | undefined => {
    const key = fullName.toLowerCase();
    let found = repositories.get(key);
    if (!found && create) {
      const [owner = '', name = ''] = fullName.split('/');
      found = { owner, name, id: nextId++, branches: new Map([[defaultBranch, { head: randomSha(), files: new Map() }]]), runs: new Map(), workflows: new Map() };
      found.workflows.set('orchestrator.yml', { id: nextId++, inputs: undefined });
      repositories.set(key, found);
    }
    return found;
  };
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
      const run: FakeRun = { id: nextId++, status: 'queued', conclusion: null, workflow: found[0], branch: input.ref.replace(/^refs\/heads\//, '') };
      repository.runs.set(run.id, run);
      const answer: Schemas['workflow-dispatch-response'] = { workflow_run_id: run.id, run_url: `${base}/repos/${repository.owner}/${repository.name}/actions/runs/${run.id}`, html_url: `https://github.com/${repository.owner}/${repository.name}/actions/runs/${run.id}` };
      return { status: 200, body: answer };
    }),
  ];

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
    const now = new Date().toISOString();
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
      created_at: now,
      updated_at: now,
      run_started_at: now,
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

  function minimalRepository(repository: Repository): Schemas['minimal-repository'] {
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

  function takeFault(method: string, path: string, template: string | undefined): Fault | undefined {
    const concrete = `${method} ${path}`;
    const found = faults.find((fault) => (typeof fault.route === 'string' ? fault.route === concrete || fault.route === `${method} ${template}` : fault.route.test(concrete)));
    if (found && --found.times <= 0) faults.splice(faults.indexOf(found), 1);
    return found;
  }

  function faultAnswer(fault: Fault, body: unknown, params: Record<string, string>, docs: string): Answer {
    const headers: Record<string, string> = { ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }), ...fault.headers };
    const primary = headers['x-ratelimit-remaining'] === '0';
    let message = fault.message ?? (primary ? 'API rate limit exceeded for installation ID 4242.' : fault.retryAfter !== undefined ? SECONDARY_LIMIT : (REASONS[fault.status] as string));
    if (fault.status === 409 && fault.message === undefined && params.path !== undefined) {
      const sent = (body as { sha?: unknown } | undefined)?.sha;
      message = `${params.path} does not match ${typeof sent === 'string' ? sent : randomSha()}`;
    }
    return { ...error(fault.status, message, docs), headers };
  }

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
    const record: RecordedRequest = {
      method,
      path: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname,
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
        return reply(error(400, 'Problems parsing JSON', 'rest'));
      }
    }
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
    reply(matched.candidate.handle({ repository, params, query: record.query, body: record.body }));
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
  const idle = setTimeout(closeNow, options.idleTimeoutMs ?? 60_000).unref();
  process.once('exit', closeNow);

  return {
    url: base,
    requests,
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
      (repositoryOf(workflowOptions.repository ?? defaultRepository, true) as Repository).workflows.set(file, { id: nextId++, inputs: workflowOptions.inputs });
    },
    fail(fault) {
      faults.push({ ...fault });
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
