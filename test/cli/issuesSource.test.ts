import { afterEach, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { runCliAsync } from '../helpers/issuesSource.js';
import { runCli } from '../helpers/runCli.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('waves --source issues, and waves labels', () => {
  it('plans an older GitHub Enterprise Server (no issue dependencies in GraphQL) through REST, with a warning', async () => {
    const api = await startFakeGitHub({ issueDependencies: false, pathPrefix: '/api/v3' });
    api.addIssue({ number: 1, title: 'First', labels: ['wave-task'] });
    api.addIssue({ number: 2, title: 'Second', body: 'Depends on #1', labels: ['wave-task'] });
    const run = await runCliAsync(['plan', '--source', 'issues', '--repo', 'octo-org/backlog', '--json'], api);
    await api.close();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Issue\.blockedBy.*REST API instead/);
    expect(JSON.parse(run.stdout)).toMatchObject({ dispatch: ['1'], waitingOn: { 2: ['1'] } });
  }, 60_000);

  it('waves labels creates the missing labels once, and says what it would do with --dry-run', async () => {
    fake = await startFakeGitHub();
    fake.addLabel('status:in-progress', { color: '000000' });
    const dry = await runCliAsync(['labels', '--repo', 'octo-org/backlog', '--dry-run'], fake);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/exists +status:in-progress/);
    expect(dry.stdout).toMatch(/would create wave-task/);
    expect(fake.labels().map((label) => label.name)).toEqual(['status:in-progress']);
    const first = await runCliAsync(['labels', '--repo', 'octo-org/backlog'], fake);
    expect(first.stdout).toMatch(/10 label\(s\) created, 1 already there/);
    expect(fake.labels().map((label) => label.name).sort()).toEqual(['priority:critical', 'priority:high', 'priority:low', 'priority:medium', 'status:blocked', 'status:deferred', 'status:done', 'status:in-progress', 'status:review', 'wave-dashboard', 'wave-task']);
    const again = await runCliAsync(['labels', '--repo', 'octo-org/backlog'], fake);
    expect(again.stdout).toMatch(/0 label\(s\) created, 11 already there/);
  }, 60_000);

  it('exits 2 without a token or a repository, naming what is missing', () => {
    const noToken = runCli(['plan', '--source', 'issues', '--repo', 'o/r'], tmpdir(), { GITHUB_TOKEN: '', GH_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN/);
    const noRepo = runCli(['plan', '--source', 'issues'], tmpdir(), { GITHUB_TOKEN: 'x', GITHUB_REPOSITORY: '' });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toMatch(/--repo owner\/name/);
  });
});
