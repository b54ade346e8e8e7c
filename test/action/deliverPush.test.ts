import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complete, env, legsFinishingAtOnce, plan, setUp, startLeg, taskOnMain, TASKS, tasksFile, write } from '../helpers/deliverPush.js';
import { runAction } from '../helpers/runAction.js';

describe('deliver: push, single job, legs as subprocesses of dist', () => {
  // 8 legs at once are a soak test (deliverPush.soak.test.ts).
  it('4 legs finishing at once all land: each task’s files once, its status and work in the same commit', () => legsFinishingAtOnce(4, 'deliverPush'), 120_000);

  it('two legs editing the same lines: one lands, the other is a failed attempt naming the file, never a broken merge', async () => {
    const origin = setUp({ 'shared.txt': 'one\ntwo\nthree\n' });
    plan(origin);
    const a = startLeg(origin, '1');
    const b = startLeg(origin, '2');
    write(a.workspace, 'shared.txt', 'one\nTWO from 1\nthree\n');
    write(b.workspace, 'shared.txt', 'one\ntwo from 2\nthree\n');
    const [first, second] = await Promise.all([complete(origin, a.workspace, '1', { 'base-sha': a.base }), complete(origin, b.workspace, '2', { 'base-sha': b.base })]);
    expect(first?.code, first?.stdout).toBe(0);
    expect(second?.code, second?.stdout).toBe(0);
    const shared = origin.git(['show', 'main:shared.txt']);
    expect(['one\nTWO from 1\nthree\n', 'one\ntwo from 2\nthree\n']).toContain(shared);
    const statuses = [taskOnMain(origin, '1'), taskOnMain(origin, '2')];
    const loser = statuses.find((task) => task.status !== 'done')!;
    expect(statuses.filter((task) => task.status === 'done')).toHaveLength(1);
    expect(loser.status).toBe('pending');
    expect(loser.metadata?.waves).toMatchObject({ attempts: 1, lastResult: 'failure' });
    expect(String(loser.metadata?.waves?.lastError)).toMatch(/conflicts with main in shared\.txt/);
  }, 60_000);

  it('an empty leg is not done (made no change); allow-empty lets it be', async () => {
    const origin = setUp({});
    plan(origin);
    const a = startLeg(origin, '1');
    const b = startLeg(origin, '2');
    write(a.workspace, 'node_modules/only-ignored.js', 'x\n');
    const empty = await complete(origin, a.workspace, '1', { 'base-sha': a.base });
    expect(empty.code, empty.stdout).toBe(0);
    expect(empty.outputs['task-status']).toBe('pending');
    expect(taskOnMain(origin, '1').metadata?.waves?.lastError).toMatch(/made no change/);
    const allowed = await complete(origin, b.workspace, '2', { 'base-sha': b.base, 'allow-empty': 'true' });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(taskOnMain(origin, '2').status).toBe('done');
  });

  it('the agent’s edits to the tasks file never pass, even when they break it', async () => {
    const origin = setUp({});
    plan(origin);
    const a = startLeg(origin, '1');
    const b = startLeg(origin, '2');
    write(a.workspace, TASKS, tasksFile(2, 'done').replace('Task 2', 'Hijacked'));
    write(a.workspace, 'work.txt', 'work\n');
    write(b.workspace, TASKS, '{ not json');
    write(b.workspace, 'other.txt', 'other\n');
    const [one, two] = await Promise.all([complete(origin, a.workspace, '1', { 'base-sha': a.base }), complete(origin, b.workspace, '2')]);
    expect(one.code, one.stdout).toBe(0);
    expect(two.code, two.stdout).toBe(0);
    expect(one.stdout).toMatch(/tasks\.json was left out of the change/);
    const text = origin.git(['show', `main:${TASKS}`]);
    expect(text).not.toContain('Hijacked');
    expect(taskOnMain(origin, '1').status).toBe('done');
    expect(taskOnMain(origin, '2').status).toBe('done');
    expect(origin.git(['show', 'main:work.txt'])).toBe('work\n');
    expect(origin.git(['show', 'main:other.txt'])).toBe('other\n');
  });

  it('refuses .github/workflows changes with the reason, unless allow-workflow-changes says the token can push them', async () => {
    const origin = setUp({});
    plan(origin);
    const a = startLeg(origin, '1');
    write(a.workspace, '.github/workflows/evil.yml', 'on: push\n');
    write(a.workspace, 'ok.txt', 'ok\n');
    const refused = await complete(origin, a.workspace, '1', { 'base-sha': a.base });
    expect(refused.code, refused.stdout).toBe(0);
    expect(taskOnMain(origin, '1')).toMatchObject({ status: 'pending' });
    expect(taskOnMain(origin, '1').metadata?.waves?.lastError).toMatch(/\.github\/workflows\/evil\.yml changes a workflow/);
    expect(() => origin.git(['show', 'main:ok.txt'])).toThrow();
    const b = startLeg(origin, '2');
    write(b.workspace, '.github/workflows/new.yml', 'on: push\n');
    const allowed = await complete(origin, b.workspace, '2', { 'base-sha': b.base, 'allow-workflow-changes': 'true' });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(origin.git(['show', 'main:.github/workflows/new.yml'])).toBe('on: push\n');
  });

  it('carries deletions, the executable bit and symbolic links as links', async () => {
    const origin = setUp({ 'old.txt': 'old\n', 'run.sh': 'echo hi\n' });
    plan(origin);
    const a = startLeg(origin, '1');
    rmSync(join(a.workspace, 'old.txt'));
    chmodSync(join(a.workspace, 'run.sh'), 0o755);
    symlinkSync('/etc/passwd', join(a.workspace, 'link'));
    const result = await complete(origin, a.workspace, '1', { 'base-sha': a.base });
    expect(result.code, result.stdout).toBe(0);
    const tree = origin.git(['ls-tree', 'main']);
    expect(tree).not.toContain('old.txt');
    expect(tree).toMatch(/^100755 blob \S+\trun\.sh$/m);
    expect(tree).toMatch(/^120000 blob \S+\tlink$/m);
    expect(origin.git(['show', 'main:link'])).toBe('/etc/passwd');
    expect(taskOnMain(origin, '1').metadata?.waves?.delivered).toMatchObject({ changedFiles: 3 });
  });

  it('runs nothing the agent planted in the workspace: hooks, core.hooksPath, core.fsmonitor, filter and diff drivers', async () => {
    const origin = setUp({ 'file.txt': 'a\n' });
    plan(origin);
    const a = startLeg(origin, '1');
    const canary = join(origin.root, 'canary');
    const script = join(origin.root, 'planted.sh');
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${canary}'\ncat\n`);
    chmodSync(script, 0o755);
    const hooks = join(a.workspace, '.git', 'hooks');
    for (const hook of ['pre-commit', 'commit-msg', 'post-commit', 'pre-push', 'post-checkout', 'reference-transaction', 'post-index-change', 'fsmonitor-watchman']) {
      writeFileSync(join(hooks, hook), `#!/bin/sh\necho ${hook} >> '${canary}'\n`);
      chmodSync(join(hooks, hook), 0o755);
    }
    const config = (key: string, value: string) => execFileSync('git', ['config', key, value], { cwd: a.workspace });
    mkdirSync(join(origin.root, 'elsewhere-hooks'));
    writeFileSync(join(origin.root, 'elsewhere-hooks', 'pre-commit'), `#!/bin/sh\necho hooksPath >> '${canary}'\n`);
    chmodSync(join(origin.root, 'elsewhere-hooks', 'pre-commit'), 0o755);
    config('core.hooksPath', join(origin.root, 'elsewhere-hooks'));
    config('core.fsmonitor', script);
    config('filter.evil.clean', script);
    config('filter.evil.smudge', script);
    config('filter.evil.process', script);
    config('diff.evil.textconv', script);
    config('diff.external', script);
    config('core.pager', script);
    config('core.sshCommand', script);
    write(a.workspace, '.gitattributes', '* filter=evil diff=evil merge=evil\n');
    config('merge.evil.driver', script);
    write(a.workspace, 'file.txt', 'b\n');
    const result = await complete(origin, a.workspace, '1', { 'base-sha': a.base });
    expect(result.code, result.stdout).toBe(0);
    expect(taskOnMain(origin, '1').status).toBe('done');
    expect(origin.git(['show', 'main:file.txt'])).toBe('b\n');
    expect(existsSync(canary), 'a planted command ran').toBe(false);
    // The canary can be written: the planted script works when git in the workspace runs it.
    execFileSync('git', ['status'], { cwd: a.workspace, stdio: 'ignore' });
    expect(existsSync(canary)).toBe(true);
  });

  it('a failed leg records the attempt and pushes none of its work', async () => {
    const origin = setUp({});
    plan(origin);
    const a = startLeg(origin, '1');
    write(a.workspace, 'half.txt', 'half done\n');
    const result = await complete(origin, a.workspace, '1', { 'base-sha': a.base, result: 'failure' });
    expect(result.code, result.stdout).toBe(0);
    expect(taskOnMain(origin, '1')).toMatchObject({ status: 'pending', metadata: { waves: { attempts: 1, lastResult: 'failure' } } });
    expect(() => origin.git(['show', 'main:half.txt'])).toThrow();
  });

  it('a bad base-sha is an input error naming the input', () => {
    const origin = setUp({});
    const result = runAction({ command: 'complete', 'tasks-file': TASKS, task: '1', result: 'success', deliver: 'push', 'base-sha': 'HEAD; rm -rf /' }, origin.clone(), 'workflow_dispatch', env(origin));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Invalid base-sha 'HEAD; rm -rf \/'/);
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});
