import { chmodSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { SEED_SLICE, seedSlice } from '../helpers/actionLoop.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { cloneWorkspace, createOrigin, originFile } from '../helpers/gitRepos.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { runActionAsync } from '../helpers/runAction.js';
import { makeTempDir } from '../helpers/tempDir.js';

// The fake API answers from this process, so the action must run without blocking it (never spawnSync).

const TASKS = '.taskmaster/tasks/tasks.json';
const TOKEN = 'ghs_exampleTokenThatMustNeverBeLogged0123';
const tasksJson = (tasks: unknown[]) => JSON.stringify({ master: { tasks } }, null, 2) + '\n';
const statuses = (text: string) => Object.fromEntries(parseTasksText(text, TASKS).plan!.tasks.map((task) => [task.id, task.status]));

let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Every REST request and answer of the test is checked against GitHub's OpenAPI description.
  const problems = fake?.contractProblems ?? [];
  await fake?.close();
  fake = undefined;
  expect(problems).toEqual([]);
});

describe('the action and the GitHub API (a local fake)', () => {
  it('complete: records the result, then dispatches the planner workflow on the branch', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a', status: 'in-progress' }, { id: 2, title: 'b', dependencies: [1] }]) });
    const leg = await runActionAsync({ command: 'complete', task: '1', result: 'success', token: TOKEN }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(7, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(statuses(originFile(origin, TASKS))).toEqual({ 1: 'done', 2: 'pending' });
    expect(fake.dispatches).toEqual([expect.objectContaining({ repository: 'octo-org/backlog', workflow: 'orchestrator.yml', ref: 'main' })]);
    expect(leg.outputs['task-status']).toBe('done');
    // The only place the token may appear is the runner's own masking command.
    expect(leg.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  });

  it('complete: a dispatch that keeps failing fails the step clearly, after the result is recorded', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    fake.fail({ route: /\/dispatches$/, times: 20, status: 403 });
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a', status: 'in-progress' }]) });
    const leg = await runActionAsync({ command: 'complete', task: '1', result: 'success', token: TOKEN }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(7, fake));
    expect(leg.code).toBe(1);
    expect(leg.stdout).toMatch(/::error::.*actions: write/);
    expect(statuses(originFile(origin, TASKS))).toEqual({ 1: 'done' });
  });

  it('complete: a server error on dispatch is retried to success', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    fake.fail({ route: /\/dispatches$/, times: 2, status: 502 });
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a', status: 'in-progress' }]) });
    const leg = await runActionAsync({ command: 'complete', task: '1', result: 'success', token: TOKEN }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(7, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.dispatches).toHaveLength(1);
  });

  it('plan: returns a claim whose run has ended to pending (one attempt used) and dispatches it again; leaves live and foreign claims alone', async () => {
    fake = await startFakeGitHub();
    fake.setRun({ id: 77, status: 'completed', conclusion: 'cancelled' });
    fake.setRun({ id: 78, status: 'in_progress' });
    const claim = (run: number) => ({ waves: { attempts: 0, runId: String(run), runUrl: `https://github.com/octo-org/backlog/actions/runs/${run}`, claimedAt: '2026-11-25T10:00:00Z' } });
    const origin = createOrigin({
      [TASKS]: tasksJson([
        { id: 1, title: 'stale', status: 'in-progress', metadata: claim(77) },
        { id: 2, title: 'live', status: 'in-progress', metadata: claim(78) },
        { id: 3, title: 'someone by hand', status: 'in-progress' },
        { id: 4, title: 'pending' },
      ]),
    });
    const plan = await runActionAsync({ command: 'plan', 'max-parallel': '4', token: TOKEN }, cloneWorkspace(origin), 'schedule', githubEnv(80, fake));
    expect(plan.code, plan.stdout).toBe(0);
    // Two slots are free (2 and 3 stay in progress): the returned task and the pending one.
    expect(JSON.parse(plan.outputs.tasks as string)).toEqual(['1', '4']);
    expect(plan.stdout).toContain('task 1: its run ended (cancelled) without completing it; returned to pending with one attempt used.');
    const tasks = JSON.parse(originFile(origin, TASKS)).master.tasks;
    expect(tasks[0]).toMatchObject({ status: 'in-progress', metadata: { waves: { attempts: 1, runId: '80', lastError: expect.stringContaining('ended (cancelled)') } } });
    expect(tasks[1].metadata.waves.runId).toBe('78');
    expect(tasks[2].status).toBe('in-progress');
    // The ended run is asked whether it handed the task's change off (it did not).
    expect(fake.requests.map((request) => request.route)).toEqual(['GET /repos/{owner}/{repo}/actions/runs/{run_id}', 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'GET /repos/{owner}/{repo}/actions/runs/{run_id}']);
  });

  it('plan: a claim whose run ended after handing its change off waits for the delivery run, until claim-timeout', async () => {
    fake = await startFakeGitHub();
    const endedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    fake.setRun({ id: 77, status: 'completed', conclusion: 'success', artifacts: ['waves-change-1'], updatedAt: endedAt });
    fake.setRun({ id: 79, status: 'completed', conclusion: 'success', artifacts: ['waves-change-other'], updatedAt: endedAt });
    const claim = (run: number) => ({ waves: { attempts: 0, runId: String(run), runUrl: `https://github.com/octo-org/backlog/actions/runs/${run}`, claimedAt: '2026-11-25T10:00:00Z' } });
    const origin = createOrigin({
      [TASKS]: tasksJson([
        { id: 1, title: 'handed off', status: 'in-progress', metadata: claim(77) },
        { id: 2, title: 'ended without a hand-off of its own', status: 'in-progress', metadata: claim(79) },
      ]),
    });
    const waiting = await runActionAsync({ command: 'plan', token: TOKEN }, cloneWorkspace(origin), 'schedule', githubEnv(80, fake));
    expect(waiting.code, waiting.stdout).toBe(0);
    expect(waiting.stdout).toContain('task 1: run 77 has ended and handed its change off (waves-change-1); waiting for the delivery run to record it.');
    // Task 1 stays claimed by run 77, so its delivery run is accepted; task 2 was stale and is dispatched again.
    expect(JSON.parse(waiting.outputs.tasks as string)).toEqual(['2']);
    let tasks = JSON.parse(originFile(origin, TASKS)).master.tasks;
    expect(tasks[0]).toMatchObject({ status: 'in-progress', metadata: { waves: { attempts: 0, runId: '77' } } });

    // Past claim-timeout (20 minutes here) after the run ended, a delivery that never came frees the task.
    const late = await runActionAsync({ command: 'plan', token: TOKEN, 'claim-timeout': '20' }, cloneWorkspace(origin), 'schedule', githubEnv(81, fake));
    expect(late.code, late.stdout).toBe(0);
    expect(late.stdout).toContain('task 1: its run ended (success) without completing it; returned to pending with one attempt used.');
    tasks = JSON.parse(originFile(origin, TASKS)).master.tasks;
    expect(tasks[0]).toMatchObject({ status: 'in-progress', metadata: { waves: { attempts: 1, runId: '81' } } });
  });

  it('plan and complete in file mode with next: none make no API call', async () => {
    fake = await startFakeGitHub();
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a' }, { id: 2, title: 'b' }]) });
    const plan = await runActionAsync({ command: 'plan', token: TOKEN, next: 'none' }, cloneWorkspace(origin), 'push', githubEnv(1, fake));
    expect(plan.code, plan.stdout).toBe(0);
    const leg = await runActionAsync({ command: 'complete', task: '1', result: 'failure', token: TOKEN, next: 'none' }, cloneWorkspace(origin), 'push', githubEnv(1, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(statuses(originFile(origin, TASKS))).toEqual({ 1: 'pending', 2: 'in-progress' });
    expect(fake.requests).toEqual([]);
  });

  it('plan: when the API cannot be reached, the stale-claim check is skipped with a warning', async () => {
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a', status: 'in-progress', metadata: { waves: { attempts: 0, runId: '5', runUrl: 'u' } } }, { id: 2, title: 'b' }]) });
    const plan = await runActionAsync({ command: 'plan', token: TOKEN }, cloneWorkspace(origin), 'schedule', { GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '9', GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/::warning::could not check the run that claimed task 1/);
    expect(JSON.parse(plan.outputs.tasks as string)).toEqual(['2']);
  }, 120_000);

  it('without a checkout, claims and completions go through the Contents API, re-applied after a 409', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    fake.setFile(TASKS, tasksJson([{ id: 1, title: 'a' }, { id: 2, title: 'b' }, { id: 3, title: 'c', dependencies: [1] }]));
    const workspace = makeTempDir('nocheckout');
    mkdirSync(join(workspace, '.taskmaster/tasks'), { recursive: true });
    writeFileSync(join(workspace, TASKS), fake.readFile(TASKS)!.text);
    fake.fail({ route: 'PUT /repos/{owner}/{repo}/contents/{path}', times: 1, status: 409 });
    const plan = await runActionAsync({ command: 'plan', token: TOKEN }, workspace, 'workflow_dispatch', githubEnv(3, fake));
    expect(plan.code, plan.stdout).toBe(0);
    expect(JSON.parse(plan.outputs.tasks as string)).toEqual(['1', '2']);
    expect(statuses(fake.readFile(TASKS)!.text)).toEqual({ 1: 'in-progress', 2: 'in-progress', 3: 'pending' });
    const legs = await Promise.all(['1', '2'].map((id) => runActionAsync({ command: 'complete', task: id, result: 'success', token: TOKEN }, workspace, 'workflow_dispatch', githubEnv(3, fake!))));
    for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
    expect(statuses(fake.readFile(TASKS)!.text)).toEqual({ 1: 'done', 2: 'done', 3: 'pending' });
    expect(fake.dispatches).toHaveLength(2);
    expect(fake.commits.map((commit) => commit.committer?.name)).not.toContain(undefined);
  }, 120_000);

  it('a seed loop, each next plan started by the dispatch the completions send', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    // A slice of the seed, four waves deep; the examples (npm run examples) run the whole seed this way.
    const seed = seedSlice(SEED_SLICE);
    const origin = createOrigin({ [TASKS]: seed });
    let plans = 0;
    for (let round = 1; round <= 12; round++) {
      const plan = await runActionAsync({ command: 'plan', token: TOKEN }, cloneWorkspace(origin), round === 1 ? 'push' : 'workflow_dispatch', githubEnv(round * 10, fake));
      plans++;
      expect(plan.code, plan.stdout).toBe(0);
      if (plan.outputs['all-done'] === 'true') break;
      const ids = JSON.parse(plan.outputs.tasks as string) as string[];
      const before = fake.dispatches.length;
      const legs = await Promise.all(ids.map((id) => runActionAsync({ command: 'complete', task: id, result: 'success', token: TOKEN }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(round * 10, fake!))));
      for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
      // The next planner run exists only because the legs asked for it.
      expect(fake.dispatches.length - before).toBe(ids.length);
    }
    expect(Object.values(statuses(originFile(origin, TASKS))).every((status) => status === 'done')).toBe(true);
    expect(plans).toBe(5); // four waves, then the plan that finds all done
  }, 180_000);

  it('plan: a claim that cannot be pushed dispatches nothing and fails clearly', async () => {
    const origin = createOrigin({ [TASKS]: tasksJson([{ id: 1, title: 'a' }]) });
    const hook = join(origin, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const plan = await runActionAsync({ command: 'plan', next: 'none' }, cloneWorkspace(origin), 'push', { GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '5' });
    expect(plan.code).toBe(1);
    expect(plan.outputs).toMatchObject({ matrix: '{"include":[]}', tasks: '[]', count: '0' });
    expect(plan.stdout).toContain('::error::could not record the claim, so nothing was dispatched (a task must never run twice)');
    expect(statuses(originFile(origin, TASKS))).toEqual({ 1: 'pending' });
  }, 180_000);

  it('plan: max-dispatch caps one run; complete: an unknown task is a clear error that writes nothing', async () => {
    const origin = createOrigin({ [TASKS]: tasksJson([1, 2, 3, 4, 5].map((id) => ({ id, title: `t${id}` }))) });
    const plan = await runActionAsync({ command: 'plan', 'max-dispatch': '2', next: 'none' }, cloneWorkspace(origin), 'push', { GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '6' });
    expect(JSON.parse(plan.outputs.tasks as string)).toEqual(['1', '2']);
    const before = originFile(origin, TASKS);
    const leg = await runActionAsync({ command: 'complete', task: '99', result: 'success', next: 'none' }, cloneWorkspace(origin), 'push', { GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '6' });
    expect(leg.code).toBe(1);
    expect(leg.stdout).toContain("::error::Invalid task '99': no such task or subtask in .taskmaster/tasks/tasks.json.");
    expect(originFile(origin, TASKS)).toBe(before);
  });
});
