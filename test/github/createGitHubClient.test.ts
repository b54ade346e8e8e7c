import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient, type GitHubClientOptions, type RateLimitEvent } from '../../src/github/createGitHubClient.js';
import { dispatchWorkflow } from '../../src/github/dispatchWorkflow.js';
import { GitHubApiError, GitHubRateLimitError } from '../../src/github/GitHubApiError.js';
import { getWorkflowRun } from '../../src/github/getWorkflowRun.js';
import { readRepositoryFile } from '../../src/github/readRepositoryFile.js';
import { updateRepositoryFile } from '../../src/github/updateRepositoryFile.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fakeGitHub.js';

const TOKEN = 'ghs_fakeTokenThatMustNeverBePrinted0123456789';
const RUN_ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}';
const target = { owner: 'octo-org', repo: 'backlog' };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Whatever the fake served must be what GitHub's OpenAPI description documents.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  expect(problems).toEqual([]);
  fake = undefined;
  vi.restoreAllMocks();
});

async function setUp(options: FakeGitHubOptions = {}, clientOptions: Partial<GitHubClientOptions> = {}) {
  fake = await startFakeGitHub(options);
  fake.setRun({ id: 7, status: 'completed', conclusion: 'failure' });
  const events: RateLimitEvent[] = [];
  const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url, retryBaseDelayMs: 5, minWriteIntervalMs: 0, onRateLimit: (event) => events.push(event), ...clientOptions });
  return { fake, client, events };
}

/** Milliseconds between the arrival of a request and of the next one. */
function gapAfter(server: FakeGitHub, index: number): number {
  return (server.requests[index + 1]?.at ?? Number.NaN) - (server.requests[index]?.at ?? Number.NaN);
}

describe('createGitHubClient: rate limits', () => {
  it('waits retry-after seconds on a 429, then succeeds (even without GitHub\'s usual message)', async () => {
    const { fake, client, events } = await setUp();
    fake.fail({ route: RUN_ROUTE, times: 1, status: 429, retryAfter: 1, message: 'Too Many Requests' });
    await expect(getWorkflowRun(client, { ...target, runId: 7 })).resolves.toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(fake.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(gapAfter(fake, 0)).toBeGreaterThanOrEqual(950);
    expect(gapAfter(fake, 0)).toBeLessThan(3000);
    expect(events).toMatchObject([{ kind: 'secondary', retryAfterSeconds: 1, retryCount: 0, willRetry: true, request: 'GET /repos/octo-org/backlog/actions/runs/7' }]);
  });

  it('waits retry-after seconds on a secondary-limit 403, then succeeds', async () => {
    const { fake, client, events } = await setUp();
    fake.fail({ route: 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', times: 1, status: 403, retryAfter: 1 });
    await dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'main' });
    expect(fake.requests.map((request) => request.status)).toEqual([403, 204]);
    expect(gapAfter(fake, 0)).toBeGreaterThanOrEqual(950);
    expect(gapAfter(fake, 0)).toBeLessThan(3000);
    expect(events[0]).toMatchObject({ kind: 'secondary', retryAfterSeconds: 1, willRetry: true });
    expect(fake.dispatches).toHaveLength(1);
  });

  it('gives up after the bounded retries with an error that says what to do', async () => {
    const { fake, client, events } = await setUp({}, { retries: 1 });
    fake.fail({ route: RUN_ROUTE, times: 5, status: 429, retryAfter: 1 });
    const failure = await getWorkflowRun(client, { ...target, runId: 7 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubRateLimitError);
    expect((failure as Error).message).toMatch(/Reading workflow run 7 in octo-org\/backlog: GitHub's secondary rate limit stopped GET \/repos\/octo-org\/backlog\/actions\/runs\/7 \(HTTP 429\): still limited after 1 retry\. .*wait a few minutes/);
    expect(fake.requests).toHaveLength(2);
    expect(events.map((event) => event.willRetry)).toEqual([true, false]);
  });

  it('counts no retries when told not to retry', async () => {
    const { fake, client } = await setUp({}, { retries: 0 });
    fake.fail({ route: RUN_ROUTE, times: 1, status: 403, retryAfter: 1 });
    await expect(getWorkflowRun(client, { ...target, runId: 7 })).rejects.toThrow(/\(HTTP 403\): still limited after 0 retries\./);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails at once when the primary limit resets later than it is willing to wait', async () => {
    const { fake, client } = await setUp({}, { maxRateLimitWaitSeconds: 60 });
    const reset = Math.floor(Date.now() / 1000) + 1800;
    fake.fail({ route: RUN_ROUTE, times: 1, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    const failure = await getWorkflowRun(client, { ...target, runId: 7 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubRateLimitError);
    expect((failure as Error).message).toContain(`resets at ${new Date(reset * 1000).toISOString()}`);
    expect((failure as Error).message).toMatch(/GitHub asked to wait \d+ s, longer than this client waits \(60 s\)/);
    expect(fake.requests).toHaveLength(1);
  });

  it('waits for x-ratelimit-reset on the primary limit', async () => {
    const { fake, client, events } = await setUp();
    fake.fail({ route: RUN_ROUTE, times: 1, status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) } });
    await getWorkflowRun(client, { ...target, runId: 7 });
    expect(events[0]).toMatchObject({ kind: 'primary', willRetry: true });
    expect(fake.requests.map((request) => request.status)).toEqual([429, 200]);
  });
});

describe('createGitHubClient: server errors', () => {
  it('retries 5xx answers until one succeeds', async () => {
    const { fake, client } = await setUp();
    fake.fail({ route: RUN_ROUTE, times: 1, status: 500 });
    fake.fail({ route: RUN_ROUTE, times: 1, status: 502 });
    fake.fail({ route: RUN_ROUTE, times: 1, status: 503 });
    await expect(getWorkflowRun(client, { ...target, runId: 7 })).resolves.toMatchObject({ status: 'completed' });
    expect(fake.requests.map((request) => request.status)).toEqual([500, 502, 503, 200]);
  });

  it('stops after `retries` and says GitHub may be down', async () => {
    const { fake, client } = await setUp({}, { retries: 2 });
    fake.fail({ route: RUN_ROUTE, times: 10, status: 502 });
    await expect(getWorkflowRun(client, { ...target, runId: 7 })).rejects.toThrow(/Reading workflow run 7 in octo-org\/backlog: GitHub answered 502 \(Server Error\), even after retrying/);
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a 404, and names what is missing', async () => {
    const { fake, client } = await setUp();
    await expect(getWorkflowRun(client, { ...target, runId: 8 })).rejects.toThrow(/no such run in octo-org\/backlog/);
    expect(fake.requests).toHaveLength(1);
  });

  it('says the API cannot be reached when nothing listens', async () => {
    const { fake } = await setUp();
    const url = fake.url;
    await fake.close();
    const client = createGitHubClient({ token: TOKEN, baseUrl: url, retries: 1, retryBaseDelayMs: 1 });
    const failure = await getWorkflowRun(client, { ...target, runId: 7 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as Error).message).toMatch(/could not reach GitHub at http:\/\/127\.0\.0\.1:\d+ .*Check GITHUB_API_URL/);
  });
});

describe('createGitHubClient: where and how it connects', () => {
  it('works against a GitHub Enterprise Server style URL with /api/v3', async () => {
    const { fake, client } = await setUp({ pathPrefix: '/api/v3' });
    expect(fake.url).toMatch(/\/api\/v3$/);
    fake.setFile('tasks.json', '{"tasks": []}\n');
    await expect(getWorkflowRun(client, { ...target, runId: 7 })).resolves.toMatchObject({ htmlUrl: 'https://github.com/octo-org/backlog/actions/runs/7' });
    await expect(readRepositoryFile(client, { ...target, path: 'tasks.json' })).resolves.toMatchObject({ text: '{"tasks": []}\n' });
    expect(fake.requests.map((request) => request.route)).toEqual([RUN_ROUTE, 'GET /repos/{owner}/{repo}/contents/{path}']);
    // Without the prefix the same server knows no route, as GHES would not.
    const wrong = createGitHubClient({ token: TOKEN, baseUrl: fake.url.replace(/\/api\/v3$/, '') });
    await expect(getWorkflowRun(wrong, { ...target, runId: 7 })).rejects.toThrow(/404/);
  });

  it('sends the token as an authorization header, with the API version', async () => {
    const { fake, client } = await setUp({ tokens: [TOKEN] });
    await getWorkflowRun(client, { ...target, runId: 7 });
    expect(fake.requests[0]?.auth).toEqual({ scheme: 'token', tokenId: fake.tokenId(TOKEN) });
    expect(fake.requests[0]?.headers).not.toHaveProperty('authorization');
    expect(fake.requests[0]?.headers).toMatchObject({ 'x-github-api-version': '2022-11-28', 'user-agent': expect.stringMatching(/^wave-orchestrator /) });
    const other = createGitHubClient({ token: 'ghs_somebodyElse', baseUrl: fake.url });
    await expect(getWorkflowRun(other, { ...target, runId: 7 })).rejects.toThrow(/GitHub rejected the token \(401 Bad credentials\)/);
  });

  it('refuses an empty token and a malformed API URL', () => {
    expect(() => createGitHubClient({ token: ' ' })).toThrow(/No GitHub token/);
    expect(() => createGitHubClient({ token: TOKEN, baseUrl: 'api.github.com' })).toThrow("Invalid GitHub API URL 'api.github.com'");
  });

  it('never writes the token to stdout or stderr, nor puts it in its errors', async () => {
    const written: string[] = [];
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void written.push(args.map((arg) => inspect(arg, { depth: 8 })).join(' ')));
    const { fake, client } = await setUp({}, { retries: 1, maxRateLimitWaitSeconds: 0, onRateLimit: (event) => console.warn(event.message) });
    fake.setFile('tasks.json', 'a\n');
    fake.fail({ route: RUN_ROUTE, times: 1, status: 500, headers: { deprecation: 'true', sunset: 'Tue, 01 Dec 2026 00:00:00 GMT' } });
    await getWorkflowRun(client, { ...target, runId: 7 });
    fake.fail({ route: /dispatches$/, times: 1, status: 403 });
    const errors: unknown[] = [];
    await dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'main' }).catch((error: unknown) => errors.push(error));
    fake.fail({ route: RUN_ROUTE, times: 1, status: 429, retryAfter: 1 });
    await getWorkflowRun(client, { ...target, runId: 7 }).catch((error: unknown) => errors.push(error));
    fake.fail({ route: RUN_ROUTE, times: 3, status: 503 });
    await getWorkflowRun(client, { ...target, runId: 7 }).catch((error: unknown) => errors.push(error));
    await updateRepositoryFile(client, { ...target, path: 'tasks.json', branch: 'main', message: 'edit', apply: (text) => `${text}b\n` });
    for (const error of errors) console.error(error);
    vi.restoreAllMocks();

    expect(errors).toHaveLength(3);
    expect(written.join('\n')).toContain('is deprecated');
    expect(written.join('\n')).toContain('rate limit');
    expect(written.join('\n')).toContain('[REDACTED]');
    expect(written.join('\n')).not.toContain(TOKEN);
    expect(written.join('\n')).not.toContain(TOKEN.slice(4, 20));
    expect(fake.requests.every((request) => request.auth?.tokenId === fake?.tokenId(TOKEN))).toBe(true);
  });
});
