import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLObjectType } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { closePullRequest, enableAutoMerge, mergePullRequest, openOrUpdatePullRequest, readPullRequestStates } from '../../src/github/pullRequests.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { cloneWorkspace, createOrigin } from '../helpers/gitRepos.js';
import { githubSchema } from '../helpers/githubSchema.js';

// The fake's pull requests against GitHub's published descriptions, driven by the product's own calls.

let fake: FakeGitHub | undefined;
afterEach(async () => {
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  fake = undefined;
  expect(problems).toEqual([]);
});

const repo = { owner: 'octo-org', repo: 'backlog' };
const git = (cwd: string, args: string[]) => execFileSync('git', ['-c', 'user.name=agent', '-c', 'user.email=agent@example.invalid', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Commits `files` on top of origin's `from` and force-pushes that to `branch`; returns the commit. */
function push(origin: string, branch: string, files: Record<string, string>, from = 'main'): string {
  const workspace = cloneWorkspace(origin);
  git(workspace, ['checkout', '-q', '-B', 'work', `origin/${from}`]);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(workspace, path), text);
  git(workspace, ['add', '-A']);
  git(workspace, ['commit', '-q', '-m', `change ${Object.keys(files).join(', ')}`]);
  git(workspace, ['push', '-q', '--force', 'origin', `HEAD:${branch}`]);
  return git(workspace, ['rev-parse', 'HEAD']);
}

async function setUp() {
  const origin = createOrigin({ 'a.txt': 'a\n' });
  fake = await startFakeGitHub({ gitOrigins: { 'octo-org/backlog': origin } });
  const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
  return { origin, client, fake };
}

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected GitHub to refuse'), (error: { status?: number; response?: { data?: unknown } }) => ({ status: error.status, data: error.response?.data }));

describe("the fake GitHub's pull requests, as GitHub answers", () => {
  it('opens, updates, refuses a second one for the same head, and squash-merges only the head it was asked to, with full objects', async () => {
    const { origin, client, fake } = await setUp();
    const head = push(origin, 'waves/1', { 'b.txt': 'b\n' });
    const opened = await openOrUpdatePullRequest(client, { ...repo, head: 'waves/1', base: 'main', title: '1: One', body: 'first' });
    expect(opened).toMatchObject({ created: true, head, url: `https://github.com/octo-org/backlog/pull/${opened.number}` });
    const created = fake.requests.find((request) => request.route === 'POST /repos/{owner}/{repo}/pulls');
    expect(created?.status).toBe(201);

    const { data: pull } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: opened.number });
    expect(pull).toMatchObject({ number: opened.number, node_id: opened.nodeId, state: 'open', mergeable: true, mergeable_state: 'clean', merged: false, commits: 1, additions: 1, deletions: 0, changed_files: 1, user: { login: 'github-actions[bot]' }, head: { ref: 'waves/1', sha: head, label: 'octo-org:waves/1', repo: { full_name: 'octo-org/backlog' } }, base: { ref: 'main' } });
    expect(pull.id).toBeGreaterThan(2 ** 31);
    expect(pull.url).toBe(`${fake.url}/repos/octo-org/backlog/pulls/${opened.number}`);
    expect(pull.merge_commit_sha).toMatch(/^[0-9a-f]{40}$/); // the test merge
    expect(Date.parse(pull.created_at)).toBeGreaterThan(Date.now() - 60_000);

    const again = await openOrUpdatePullRequest(client, { ...repo, head: 'waves/1', base: 'main', title: '1: One, again', body: 'second' });
    expect(again).toMatchObject({ created: false, number: opened.number });
    expect(fake.pulls.pulls[0]).toMatchObject({ title: '1: One, again', body: 'second' });
    const duplicate = await failure(client.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: 'waves/1', base: 'main', title: 'x' }));
    expect(duplicate).toEqual({ status: 422, data: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for octo-org:waves/1.' }], documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' } });

    expect(await mergePullRequest(client, { ...repo, number: opened.number, head: 'f'.repeat(40), title: '1: One' })).toBeUndefined();
    expect(fake.requests.at(-1)?.status).toBe(409);
    const before = git(origin, ['rev-parse', 'main']);
    const merged = await mergePullRequest(client, { ...repo, number: opened.number, head, title: '1: One' });
    expect(git(origin, ['rev-parse', 'main'])).toBe(merged);
    expect(git(origin, ['log', '-1', '--format=%P %s', 'main'])).toBe(`${before} 1: One`);
    const { data: after } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: opened.number });
    expect(after).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged, mergeable: null, merged_by: { login: 'github-actions[bot]' }, commits: 1 });
    const { data: issue } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: opened.number });
    expect(issue.pull_request?.merged_at).toBe(after.merged_at);
    expect([...(await readPullRequestStates(client, [opened.nodeId])).values()]).toEqual([{ nodeId: opened.nodeId, number: opened.number, url: opened.url, state: 'MERGED', mergeable: 'UNKNOWN', head, mergeCommit: merged }]);
    expect(await failure(client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: opened.number, state: 'open' }))).toMatchObject({ status: 422 });
  }, 60_000);

  it('refuses what GitHub refuses: no commits, a conflicting merge (405), auto-merge on a clean one; closes with a comment; will not reopen a force-pushed head', async () => {
    const { origin, client, fake } = await setUp();
    git(origin, ['update-ref', 'refs/heads/waves/2', 'main']);
    expect(await failure(client.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: 'waves/2', base: 'main', title: 'x' }))).toMatchObject({ status: 422, data: { errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and waves/2' }] } });

    const head = push(origin, 'waves/3', { 'a.txt': 'from 3\n' });
    const three = await openOrUpdatePullRequest(client, { ...repo, head: 'waves/3', base: 'main', title: '3: Three', body: '' });
    await expect(enableAutoMerge(client, three)).rejects.toThrow(/Pull request Pull request is in clean status/);
    push(origin, 'main', { 'a.txt': 'someone else\n' });
    expect((await readPullRequestStates(client, [three.nodeId])).get(three.nodeId)).toMatchObject({ state: 'OPEN', mergeable: 'CONFLICTING', head });
    expect(await mergePullRequest(client, { ...repo, number: three.number, head, title: '3: Three' })).toBeUndefined();
    // Asked once: a 405 is GitHub's answer for now, not a failure to retry (the next plan asks again).
    expect(fake.requests.filter((request) => request.route === 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge').map((request) => request.status)).toEqual([405]);
    await enableAutoMerge(client, three); // a conflicting pull request can wait for its merge
    const { data: armed } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: three.number });
    expect(armed).toMatchObject({ mergeable: false, mergeable_state: 'dirty', auto_merge: { merge_method: 'squash', enabled_by: { login: 'github-actions[bot]' } } });

    await closePullRequest(client, { ...repo, number: three.number, comment: 'conflicts' });
    expect(fake.issue(three.number)?.comments.map((comment) => comment.body)).toEqual(['conflicts']);
    const { data: closed } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: three.number });
    expect(closed).toMatchObject({ state: 'closed', merged: false, auto_merge: null, comments: 1, head: { sha: head } });
    push(origin, 'waves/3', { 'a.txt': 'again from 3\n' });
    const reopen = await failure(client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: three.number, state: 'open' }));
    expect(reopen).toMatchObject({ status: 422, data: { errors: [{ field: 'state', message: expect.stringMatching(/force-pushed/) }] } });
    // A new attempt opens a new pull request from the same branch.
    expect(await openOrUpdatePullRequest(client, { ...repo, head: 'waves/3', base: 'main', title: '3: Three', body: '' })).toMatchObject({ created: true, number: three.number + 1 });
    // Without its `owner:`, GitHub ignores the head filter.
    const { data: listed } = await client.request('GET /repos/{owner}/{repo}/pulls', { ...repo, head: 'waves/none', state: 'all' });
    expect(listed.map((entry) => entry.number)).toEqual([three.number + 1, three.number]);
  }, 60_000);

  it("answers GraphQL with PullRequest fields GitHub's schema has", async () => {
    const { origin, client, fake } = await setUp();
    push(origin, 'waves/1', { 'b.txt': 'b\n' });
    const opened = await openOrUpdatePullRequest(client, { ...repo, head: 'waves/1', base: 'main', title: '1: One', body: '' });
    const schema = githubSchema();
    const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    const node = fake.pulls.graphql.node(opened.nodeId) as Record<string, unknown>;
    expect(Object.keys(node).filter((key) => key !== '__typename' && !fields('PullRequest').includes(key))).toEqual([]);
    push(origin, 'main', { 'b.txt': 'elsewhere\n' });
    const answer = fake.pulls.graphql.mutations.enablePullRequestAutoMerge({ input: { pullRequestId: opened.nodeId } });
    expect(Object.keys(answer).filter((key) => !fields('EnablePullRequestAutoMergePayload').includes(key))).toEqual([]);
    const request = (answer.pullRequest as { autoMergeRequest: Record<string, unknown> }).autoMergeRequest;
    expect(Object.keys(request).filter((key) => key !== '__typename' && !fields('AutoMergeRequest').includes(key))).toEqual([]);
  }, 60_000);
});
