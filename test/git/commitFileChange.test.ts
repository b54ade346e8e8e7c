import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTasks } from '../../src/core/indexTasks.js';
import type { Task } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { CommitFileChangeError, commitFileChange, type CommitFileChangeResult } from '../../src/git/commitFileChange.js';
import { GitError, runGit } from '../../src/git/runGit.js';
import { editTaskInText, type TaskEdit } from '../../src/write/editTaskInText.js';
import { updateTaskInFile } from '../../src/write/updateTaskInFile.js';
import { spawnForTest } from '../helpers/spawnForTest.js';
import { makeTempDir } from '../helpers/tempDir.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
const FILE = '.taskmaster/tasks/tasks.json';
const COUNT = 20;
const WRITERS = 16;
/**
 * The default 8 rounds is sized for legs on runners of their own; here 16 writers share a couple
 * of CPUs with the rest of the suite, so rounds are slow and the race gets more of them.
 */
const RACE_ATTEMPTS = 12;
const SEED_IDENTITY = { GIT_AUTHOR_NAME: 'seed', GIT_AUTHOR_EMAIL: 'seed@example.invalid', GIT_COMMITTER_NAME: 'seed', GIT_COMMITTER_EMAIL: 'seed@example.invalid' };

let scratch = '';
beforeAll(() => void (scratch = makeTempDir()));

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...SEED_IDENTITY }, stdio: ['ignore', 'pipe', 'pipe'] });

/** A Task Master file as task-master writes it: tagged, 2 spaces, 20 chained tasks. */
const TASKS_JSON = JSON.stringify({
  master: {
    tasks: Array.from({ length: COUNT }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, status: 'pending', dependencies: index > 0 ? [index] : [], priority: 'medium', subtasks: [] })),
    metadata: { created: '2026-11-25T00:00:00.000Z', description: 'Tasks for master context' },
  },
}, null, 2) + '\n';

/** A bare origin whose main holds the tasks file and a README, and `clones` clones of it. */
function createRepositories(name: string, clones: number): { origin: string; clones: string[] } {
  const directory = join(scratch, name);
  const origin = join(directory, 'origin.git');
  execFileSync('mkdir', ['-p', directory]);
  git(['init', '--quiet', '--bare', '--initial-branch=main', origin], directory);
  const seed = join(directory, 'seed');
  git(['clone', '--quiet', origin, seed], directory);
  execFileSync('mkdir', ['-p', join(seed, '.taskmaster/tasks')]);
  writeFileSync(join(seed, FILE), TASKS_JSON);
  writeFileSync(join(seed, 'README.md'), '# project\n');
  git(['checkout', '--quiet', '-B', 'main'], seed);
  git(['add', '.'], seed);
  git(['commit', '--quiet', '-m', 'seed'], seed);
  git(['push', '--quiet', 'origin', 'main'], seed);
  return { origin, clones: Array.from({ length: clones }, (_, index) => {
    const clone = join(directory, `clone-${index}`);
    git(['clone', '--quiet', origin, clone], directory);
    return clone;
  }) };
}

/** The completion a leg records for task `id`. */
const completion = (id: string): TaskEdit => ({ status: 'done', waves: { attempts: 0, lastRun: `https://github.com/o/r/actions/runs/${id}`, lastResult: 'success' } });

/** What origin's file must say once every one of `ids` is recorded: each edit, in any order, on the seed text. */
function expectedText(ids: string[]): string {
  const tasks = parseTasksText(TASKS_JSON, FILE).plan?.tasks ?? [];
  return ids.reduce((text, id) => editTaskInText(text, FILE, (tasks.find((task) => task.id === id) as Task).path, completion(id)), TASKS_JSON);
}

/** A leg's own uncommitted work: a new file, a changed tracked file, and a changed tasks file. */
function dirtyWorkspace(clone: string, index: number): Record<string, string> {
  const files = { 'agent-output.txt': `work of leg ${index}\n`, 'README.md': `# project\nedited by leg ${index}\n`, [FILE]: TASKS_JSON.replace('"Task 1"', `"Task 1 (local ${index})"`) };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(clone, path), text);
  return files;
}

function expectUntouched(clone: string, files: Record<string, string>, head: string, status: string): void {
  for (const [path, text] of Object.entries(files)) expect(readFileSync(join(clone, path), 'utf8'), `${clone} ${path}`).toBe(text);
  expect(git(['rev-parse', 'HEAD'], clone)).toBe(head);
  expect(git(['status', '--porcelain'], clone)).toBe(status);
  expect(git(['worktree', 'list', '--porcelain'], clone).match(/^worktree /gm)).toHaveLength(1);
}

function checkOrigin(origin: string, ids: string[]): void {
  const text = git(['show', `main:${FILE}`], origin);
  // Every change is there, and every other byte is as it was: no update lost.
  expect(text === expectedText(ids)).toBe(true);
  const parsed = parseTasksText(text, FILE);
  expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(allTasks(parsed.plan?.tasks ?? []).filter((task) => task.status === 'done').map((task) => task.id).sort()).toEqual([...ids].sort());
  const log = git(['log', '--format=%an <%ae>|%cn|%s', 'main'], origin).trim().split('\n');
  expect(log).toHaveLength(ids.length + 1);
  for (const line of log.slice(0, -1)) expect(line).toMatch(/^github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>\|github-actions\[bot\]\|waves: task \d+ done$/);
}

function summary(results: CommitFileChangeResult[], elapsed: number): string {
  const attempts = results.map((result) => result.attempts);
  return `${Math.round(elapsed)} ms, attempts per writer: max ${Math.max(...attempts)}, total ${attempts.reduce((sum, count) => sum + count, 0)}`;
}

describe('commitFileChange: 16 writers race to push one tasks file', () => {
  it('in one process (Promise.all): every change lands, no working tree is touched', async () => {
    const { origin, clones } = createRepositories('in-process', WRITERS);
    const ids = clones.map((_, index) => String(index + 1));
    const before = clones.map((clone, index) => ({ files: dirtyWorkspace(clone, index), head: git(['rev-parse', 'HEAD'], clone), status: git(['status', '--porcelain'], clone) }));
    const applied: string[] = [];
    const started = performance.now();
    const results = await Promise.all(clones.map((clone, index) => commitFileChange({
      repository: clone,
      branch: 'main',
      file: FILE,
      message: `waves: task ${ids[index]} done`,
      maxAttempts: RACE_ATTEMPTS,
      apply: async (path) => {
        applied.push(ids[index] as string);
        return (await updateTaskInFile(path, ids[index] as string, () => completion(ids[index] as string))).changed;
      },
    })));
    const elapsed = performance.now() - started;
    console.log(`${WRITERS} concurrent commitFileChange calls in one process: ${summary(results, elapsed)}, apply calls ${applied.length}`);

    for (const result of results) expect(result).toMatchObject({ pushed: true, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    // A writer that lost a race applied its change again, on the winner's content.
    expect(applied.length).toBe(results.reduce((sum, result) => sum + result.attempts, 0));
    checkOrigin(origin, ids);
    for (const [index, clone] of clones.entries()) expectUntouched(clone, before[index]!.files, before[index]!.head, before[index]!.status);
  }, 120_000);

  describe('as 16 processes', () => {
    let bundle: string;
    beforeAll(async () => {
      // One ESM bundle of a small leg script, run by the repository's Node like a completion step.
      bundle = join(scratch, 'leg.mjs');
      await build({
        stdin: {
          contents: [
            `import { commitFileChange } from './src/git/commitFileChange.js';`,
            `import { updateTaskInFile } from './src/write/updateTaskInFile.js';`,
            `const [repository, id] = process.argv.slice(2);`,
            `const edit = { status: 'done', waves: { attempts: 0, lastRun: 'https://github.com/o/r/actions/runs/' + id, lastResult: 'success' } };`,
            `const result = await commitFileChange({ repository, branch: 'main', file: ${JSON.stringify(FILE)}, message: 'waves: task ' + id + ' done', maxAttempts: ${RACE_ATTEMPTS},`,
            `  apply: async (path) => (await updateTaskInFile(path, id, () => edit)).changed });`,
            `process.stdout.write(JSON.stringify(result));`,
          ].join('\n'),
          resolveDir: root,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        mainFields: ['module', 'main'],
        outfile: bundle,
        logLevel: 'warning',
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url); const __filename = import.meta.filename;" },
      });
    });

    function leg(repository: string, id: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
      return new Promise((resolve, reject) => {
        const child = spawnForTest(node, [bundle, repository, id], { stdin: 'ignore' });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    }

    it('every change lands, no working tree is touched', async () => {
      const { origin, clones } = createRepositories('processes', WRITERS);
      const ids = clones.map((_, index) => String(index + 5));
      const before = clones.map((clone, index) => ({ files: dirtyWorkspace(clone, index), head: git(['rev-parse', 'HEAD'], clone), status: git(['status', '--porcelain'], clone) }));
      const started = performance.now();
      const runs = await Promise.all(clones.map((clone, index) => leg(clone, ids[index] as string)));
      const elapsed = performance.now() - started;
      for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const results = runs.map((run) => JSON.parse(run.stdout) as CommitFileChangeResult);
      console.log(`${WRITERS} concurrent commitFileChange processes: ${summary(results, elapsed)}`);
      for (const result of results) expect(result.pushed).toBe(true);
      checkOrigin(origin, ids);
      for (const [index, clone] of clones.entries()) expectUntouched(clone, before[index]!.files, before[index]!.head, before[index]!.status);
    }, 120_000);
  });
});

describe('commitFileChange', () => {
  let origin: string;
  let clone: string;
  beforeAll(() => {
    ({ origin, clones: [clone = ''] } = createRepositories('single', 1));
  });
  const originHead = () => git(['rev-parse', 'main'], origin);

  it('makes no commit when apply reports no change, or changes no byte', async () => {
    const head = originHead();
    const options = { repository: clone, branch: 'main', file: FILE, message: 'waves: nothing' };
    expect(await commitFileChange({ ...options, apply: async () => false })).toEqual({ attempts: 1, pushed: false });
    expect(await commitFileChange({ ...options, apply: async (path) => (writeFileSync(path, readFileSync(path)), true) })).toEqual({ attempts: 1, pushed: false });
    // decide returning undefined writes nothing either.
    expect(await commitFileChange({ ...options, apply: async (path) => (await updateTaskInFile(path, '3', () => undefined)).changed })).toEqual({ attempts: 1, pushed: false });
    expect(originHead()).toBe(head);
    expect(git(['worktree', 'list', '--porcelain'], clone).match(/^worktree /gm)).toHaveLength(1);
  });

  it('passes on what apply throws, at once, and leaves nothing behind', async () => {
    let calls = 0;
    const failing = commitFileChange({ repository: clone, branch: 'main', file: FILE, message: 'waves: task 99', apply: async (path) => (calls++, (await updateTaskInFile(path, '99', () => ({ status: 'done' }))).changed) });
    await expect(failing).rejects.toThrow(/no task or subtask with id 99; known ids: 1, 2, 3/);
    expect(calls).toBe(1);
    expect(git(['worktree', 'list', '--porcelain'], clone).match(/^worktree /gm)).toHaveLength(1);
    expect(git(['for-each-ref', 'refs/waves'], clone)).toBe('');
  });

  it('changes only that file, keeps its mode, and takes any path: spaces, quotes, glob characters', async () => {
    const { origin: other, clones: [work = ''] } = createRepositories('modes', 1);
    const odd = 'dir with space/"quoted" [x]*.json';
    execFileSync('mkdir', ['-p', join(work, 'dir with space')]);
    writeFileSync(join(work, odd), '{"a":1}\n');
    writeFileSync(join(work, 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(work, 'run.sh'), 0o755);
    git(['add', '.'], work);
    git(['commit', '--quiet', '-m', 'more'], work);
    git(['push', '--quiet', 'origin', 'main'], work);
    const base = git(['rev-parse', 'main'], other).trim();
    const first = await commitFileChange({ repository: work, branch: 'main', file: odd, message: 'odd', apply: async (path) => (writeFileSync(path, '{"a":2}\n'), true) });
    const second = await commitFileChange({ repository: work, branch: 'main', file: 'run.sh', message: 'script', apply: async (path) => (writeFileSync(path, '#!/bin/sh\necho hi\n'), true) });
    expect([first.pushed, second.pushed]).toEqual([true, true]);
    expect(git(['diff', '--name-only', '-z', base, first.commit as string], other)).toBe(`${odd}\0`);
    expect(git(['show', `main:${odd}`], other)).toBe('{"a":2}\n');
    expect(git(['ls-tree', 'main', 'run.sh'], other)).toMatch(/^100755 blob /);
    expect(git(['show', 'main:run.sh'], other)).toBe('#!/bin/sh\necho hi\n');
    expect(git(['log', '--format=%P', '-1', 'main'], other).trim()).toBe(first.commit);
    expect(git(['for-each-ref', 'refs/waves'], work)).toBe('');
  });

  it('refuses a path outside the repository, a bad branch name, and a branch origin does not have', async () => {
    const options = { repository: clone, message: 'm', apply: async () => true };
    await expect(commitFileChange({ ...options, branch: 'main', file: '../x.json' })).rejects.toThrow("Invalid file '../x.json'. Expected a path inside the repository, relative to its root.");
    await expect(commitFileChange({ ...options, branch: 'a..b', file: FILE })).rejects.toThrow("Invalid branch 'a..b'. Expected a branch name such as main.");
    await expect(commitFileChange({ ...options, branch: 'gone', file: FILE })).rejects.toThrow(/has no branch 'gone'/);
  });

  it('gives up after maxAttempts when every push is rejected, naming the last git error, leaving nothing behind', async () => {
    const hook = join(origin, 'hooks/pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "this repository is read-only" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const head = originHead();
    let applied = 0;
    let error: unknown;
    try {
      await commitFileChange({
        repository: clone,
        branch: 'main',
        file: FILE,
        message: 'waves: task 2 done',
        maxAttempts: 3,
        backoffMs: { base: 1, max: 5 },
        apply: async (path) => (applied++, (await updateTaskInFile(path, '2', () => completion('2'))).changed),
      });
    } catch (caught) {
      error = caught;
    } finally {
      rmSync(hook);
    }
    expect(error).toBeInstanceOf(CommitFileChangeError);
    expect((error as CommitFileChangeError).attempts).toBe(3);
    expect((error as Error).message).toMatch(/^could not commit \.taskmaster\/tasks\/tasks\.json to main after 3 attempts; the last git error: git push --quiet --no-verify origin [0-9a-f]{40}:refs\/heads\/main failed \(exit code 1\): .*this repository is read-only.*pre-receive hook declined/);
    expect((error as Error).cause).toBeInstanceOf(GitError);
    expect(applied).toBe(3);
    expect(originHead()).toBe(head);
    expect(git(['worktree', 'list', '--porcelain'], clone).match(/^worktree /gm)).toHaveLength(1);
    expect(() => readFileSync(join(clone, '.git/worktrees'))).toThrow(/ENOENT/);
    expect(git(['for-each-ref', 'refs/waves'], clone)).toBe('');
  });
});

describe('runGit', () => {
  it('passes arguments as they are, never through a shell, and names the failing command', async () => {
    const { stdout } = await runGit(['rev-parse', '--sq-quote', '$(touch pwned); `x`'], scratch);
    expect(stdout).toBe(" '$(touch pwned); `x`'\n");
    const failure = runGit(['rev-parse', '--verify', 'no-such-ref'], scratch);
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toMatchObject({ command: 'git rev-parse --verify no-such-ref', exitCode: 128 });
  });
});
