import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs, MARKER, runCliAsync, TOKEN, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('source: issues, unattended', () => {
  it('a wave-paused label on the dashboard issue pauses the plan, in the action and the CLI; removing it resumes', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'Second', labels: ['wave-task'] });
    // A wave-paused label on an issue that is not the dashboard pauses nothing.
    fake.addIssue({ number: 3, title: 'Not the dashboard', labels: ['wave-paused'] });
    const dashboard = fake.addIssue({ number: 4, title: 'Wave dashboard', body: `${MARKER}\n(old body)`, labels: ['wave-dashboard', 'wave-paused'] });

    const paused = await runActionAsync(issuesInputs({ command: 'plan', 'dashboard-issue': 'true' }), workspace(), 'workflow_dispatch', githubEnv(1, fake));
    expect(paused.code, paused.stdout).toBe(0);
    expect(paused.outputs.count).toBe('0');
    expect(paused.stdout).toContain('The loop is paused: the wave-paused label is on the dashboard issue #4; remove it to resume');
    expect(fake.issue(4)?.body).toContain('⏸️ Paused by the wave-paused label: the wave-paused label is on the dashboard issue \\#4; remove it to resume. Nothing new is dispatched until the wave-paused label is removed from \\#4.');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);

    const cli = await runCliAsync(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], fake);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ dispatch: [], paused: { by: 'the wave-paused label' } });

    const removed = await fetch(`${fake.url}/repos/octo-org/backlog/issues/${dashboard.number}/labels/wave-paused`, { method: 'DELETE', headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' } });
    expect(removed.status).toBe(200);
    const running = await runActionAsync(issuesInputs({ command: 'plan', 'dashboard-issue': 'true' }), workspace(), 'workflow_dispatch', githubEnv(2, fake));
    expect(JSON.parse(running.outputs.tasks ?? '[]')).toEqual(['1', '2']);
  }, 120_000);

  it('a blocked task: its issue comment mentions the assignees, the dashboard issue gets one notice, and a re-run repeats neither', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Flaky @everyone', labels: ['wave-task', 'status:in-progress'], assignees: ['mona', 'hubot'] });
    fake.addIssue({ number: 2, title: 'Wave dashboard', body: `${MARKER}\n(old body)`, labels: ['wave-dashboard'] });
    const complete = () => runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'failure', 'max-attempts': '1', 'dashboard-issue': 'true', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(30, fake!));
    const first = await complete();
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['task-status']).toBe('blocked');
    const taskComments = () => fake!.issue(1)?.comments.map((comment) => comment.body) ?? [];
    const dashboardComments = () => fake!.issue(2)?.comments.map((comment) => comment.body) ?? [];
    expect(taskComments()).toHaveLength(1);
    expect(taskComments()[0]).toContain('@mona @hubot: No attempts left: labelled `status:blocked`');
    expect(dashboardComments()).toHaveLength(1);
    expect(dashboardComments()[0]).toMatch(/^<!-- waves:notice blocked task=1 run=30 -->\n⛔ task \*\*1\*\* \(Flaky @\u200beveryone\) is blocked after 1 failed attempt: ended with failure\./);
    const again = await complete();
    expect(again.code, again.stdout).toBe(0);
    expect(taskComments()).toHaveLength(1);
    expect(dashboardComments()).toHaveLength(1);
  }, 120_000);
});

describe('source: issues, daily budget', () => {
  it('counts the in-progress label events of the last 24 hours across planner runs', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    for (const number of [1, 2, 3]) fake.addIssue({ number, title: `Task ${number}`, labels: ['wave-task'] });
    const inputs = issuesInputs({ command: 'plan', 'max-dispatches-per-day': '2', next: 'none' });
    const first = await runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(1, fake));
    expect(first.code, first.stdout).toBe(0);
    expect(JSON.parse(first.outputs.tasks ?? '[]')).toEqual(['1', '2']);
    const second = await runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(2, fake));
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.count).toBe('0');
    expect(second.summary).toContain('Daily budget reached: 2 of 2 dispatches in the last 24 hours; 1 ready held back; the next slot frees at ');
    expect(fake.issue(3)?.labels).toEqual(['wave-task']);
  }, 120_000);
});
