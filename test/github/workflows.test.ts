import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { dispatchWorkflow } from '../../src/github/dispatchWorkflow.js';
import { GitHubNotFoundError, GitHubPermissionError } from '../../src/github/GitHubApiError.js';
import { getWorkflowRun } from '../../src/github/getWorkflowRun.js';
import { InvalidWorkflowRefError, parseWorkflowRef } from '../../src/github/parseWorkflowRef.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';

const target = { owner: 'octo-org', repo: 'backlog' };
let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Whatever the fake served must be what GitHub's OpenAPI description documents.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  expect(problems).toEqual([]);
  fake = undefined;
});

async function setUp() {
  fake = await startFakeGitHub();
  return { fake, client: createGitHubClient({ token: 'ghs_workflows', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 }) };
}

describe('parseWorkflowRef', () => {
  it('splits GITHUB_WORKFLOW_REF into what workflow_dispatch needs', () => {
    expect(parseWorkflowRef('octo-org/backlog/.github/workflows/orchestrator.yml@refs/heads/main')).toEqual({ owner: 'octo-org', repo: 'backlog', workflowFile: 'orchestrator.yml', ref: 'refs/heads/main' });
    expect(parseWorkflowRef('a.b/c_d-e/.github/workflows/plan.yaml@refs/heads/feature/x@y')).toEqual({ owner: 'a.b', repo: 'c_d-e', workflowFile: 'plan.yaml', ref: 'refs/heads/feature/x@y' });
    expect(parseWorkflowRef('o/r/.github/workflows/w.yml@refs/tags/v1.2.0')).toMatchObject({ ref: 'refs/tags/v1.2.0' });
  });

  it.each(['', 'orchestrator.yml', 'o/r/.github/workflows/w.yml', 'o/r/workflows/w.yml@main', 'o/.github/workflows/w.yml@main', 'o/r/.github/workflows/w.txt@main'])('refuses %j and shows the expected format', (value) => {
    expect(() => parseWorkflowRef(value)).toThrow(InvalidWorkflowRefError);
    expect(() => parseWorkflowRef(value)).toThrow(`Invalid workflow ref '${value}'. Expected {owner}/{repo}/.github/workflows/{file}.yml@{ref}`);
  });
});

describe('getWorkflowRun', () => {
  it('reports whether the run that claimed a task has ended, and how', async () => {
    const { fake, client } = await setUp();
    fake.setRun({ id: 101, status: 'completed', conclusion: 'cancelled' });
    fake.setRun({ id: 102, status: 'in_progress' });
    await expect(getWorkflowRun(client, { ...target, runId: 101 })).resolves.toEqual({ status: 'completed', conclusion: 'cancelled', htmlUrl: 'https://github.com/octo-org/backlog/actions/runs/101', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    await expect(getWorkflowRun(client, { ...target, runId: 102 })).resolves.toMatchObject({ status: 'in_progress', conclusion: null });
  });

  it('names a missing run, and the permission a 403 needs', async () => {
    const { fake, client } = await setUp();
    await expect(getWorkflowRun(client, { ...target, runId: 5 })).rejects.toThrow(GitHubNotFoundError);
    fake.setRun({ id: 5, status: 'queued' });
    fake.fail({ route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', times: 1, status: 403 });
    await expect(getWorkflowRun(client, { ...target, runId: 5 })).rejects.toThrow('give the job `permissions: actions: read`');
  });
});

describe('dispatchWorkflow', () => {
  it('starts the workflow on the ref with the inputs', async () => {
    const { fake, client } = await setUp();
    await dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'refs/heads/main', inputs: { reason: 'task 267 done' } });
    await dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'main' });
    expect(fake.dispatches).toEqual([
      { repository: 'octo-org/backlog', workflow: 'orchestrator.yml', ref: 'refs/heads/main', inputs: { reason: 'task 267 done' } },
      { repository: 'octo-org/backlog', workflow: 'orchestrator.yml', ref: 'main', inputs: {} },
    ]);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/repos/octo-org/backlog/actions/workflows/orchestrator.yml/dispatches', body: { ref: 'refs/heads/main', inputs: { reason: 'task 267 done' } }, status: 204 });
  });

  it('says which permission to give when the token may not start workflows (and does not retry)', async () => {
    const { fake, client } = await setUp();
    fake.fail({ route: /\/dispatches$/, times: 10, status: 403 });
    const failure = await dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'main' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubPermissionError);
    expect((failure as Error).message).toBe(
      'Starting workflow orchestrator.yml on main in octo-org/backlog: the token cannot start workflows: give the job `permissions: actions: write` (a GITHUB_TOKEN can only start workflows in its own repository; use a GitHub App or PAT token for another) (GitHub said: 403 Resource not accessible by integration).',
    );
    expect(fake.requests).toHaveLength(1);
    expect(fake.dispatches).toEqual([]);
  });

  it('explains an unknown workflow, a missing ref and an undeclared input', async () => {
    const { fake, client } = await setUp();
    await expect(dispatchWorkflow(client, { ...target, workflow: 'nope.yml', ref: 'main' })).rejects.toThrow(/no workflow 'nope.yml' in octo-org\/backlog: check the file name/);
    await expect(dispatchWorkflow(client, { ...target, workflow: 'orchestrator.yml', ref: 'gone' })).rejects.toThrow(/GitHub refused it \(422 No ref found for: gone\)\. The workflow needs 'on: workflow_dispatch'/);
    fake.addWorkflow('plan.yml', { inputs: ['reason'] });
    await expect(dispatchWorkflow(client, { ...target, workflow: 'plan.yml', ref: 'main', inputs: { task: '1' } })).rejects.toThrow('422 Unexpected inputs provided: ["task"]');
    expect(fake.dispatches).toEqual([]);
  });
});
