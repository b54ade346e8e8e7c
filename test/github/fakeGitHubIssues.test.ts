import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient, type RateLimitEvent } from '../../src/github/createGitHubClient.js';
import { TASK_ISSUES_QUERY } from '../../src/github/issueQueries.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fakeGitHub.js';

const TOKEN = 'ghs_issuesFakeToken0123456789';
const REPO = { owner: 'octo-org', repo: 'backlog' };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Whatever the fake served must be what GitHub's OpenAPI description documents.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  expect(problems).toEqual([]);
  fake = undefined;
});

/**
 * The fake, a plain Octokit for the routes, and the product's client for rate limits (its
 * throttling spaces issue and comment creation 3 s apart, as GitHub asks, which would slow these tests).
 */
async function setUp(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub(options);
  const events: RateLimitEvent[] = [];
  const throttled = createGitHubClient({ token: TOKEN, baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0, onRateLimit: (event) => events.push(event) });
  const client: GitHubClient = getOctokit(TOKEN, { baseUrl: fake.url });
  return { fake, client, throttled, events };
}

/** A REST call that answers instead of throwing on 4xx, so GitHub's error bodies can be compared. */
async function rest(client: GitHubClient, route: string, parameters: Record<string, unknown> = {}): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    const response = await client.request(route, { ...REPO, ...parameters });
    return { status: response.status, data: response.data, headers: response.headers };
  } catch (error) {
    const failure = error as { status?: number; response?: { data: unknown; headers: Record<string, unknown> } };
    if (failure.status === undefined || !failure.response) throw error;
    return { status: failure.status, data: failure.response.data, headers: failure.response.headers };
  }
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<Record<string, unknown>>;
}

async function graphql(client: GitHubClient, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlBody> {
  const response = await client.request('POST /graphql', { query, variables });
  expect(response.status).toBe(200);
  return response.data as GraphqlBody;
}

describe('the fake GitHub: issues over REST', () => {
  it("uses today's id ranges and refuses an Int id above 2^31 as GitHub does", async () => {
    const { fake, client } = await setUp();
    const issue = fake.addIssue({ title: 'Big id', labels: ['task'] });
    expect(issue.id).toBeGreaterThan(2 ** 31);
    const rest = (await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: issue.number })).data as { id: number; labels: Array<{ id: number }> };
    expect(rest.id).toBe(issue.id);
    expect(rest.labels[0]?.id).toBeGreaterThan(2 ** 31);
    const query = 'query($n: Int!) { repository(owner: "octo-org", name: "backlog") { issue(number: $n) { fullDatabaseId databaseId } } }';
    const answer = await graphql(client, query, { n: issue.number });
    expect(answer.errors?.map((error) => error.message)).toEqual([`Int cannot represent non 32-bit signed integer value: ${issue.id}`]);
    const full = await graphql(client, query.replace(' databaseId', ''), { n: issue.number });
    expect(full).toEqual({ data: { repository: { issue: { fullDatabaseId: String(issue.id) } } } });
  });

  it('lists issues a page at a time with GitHub\'s link header, filtering by state and (all) labels', async () => {
    const { fake, client } = await setUp();
    for (let number = 1; number <= 65; number++) fake.addIssue({ title: `Task ${number}`, labels: number % 2 ? ['task'] : ['task', 'p1'], state: number > 60 ? 'closed' : 'open' });
    const first = await rest(client, 'GET /repos/{owner}/{repo}/issues', { per_page: 25, direction: 'asc' });
    expect((first.data as Array<{ number: number }>).map((issue) => issue.number)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    const link = String(first.headers.link);
    expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/backlog\/issues\?per_page=25&direction=asc&page=2>; rel="next", <[^>]*page=3>; rel="last"$/);
    const last = await rest(client, 'GET /repos/{owner}/{repo}/issues', { per_page: 25, direction: 'asc', page: 3 });
    expect((last.data as unknown[]).length).toBe(10);
    expect(String(last.headers.link)).toMatch(/page=2>; rel="prev", <[^>]*page=1>; rel="first"$/);

    const closed = await rest(client, 'GET /repos/{owner}/{repo}/issues', { state: 'closed', labels: 'TASK,p1' });
    expect((closed.data as Array<{ number: number; state: string; state_reason: string; closed_at: string }>).map((issue) => [issue.number, issue.state, issue.state_reason])).toEqual([
      [64, 'closed', 'completed'],
      [62, 'closed', 'completed'],
    ]);
    const all = await rest(client, 'GET /repos/{owner}/{repo}/issues', { state: 'all', per_page: 500 });
    expect((all.data as unknown[]).length).toBe(65);
    expect(all.headers.link).toBeUndefined();
    expect(all.data).toContainEqual(
      expect.objectContaining({ number: 1, title: 'Task 1', user: expect.objectContaining({ login: 'octocat' }), author_association: 'OWNER', labels: [expect.objectContaining({ name: 'task', color: 'ededed', default: false })], html_url: 'https://github.com/octo-org/backlog/issues/1' }),
    );
    expect((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 99 })).status).toBe(404);
  });

  it('creates and edits issues; closing, reopening and labelling are recorded as events', async () => {
    const { fake, client } = await setUp();
    const created = await rest(client, 'POST /repos/{owner}/{repo}/issues', { title: 'New task', body: 'Do it', labels: ['task'], assignees: ['someone'] });
    expect(created).toMatchObject({ status: 201, data: { number: 1, state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' }, author_association: 'NONE' } });
    expect((await rest(client, 'POST /repos/{owner}/{repo}/issues', { body: 'no title' })).status).toBe(422);
    await rest(client, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, state: 'closed', state_reason: 'not_planned', labels: ['task', 'status:done'] });
    expect(fake.issue(1)).toMatchObject({ state: 'closed', stateReason: 'not_planned', labels: ['task', 'status:done'], closedAt: expect.stringMatching(/Z$/) });
    await rest(client, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, state: 'open', title: 'Renamed' });
    const issue = fake.issue(1);
    expect(issue).toMatchObject({ state: 'open', stateReason: 'reopened', title: 'Renamed', closedAt: null });
    expect(issue?.events.map((event) => (event.label ? `${event.kind} ${event.label}` : event.kind))).toEqual(['created', 'labeled task', 'labeled status:done', 'closed', 'edited', 'reopened']);
    expect(issue?.events.every((event, index, events) => index === 0 || event.at >= (events[index - 1]?.at ?? 0))).toBe(true);
  });

  it('serves repository and issue labels: created when missing, 422 already_exists, 404 Label does not exist', async () => {
    const { fake, client } = await setUp();
    fake.addIssue({ title: 'One', labels: ['task'] });
    expect(await rest(client, 'POST /repos/{owner}/{repo}/labels', { name: 'status:ready', color: '0e8a16', description: 'Ready to run' })).toMatchObject({ status: 201, data: { name: 'status:ready', color: '0e8a16', description: 'Ready to run' } });
    expect(await rest(client, 'POST /repos/{owner}/{repo}/labels', { name: 'STATUS:READY' })).toMatchObject({
      status: 422,
      data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label' },
    });
    expect(await rest(client, 'GET /repos/{owner}/{repo}/labels/{name}', { name: 'status:ready' })).toMatchObject({ status: 200, data: { name: 'status:ready' } });
    expect((await rest(client, 'GET /repos/{owner}/{repo}/labels/{name}', { name: 'nope' })).status).toBe(404);

    const added = await rest(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: 1, labels: ['status:ready', 'brand-new'] });
    expect((added.data as Array<{ name: string }>).map((label) => label.name)).toEqual(['task', 'status:ready', 'brand-new']);
    const removed = await rest(client, 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { issue_number: 1, name: 'status:ready' });
    expect((removed.data as Array<{ name: string }>).map((label) => label.name)).toEqual(['task', 'brand-new']);
    expect(await rest(client, 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { issue_number: 1, name: 'status:ready' })).toMatchObject({ status: 404, data: { message: 'Label does not exist' } });
    const set = await rest(client, 'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: 1, labels: ['task'] });
    expect((set.data as Array<{ name: string }>).map((label) => label.name)).toEqual(['task']);
    expect((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: 1 })).data).toEqual([expect.objectContaining({ name: 'task' })]);
    expect(fake.labels().map((label) => label.name)).toEqual(['task', 'status:ready', 'brand-new']);
  });

  it('serves comments: list, create, edit', async () => {
    const { fake, client } = await setUp({ actor: 'wave-bot[bot]' });
    fake.addIssue({ title: 'One' });
    const created = await rest(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 1, body: 'claimed by run 7' });
    expect(created).toMatchObject({ status: 201, data: { body: 'claimed by run 7', user: { login: 'wave-bot[bot]', type: 'Bot' }, html_url: expect.stringMatching(/issues\/1#issuecomment-\d+$/) } });
    const id = (created.data as { id: number }).id;
    expect(await rest(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body: 'done' })).toMatchObject({ status: 200, data: { id, body: 'done' } });
    expect((await rest(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: 1, body: 'x' })).status).toBe(404);
    expect((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 1 })).data).toEqual([expect.objectContaining({ id, body: 'done' })]);
    expect(fake.issue(1)?.comments).toEqual([expect.objectContaining({ id, body: 'done', author: 'wave-bot[bot]' })]);
  });

  it('serves dependencies (by the blocking issue\'s REST id) and sub-issues', async () => {
    const { fake, client } = await setUp();
    const parent = fake.addIssue({ title: 'Epic' });
    const blocker = fake.addIssue({ title: 'First', parent: 1 });
    fake.addIssue({ title: 'Second', parent: 1, blockedBy: [2] });
    fake.addIssue({ title: 'Elsewhere', repository: 'octo-org/other' });
    const list = async (number: number) => ((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', { issue_number: number })).data as Array<{ number: number }>).map((issue) => issue.number);
    expect(await list(3)).toEqual([2]);
    expect(await rest(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', { issue_number: 3, issue_id: parent.id })).toMatchObject({ status: 201, data: { number: 1 } });
    expect((await rest(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', { issue_number: 3, issue_id: 999_999 })).status).toBe(404);
    expect(await list(3)).toEqual([2, 1]);
    expect(((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 3 })).data as { issue_dependencies_summary: unknown }).issue_dependencies_summary).toEqual({ blocked_by: 2, total_blocked_by: 2, blocking: 0, total_blocking: 0 });
    expect(await rest(client, 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}', { issue_number: 3, issue_id: blocker.id })).toMatchObject({ status: 200, data: { number: 2 } });
    expect(await list(3)).toEqual([1]);
    expect(fake.issue(3)?.blockedBy).toEqual([{ repository: 'octo-org/backlog', number: 1 }]);

    const subIssues = await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', { issue_number: 1 });
    expect((subIssues.data as Array<{ number: number }>).map((issue) => issue.number)).toEqual([2, 3]);
    expect(await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/parent', { issue_number: 2 })).toMatchObject({ status: 200, data: { number: 1, sub_issues_summary: { total: 2, completed: 0, percent_completed: 0 } } });
    expect((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/parent', { issue_number: 1 })).status).toBe(404);
    expect(fake.issue(1)?.subIssues).toEqual([2, 3]);
  });

  it('answers 404 for dependencies and sub-issues on a server without them (older GHES)', async () => {
    const { fake, client } = await setUp({ issueDependencies: false, subIssues: false });
    fake.addIssue({ title: 'One' });
    for (const route of ['GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', 'GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', 'GET /repos/{owner}/{repo}/issues/{issue_number}/parent']) {
      expect(await rest(client, route, { issue_number: 1 })).toMatchObject({ status: 404, data: { message: 'Not Found' } });
    }
    const issue = (await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1 })).data as Record<string, unknown>;
    expect(issue).not.toHaveProperty('issue_dependencies_summary');
    expect(issue).not.toHaveProperty('sub_issues_summary');
    expect(fake.requests.slice(0, 3).map((request) => request.route)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the fake GitHub: GraphQL', () => {
  const taskVariables = { owner: 'octo-org', name: 'backlog', label: 'task', statusPrefix: 'status:', dashboardLabel: 'dashboard' };

  it('pages 250 task issues with the product\'s query: cursors, blockedBy, subIssues, labels', async () => {
    const { fake, client } = await setUp();
    fake.addLabel('status:ready', { color: '0e8a16' });
    fake.addLabel('status:running');
    fake.addLabel('unrelated');
    fake.addIssue({ title: 'Dashboard', labels: ['dashboard'] });
    fake.addIssue({ title: 'Other repo', repository: 'octo-org/other' });
    for (let index = 1; index <= 250; index++) {
      fake.addIssue({
        title: `Task ${index}`,
        labels: index % 3 === 0 ? ['task', 'status:ready'] : ['task'],
        state: index % 10 === 0 ? 'closed' : 'open',
        ...(index > 2 && index % 5 === 0 ? { blockedBy: [index, index - 1, { repository: 'octo-org/other', number: 1 }] } : {}),
        ...(index > 200 ? { parent: 2 } : {}),
      });
    }
    const nodes: Array<Record<string, unknown>> = [];
    let after: string | null = null;
    const pages: GraphqlBody[] = [];
    do {
      const page = await graphql(client, TASK_ISSUES_QUERY, { ...taskVariables, after, first: after === null });
      expect(page.errors).toBeUndefined();
      pages.push(page);
      const issues = (page.data?.repository as { issues: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<Record<string, unknown>> } }).issues;
      expect(issues.totalCount).toBe(250);
      nodes.push(...issues.nodes);
      after = issues.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 5);
    expect(pages).toHaveLength(3);
    expect(nodes.map((node) => node.number)).toEqual(Array.from({ length: 250 }, (_, index) => index + 2));

    const firstPage = pages[0]?.data?.repository as Record<string, unknown>;
    expect((firstPage.labels as { nodes: Array<{ name: string }> }).nodes.map((label) => label.name)).toEqual(['status:ready', 'status:running']);
    expect(firstPage.taskLabel).toEqual({ id: expect.stringMatching(/^LA_/), name: 'task' });
    expect(firstPage.dashboards).toEqual({ nodes: [{ id: expect.stringMatching(/^I_/), number: 1, body: '', url: 'https://github.com/octo-org/backlog/issues/1', labels: { nodes: [{ name: 'dashboard' }] }, timelineItems: { nodes: [] } }] });
    expect(pages[1]?.data?.repository).not.toHaveProperty('labels');
    // GitHub's formula: 3 connections + 10 dashboards x 2 (labels, timelineItems) + 100 issues x 4 connections (labels, blockedBy, subIssues, timelineItems) = 423 requests, / 100.
    expect(pages[0]?.data?.rateLimit).toEqual({ cost: 4, remaining: 4996, resetAt: expect.stringMatching(/Z$/) });

    const byNumber = new Map(nodes.map((node) => [node.number, node]));
    // Task 15 is issue #16: blocked by #15, #14 and octo-org/other#1.
    expect(byNumber.get(16)).toMatchObject({
      title: 'Task 15',
      state: 'OPEN',
      stateReason: null,
      author: { login: 'octocat' },
      authorAssociation: 'OWNER',
      labels: { totalCount: 2, nodes: [{ name: 'status:ready' }, { name: 'task' }] },
      blockedBy: {
        totalCount: 3,
        nodes: [
          { number: 15, state: 'OPEN', stateReason: null, repository: { nameWithOwner: 'octo-org/backlog' } },
          { number: 14, state: 'OPEN', repository: { nameWithOwner: 'octo-org/backlog' } },
          { number: 1, state: 'OPEN', repository: { nameWithOwner: 'octo-org/other' } },
        ],
      },
      parent: null,
    });
    expect(byNumber.get(11)).toMatchObject({ state: 'CLOSED', stateReason: 'COMPLETED' });
    expect(byNumber.get(2)).toMatchObject({ subIssues: { totalCount: 50, nodes: expect.arrayContaining([expect.objectContaining({ number: 202, state: 'OPEN', url: 'https://github.com/octo-org/backlog/issues/202' })]) } });
    expect(byNumber.get(202)).toMatchObject({ parent: { number: 2, repository: { nameWithOwner: 'octo-org/backlog' } } });
    expect(fake.requests.map((request) => [request.route, request.graphql])).toEqual(Array.from({ length: 3 }, () => ['POST /graphql', { operationName: 'TaskIssues', operation: 'query', fields: ['rateLimit', 'repository'] }]));
    expect(fake.requests[0]?.headers).toMatchObject({ 'content-type': expect.stringContaining('application/json') });
  });

  it('runs a document\'s mutations in order; one that fails leaves the others applied, as REST then shows', async () => {
    const { fake, client } = await setUp();
    fake.addLabel('status:running');
    fake.addIssue({ title: 'One', labels: ['task'] });
    fake.addIssue({ title: 'Two' });
    const ids = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { id label(name: "status:running") { id } one: issue(number: 1) { id } two: issue(number: 2) { id } } }');
    const repository = ids.data?.repository as { id: string; label: { id: string }; one: { id: string }; two: { id: string } };
    const answer = await graphql(
      client,
      `mutation Writes($labels: AddLabelsToLabelableInput!, $close: CloseIssueInput!, $bad: ReopenIssueInput!, $comment: AddCommentInput!, $create: CreateIssueInput!, $block: AddBlockedByInput!, $sub: AddSubIssueInput!) {
        w0: addLabelsToLabelable(input: $labels) { clientMutationId labelable { ... on Issue { number labels(first: 5) { nodes { name } } } } }
        w1: closeIssue(input: $close) { issue { state stateReason(enableDuplicate: true) closed } }
        w2: reopenIssue(input: $bad) { issue { number } }
        w3: addComment(input: $comment) { commentEdge { node { body author { login } url } } subject { id } }
        w4: createIssue(input: $create) { issue { number title author { __typename login } labels(first: 5) { nodes { name } } parent { number } } }
        w5: addBlockedBy(input: $block) { issue { number blockedBy(first: 5) { nodes { number } } issueDependenciesSummary { blockedBy totalBlockedBy } } blockingIssue { number } }
        w6: addSubIssue(input: $sub) { issue { subIssuesSummary { total completed percentCompleted } } subIssue { parent { number } } }
      }`,
      {
        labels: { clientMutationId: 'c0', labelableId: repository.one.id, labelIds: [repository.label.id] },
        close: { issueId: repository.two.id, stateReason: 'NOT_PLANNED' },
        bad: { issueId: 'I_kwDOnope' },
        comment: { subjectId: repository.one.id, body: 'claimed' },
        create: { repositoryId: repository.id, title: 'Three', body: 'new', labelIds: [repository.label.id], parentIssueId: repository.one.id },
        block: { issueId: repository.one.id, blockingIssueId: repository.two.id },
        sub: { issueId: repository.one.id, subIssueId: repository.two.id },
      },
    );
    expect(answer.errors).toEqual([{ type: 'NOT_FOUND', path: ['w2'], locations: [{ line: 4, column: 9 }], message: "Could not resolve to a node with the global id of 'I_kwDOnope'" }]);
    expect(answer.data).toEqual({
      // Issue.labels is ordered by the labels' creation (LabelOrder CREATED_AT ASC by default).
      w0: { clientMutationId: 'c0', labelable: { number: 1, labels: { nodes: [{ name: 'status:running' }, { name: 'task' }] } } },
      w1: { issue: { state: 'CLOSED', stateReason: 'NOT_PLANNED', closed: true } },
      w2: null,
      w3: { commentEdge: { node: { body: 'claimed', author: { login: 'github-actions' }, url: expect.stringMatching(/issues\/1#issuecomment-\d+$/) } }, subject: { id: repository.one.id } },
      w4: { issue: { number: 3, title: 'Three', author: { __typename: 'Bot', login: 'github-actions' }, labels: { nodes: [{ name: 'status:running' }] }, parent: { number: 1 } } },
      w5: { issue: { number: 1, blockedBy: { nodes: [{ number: 2 }] }, issueDependenciesSummary: { blockedBy: 0, totalBlockedBy: 1 } }, blockingIssue: { number: 2 } },
      w6: { issue: { subIssuesSummary: { total: 2, completed: 1, percentCompleted: 50 } }, subIssue: { parent: { number: 1 } } },
    });
    expect(fake.requests.at(-1)?.graphql).toEqual({ operationName: 'Writes', operation: 'mutation', fields: ['addLabelsToLabelable', 'closeIssue', 'reopenIssue', 'addComment', 'createIssue', 'addBlockedBy', 'addSubIssue'] });
    const one = (await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1 })).data as { labels: Array<{ name: string }>; comments: number };
    expect(one.labels.map((label) => label.name)).toEqual(['task', 'status:running']);
    expect(one.comments).toBe(1);
    expect((await rest(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 2 })).data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(fake.issue(3)).toMatchObject({ title: 'Three', author: 'github-actions[bot]', parent: 1 });

    const more = await graphql(
      client,
      `mutation More($label: CreateLabelInput!, $again: CreateLabelInput!, $edit: UpdateIssueInput!, $unblock: RemoveBlockedByInput!, $reopen: ReopenIssueInput!) {
        createLabel(input: $label) { label { name color description } }
        again: createLabel(input: $again) { label { name } }
        updateIssue(input: $edit) { issue { title body labels(first: 5) { nodes { name } } } }
        removeBlockedBy(input: $unblock) { issue { blockedBy(first: 5) { totalCount } } }
        reopenIssue(input: $reopen) { issue { state stateReason } }
      }`,
      {
        label: { repositoryId: repository.id, name: 'status:done', color: '0E8A16', description: 'Done' },
        again: { repositoryId: repository.id, name: 'STATUS:DONE', color: 'ededed' },
        edit: { id: repository.one.id, title: 'One!', body: 'edited', labelIds: [repository.label.id] },
        unblock: { issueId: repository.one.id, blockingIssueId: repository.two.id },
        reopen: { issueId: repository.two.id },
      },
    );
    expect(more.errors).toEqual([expect.objectContaining({ type: 'UNPROCESSABLE', path: ['again'], message: 'Name has already been taken' })]);
    expect(more.data).toEqual({
      createLabel: { label: { name: 'status:done', color: '0e8a16', description: 'Done' } },
      again: null,
      updateIssue: { issue: { title: 'One!', body: 'edited', labels: { nodes: [{ name: 'status:running' }] } } },
      removeBlockedBy: { issue: { blockedBy: { totalCount: 0 } } },
      reopenIssue: { issue: { state: 'OPEN', stateReason: 'REOPENED' } },
    });
  });

  it('pages backwards too, finds nodes by id, searches labels, and refuses a forged cursor', async () => {
    const { fake, client } = await setUp();
    for (let number = 1; number <= 7; number++) fake.addIssue({ title: `Task ${number}` });
    fake.addLabel('Status:Ready', { description: 'ready to run' });
    fake.addLabel('priority', { description: 'has a status: none' });
    const page = async (variables: Record<string, unknown>) =>
      (await graphql(client, 'query($last: Int, $first: Int, $before: String, $after: String) { repository(owner: "octo-org", name: "backlog") { issues(last: $last, first: $first, before: $before, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }', variables)).data?.repository as {
        issues: { nodes: Array<{ number: number; id: string }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string } };
      };
    const tail = await page({ last: 3 });
    expect(tail.issues.nodes.map((node) => node.number)).toEqual([3, 2, 1]);
    expect(tail.issues.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await page({ last: 3, before: tail.issues.pageInfo.startCursor });
    expect(before.issues.nodes.map((node) => node.number)).toEqual([6, 5, 4]);
    expect(before.issues.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const after = await page({ first: 2, after: before.issues.pageInfo.endCursor });
    expect(after.issues.nodes.map((node) => node.number)).toEqual([3, 2]);
    expect(after.issues.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const ids = tail.issues.nodes.map((node) => node.id);
    const nodes = await graphql(client, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Issue { number } } }', { ids: [ids[0], 'I_kwDOgone'] });
    expect(nodes).toEqual({ data: { nodes: [{ __typename: 'Issue', number: 3 }, null] }, errors: [expect.objectContaining({ type: 'NOT_FOUND', path: ['nodes', 1] })] });
    const labels = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { labels(first: 10, query: "STATUS:") { nodes { name description } } } }');
    expect(labels.data).toEqual({ repository: { labels: { nodes: [{ name: 'Status:Ready', description: 'ready to run' }, { name: 'priority', description: 'has a status: none' }] } } });
    const forged = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issues(first: 1, after: "bm90IGEgY3Vyc29y") { totalCount } } }');
    expect(forged.errors).toEqual([expect.objectContaining({ type: 'INVALID_CURSOR_ARGUMENTS', path: ['repository', 'issues'], message: '`bm90IGEgY3Vyc29y` does not appear to be a valid cursor.' })]);
  });

  it('refuses connections without first/last or beyond 100, before running anything', async () => {
    const { client } = await setUp();
    const missing = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issues(states: [OPEN]) { totalCount } } }');
    expect(missing).toEqual({
      errors: [{ type: 'MISSING_PAGINATION_BOUNDARIES', path: ['repository', 'issues'], locations: [{ line: 1, column: 58 }], message: 'You must provide a `first` or `last` value to properly paginate the `issues` connection.' }],
    });
    const tooMany = await graphql(client, 'query($n: Int!) { repository(owner: "octo-org", name: "backlog") { issues(first: 10) { nodes { labels(last: $n) { totalCount } } } } }', { n: 101 });
    expect(tooMany.errors).toEqual([expect.objectContaining({ type: 'EXCESSIVE_PAGINATION', path: ['repository', 'issues', 'nodes', 'labels'], message: 'Requesting 101 records on the `labels` connection exceeds the `last` limit of 100 records.' })]);
    expect(tooMany).not.toHaveProperty('data');
    const zero = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issues(first: 0) { totalCount nodes { number } } } }');
    expect(zero).toEqual({ data: { repository: { issues: { totalCount: 0, nodes: [] } } } });
  });

  it('words errors as GitHub does: undefined fields on an older server, missing repositories and issues, bad variables', async () => {
    const { fake, client } = await setUp({ issueDependencies: false });
    fake.addIssue({ title: 'One', labels: ['task'] });
    const old = await graphql(client, TASK_ISSUES_QUERY, { ...taskVariables, after: null, first: true });
    expect(old).toEqual({
      errors: [{ path: ['query TaskIssues', 'repository', 'issues', 'nodes', 'blockedBy'], extensions: { code: 'undefinedField', typeName: 'Issue', fieldName: 'blockedBy' }, locations: [expect.objectContaining({ line: expect.any(Number) })], message: "Field 'blockedBy' doesn't exist on type 'Issue'" }],
    });
    expect(fake.requests[0]?.graphql).toEqual({ operationName: 'TaskIssues', operation: 'query', fields: ['rateLimit', 'repository'] });

    const missing = await graphql(client, 'query { nope: repository(owner: "octo-org", name: "nope") { id } yes: repository(owner: "octo-org", name: "backlog") { issue(number: 9) { id } } }');
    expect(missing).toEqual({
      data: { nope: null, yes: { issue: null } },
      errors: [
        { type: 'NOT_FOUND', path: ['nope'], locations: [{ line: 1, column: 9 }], message: "Could not resolve to a Repository with the name 'octo-org/nope'." },
        { type: 'NOT_FOUND', path: ['yes', 'issue'], locations: [{ line: 1, column: 120 }], message: 'Could not resolve to an Issue with the number of 9.' },
      ],
    });
    const variables = await graphql(client, 'query Q($n: Int!) { repository(owner: "octo-org", name: "backlog") { issue(number: $n) { id } } }', {});
    expect(variables).toEqual({ errors: [{ extensions: { value: null, problems: [{ path: [], explanation: 'was not provided.' }] }, locations: [{ line: 1, column: 9 }], message: 'Variable $n of type Int! was provided invalid value' }] });
    expect(await graphql(client, 'query { repository(owner: "octo-org" name: "backlog") { id }')).toEqual({ errors: [{ message: 'Parse error on <EOF> at [1, 61]', locations: [{ line: 1, column: 61 }] }] });
  });

  it('answers GitHub\'s GraphQL primary rate limit (200, RATE_LIMITED); the client waits for the reset and retries', async () => {
    const { fake, throttled: client, events } = await setUp();
    fake.fail({ route: 'POST /graphql', times: 1, graphqlRateLimited: true, headers: { 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 1) } });
    const answer = await graphql(client, 'query { rateLimit { remaining used limit } }');
    expect(answer).toEqual({ data: { rateLimit: { remaining: 4999, used: 1, limit: 5000 } } });
    expect(fake.requests.map((request) => request.status)).toEqual([200, 200]);
    expect(events).toEqual([expect.objectContaining({ kind: 'primary', request: 'POST /graphql', willRetry: true })]);

    const raw = await fetch(`${fake.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${TOKEN}` }, body: '{"query":"{ viewer { login } }"}' });
    expect(raw.headers.get('x-ratelimit-resource')).toBe('graphql');
    fake.fail({ route: 'POST /graphql', times: 1, graphqlRateLimited: true });
    const limited = await fetch(`${fake.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${TOKEN}` }, body: '{"query":"{ viewer { login } }"}' });
    expect(limited.status).toBe(200);
    expect(await limited.json()).toEqual({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for installation ID 4242.' }] });
    expect(Object.fromEntries([...limited.headers].filter(([name]) => name.startsWith('x-ratelimit-')))).toEqual({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': expect.stringMatching(/^\d+$/), 'x-ratelimit-resource': 'graphql' });
  });

  it('answers the secondary limit on POST /graphql as for REST (403 + retry-after)', async () => {
    const { fake, throttled: client, events } = await setUp();
    fake.fail({ route: 'POST /graphql', times: 1, status: 403, retryAfter: 1 });
    expect(await graphql(client, 'query { viewer { login } }')).toEqual({ data: { viewer: { login: 'github-actions' } } });
    expect(fake.requests.map((request) => request.status)).toEqual([403, 200]);
    expect(events).toEqual([expect.objectContaining({ kind: 'secondary', request: 'POST /graphql' })]);
  });

  it('serves GraphQL at /api/graphql on GHES (baseUrl .../api/v3), where /api/v3/graphql does not exist', async () => {
    const { fake, throttled: client } = await setUp({ pathPrefix: '/api/v3' });
    fake.addIssue({ title: 'One' });
    expect(fake.url).toMatch(/\/api\/v3$/);
    const query = 'query { repository(owner: "octo-org", name: "backlog") { issue(number: 1) { title } } }';
    // What Octokit's own graphql() requests for a GHES baseUrl: .../api/graphql.
    expect(await client.graphql(query)).toEqual({ repository: { issue: { title: 'One' } } });
    const viaRequest = await client.request('POST /graphql', { baseUrl: fake.url.replace(/\/v3$/, ''), query });
    expect(viaRequest.data).toEqual({ data: { repository: { issue: { title: 'One' } } } });
    await expect(client.request('POST /graphql', { query })).rejects.toMatchObject({ status: 404 });
    expect(fake.requests.map((request) => [request.path, request.route, request.status])).toEqual([
      ['/graphql', 'POST /graphql', 200],
      ['/graphql', 'POST /graphql', 200],
      ['/graphql', undefined, 404],
    ]);
  });
});

const TIMELINE_QUERY = `query Timeline($number: Int!, $first: Int, $last: Int, $after: String, $before: String, $types: [IssueTimelineItemsItemType!], $since: DateTime, $skip: Int) {
  repository(owner: "octo-org", name: "backlog") {
    issue(number: $number) {
      timelineItems(first: $first, last: $last, after: $after, before: $before, itemTypes: $types, since: $since, skip: $skip) {
        totalCount
        filteredCount
        pageCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor }
        nodes {
          __typename
          ... on LabeledEvent { id createdAt label { id name color } actor { __typename login } }
          ... on UnlabeledEvent { id createdAt label { id name color } actor { __typename login } }
          ... on ClosedEvent { id createdAt stateReason actor { __typename login } }
          ... on ReopenedEvent { id createdAt actor { __typename login } }
          ... on IssueComment { body }
        }
      }
    }
  }
}`;

interface TimelineNode {
  __typename: string;
  id?: string;
  createdAt?: string;
  label?: { id: string; name: string; color: string };
  actor?: { __typename: string; login: string };
  stateReason?: string;
  body?: string;
}

interface Timeline {
  totalCount: number;
  filteredCount: number;
  pageCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string }>;
  nodes: TimelineNode[];
}

async function timeline(client: GitHubClient, variables: Record<string, unknown>): Promise<Timeline> {
  const answer = await graphql(client, TIMELINE_QUERY, variables);
  expect(answer.errors).toBeUndefined();
  return ((answer.data?.repository as { issue: { timelineItems: Timeline } }).issue).timelineItems;
}

const describeNode = (node: TimelineNode) => [node.__typename, node.label?.name ?? node.stateReason ?? node.body ?? null, node.actor?.login ?? null].filter((part) => part !== null).join(' ');

/** REST writes go through a plain Octokit (the product client spaces notifying writes); GraphQL through the product client. */
describe('the fake GitHub: Issue.timelineItems over GraphQL', () => {
  it('serves labeled, unlabeled, closed and reopened events (and comments) oldest first, with their labels, actors and wall-clock times', async () => {
    const { fake, client: rawClient, throttled: client } = await setUp();
    const start = Date.now();
    fake.addIssue({ title: 'Task', labels: ['task'], author: 'alice' });
    await rest(rawClient, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: 1, labels: ['status:ready'] });
    await rest(rawClient, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, title: 'Renamed' });
    await rest(rawClient, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 1, body: 'claimed' });
    await rest(rawClient, 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { issue_number: 1, name: 'status:ready' });
    const { data } = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issue(number: 1) { id } } }');
    const issueId = (data?.repository as { issue: { id: string } }).issue.id;
    expect((await graphql(client, 'mutation($id: ID!) { closeIssue(input: { issueId: $id, stateReason: NOT_PLANNED }) { issue { state } } }', { id: issueId })).errors).toBeUndefined();
    expect((await graphql(client, 'mutation($id: ID!) { reopenIssue(input: { issueId: $id }) { issue { state } } }', { id: issueId })).errors).toBeUndefined();
    const end = Date.now();

    const all = await timeline(client, { number: 1, first: 20 });
    expect(all.nodes.map(describeNode)).toEqual([
      'LabeledEvent task alice',
      'LabeledEvent status:ready github-actions',
      'IssueComment claimed',
      'UnlabeledEvent status:ready github-actions',
      'ClosedEvent NOT_PLANNED github-actions',
      'ReopenedEvent github-actions',
    ]);
    expect(all).toMatchObject({ totalCount: 6, filteredCount: 6, pageCount: 6, pageInfo: { hasNextPage: false, hasPreviousPage: false } });
    expect(all.nodes[0]).toMatchObject({ id: expect.stringMatching(/^LE_/), label: { id: expect.stringMatching(/^LA_/), name: 'task', color: 'ededed' }, actor: { __typename: 'User', login: 'alice' } });
    expect(all.nodes[1]?.actor).toEqual({ __typename: 'Bot', login: 'github-actions' });
    expect(all.nodes[3]?.id).toMatch(/^UNLE_/);
    expect(all.nodes[4]?.id).toMatch(/^CE_/);
    expect(all.nodes[5]?.id).toMatch(/^REE_/);
    expect(new Set(all.nodes.map((node) => node.id)).size).toBe(6);
    // GitHub's DateTime: ISO 8601 in UTC to the second, taken from the wall clock when it happened.
    const times = all.nodes.filter((node) => node.createdAt !== undefined).map((node) => node.createdAt as string);
    expect(times).toHaveLength(5);
    for (const time of times) {
      expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.parse(time)).toBeGreaterThanOrEqual(Math.floor(start / 1000) * 1000);
      expect(Date.parse(time)).toBeLessThanOrEqual(end + 1000);
    }
    expect([...times].sort()).toEqual(times);
    // The store's record agrees (the `time` of each event, ms since the epoch).
    expect(fake.issue(1)?.events.filter((event) => event.kind === 'closed').map((event) => isoTimeOf(event.time))).toEqual([all.nodes[4]?.createdAt]);
  });

  it('filters by itemTypes (types that never happen in the fake answer no nodes), pages with first/last/after/before/skip, and since', async () => {
    const { fake, client: rawClient, throttled: client } = await setUp({ actor: 'wave-bot[bot]' });
    fake.addIssue({ title: 'Task' });
    for (const label of ['a', 'b', 'c']) await rest(rawClient, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: 1, labels: [label] });
    await rest(rawClient, 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { issue_number: 1, name: 'b' });
    await rest(rawClient, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, state: 'closed' });
    await rest(rawClient, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 1, body: 'done' });

    const labeled = await timeline(client, { number: 1, first: 10, types: ['LABELED_EVENT'] });
    expect(labeled.nodes.map(describeNode)).toEqual(['LabeledEvent a wave-bot', 'LabeledEvent b wave-bot', 'LabeledEvent c wave-bot']);
    expect(labeled.nodes[0]?.actor).toEqual({ __typename: 'Bot', login: 'wave-bot' });
    expect(labeled.totalCount).toBe(3);
    const stateChanges = await timeline(client, { number: 1, first: 10, types: ['UNLABELED_EVENT', 'CLOSED_EVENT', 'ASSIGNED_EVENT'] });
    expect(stateChanges.nodes.map(describeNode)).toEqual(['UnlabeledEvent b wave-bot', 'ClosedEvent COMPLETED wave-bot']);
    const never = await timeline(client, { number: 1, first: 10, types: ['ASSIGNED_EVENT', 'CROSS_REFERENCED_EVENT'] });
    expect(never).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });

    const types = ['LABELED_EVENT', 'UNLABELED_EVENT', 'CLOSED_EVENT', 'REOPENED_EVENT'];
    const newest = await timeline(client, { number: 1, last: 1, types });
    expect(newest.nodes.map(describeNode)).toEqual(['ClosedEvent COMPLETED wave-bot']);
    expect(newest).toMatchObject({ totalCount: 5, pageCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const newestOfAll = await timeline(client, { number: 1, last: 1 });
    expect(newestOfAll.nodes.map(describeNode)).toEqual(['IssueComment done']);

    const firstTwo = await timeline(client, { number: 1, first: 2, types });
    expect(firstTwo.nodes.map(describeNode)).toEqual(['LabeledEvent a wave-bot', 'LabeledEvent b wave-bot']);
    expect(firstTwo.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: firstTwo.edges[1]?.cursor });
    const nextTwo = await timeline(client, { number: 1, first: 2, after: firstTwo.pageInfo.endCursor, types });
    expect(nextTwo.nodes.map(describeNode)).toEqual(['LabeledEvent c wave-bot', 'UnlabeledEvent b wave-bot']);
    expect(nextTwo).toMatchObject({ filteredCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const back = await timeline(client, { number: 1, last: 2, before: nextTwo.pageInfo.endCursor, types });
    expect(back.nodes.map(describeNode)).toEqual(['LabeledEvent b wave-bot', 'LabeledEvent c wave-bot']);
    const skipped = await timeline(client, { number: 1, first: 2, skip: 3, types });
    expect(skipped.nodes.map(describeNode)).toEqual(['UnlabeledEvent b wave-bot', 'ClosedEvent COMPLETED wave-bot']);
    expect(skipped.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await timeline(client, { number: 1, first: 10, since: future })).nodes).toEqual([]);
    expect((await timeline(client, { number: 1, first: 10, since: new Date(Date.now() - 60_000).toISOString(), types })).totalCount).toBe(5);
  });

  it('refuses timelineItems without first/last, as for other connections', async () => {
    const { fake, throttled: client } = await setUp();
    fake.addIssue({ title: 'Task' });
    const answer = await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issue(number: 1) { timelineItems(itemTypes: [LABELED_EVENT]) { totalCount } } } }');
    expect(answer).toEqual({
      errors: [
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: ['repository', 'issue', 'timelineItems'],
          locations: [expect.objectContaining({ line: 1 })],
          message: 'You must provide a `first` or `last` value to properly paginate the `timelineItems` connection.',
        },
      ],
    });
    expect((await graphql(client, 'query { repository(owner: "octo-org", name: "backlog") { issue(number: 1) { timelineItems(first: 101) { totalCount } } } }')).errors?.[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
  });

  it('backdateEvents(number, ms) makes an issue\'s events (and the issue) look that much older', async () => {
    const { fake, client: rawClient, throttled: client } = await setUp();
    fake.addIssue({ title: 'Old', labels: ['status:running'] });
    fake.addIssue({ title: 'Other', labels: ['status:running'] });
    await rest(rawClient, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: 1, state: 'closed' });
    const before = await timeline(client, { number: 1, first: 10 });
    const issueBefore = fake.issue(1);
    const twoDays = 2 * 24 * 3600 * 1000;
    fake.backdateEvents(1, twoDays);

    const after = await timeline(client, { number: 1, first: 10 });
    expect(after.nodes.map(describeNode)).toEqual(before.nodes.map(describeNode));
    expect(after.nodes.map((node) => Date.parse(node.createdAt ?? ''))).toEqual(before.nodes.map((node) => Date.parse(node.createdAt ?? '') - twoDays));
    expect(Date.now() - Date.parse(after.nodes[0]?.createdAt ?? '')).toBeGreaterThanOrEqual(twoDays);
    const issueAfter = fake.issue(1);
    expect(Date.parse(issueAfter?.createdAt ?? '')).toBe(Date.parse(issueBefore?.createdAt ?? '') - twoDays);
    expect(Date.parse(issueAfter?.closedAt ?? '')).toBe(Date.parse(issueBefore?.closedAt ?? '') - twoDays);
    expect(issueAfter?.events.map((event) => event.at)).toEqual(issueBefore?.events.map((event) => event.at));
    // Only that issue moved: since (a day ago) finds issue 2's label, not issue 1's.
    const oneDayAgo = new Date(Date.now() - twoDays / 2).toISOString();
    expect((await timeline(client, { number: 1, first: 10, since: oneDayAgo })).nodes).toEqual([]);
    expect((await timeline(client, { number: 2, first: 10, since: oneDayAgo })).nodes.map(describeNode)).toEqual(['LabeledEvent status:running octocat']);
    expect(() => fake.backdateEvents(99, 1000)).toThrow(/#99 does not exist/);
  });
});

function isoTimeOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
