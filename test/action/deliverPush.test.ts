import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServedOrigin, type ServedOrigin } from '../helpers/servedOrigin.js';
import { runAction, runActionAsync } from '../helpers/runAction.js';

const TASKS = 'tasks.json';
const origins: ServedOrigin[] = [];
afterEach(() => {
  for (const origin of origins.splice(0)) origin.remove();
});

function tasksFile(count: number, status = 'pending'): string {
  const tasks = Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, status, dependencies: [] }));
  return JSON.stringify({ master: { tasks } }, null, 2) + '\n';
}

function setUp(files: Record<string, string>): ServedOrigin {
  const origin = createServedOrigin('deliverPush', { '.gitignore': 'node_modules/\ndist/\n*.log\n', [TASKS]: tasksFile(2), ...files });
  origins.push(origin);
  return origin;
}

const env = (origin: ServedOrigin, run = 100) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run), GITHUB_SERVER_URL: origin.serverUrl });

/** The planner run: claims the ready tasks (the claim commit), as a leg's run would have. */
function plan(origin: ServedOrigin, maxParallel = 8, run = 100): string[] {
  const result = runAction({ command: 'plan', 'tasks-file': TASKS, 'max-parallel': String(maxParallel), next: 'none' }, origin.clone(), 'workflow_dispatch', env(origin, run));
  expect(result.code, result.stdout).toBe(0);
  return JSON.parse(result.outputs.tasks as string) as string[];
}

/** A leg's checkout and its prompt step: the workspace and the base-sha output. */
function startLeg(origin: ServedOrigin, task: string, run = 100): { workspace: string; base: string } {
  const workspace = origin.clone();
  const prompt = runAction({ command: 'prompt', 'tasks-file': TASKS, task }, workspace, 'workflow_dispatch', env(origin, run));
  expect(prompt.code, prompt.stdout).toBe(0);
  expect(prompt.outputs['base-sha']).toMatch(/^[0-9a-f]{40}$/);
  return { workspace, base: prompt.outputs['base-sha'] as string };
}

function complete(origin: ServedOrigin, workspace: string, task: string, inputs: Record<string, string> = {}, run = 100) {
  return runActionAsync({ command: 'complete', 'tasks-file': TASKS, task, result: 'success', deliver: 'push', next: 'none', ...inputs }, workspace, 'workflow_dispatch', env(origin, run));
}

const write = (workspace: string, path: string, text: string) => {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), text);
};

function taskOnMain(origin: ServedOrigin, id: string) {
  const tasks = JSON.parse(origin.git(['show', `main:${TASKS}`])).master.tasks as { id: number; status: string; metadata?: { waves?: Record<string, unknown> } }[];
  return tasks.find((task) => String(task.id) === id)!;
}

/** The commit on main that added `path`, and its subject. */
function commitAdding(origin: ServedOrigin, path: string): string[] {
  return origin.git(['log', '--format=%H %s', '--diff-filter=A', 'main', '--', path]).trim().split('\n').filter(Boolean);
}

describe('deliver: push, single job, legs as subprocesses of dist', () => {
  it('8 legs finishing at once all land: each task’s files once, its status and work in the same commit', async () => {
    const origin = setUp({ [TASKS]: tasksFile(8) });
    const claimed = plan(origin);
    expect(claimed).toHaveLength(8);
    const legs = claimed.map((task) => ({ task, ...startLeg(origin, task) }));
    for (const { task, workspace } of legs) {
      write(workspace, `src/task-${task}.ts`, `export const task = ${task};\n`);
      write(workspace, `node_modules/dep-${task}/index.js`, 'ignored\n');
      write(workspace, `build-${task}.log`, 'ignored\n');
    }
    // Half pass the prompt's base-sha; the other half find the run's claim commit on origin.
    const results = await Promise.all(legs.map(({ task, workspace, base }, index) => complete(origin, workspace, task, index % 2 === 0 ? { 'base-sha': base } : {})));
    for (const result of results) expect(result.code, result.stdout).toBe(0);
    for (const { task } of legs) {
      expect(taskOnMain(origin, task).status).toBe('done');
      expect(taskOnMain(origin, task).metadata?.waves?.delivered).toMatchObject({ mode: 'push', changedFiles: 1 });
      const adding = commitAdding(origin, `src/task-${task}.ts`);
      expect(adding).toHaveLength(1);
      expect(adding[0]).toMatch(new RegExp(`^[0-9a-f]{40} waves: task ${task} done, 1 file \\(run 100\\)$`));
      // That same commit changed the task's status, and nothing but its file and the tasks file.
      const files = origin.git(['show', '--format=', '--name-only', (adding[0] as string).slice(0, 40)]).trim().split('\n').sort();
      expect(files).toEqual([`src/task-${task}.ts`, TASKS].sort());
    }
    const tree = origin.git(['ls-tree', '-r', '--name-only', 'main']);
    expect(tree).not.toMatch(/node_modules|\.log/);
    expect(origin.git(['rev-list', '--count', 'main']).trim()).toBe(String(1 + 1 + 8));
    const outputs = results.map((result) => result.outputs['changed-files']);
    expect(outputs).toEqual(Array(8).fill('1'));
  }, 120_000);

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
