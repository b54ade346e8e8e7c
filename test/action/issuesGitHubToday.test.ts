import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs, runCliAsync, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

// The issues source against GitHub as it is today: label names matched without case, refused
// writes, attempts counted per leg, write batches failing half-way, parents with many sub-issues.

let fake: FakeGitHub | undefined;
const made: string[] = [];
/** A runner workspace, removed after the test. */
const ws = () => {
  const directory = workspace();
  made.push(directory);
  return directory;
};
afterEach(async () => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
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
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).not.toMatch(/Could not create/);
    expect(plan.outputs.tasks).toBe('["1"]');
    expect(fake.issue(1)?.labels.sort()).toEqual(['Status:In-Progress', 'wave-task']);
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'success', next: 'none' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.issue(1)?.state).toBe('closed');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
  }, 60_000);

  it('a plan that cannot claim fails the step and outputs no matrix', async () => {
    fake = await startFakeGitHub();
    fake.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    fake.refuse({ mutation: 'createLabel', times: 5 });
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', githubEnv(7, fake));
    expect(plan.code, plan.stdout).toBe(1);
    expect(plan.stdout).toMatch(/::error::.*cannot claim 1: the label 'status:in-progress' does not exist/);
    expect(plan.outputs.count ?? '0').toBe('0');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
  }, 60_000);

  it('a parent with 60 sub-issues stays open while any past the first 50 is open', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Epic', labels: ['wave-task'] });
    for (let number = 2; number <= 61; number++) fake.addIssue({ number, title: `Phase ${number}`, parent: 1, state: number === 30 || number > 55 ? 'open' : 'closed', labels: number === 30 ? ['wave-task', 'status:in-progress'] : [] });
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1.30', result: 'success', granularity: 'subtask', next: 'none' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(fake.issue(30)?.state).toBe('closed');
    expect(fake.issue(1)?.state).toBe('open');
    // Once the last ones close, completing the last phase closes the parent.
    fake.addIssue({ number: 62, title: 'Last phase', parent: 1, labels: ['wave-task', 'status:in-progress'] });
    for (let number = 56; number <= 61; number++) fake.closeIssue(number);
    const last = await runActionAsync(issuesInputs({ command: 'complete', task: '1.62', result: 'success', granularity: 'subtask', next: 'none' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(last.code, last.stdout).toBe(0);
    expect(fake.issue(1)?.state).toBe('closed');
  }, 60_000);

  it('two failures in one run are two attempts (stale-claim release in the plan job, failed leg in the agents job); markers by others count for nothing', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Flaky', labels: ['wave-task', 'status:in-progress'] });
    fake.backdateEvents(1, 7 * 3600_000);
    // Anyone who can comment can post a marker; it is not the action's.
    fake.addComment(1, '<!-- waves:attempt run=999 -->\nfake attempt', 'mallory');
    const inputs = { 'max-attempts': '2', next: 'none' };
    const plan = await runActionAsync(issuesInputs({ command: 'plan', ...inputs }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake, { GITHUB_JOB: 'plan', GITHUB_RUN_ATTEMPT: '1' }));
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/task 1: claimed at .* back to pending \(attempt 1 of 2\)/);
    expect(plan.outputs.tasks).toBe('["1"]');
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'failure', ...inputs }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake, { GITHUB_JOB: 'agents', GITHUB_RUN_ATTEMPT: '1' }));
    expect(leg.code, leg.stdout).toBe(0);
    expect(leg.outputs['task-status']).toBe('blocked');
    expect(fake.issue(1)?.labels.sort()).toEqual(['status:blocked', 'wave-task']);
    const ours = fake.issue(1)?.comments.filter((comment) => comment.author === 'github-actions[bot]').map((comment) => comment.body) ?? [];
    expect(ours).toEqual([expect.stringMatching(/attempt 1 of 2 .*actions\/runs\/20100000123/), expect.stringMatching(/attempt 2 of 2 /)]);
  }, 60_000);

  it('a write batch that fails half-way releases the claims already made and fails the plan', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    for (let number = 1; number <= 30; number++) fake.addIssue({ number, title: `Task ${number}`, labels: ['wave-task'] });
    // The second request of claims is refused outright (HTTP 403, not retried).
    fake.fail({ route: 'POST /graphql', graphqlOperation: 'IssueWrites', skip: 1, times: 1, status: 403 });
    const plan = await runActionAsync(issuesInputs({ command: 'plan', 'max-parallel': '30', 'max-dispatch': '30', 'dashboard-issue': 'true' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(plan.code, plan.stdout).toBe(1);
    expect(plan.outputs.count ?? '0').toBe('0');
    expect(plan.stdout).toMatch(/::warning::The plan failed after claiming 1, 2, .* those claims were released/);
    expect(fake.issues().filter((issue) => issue.labels.includes('status:in-progress')).map((issue) => issue.number)).toEqual([]);
    // The next plan reads them all as pending and claims them.
    const again = await runActionAsync(issuesInputs({ command: 'plan', 'max-parallel': '30', 'max-dispatch': '30' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION + 1, fake));
    expect(again.code, again.stdout).toBe(0);
    expect(JSON.parse(again.outputs.tasks ?? '[]')).toHaveLength(30);
  }, 60_000);

  it('a close GitHub refuses leaves the issue labelled done, so the next plan does not dispatch it again', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Done but not closable', labels: ['wave-task', 'status:in-progress'] });
    fake.addIssue({ number: 2, title: 'Next', labels: ['wave-task'], blockedBy: [1] });
    fake.refuse({ mutation: 'closeIssue', times: 1 });
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'success', next: 'none' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(leg.code, leg.stdout).toBe(0);
    expect(leg.stdout).toMatch(/::warning::task 1: GitHub refused to close issue #1 .*labelled status:done instead/);
    expect(fake.issue(1)?.state).toBe('open');
    expect(fake.issue(1)?.labels.sort()).toEqual(['status:done', 'wave-task']);
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION + 1, fake));
    expect(plan.outputs.tasks).toBe('["2"]');
  }, 60_000);

  it('a claim followed by 10 other label changes is still released once stale', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    const others = Array.from({ length: 10 }, (_, index) => `area:${index}`);
    fake.addIssue({ number: 1, title: 'Busy labels', labels: ['wave-task', 'status:in-progress', ...others] });
    fake.backdateEvents(1, 7 * 3600_000);
    const plan = await runActionAsync(issuesInputs({ command: 'plan' }), ws(), 'workflow_dispatch', githubEnv(RUN_20_BILLION, fake));
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/::warning::task 1: claimed at or before .* back to pending \(attempt 1 of 2\)/);
    expect(plan.outputs.tasks).toBe('["1"]');
  }, 60_000);
});
