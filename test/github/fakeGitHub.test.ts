import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';

const AUTH = { authorization: 'Bearer ghs_fake', 'content-type': 'application/json' };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Whatever the fake served must be what GitHub's OpenAPI description documents.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  expect(problems).toEqual([]);
  fake = undefined;
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${fake?.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('the fake GitHub API', () => {
  it('answers routes GitHub does not have (or the fake does not serve) 404 with GitHub\'s body', async () => {
    fake = await startFakeGitHub();
    for (const [method, path] of [['GET', '/rate_limit'], ['GET', '/repos/octo-org/backlog/pulls'], ['DELETE', '/repos/octo-org/backlog/contents/tasks.json'], ['GET', '/repos/someone/else/actions/runs/1']] as const) {
      const answer = await call(method, path);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ message: 'Not Found', documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/rest/), status: '404' });
    }
    expect(fake.requests.map((request) => request.route)).toEqual([undefined, undefined, undefined, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}']);
  });

  it('wants a token, and records which one without keeping it', async () => {
    fake = await startFakeGitHub({ tokens: ['ghs_fake'] });
    fake.setRun({ id: 1, status: 'queued' });
    expect((await call('GET', '/repos/octo-org/backlog/actions/runs/1', undefined, {})).body).toMatchObject({ message: 'Requires authentication' });
    expect((await call('GET', '/repos/octo-org/backlog/actions/runs/1', undefined, { authorization: 'token wrong' })).status).toBe(401);
    const answer = await call('GET', '/repos/octo-org/backlog/actions/runs/1');
    expect(answer.body).toMatchObject({ id: 1, status: 'queued', conclusion: null, repository: { full_name: 'octo-org/backlog' } });
    expect(answer.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expect(fake.requests.map((request) => request.auth)).toEqual([undefined, { scheme: 'token', tokenId: fake.tokenId('wrong') }, { scheme: 'bearer', tokenId: fake.tokenId('ghs_fake') }]);
    expect(JSON.stringify(fake.requests)).not.toContain('ghs_fake');
  });

  it('keeps files per branch with git blob shas, and refuses a stale sha as GitHub does', async () => {
    fake = await startFakeGitHub();
    const sha = fake.setFile('dir/tasks.json', 'one\n');
    const read = await call('GET', '/repos/octo-org/backlog/contents/dir%2Ftasks.json?ref=main');
    expect(read.body).toMatchObject({ type: 'file', encoding: 'base64', sha, path: 'dir/tasks.json', name: 'tasks.json', content: 'b25lCg==\n' });
    const put = (content: string, withSha?: string, branch = 'main') => call('PUT', '/repos/octo-org/backlog/contents/dir/tasks.json', { message: 'edit', content: Buffer.from(content).toString('base64'), branch, ...(withSha ? { sha: withSha } : {}) });
    const updated = await put('two\n', sha);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ content: { path: 'dir/tasks.json', sha: fake.readFile('dir/tasks.json')?.sha }, commit: { message: 'edit', sha: fake.commits[0]?.sha } });
    expect(await put('three\n', sha)).toMatchObject({ status: 409, body: { message: `dir/tasks.json does not match ${sha}`, status: '409' } });
    expect(await put('three\n')).toMatchObject({ status: 422, body: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' } });
    expect(await put('three\n', sha, 'nope')).toMatchObject({ status: 404 });
    expect(fake.readFile('dir/tasks.json')?.text).toBe('two\n');
    expect((await call('PUT', '/repos/octo-org/backlog/contents/new.txt', { message: 'add', content: 'eA==' })).status).toBe(201);
  });

  it('runs out of faults after `times`, matching by route template, concrete path or RegExp', async () => {
    fake = await startFakeGitHub();
    fake.setRun({ id: 3, status: 'completed', conclusion: 'success' });
    fake.fail({ route: 'GET /repos/octo-org/backlog/actions/runs/3', times: 1, status: 503 });
    fake.fail({ route: /runs\/3$/, times: 1, status: 429, retryAfter: 2 });
    fake.fail({ route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', times: 1, status: 403, headers: { 'x-ratelimit-remaining': '0' } });
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push(await call('GET', '/repos/octo-org/backlog/actions/runs/3'));
    expect(answers.map((answer) => answer.status)).toEqual([503, 429, 403, 200]);
    expect(answers[1]?.headers.get('retry-after')).toBe('2');
    expect(answers[1]?.body?.message).toMatch(/secondary rate limit/);
    expect(answers[2]?.body?.message).toMatch(/^API rate limit exceeded/);
    expect(answers[2]?.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('closes itself after being idle', async () => {
    const idle = await startFakeGitHub({ idleTimeoutMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(fetch(`${idle.url}/rate_limit`)).rejects.toThrow();
    await idle.close();
  });
});
