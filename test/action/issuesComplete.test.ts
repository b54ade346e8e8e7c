import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('source: issues, command complete', () => {
  it('close-on-done: false labels a finished task status:done and leaves the issue open', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 8, title: 'Keep open', labels: ['wave-task', 'status:in-progress'] });
    const before = fake.requests.length;
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '8', result: 'success', 'close-on-done': 'false', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(51, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.issue(8)?.state).toBe('open');
    expect(fake.issue(8)?.labels.sort()).toEqual(['status:done', 'wave-task']);
    // Without dashboard-issue the leg reads only its own issue: one query, the done label's id, one write.
    expect(fake.requests.slice(before).map((request) => request.graphql?.operation)).toEqual(['query', 'query', 'mutation']);
    expect(leg.outputs['all-done']).toBeUndefined();
  }, 60_000);

  it('failure: one comment per task per run with the run link, back to pending, then blocked when attempts run out', async () => {
    fake = await startFakeGitHub();
    fake.addWorkflow('orchestrator.yml');
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Flaky', labels: ['wave-task', 'status:in-progress'] });
    const complete = (run: number) => runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'failure', 'max-attempts': '2', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(run, fake!));
    const first = await complete(10);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['task-status']).toBe('pending');
    // A re-run of the same completion edits its comment instead of adding one.
    await complete(10);
    expect(fake.issue(1)?.comments).toHaveLength(1);
    expect(fake.issue(1)?.comments[0]?.body).toContain('https://github.com/octo-org/backlog/actions/runs/10');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
    const second = await complete(11);
    expect(second.outputs['task-status']).toBe('blocked');
    expect(fake.issue(1)?.comments).toHaveLength(2);
    expect(fake.issue(1)?.labels.sort()).toEqual(['status:blocked', 'wave-task']);
    expect(fake.issue(1)?.state).toBe('open');
  }, 60_000);
});
