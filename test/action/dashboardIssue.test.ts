import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { cloneWorkspace, createOrigin } from '../helpers/gitRepos.js';
import { createLabels, issuesInputs, MARKER, TOKEN, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the dashboard issue', () => {
  it('keeps one dashboard issue when two plans race to create it, and edits that one afterwards', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    for (const number of [1, 2, 3, 4]) fake.addIssue({ number, title: `Task ${number}`, labels: ['wave-task'] });
    const inputs = issuesInputs({ command: 'status', 'dashboard-issue': 'true' });
    const [first, second] = await Promise.all([runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(1, fake)), runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(2, fake!))]);
    expect(first.code, first.stdout).toBe(0);
    expect(second.code, second.stdout).toBe(0);
    const open = () => fake!.issues().filter((issue) => issue.body.startsWith(MARKER) && issue.state === 'open');
    expect(open()).toHaveLength(1);
    const kept = open()[0]?.number;
    expect(first.outputs['dashboard-issue']).toBe(String(kept));
    expect(second.outputs['dashboard-issue']).toBe(String(kept));
    const third = await runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(3, fake));
    expect(third.outputs['dashboard-issue']).toBe(String(kept));
    expect(open()).toHaveLength(1);
    expect(open()[0]?.body.match(/\| \[\d+\]\(/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('creates the dashboard issue on the first plan and edits it in place on the completion', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    const origin = createOrigin({ '.taskmaster/tasks/tasks.json': JSON.stringify({ master: { tasks: [{ id: 1, title: 'a' }, { id: 2, title: 'b <script>', dependencies: [1] }] } }, null, 2) + '\n' });
    const plan = await runActionAsync({ command: 'plan', token: TOKEN, 'dashboard-issue': 'true' }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(5, fake));
    expect(plan.code, plan.stdout).toBe(0);
    const number = Number(plan.outputs['dashboard-issue']);
    expect(fake.issue(number)?.labels).toEqual(['wave-dashboard']);
    expect(fake.issue(number)?.body).toMatch(/dispatched 1/);
    const leg = await runActionAsync({ command: 'complete', task: '1', result: 'success', token: TOKEN, 'dashboard-issue': 'true' }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(5, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(leg.outputs['dashboard-issue']).toBe(String(number));
    const body = fake.issue(number)?.body ?? '';
    expect(body).toMatch(/task 1 done/);
    expect(body).not.toContain('<script>');
    expect(fake.issues().filter((issue) => issue.body.startsWith(MARKER))).toHaveLength(1);
  }, 60_000);
});
