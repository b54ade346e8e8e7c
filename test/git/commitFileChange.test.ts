import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommitFileChangeError, commitFileChange } from '../../src/git/commitFileChange.js';
import { GitError, runGit } from '../../src/git/runGit.js';
import { updateTaskInFile } from '../../src/write/updateTaskInFile.js';
import { completion, createRepositories, FILE, git, raceInOneProcess } from '../helpers/commitRace.js';
import { makeTempDir } from '../helpers/tempDir.js';

let scratch = '';
beforeAll(() => void (scratch = makeTempDir()));

// 16 writers, in one process and as 16 processes, race in commitFileChange.soak.test.ts.
describe('commitFileChange: 6 writers race to push one tasks file', () => {
  it('in one process (Promise.all): every change lands, no working tree is touched', () => raceInOneProcess(scratch, 6), 120_000);
});

describe('commitFileChange', () => {
  let origin: string;
  let clone: string;
  beforeAll(() => {
    ({ origin, clones: [clone = ''] } = createRepositories(scratch, 'single', 1));
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
    const { origin: other, clones: [work = ''] } = createRepositories(scratch, 'modes', 1);
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
