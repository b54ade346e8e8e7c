import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { issuesInputs, runCliAsync, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

// The issues source against GitHub as it is today: label names matched without case, refused
// writes, attempts counted per leg, write batches failing half-way, parents with many sub-issues.

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const RUN_20_BILLION = 20_100_000_123;

describe('source: issues on GitHub as it is today', () => {
  it('a status label spelt with other capitals is the same label: waves labels, plan and complete all use it', async () => {
    fake = await startFakeGitHub();
    fake.addLabel('Status:In-Progress');
    const labels = await runCliAsync(['labels', '--repo', 'octo-org/backlog'], fake);
    expect(labels.code, labels.stderr).toBe(0);
    expect(labels.stdout).toMatch(/exists {3}status:in-progress/);
    fake.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), workspace(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).not.toMatch(/Could not create/);
    expect(plan.outputs.tasks).toBe('["1"]');
    expect(fake.issue(1)?.labels.sort()).toEqual(['Status:In-Progress', 'wave-task']);
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'success', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.issue(1)?.state).toBe('closed');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
  }, 60_000);

  it('a plan that cannot claim fails the step and outputs no matrix', async () => {
    fake = await startFakeGitHub();
    fake.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    fake.refuse({ mutation: 'createLabel', times: 5 });
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), workspace(), 'workflow_dispatch', githubEnv(7, fake));
    expect(plan.code, plan.stdout).toBe(1);
    expect(plan.stdout).toMatch(/::error::.*cannot claim 1: the label 'status:in-progress' does not exist/);
    expect(plan.outputs.count ?? '0').toBe('0');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
  }, 60_000);
});
