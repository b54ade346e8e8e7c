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

describe('source: issues, complete with deliver: push', () => {
  it('pushes the work from a repository of its own, then closes the issue; an empty leg is a failed attempt', async () => {
    fake = await startFakeGitHub();
    await createLabels(fake);
    fake.addIssue({ number: 1, title: 'Add a file', labels: ['wave-task', 'status:in-progress'] });
    fake.addIssue({ number: 2, title: 'Does nothing', labels: ['wave-task', 'status:in-progress'] });
    const origin = createServedOrigin('issuesDeliver', { 'README.md': 'hello\n' });
    origins.push(origin);
    const env = githubEnv(61, fake, { GITHUB_SERVER_URL: origin.serverUrl });
    const one = origin.clone();
    const prompt = await runActionAsync(issuesInputs({ command: 'prompt', task: '1' }), one, 'workflow_dispatch', env);
    expect(prompt.code, prompt.stdout).toBe(0);
    const base = prompt.outputs['base-sha'] as string;
    expect(base).toBe(origin.git(['rev-parse', 'main']).trim());
    writeFileSync(join(one, 'added.txt'), 'from issue 1\n');
    const leg = await runActionAsync(issuesInputs({ command: 'complete', task: '1', result: 'success', deliver: 'push', 'base-sha': base, next: 'none' }), one, 'workflow_dispatch', env);
    expect(leg.code, leg.stdout).toBe(0);
    expect(origin.git(['show', 'main:added.txt'])).toBe('from issue 1\n');
    expect(origin.git(['log', '-1', '--format=%s', 'main']).trim()).toBe('waves: task 1 (#1) work, 1 file (run 61)');
    expect(leg.outputs.commit).toBe(origin.git(['rev-parse', 'main']).trim());
    expect(fake.issue(1)?.state).toBe('closed');

    // Task 2's checkout already holds task 1's work while its base-sha is the older commit: what it
    // would deliver is on main already, which is no change.
    const empty = await runActionAsync(issuesInputs({ command: 'complete', task: '2', result: 'success', deliver: 'push', 'base-sha': base, next: 'none' }), origin.clone(), 'workflow_dispatch', env);
    expect(empty.code, empty.stdout).toBe(0);
    expect(empty.outputs['task-status'], empty.stdout).toBe('pending');
    expect(fake.issue(2)?.state).toBe('open');
    expect(fake.issue(2)?.comments[0]?.body).toMatch(/failed: the agent made no change that main does not already hold/);
  }, 90_000);
});
