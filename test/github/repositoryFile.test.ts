import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { GitHubApiError, GitHubConflictError, GitHubNotFoundError, GitHubPermissionError } from '../../src/github/GitHubApiError.js';
import { readRepositoryFile } from '../../src/github/readRepositoryFile.js';
import { updateRepositoryFile, type RepositoryFileUpdate } from '../../src/github/updateRepositoryFile.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fakeGitHub.js';

const PUT_ROUTE = 'PUT /repos/{owner}/{repo}/contents/{path}';
const PATH = '.taskmaster/tasks/tasks.json';
let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Whatever the fake served must be what GitHub's OpenAPI description documents.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  expect(problems).toEqual([]);
  fake = undefined;
});

async function setUp(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub(options);
  return { fake, client: newClient(fake) };
}

/** One client per matrix leg, as in the workflow: each leg is its own process. */
function newClient(server: FakeGitHub) {
  return createGitHubClient({ token: 'ghs_contents', baseUrl: server.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
}

function gitBlobSha(text: string): string {
  const content = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** An update as a completion step makes it: mark one line done. */
function markDone(line: number, extra: Partial<RepositoryFileUpdate> = {}): RepositoryFileUpdate {
  return {
    owner: 'octo-org',
    repo: 'backlog',
    path: PATH,
    branch: 'main',
    message: `waves: task ${line} done`,
    committer: { name: 'waves', email: 'waves@example.com' },
    backoffMs: 5,
    apply: (text) => text.replace(`task ${line}: pending`, `task ${line}: done`),
    ...extra,
  };
}

const board = (count: number) => Array.from({ length: count }, (_, index) => `task ${index + 1}: pending\n`).join('');

describe('readRepositoryFile', () => {
  it('returns the text and its blob sha, on the default branch or a given ref', async () => {
    const { fake, client } = await setUp();
    const text = 'tâche 1: pending ✓\n'.repeat(20);
    fake.setFile(PATH, text);
    fake.setFile(PATH, 'other\n', { branch: 'waves/state' });
    await expect(readRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path: PATH })).resolves.toEqual({ text, sha: gitBlobSha(text) });
    await expect(readRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path: PATH, ref: 'waves/state' })).resolves.toEqual({ text: 'other\n', sha: gitBlobSha('other\n') });
    expect(fake.requests[0]?.path).toBe('/repos/octo-org/backlog/contents/.taskmaster%2Ftasks%2Ftasks.json');
  });

  it('reads a file over the Contents API size limit through its blob', async () => {
    const { fake, client } = await setUp({ largeFileBytes: 100 });
    const text = `${'x'.repeat(150)}\n`;
    fake.setFile('big.json', text);
    await expect(readRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path: 'big.json' })).resolves.toEqual({ text, sha: gitBlobSha(text) });
    expect(fake.requests.map((request) => request.route)).toEqual(['GET /repos/{owner}/{repo}/contents/{path}', 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}']);
  });

  it('says what is wrong with a missing file, a missing branch and a directory', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, '{}');
    const read = (path: string, ref?: string) => readRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path, ...(ref ? { ref } : {}) });
    await expect(read('missing.json')).rejects.toThrow(GitHubNotFoundError);
    await expect(read(PATH, 'nope')).rejects.toThrow(`Reading ${PATH} on nope in octo-org/backlog: no such file, branch or repository (check the tasks file path and the branch), or the token cannot see the repository (GitHub said: 404 No commit found for the ref nope).`);
    await expect(read('.taskmaster/tasks')).rejects.toThrow('Reading .taskmaster/tasks in octo-org/backlog: it is a directory, not a file.');
  });
});

describe('updateRepositoryFile', () => {
  it('reads, applies and writes with the sha it read', async () => {
    const { fake, client } = await setUp();
    const before = fake.setFile(PATH, board(3));
    const result = await updateRepositoryFile(client, markDone(2));
    expect(result).toEqual({ commitSha: fake.commits[0]?.sha, attempts: 1, changed: true });
    expect(fake.readFile(PATH)?.text).toBe('task 1: pending\ntask 2: done\ntask 3: pending\n');
    expect(fake.commits).toEqual([{ repository: 'octo-org/backlog', branch: 'main', path: PATH, message: 'waves: task 2 done', sha: result.commitSha, committer: { name: 'waves', email: 'waves@example.com' } }]);
    expect(fake.requests[1]?.body).toMatchObject({ sha: before, branch: 'main', message: 'waves: task 2 done' });
  });

  it('writes nothing when apply has nothing to change', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(2));
    await expect(updateRepositoryFile(client, markDone(2, { apply: () => undefined }))).resolves.toEqual({ attempts: 1, changed: false });
    await expect(updateRepositoryFile(client, markDone(9))).resolves.toEqual({ attempts: 1, changed: false });
    expect(fake.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('re-reads and re-applies after a 409, on the fresh text', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(3));
    const seen: string[] = [];
    fake.fail({ route: PUT_ROUTE, times: 1, status: 409 });
    const result = await updateRepositoryFile(client, markDone(1, { apply: (text) => (seen.push(text), text.replace('task 1: pending', 'task 1: done')) }));
    expect(result).toMatchObject({ attempts: 2, changed: true });
    expect(fake.requests.map((request) => `${request.method} ${request.status}`)).toEqual(['GET 200', 'PUT 409', 'GET 200', 'PUT 200']);
    expect(seen).toHaveLength(2);
    expect(fake.readFile(PATH)?.text).toBe('task 1: done\ntask 2: pending\ntask 3: pending\n');
  });

  it('retries a 422 that complains about the sha, but not other 422s', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(2));
    fake.fail({ route: PUT_ROUTE, times: 1, status: 422, message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    await expect(updateRepositoryFile(client, markDone(1))).resolves.toMatchObject({ attempts: 2, changed: true });
    fake.fail({ route: PUT_ROUTE, times: 1, status: 422 });
    await expect(updateRepositoryFile(client, markDone(2))).rejects.toThrow(`Writing ${PATH} on main in octo-org/backlog: GitHub refused it (422 Validation Failed).`);
    expect(fake.requests.filter((request) => request.method === 'PUT').map((request) => request.status)).toEqual([422, 200, 422]);
  });

  it('loses nothing when 2 legs update the same file at once', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(2));
    fake.fail({ route: PUT_ROUTE, times: 1, status: 409 });
    const results = await Promise.all([updateRepositoryFile(client, markDone(1)), updateRepositoryFile(client, markDone(2))]);
    expect(fake.readFile(PATH)?.text).toBe('task 1: done\ntask 2: done\n');
    expect(results.every((result) => result.changed)).toBe(true);
    expect(fake.commits).toHaveLength(2);
  });

  it('loses nothing when 8 legs update the same file at once', async () => {
    const { fake } = await setUp();
    fake.setFile(PATH, board(8));
    fake.fail({ route: PUT_ROUTE, times: 2, status: 409 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => updateRepositoryFile(newClient(fake), markDone(index + 1, { maxAttempts: 12 }))));
    expect(fake.readFile(PATH)?.text).toBe(board(8).replaceAll('pending', 'done'));
    expect(fake.commits).toHaveLength(8);
    expect(results.reduce((sum, result) => sum + result.attempts, 0)).toBeGreaterThan(8);
    expect(fake.requests.filter((request) => request.status === 409).length).toBeGreaterThanOrEqual(2);
  });

  it('gives up after maxAttempts with an error that says why', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(2));
    fake.fail({ route: PUT_ROUTE, times: 3, status: 409 });
    const failure = await updateRepositoryFile(client, markDone(1, { maxAttempts: 3 })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubConflictError);
    expect((failure as Error).message).toBe(`Writing ${PATH} on main in octo-org/backlog: the file changed under this update 3 times in a row. Too many jobs write it at once: lower max-parallel, or re-run this job.`);
    expect(fake.readFile(PATH)?.text).toBe(board(2));
  });

  it('says which permission a 403 needs, and names a missing branch', async () => {
    const { fake, client } = await setUp();
    fake.setFile(PATH, board(2));
    fake.fail({ route: PUT_ROUTE, times: 1, status: 403 });
    const denied = await updateRepositoryFile(client, markDone(1)).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(GitHubPermissionError);
    expect((denied as Error).message).toContain('the token cannot push: give the job `permissions: contents: write`');
    await expect(updateRepositoryFile(client, markDone(1))).resolves.toMatchObject({ changed: true });
    const failure = await updateRepositoryFile(client, markDone(2, { branch: 'gone' })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as Error).message).toContain(`Reading ${PATH} on gone in octo-org/backlog`);
  });
});
