import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { createLabels, issuesInputs, MARKER, runCliAsync, TOKEN, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  expect(fake?.contractProblems ?? []).toEqual([]);
  await fake?.close();
  fake = undefined;
});

const RUNS = 'https://github.com/octo-org/backlog/actions/runs';
const tasks = (run: { outputs: Record<string, string> }) => JSON.parse(run.outputs.tasks ?? '[]') as string[];
// GitHub's times have whole seconds: a reset and a failure in the same second would be ambiguous.
const nextSecond = () => sleep(1100);

/** A repository with task issues 1-3 (1 assigned to mona) and a dashboard issue, #9. */
async function backlog(): Promise<FakeGitHub> {
  const api = await startFakeGitHub();
  await createLabels(api);
  api.addIssue({ number: 1, title: 'One', labels: ['wave-task'], assignees: ['mona'] });
  api.addIssue({ number: 2, title: 'Two', labels: ['wave-task'] });
  api.addIssue({ number: 3, title: 'Three', labels: ['wave-task'] });
  api.addIssue({ number: 9, title: 'Wave dashboard', body: `${MARKER}\n(old body)`, labels: ['wave-dashboard'] });
  return api;
}

const plan = (api: FakeGitHub, run: number) => runActionAsync(issuesInputs({ command: 'plan', 'dashboard-issue': 'true', 'pause-after-failures': '2', 'max-attempts': '5', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(run, api));
const complete = (api: FakeGitHub, run: number, task: string, result: string) => runActionAsync(issuesInputs({ command: 'complete', task, result, 'max-attempts': '5', next: 'none' }), workspace(), 'workflow_dispatch', githubEnv(run, api));
const dashboardComments = (api: FakeGitHub) => api.issue(9)?.comments.map((comment) => comment.body) ?? [];
const removePauseLabel = async (api: FakeGitHub) => {
  const removed = await fetch(`${api.url}/repos/octo-org/backlog/issues/9/labels/wave-paused`, { method: 'DELETE', headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' } });
  expect(removed.status).toBe(200);
};

describe('source: issues, the failure breaker (pause-after-failures on the plan step)', () => {
  it('N failed attempts across tasks pause the loop with one comment; a re-run says nothing twice; a person removing the label gives N fresh tries', async () => {
    fake = await backlog();
    expect(tasks(await plan(fake, 1))).toEqual(['1', '2', '3']);
    for (const [run, task] of [[11, '1'], [12, '2']] as const) expect((await complete(fake, run, task, 'failure')).outputs['task-status']).toBe('pending');

    // The label write is refused once: the comment is posted, the plan still dispatches nothing.
    fake.refuse({ mutation: 'addLabelsToLabelable', times: 1 });
    const tripped = await plan(fake, 20);
    expect(tripped.code, tripped.stdout).toBe(0);
    expect(tripped.outputs.count).toBe('0');
    expect(tripped.stdout).toContain(`The failure breaker paused the loop: 2 failed attempts in a row: 1, 2; last: ${RUNS}/12.`);
    expect(tripped.stdout).toContain('Could not put the wave-paused label on the dashboard issue #9');
    expect(fake.issue(9)?.labels).toEqual(['wave-dashboard']);
    expect(fake.issue(9)?.body).toContain('by the failure breaker (pause-after-failures): 2 failed attempts in a row: 1, 2');
    expect(dashboardComments(fake)).toEqual([expect.stringMatching(new RegExp(`^<!-- waves:notice paused since=[^>]+ -->\\n⏸️ @mona: the loop paused itself: 2 failed attempts in a row: 1, 2; last: ${RUNS}/12\\.\\n\\nNothing new is dispatched until a person resumes it \\(remove the \`wave-paused\` label from this issue\\)\\.`))]);

    // The same plan again: the notice is found, the label goes on; and then the label holds the loop.
    const again = await plan(fake, 20);
    expect(again.outputs.count).toBe('0');
    expect(fake.issue(9)?.labels).toEqual(['wave-dashboard', 'wave-paused']);
    const held = await plan(fake, 21);
    expect(held.outputs.count).toBe('0');
    expect(held.stdout).toContain('The loop is paused: the wave-paused label is on the dashboard issue #9');
    expect(dashboardComments(fake)).toHaveLength(1);
    const cli = await runCliAsync(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], fake);
    expect(JSON.parse(cli.stdout)).toMatchObject({ dispatch: [], paused: { by: 'the wave-paused label' } });

    // A person resumes: the two failures before it count no more.
    await nextSecond();
    await removePauseLabel(fake);
    await nextSecond();
    expect(tasks(await plan(fake, 30))).toEqual(['1', '2']);
    await complete(fake, 31, '1', 'failure');
    const one = await plan(fake, 32);
    expect(tasks(one)).toEqual(['1']);
    expect(one.stdout).toContain('pause-after-failures: 1 of 2 failed attempts in a row (1)');
    await complete(fake, 33, '2', 'failure');
    const second = await plan(fake, 34);
    expect(second.outputs.count).toBe('0');
    expect(fake.issue(9)?.labels).toEqual(['wave-dashboard', 'wave-paused']);
    expect(dashboardComments(fake)).toHaveLength(2);
    expect(dashboardComments(fake)[1]).toContain(`the loop paused itself: 2 failed attempts in a row: 1, 2; last: ${RUNS}/33.`);
  }, 180_000);

  it('a success between failures starts the count again', async () => {
    fake = await backlog();
    expect(tasks(await plan(fake, 1))).toEqual(['1', '2', '3']);
    await complete(fake, 11, '1', 'failure');
    await nextSecond();
    expect((await complete(fake, 12, '3', 'success')).outputs['task-status']).toBe('done');
    await nextSecond();
    await complete(fake, 13, '2', 'failure');
    const next = await plan(fake, 20);
    expect(tasks(next)).toEqual(['1', '2']);
    expect(next.stdout).toContain('pause-after-failures: 1 of 2 failed attempts in a row (2)');
    expect(fake.issue(9)?.labels).toEqual(['wave-dashboard']);
    expect(dashboardComments(fake)).toEqual([]);
  }, 120_000);

  it('needs the dashboard issue: without it the plan step fails naming the fix', async () => {
    fake = await backlog();
    const refused = await runActionAsync(issuesInputs({ command: 'plan', 'pause-after-failures': '3' }), workspace(), 'workflow_dispatch', githubEnv(1, fake));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Invalid pause-after-failures '3' with source: issues and dashboard-issue: false.");
    expect(refused.stdout).toContain('set dashboard-issue: true, or leave pause-after-failures empty');
    expect(fake.issue(1)?.labels).toEqual(['wave-task']);
  }, 60_000);
});

describe('source: issues, daily budget', () => {
  it('counts a claim pushed out of an issue’s last ten label events by later ones (action and CLI)', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Busy', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'Next', labels: ['wave-task'] });
    const inputs = issuesInputs({ command: 'plan', 'max-dispatches-per-day': '1', next: 'none' });
    expect(tasks(await runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(1, fake)))).toEqual(['1']);
    // Twelve label events after the claim, within the day.
    for (let index = 0; index < 12; index++) {
      const added = await fetch(`${fake.url}/repos/octo-org/backlog/issues/1/labels`, { method: 'POST', headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' }, body: JSON.stringify({ labels: [`area-${index}`] }) });
      expect(added.status).toBe(200);
    }
    const second = await runActionAsync(inputs, workspace(), 'workflow_dispatch', githubEnv(2, fake));
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.count).toBe('0');
    expect(second.stdout).toContain('max-dispatches-per-day: read earlier label events of the day in 1 more request(s).');
    expect(second.summary).toContain('Daily budget reached: 1 of 1 dispatches in the last 24 hours');
    expect(fake.issue(2)?.labels).toEqual(['wave-task']);
    const cli = await runCliAsync(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--max-dispatches-per-day', '1', '--json'], fake);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ dispatch: [], budget: { limit: 1, used: 1, left: 0 } });
  }, 120_000);
});
