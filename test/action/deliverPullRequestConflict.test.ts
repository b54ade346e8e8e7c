import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPullRequestDelivery, tasksJson, type PullRequestDelivery } from '../helpers/pullRequestDelivery.js';

// A task whose pull request conflicts with the base, followed through its retry to the dependant.

let delivery: PullRequestDelivery | undefined;
afterEach(async () => {
  // Every REST request and answer of the test is checked against GitHub's OpenAPI description.
  const problems = (await delivery?.close()) ?? [];
  delivery = undefined;
  expect(problems).toEqual([]);
});

const git = (cwd: string, args: string[]) => execFileSync('git', ['-c', 'user.name=someone', '-c', 'user.email=someone@example.invalid', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
/** Whether `commit` holds `ancestor` (git merge-base --is-ancestor). */
const holds = (cwd: string, ancestor: string, commit = 'HEAD') => {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', ancestor, commit], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const greeting = (workspace: string) => readFileSync(join(workspace, 'greeting.txt'), 'utf8');

describe('deliver: pull-request, a pull request that conflicts with its base', () => {
  it('is closed with a comment; the task runs again from the new base, opens a new pull request, and only once that is merged is the dependant dispatched, from a checkout holding the work', async () => {
    delivery = await startPullRequestDelivery('deliverPullRequestConflict', {
      'tasks.json': tasksJson([
        { id: 1, title: 'Write the greeting', status: 'pending', dependencies: [] },
        { id: 2, title: 'Use the greeting', status: 'pending', dependencies: [1] },
      ]),
      'greeting.txt': 'hello\n',
    });
    const { origin, fake, plan, leg, task } = delivery;
    expect(await plan(100)).toEqual(['1']);
    const first = await leg(100, '1', (workspace) => writeFileSync(join(workspace, 'greeting.txt'), 'hello from 1\n'));
    expect(first.result.outputs['task-status']).toBe('review');
    const conflicting = fake.pulls.pulls[0]!;

    // Someone else changes the same line on main: the pull request now conflicts with its base.
    const side = origin.clone();
    writeFileSync(join(side, 'greeting.txt'), 'hello from someone else\n');
    git(side, ['commit', '-qam', 'someone else']);
    git(side, ['push', '-q', 'origin', 'HEAD:main']);
    const theirs = git(side, ['rev-parse', 'HEAD']);

    // The next plan closes it with a comment, counts one attempt and dispatches task 1 again; 2 waits.
    expect(await plan(200)).toEqual(['1']);
    expect(conflicting).toMatchObject({ state: 'closed', mergeCommit: null });
    expect(fake.issue(conflicting.number)?.comments.map((comment) => comment.body)).toEqual([expect.stringMatching(/conflicts with the base branch, so it is closed and task 1 runs again from the new base/)]);
    expect(task(1)).toMatchObject({ status: 'in-progress', metadata: { waves: { attempts: 1, lastError: expect.stringMatching(/conflicts with the base branch/) } } });
    expect(task(2).status).toBe('pending');

    // The retry's checkout is the new base: it holds the change that caused the conflict.
    const retry = await leg(200, '1', (workspace) => {
      expect(greeting(workspace)).toBe('hello from someone else\n');
      writeFileSync(join(workspace, 'greeting.txt'), 'hello from 1, after someone else\n');
    });
    expect(holds(origin.origin, theirs, retry.prompt.outputs['base-sha'])).toBe(true);
    expect(retry.result.outputs['task-status']).toBe('review');
    // A new pull request from the force-pushed branch (GitHub reopens none whose branch was force-pushed); the closed one stays closed.
    expect(fake.pulls.pulls).toHaveLength(2);
    const second = fake.pulls.pulls[1]!;
    expect(second).toMatchObject({ head: 'waves/1', base: 'main', state: 'open', title: '1: Write the greeting' });
    expect(second.number).toBeGreaterThan(conflicting.number);
    expect(conflicting.state).toBe('closed');
    expect(holds(origin.origin, theirs, 'waves/1')).toBe(true);
    expect(task(1)).toMatchObject({ status: 'review', metadata: { waves: { attempts: 1, review: { number: second.number, nodeId: second.nodeId, head: origin.git(['rev-parse', 'waves/1']).trim() } } } });
    expect(task(1).metadata?.waves).not.toHaveProperty('lastError');

    // While it waits for review, nothing is dispatched.
    expect(await plan(300)).toEqual([]);
    expect(task(2).status).toBe('pending');

    // A person merges it: the next plan marks task 1 done and only then dispatches task 2.
    const mergeCommit = fake.pulls.mergeByPerson(second.number);
    expect(await plan(400)).toEqual(['2']);
    expect(task(1)).toMatchObject({ status: 'done', metadata: { waves: { attempts: 1, delivered: { mode: 'pull-request', pullRequest: second.number, mergeCommit } } } });
    const dependant = await leg(
      400,
      '2',
      (workspace) => {
        expect(greeting(workspace)).toBe('hello from 1, after someone else\n');
        expect(holds(workspace, mergeCommit)).toBe(true);
        writeFileSync(join(workspace, 'use.txt'), 'uses the greeting\n');
      },
      { merge: 'immediate' },
    );
    expect(dependant.result.outputs['task-status']).toBe('done');
    expect(origin.git(['show', 'main:use.txt'])).toBe('uses the greeting\n');
    expect(origin.git(['show', 'main:greeting.txt'])).toBe('hello from 1, after someone else\n');
  }, 240_000);
});
