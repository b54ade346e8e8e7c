import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';
import { createServedOrigin, type ServedOrigin } from '../helpers/servedOrigin.js';

let fake: FakeGitHub | undefined;
const origins: ServedOrigin[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const origin of origins.splice(0)) origin.remove();
});

/** The fake's REST contract problems, less those in the shape of its pull-request answers (another branch fixes those; then this filter drops nothing). */
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function setUp() {
  const origin = createServedOrigin('issuesHandOff', { 'README.md': 'hello\n' });
  origins.push(origin);
  const api = await startFakeGitHub({ gitOrigins: { 'octo-org/backlog': origin.origin } });
  fake = api;
  await createLabels(api);
  const env = (run: number) => githubEnv(run, api, { GITHUB_SERVER_URL: origin.serverUrl });
  const plan = async (run: number, inputs: Record<string, string> = {}) => {
    const result = await runActionAsync(issuesInputs({ command: 'plan', next: 'none', ...inputs }), origin.clone(), 'workflow_dispatch', env(run));
    expect(result.code, result.stdout).toBe(0);
    return JSON.parse(result.outputs.tasks as string) as string[];
  };
  /** The agent's job in run `run`: checkout, prompt (base-sha), the agent's edit, pack into a file. */
  const agentJob = async (run: number, task: string, file: string) => {
    const workspace = origin.clone();
    const prompt = await runActionAsync(issuesInputs({ command: 'prompt', task }), workspace, 'workflow_dispatch', env(run));
    expect(prompt.code, prompt.stdout).toBe(0);
    writeFileSync(join(workspace, file), `task ${task} of run ${run}\n`);
    const changeFile = join(origin.root, `artifact-${run}-${task}`, 'change.json');
    const pack = await runActionAsync(issuesInputs({ command: 'pack', task, result: 'success', 'base-sha': prompt.outputs['base-sha'] as string, 'change-file': changeFile }), workspace, 'workflow_dispatch', env(run));
    expect(pack.code, pack.stdout).toBe(0);
    expect(pack.outputs['artifact-name']).toBe(`waves-change-${task}`);
    return changeFile;
  };
  /** The delivery run hand-off starts (run 900): a fresh checkout, the downloaded file, complete. */
  const deliver = (task: string, changeFile: string, claimRun: number, inputs: Record<string, string> = {}) =>
    runActionAsync(issuesInputs({ command: 'complete', task, 'change-file': changeFile, 'claim-run-id': String(claimRun), deliver: 'push', next: 'none', ...inputs }), origin.clone(), 'workflow_dispatch', env(900));
  return { api, origin, plan, agentJob, deliver };
}

describe('source: issues, hand-off: the delivery checks the claim of the run that packed', () => {
  it('accepts the change of the run that claimed the task; refuses another run’s change and an unclaimed issue, writing nothing', async () => {
    const { api, origin, plan, agentJob, deliver } = await setUp();
    api.addIssue({ number: 1, title: 'One', labels: ['wave-task'] });
    api.addIssue({ number: 2, title: 'Two', labels: ['wave-task'] });
    api.addIssue({ number: 3, title: 'Three, never claimed', labels: ['wave-task', 'status:deferred'] });
    api.setRun({ id: 100, status: 'in_progress', createdAt: ago(60_000) });
    expect(await plan(100)).toEqual(['1', '2']);
    const one = await agentJob(100, '1', 'one.txt');
    const three = await agentJob(100, '3', 'three.txt');
    // Run 300 never claimed task 2, and uploaded no change for it.
    api.setRun({ id: 300, status: 'completed', conclusion: 'success', createdAt: ago(30_000), artifacts: [] });
    const two = await agentJob(300, '2', 'two.txt');
    api.setRun({ id: 100, status: 'completed', conclusion: 'success', createdAt: ago(60_000), artifacts: ['waves-change-1', 'waves-change-3'] });

    // The run has ended and its change waits for delivery: a plan meanwhile keeps the claims (they are not stale before claim-timeout).
    expect(await plan(150)).toEqual([]);
    expect(api.issue(1)?.labels).toContain('status:in-progress');

    const before = origin.git(['rev-parse', 'main']);
    const otherRun = await deliver('2', two, 300);
    expect(otherRun.code).toBe(1);
    expect(otherRun.stdout).toMatch(/::error::Refusing the hand-off of task 2 from run 300: run 300 uploaded no artifact for task 2, so the change is not that run's\. Nothing was written\./);
    const unclaimed = await deliver('3', three, 100);
    expect(unclaimed.code).toBe(1);
    expect(unclaimed.stdout).toMatch(/Refusing the hand-off of task 3 from run 100: issue #3 \(task 3\) is not claimed: it has no status:in-progress label\. Nothing was written\./);
    expect(origin.git(['rev-parse', 'main'])).toBe(before);
    expect(api.issue(2)).toMatchObject({ state: 'open', comments: [] });
    expect(api.issue(2)?.labels).toContain('status:in-progress');
    expect(api.issue(3)).toMatchObject({ state: 'open', comments: [], labels: ['wave-task', 'status:deferred'] });

    const accepted = await deliver('1', one, 100);
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(accepted.outputs['task-status']).toBe('done');
    expect(origin.git(['show', 'main:one.txt'])).toBe('task 1 of run 100\n');
    expect(api.issue(1)?.state).toBe('closed');
    expect(api.contractProblems).toEqual([]);
  }, 180_000);

  it('refuses the change of a run whose claim went stale and was taken by a later run; the later run’s change goes in by pull request', async () => {
    const { api, origin, plan, agentJob, deliver } = await setUp();
    api.addIssue({ number: 1, title: 'Slow one', body: '- [ ] it works\n', labels: ['wave-task'] });
    api.setRun({ id: 100, status: 'in_progress', createdAt: ago(3 * 3600_000) });
    expect(await plan(100)).toEqual(['1']);
    const late = await agentJob(100, '1', 'one.txt');
    // Pretend run 100 claimed two hours ago and packed an hour and a half ago.
    api.backdateEvents(1, 2 * 3600_000);
    api.setRun({ id: 100, status: 'completed', conclusion: 'success', createdAt: ago(3 * 3600_000), updatedAt: ago(1.5 * 3600_000), artifacts: ['waves-change-1'] });
    // Run 200 finds the claim stale (an attempt used) and claims the task again.
    const started = ago(1000);
    api.setRun({ id: 200, status: 'in_progress', createdAt: started });
    expect(await plan(200, { 'claim-timeout': '60' })).toEqual(['1']);
    expect(api.issue(1)?.comments).toHaveLength(1);

    const refused = await deliver('1', late, 100);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Refusing the hand-off of task 1 from run 100: issue #1 \(task 1\) was claimed again at \S+, after run 100 packed its change \(\S+\)\. Nothing was written\./);
    expect(api.issue(1)?.comments).toHaveLength(1);
    expect(api.issue(1)?.labels).toContain('status:in-progress');

    const fresh = await agentJob(200, '1', 'one.txt');
    api.setRun({ id: 200, status: 'completed', conclusion: 'success', createdAt: started, artifacts: ['waves-change-1'] });
    const accepted = await deliver('1', fresh, 200, { deliver: 'pull-request' });
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(accepted.outputs['task-status']).toBe('review');
    const pull = api.pulls.pulls[0]!;
    // The pull request links the run that did the work, not the delivery run.
    expect(pull.body).toContain(`${origin.serverUrl}/octo-org/backlog/actions/runs/200.`);
    expect(pull.body).toContain('Closes #1');
    expect(origin.git(['show', 'waves/1:one.txt'])).toBe('task 1 of run 200\n');
    expect(api.issue(1)?.labels.sort()).toEqual(['status:review', 'wave-task']);
    expect(api.contractProblems).toEqual([]);
  }, 180_000);
});
