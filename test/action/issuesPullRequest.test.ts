import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';
import { createServedOrigin, type ServedOrigin } from '../helpers/servedOrigin.js';

/**
 * The fake's REST contract problems, less those in the shape of its pull-request answers (what the
 * action sends is still checked): another branch makes fakeGitHubPulls.ts answer full pull
 * requests; once merged, this filter drops nothing and can go.
 */

let fake: FakeGitHub | undefined;
const origins: ServedOrigin[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const origin of origins.splice(0)) origin.remove();
});

async function setUp(files: Record<string, string>, options: FakeGitHubOptions = {}) {
  const origin = createServedOrigin('issuesPullRequest', files);
  origins.push(origin);
  const api = await startFakeGitHub({ gitOrigins: { 'octo-org/backlog': origin.origin }, ...options });
  fake = api;
  await createLabels(api);
  const env = (run: number) => githubEnv(run, api, { GITHUB_SERVER_URL: origin.serverUrl });
  const plan = async (run: number, inputs: Record<string, string> = {}) => {
    const result = await runActionAsync(issuesInputs({ command: 'plan', next: 'none', ...inputs }), origin.clone(), 'workflow_dispatch', env(run));
    expect(result.code, result.stdout).toBe(0);
    return JSON.parse(result.outputs.tasks as string) as string[];
  };
  const leg = async (run: number, task: string, edit: (workspace: string) => void, inputs: Record<string, string> = {}) => {
    const workspace = origin.clone();
    const prompt = await runActionAsync(issuesInputs({ command: 'prompt', task }), workspace, 'workflow_dispatch', env(run));
    expect(prompt.code, prompt.stdout).toBe(0);
    edit(workspace);
    const result = await runActionAsync(issuesInputs({ command: 'complete', task, result: 'success', deliver: 'pull-request', 'base-sha': prompt.outputs['base-sha'] as string, next: 'none', ...inputs }), workspace, 'workflow_dispatch', env(run));
    expect(result.code, result.stdout).toBe(0);
    return result;
  };
  const labels = (number: number) => [...(api.issue(number)?.labels ?? [])].sort();
  return { api, origin, plan, leg, labels };
}

describe('source: issues, deliver: pull-request, against the fake GitHub and a real origin', () => {
  it('opens a PR that closes the issue, labels it review (its dependant waits), a retry updates the same PR, and a merge by a person closes the issue and frees the dependant', async () => {
    const { api, origin, plan, leg, labels } = await setUp({ 'README.md': 'hello\n' });
    api.addIssue({ number: 1, title: 'Add a greeting', body: 'Say hello.\n\n- [ ] greeting.txt says hello\n- [x] nothing else changes\n', labels: ['wave-task'] });
    api.addIssue({ number: 2, title: 'Use it', labels: ['wave-task'], blockedBy: [1] });
    expect(await plan(100)).toEqual(['1']);
    const first = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'greeting.txt'), 'hello\n'));
    expect(first.outputs['task-status']).toBe('review');
    expect(labels(1)).toEqual(['status:review', 'wave-task']);
    expect(api.issue(1)?.state).toBe('open');
    const pull = api.pulls.pulls[0]!;
    expect(pull).toMatchObject({ head: 'waves/1', base: 'main', state: 'open', title: '1: Add a greeting' });
    expect(pull.body).toContain('- [ ] greeting.txt says hello\n- [ ] nothing else changes');
    expect(pull.body).toContain(`${origin.serverUrl}/octo-org/backlog/actions/runs/100`);
    expect(pull.body).toContain('Closes #1');
    expect(pull.body).toContain('<!-- wave-orchestrator:task=1 -->');
    expect(origin.git(['show', 'waves/1:greeting.txt'])).toBe('hello\n');
    expect(() => origin.git(['show', 'main:greeting.txt'])).toThrow();

    // A new attempt while the pull request is open updates it: same PR, new head.
    const firstHead = origin.git(['rev-parse', 'waves/1']).trim();
    await leg(101, '1', (workspace) => writeFileSync(join(workspace, 'greeting.txt'), 'hello, world\n'));
    expect(api.pulls.pulls).toHaveLength(1);
    expect(origin.git(['rev-parse', 'waves/1']).trim()).not.toBe(firstHead);
    expect(pull.body).toContain('/actions/runs/101');

    // Open, mergeable, merge: manual: still in review, and review satisfies no dependency.
    expect(await plan(200)).toEqual([]);
    expect(labels(1)).toEqual(['status:review', 'wave-task']);

    // Merged into the default branch, `Closes #1` closes the issue (GitHub's doing); the next plan dispatches the dependant.
    api.pulls.mergeByPerson(pull.number);
    expect(api.issue(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(await plan(300)).toEqual(['2']);
    expect(labels(1)).toEqual(['wave-task']);
    expect(existsSync(join(origin.clone(), 'greeting.txt'))).toBe(true);
    expect(api.contractProblems).toEqual([]);
  }, 180_000);

  it('merge: immediate merges at once (done, closed); a PR closed unmerged and a conflicting one are failed attempts, the conflicting one closed with a comment', async () => {
    const { api, origin, plan, leg, labels } = await setUp({ 'shared.txt': 'a\n' });
    for (const number of [1, 2, 3]) api.addIssue({ number, title: `Task ${number}`, labels: ['wave-task'] });
    expect(await plan(100)).toEqual(['1', '2', '3']);
    const one = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'one.txt'), '1\n'), { merge: 'immediate' });
    expect(one.outputs['task-status']).toBe('done');
    expect(origin.git(['show', 'main:one.txt'])).toBe('1\n');
    expect(api.issue(1)?.state).toBe('closed');
    expect(labels(1)).toEqual(['wave-task']);

    await leg(100, '2', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'from 2\n'));
    await leg(100, '3', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'from 3\n'));
    const [, two, three] = api.pulls.pulls;
    api.pulls.closeByPerson(three!.number);
    api.pulls.mergeByPerson(two!.number);
    // Task 3's failed attempt sends it back to pending, and this same plan dispatches it again.
    expect(await plan(200, { 'max-parallel': '1' })).toEqual(['3']);
    expect(api.issue(2)?.state).toBe('closed');
    expect(labels(3)).toEqual(['status:in-progress', 'wave-task']);
    expect(api.issue(3)?.comments).toHaveLength(1);
    expect(api.issue(3)?.comments[0]?.body).toMatch(/attempt 1 of 2 at task 3 failed: pull request #\d+ was closed without merging/);

    // The retry's pull request conflicts once another change to the same line lands on main: closed with a comment, the last attempt used.
    const retry = await leg(201, '3', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'again from 3\n'));
    expect(retry.outputs['task-status']).toBe('review');
    const again = api.pulls.pulls[3]!;
    const side = origin.clone();
    writeFileSync(join(side, 'shared.txt'), 'someone else\n');
    execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@example.invalid', 'commit', '-qam', 'someone else'], { cwd: side });
    execFileSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: side });
    expect(await plan(300, { 'max-parallel': '1' })).toEqual([]);
    expect(again.state).toBe('closed');
    expect(api.issue(again.number)?.comments[0]?.body).toMatch(/conflicts with the base branch/);
    expect(api.issue(3)?.comments[1]?.body).toMatch(/attempt 2 of 2 at task 3 failed: pull request #\d+ conflicts with the base branch/);
    expect(labels(3)).toEqual(['status:blocked', 'wave-task']);
    expect(api.issue(3)?.state).toBe('open');
    expect(api.contractProblems).toEqual([]);
  }, 240_000);

  it('a plan with merge: immediate merges what became mergeable and, off the default branch, closes the issue itself; a sub-issue task closes its own issue', async () => {
    // The repository's default branch is trunk, so a merge into main closes no issue on GitHub's side.
    const { api, origin, plan, leg, labels } = await setUp({ 'README.md': 'hello\n' }, { defaultBranch: 'trunk' });
    api.addIssue({ number: 1, title: 'One', labels: ['wave-task'] });
    api.addIssue({ number: 2, title: 'After one', labels: ['wave-task'], blockedBy: [1] });
    api.addIssue({ number: 5, title: 'Parent', labels: ['wave-task'] });
    api.addIssue({ number: 6, title: 'Phase', body: '- [ ] phase done\n', labels: ['wave-task'], parent: 5 });
    expect(await plan(100, { granularity: 'subtask' })).toEqual(['1', '5.6']);
    const auto = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'one.txt'), '1\n'), { merge: 'auto' });
    expect(auto.stdout).toMatch(/auto-merge could not be armed on #\d+ .*Pull request is in clean status/);
    expect(auto.outputs['task-status']).toBe('review');
    await leg(100, '5.6', (workspace) => writeFileSync(join(workspace, 'phase.txt'), '6\n'));
    const phase = api.pulls.pulls[1]!;
    expect(phase).toMatchObject({ head: 'waves/5.6', title: '5.6: Phase' });
    expect(phase.body).toContain('Closes #6');
    expect(labels(6)).toEqual(['status:review', 'wave-task']);

    expect(await plan(200, { merge: 'immediate', granularity: 'subtask' })).toEqual(['2']);
    // Both tasks in review were looked up in one request.
    expect(api.requests.filter((request) => request.graphql?.operationName === 'TaskPullRequests')).toHaveLength(1);
    expect(api.pulls.pulls.every((pull) => pull.mergeCommit !== null)).toBe(true);
    expect(origin.git(['show', 'main:one.txt'])).toBe('1\n');
    expect(api.issue(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(labels(1)).toEqual(['wave-task']);
    // The last phase done closes its parent too.
    expect(api.issue(6)?.state).toBe('closed');
    expect(api.issue(5)?.state).toBe('closed');
    expect(api.contractProblems).toEqual([]);
  }, 180_000);
});
