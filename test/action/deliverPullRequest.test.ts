import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/fakeGitHub.js';
import { startPullRequestDelivery, tasksJson, TASKS, type PullRequestDelivery } from '../helpers/pullRequestDelivery.js';

let delivery: PullRequestDelivery | undefined;
let fake: FakeGitHub | undefined;
afterEach(async () => {
  // Every REST request and answer of the test is checked against GitHub's OpenAPI description.
  const problems = (await delivery?.close()) ?? [];
  delivery = undefined;
  fake = undefined;
  expect(problems).toEqual([]);
});

async function setUp(files: Record<string, string>) {
  delivery = await startPullRequestDelivery('deliverPullRequest', files);
  fake = delivery.fake;
  return delivery;
}

describe('deliver: pull-request, against the fake GitHub and a real origin', () => {
  it('opens a PR, holds the task in review (its dependant waits), and after a person merges, the next plan marks it done and dispatches the dependant from a checkout holding the work', async () => {
    const { origin, plan, leg, task } = await setUp({ [TASKS]: tasksJson([{ id: 1, title: 'Add a greeting', details: '', testStrategy: '', status: 'pending', dependencies: [] }, { id: 2, title: 'Use it', status: 'pending', dependencies: [1] }]) });
    expect(await plan(100)).toEqual(['1']);
    const { result } = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'greeting.txt'), 'hello\n'));
    expect(result.outputs['task-status']).toBe('review');
    const pull = fake!.pulls.pulls[0]!;
    expect(pull).toMatchObject({ head: 'waves/1', base: 'main', state: 'open', title: '1: Add a greeting' });
    expect(pull.body).toContain('<!-- wave-orchestrator:task=1 -->');
    expect(task(1)).toMatchObject({ status: 'review', metadata: { waves: { review: { number: pull.number, nodeId: pull.nodeId, url: `https://github.com/octo-org/backlog/pull/${pull.number}`, head: origin.git(['rev-parse', 'waves/1']).trim() } } } });
    expect(() => origin.git(['show', 'main:greeting.txt'])).toThrow();
    expect(origin.git(['show', 'waves/1:greeting.txt'])).toBe('hello\n');

    // A new attempt while the pull request is open updates it: same PR, new head.
    const firstHead = origin.git(['rev-parse', 'waves/1']).trim();
    await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'greeting.txt'), 'hello, world\n'));
    expect(fake!.pulls.pulls).toHaveLength(1);
    expect(origin.git(['show', 'waves/1:greeting.txt'])).toBe('hello, world\n');
    expect(origin.git(['rev-parse', 'waves/1']).trim()).not.toBe(firstHead);
    expect(task(1).metadata?.waves?.review).toMatchObject({ number: pull.number, head: origin.git(['rev-parse', 'waves/1']).trim() });

    // Open and mergeable, merge: manual: still in review, and review satisfies no dependency.
    expect(await plan(200)).toEqual([]);
    expect(task(1).status).toBe('review');

    const mergeCommit = fake!.pulls.mergeByPerson(pull.number);
    expect(await plan(300)).toEqual(['2']);
    expect(task(1)).toMatchObject({ status: 'done', metadata: { waves: { delivered: { mode: 'pull-request', pullRequest: pull.number, mergeCommit } } } });
    const dependant = origin.clone();
    expect(existsSync(join(dependant, 'greeting.txt'))).toBe(true);
    expect(origin.git(['show', 'main:greeting.txt'])).toBe('hello, world\n');
  }, 180_000);

  it('merge: immediate merges at once (done with the merge commit); a PR closed unmerged and a conflicting one are failed attempts, the conflicting one closed with a comment', async () => {
    const { origin, plan, leg, task } = await setUp({ [TASKS]: tasksJson([1, 2, 3].map((id) => ({ id, title: `t${id}`, status: 'pending', dependencies: [] }))), 'shared.txt': 'a\n' });
    expect(await plan(100)).toEqual(['1', '2', '3']);
    const one = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'one.txt'), '1\n'), { merge: 'immediate' });
    expect(one.result.outputs['task-status']).toBe('done');
    expect(origin.git(['show', 'main:one.txt'])).toBe('1\n');
    expect(task(1).metadata?.waves?.delivered).toMatchObject({ mode: 'pull-request', mergeCommit: origin.git(['rev-parse', 'main~1']).trim() });

    await leg(100, '2', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'from 2\n'));
    await leg(100, '3', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'from 3\n'));
    const [, two, three] = fake!.pulls.pulls;
    fake!.pulls.closeByPerson(three!.number);
    fake!.pulls.mergeByPerson(two!.number);
    await plan(200, { 'max-parallel': '1' });
    expect(task(2).status).toBe('done');
    expect(task(3)).toMatchObject({ status: 'in-progress' }); // failed attempt, back to pending, dispatched again at once
    expect(String(task(3).metadata?.waves?.lastError)).toMatch(/pull request #\d+ was closed without merging/);
    expect(task(3).metadata?.waves?.attempts).toBe(1);

    // The retry conflicts with main (task 2 changed the same line): its PR is closed with a comment.
    const retry = await leg(201, '3', (workspace) => writeFileSync(join(workspace, 'shared.txt'), 'again from 3\n'));
    expect(retry.result.outputs['task-status']).toBe('review');
    const again = fake!.pulls.pulls[3]!;
    // Another change lands on main first, touching the same line.
    const side = origin.clone();
    writeFileSync(join(side, 'shared.txt'), 'someone else\n');
    execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@example.invalid', 'commit', '-qam', 'someone else'], { cwd: side });
    execFileSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: side });
    await plan(300, { 'max-parallel': '1' });
    expect(again.state).toBe('closed');
    expect(fake!.issue(again.number)?.comments[0]?.body).toMatch(/conflicts with the base branch/);
    expect(String(task(3).metadata?.waves?.lastError)).toMatch(/conflicts with the base branch/);
    expect(task(3)).toMatchObject({ status: 'blocked', metadata: { waves: { attempts: 2 } } }); // max-attempts 2
  }, 240_000);

  it('merge: auto arms auto-merge where GitHub allows it (a clean PR: it warns and waits); a plan with merge: immediate merges what became mergeable', async () => {
    const { origin, plan, leg, task } = await setUp({ [TASKS]: tasksJson([{ id: 1, title: 'one', status: 'pending', dependencies: [] }]) });
    await plan(100);
    const { result } = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'one.txt'), '1\n'), { merge: 'auto' });
    expect(result.stdout).toMatch(/auto-merge could not be armed on #\d+ .*Pull request is in clean status/);
    expect(fake!.requests.some((request) => request.graphql?.fields.includes('enablePullRequestAutoMerge'))).toBe(true);
    expect(task(1).status).toBe('review');
    await plan(200, { merge: 'immediate' });
    expect(task(1).status).toBe('done');
    expect(origin.git(['show', 'main:one.txt'])).toBe('1\n');
    expect(fake!.pulls.pulls[0]?.mergeCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(task(1).metadata?.waves?.delivered).toMatchObject({ mode: 'pull-request', mergeCommit: fake!.pulls.pulls[0]?.mergeCommit });
  }, 120_000);
});
