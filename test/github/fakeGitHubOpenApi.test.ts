import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { fetchIssueSnapshotRest } from '../../src/github/fetchIssueSnapshotRest.js';
import { readRepositoryFile } from '../../src/github/readRepositoryFile.js';
import { updateRepositoryFile } from '../../src/github/updateRepositoryFile.js';
import { dispatchWorkflow } from '../../src/github/dispatchWorkflow.js';
import { getWorkflowRun } from '../../src/github/getWorkflowRun.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { checkRestExchange } from '../helpers/githubOpenApi.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("the fake GitHub's REST side against GitHub's OpenAPI description (@octokit/openapi)", () => {
  it('catches an invented route, query parameter, body field, answer field and status code', () => {
    const label = { id: 3_100_000_001, node_id: 'LA_x', url: 'https://api.github.com/repos/o/r/labels/bug', name: 'bug', description: null, color: 'ededed', default: false };
    expect(checkRestExchange('POST /repos/{owner}/{repo}/labels', {}, { name: 'bug', color: 'ededed' }, 201, label)).toEqual([]);
    expect(checkRestExchange('POST /repos/{owner}/{repo}/labels', {}, { name: 'bug', colour: 'ededed' }, 201, label)).toEqual([expect.stringMatching(/request body: field 'colour' is not in GitHub's schema/)]);
    expect(checkRestExchange('POST /repos/{owner}/{repo}/labels', {}, { name: 'bug' }, 201, { ...label, is_fancy: true })).toEqual([expect.stringMatching(/201 answer: field 'is_fancy' is not in GitHub's schema/)]);
    expect(checkRestExchange('POST /repos/{owner}/{repo}/labels', {}, { name: 'bug' }, 201, { ...label, id: '3100000001' })).toEqual([expect.stringMatching(/answer\.id: string where the schema says integer/)]);
    expect(checkRestExchange('POST /repos/{owner}/{repo}/labels', {}, { name: 'bug' }, 418, undefined)).toEqual([expect.stringMatching(/status 418 is not documented/)]);
    expect(checkRestExchange('GET /repos/{owner}/{repo}/wave-status', {}, undefined, 200, {})).toEqual([expect.stringMatching(/no such route/)]);
    expect(checkRestExchange('GET /repos/{owner}/{repo}/issues', { labels: 'a', per_page: '100', colour: 'x' }, undefined, 200, [])).toEqual([expect.stringMatching(/query parameter 'colour' is not documented/)]);
  });

  it('every REST exchange the product makes with the fake matches the description (contents, runs, dispatch, issues, links, labels)', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    fake.setRun({ id: 20_100_000_555, status: 'completed', conclusion: 'failure' });
    fake.setFile('tasks.json', '{"tasks": []}');
    fake.addIssue({ number: 1, title: 'A', labels: ['wave-task', 'status:in-progress'] });
    fake.addIssue({ number: 2, title: 'B', labels: ['wave-task'], blockedBy: [1] });
    fake.addIssue({ number: 3, title: 'C', parent: 2, labels: ['wave-task'] });
    fake.addIssue({ number: 4, title: 'Dashboard', labels: ['wave-dashboard'] });
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    await fetchIssueSnapshotRest(client, { owner: 'octo-org', repo: 'backlog', label: 'wave-task', statusPrefix: 'status:', dashboardLabel: 'wave-dashboard' });
    await readRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path: 'tasks.json' });
    await updateRepositoryFile(client, { owner: 'octo-org', repo: 'backlog', path: 'tasks.json', branch: 'main', message: 'update', apply: () => '{"tasks": [1]}' });
    await dispatchWorkflow(client, { owner: 'octo-org', repo: 'backlog', workflow: 'orchestrator.yml', ref: 'main', inputs: { command: 'plan' } });
    expect((await getWorkflowRun(client, { owner: 'octo-org', repo: 'backlog', runId: 20_100_000_555 })).conclusion).toBe('failure');
    expect(fake.requests.filter((request) => request.route !== 'POST /graphql').length).toBeGreaterThan(10);
    expect(fake.contractProblems).toEqual([]);
  }, 60_000);
});
