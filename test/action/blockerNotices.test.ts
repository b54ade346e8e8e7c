import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { cloneWorkspace, createOrigin } from '../helpers/gitRepos.js';
import { TOKEN } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const TASKS = '.taskmaster/tasks/tasks.json';

describe('word of blockers, file source, on the dashboard issue', () => {
  it('comments once per blocked task and once when the breaker pauses, mentioning owners, never again on a re-run', async () => {
    fake = await startFakeGitHub();
    const tasks = [
      { id: 1, title: 'Schema @everyone', status: 'pending', dependencies: [], metadata: { owner: '@maria' } },
      { id: 2, title: 'Later', status: 'pending', dependencies: [1], metadata: { owner: 'not a valid handle!' } },
      { id: 3, title: 'Unowned', status: 'pending', dependencies: [] },
    ];
    const origin = createOrigin({ [TASKS]: JSON.stringify({ master: { tasks } }, null, 2) + '\n' });
    const inputs = { token: TOKEN, 'dashboard-issue': 'true', next: 'none', 'max-attempts': '1', 'pause-after-failures': '2' };
    const plan = await runActionAsync({ command: 'plan', ...inputs }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(5, fake));
    expect(plan.code, plan.stdout).toBe(0);
    const dashboard = Number(plan.outputs['dashboard-issue']);
    const comments = () => fake!.issue(dashboard)?.comments.map((comment) => comment.body) ?? [];

    const fail = (id: string, run: number) => runActionAsync({ command: 'complete', task: id, result: 'failure', ...inputs }, cloneWorkspace(origin), 'workflow_dispatch', githubEnv(run, fake!));
    const first = await fail('1', 6);
    expect(first.code, first.stdout).toBe(0);
    expect(comments(), JSON.stringify(comments())).toHaveLength(1);
    expect(comments()[0]).toMatch(/^<!-- waves:notice blocked task=1 run=6 -->\n⛔ @maria: task \*\*1\*\* \(Schema @\u200beveryone\) is blocked after 1 failed attempt: the agent job failed\./);
    // A re-run of the same completion step says nothing new.
    expect((await fail('1', 6)).code).toBe(0);
    expect(comments()).toHaveLength(1);

    const second = await fail('3', 7);
    expect(second.code, second.stdout).toBe(0);
    expect(comments()).toHaveLength(3);
    expect(comments()[1]).toMatch(/^<!-- waves:notice blocked task=3 run=7 -->\n⛔ task \*\*3\*\* \(Unowned\) is blocked/);
    expect(comments()[2]).toMatch(/^<!-- waves:notice paused since=[^ ]+ -->\n⏸️ @maria: the loop paused itself: 2 failed attempts in a row: 1, 3; last: https:\/\/github\.com\/octo-org\/backlog\/actions\/runs\/7\./);
    expect((await fail('3', 7)).code).toBe(0);
    expect(comments()).toHaveLength(3);
  }, 120_000);
});
