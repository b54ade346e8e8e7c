import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceCheckout } from '../../src/git/advanceCheckout.js';
import { createTaskWorktree } from '../../src/git/createTaskWorktree.js';
import { fastForwardBase } from '../../src/git/fastForwardBase.js';
import { gitEnv } from '../../src/git/gitEnv.js';
import { lastChangedBy } from '../../src/git/lastChangedBy.js';
import { rebaseOntoBase } from '../../src/git/rebaseOntoBase.js';
import { recordTaskChange } from '../../src/git/recordTaskChange.js';
import { taskBranchName } from '../../src/run/taskBranchName.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository on main with one commit of `files`, a worktree for a task beside it. */
async function repository(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'waves-landingPlumbing-'));
  roots.push(root);
  const repo = join(root, 'repo');
  mkdirSync(repo);
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'tester');
  git(repo, 'config', 'user.email', 'tester@example.invalid');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '-m', 'init');
  const env = await gitEnv(repo);
  const start = git(repo, 'rev-parse', 'main').trim();
  const worktree = join(repo, '.git', 'waves', 'worktrees', 't');
  await createTaskWorktree(repo, worktree, 'waves/t', start, env);
  return { repo, worktree, env, start, git };
}

describe('the git steps of landing a task', () => {
  it('recordTaskChange commits leftovers with the trailer, drops a tasks file the agent created, and reports an empty change', async () => {
    const { worktree, env, start, git } = await repository({ 'a.txt': 'a\n' });
    writeFileSync(join(worktree, 'tasks.json'), '{"tasks": []}');
    expect(await recordTaskChange({ worktree, startCommit: start, taskId: 't', subject: 'Task t: x', tasksFile: 'tasks.json' }, env)).toEqual({ commits: [], empty: true, droppedTasksFile: true, committedLeftovers: false });
    expect(existsSync(join(worktree, 'tasks.json'))).toBe(false);
    writeFileSync(join(worktree, 'b.txt'), 'b\n');
    const change = await recordTaskChange({ worktree, startCommit: start, taskId: 't', subject: 'Task t: x' }, env);
    expect(change).toMatchObject({ empty: false, committedLeftovers: true });
    expect(git(worktree, 'log', '-1', '--format=%s|%(trailers:key=Waves-Task,valueonly)').trim()).toBe('Task t: x|t');
  });

  it("advanceCheckout moves the user's checkout like merge --ff-only: staged and untracked files stay; one in the way is named and nothing moves", async () => {
    const { repo, worktree, env, start, git } = await repository({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    writeFileSync(join(worktree, 'a.txt'), 'a2\n');
    const { commits } = await recordTaskChange({ worktree, startCommit: start, taskId: 't', subject: 'Task t' }, env);
    const head = commits.at(-1)!;
    writeFileSync(join(repo, 'a.txt'), 'my edit\n');
    expect(await advanceCheckout(repo, 'main', start, head, env)).toEqual({ ok: false, reason: 'in-the-way', files: ['a.txt'], untracked: false });
    expect(git(repo, 'rev-parse', 'main').trim()).toBe(start);
    git(repo, 'checkout', '--', 'a.txt');
    writeFileSync(join(repo, 'b.txt'), 'staged\n');
    git(repo, 'add', 'b.txt');
    writeFileSync(join(repo, 'mine.txt'), 'untracked\n');
    expect(await advanceCheckout(repo, 'main', head, head, env)).toEqual({ ok: false, reason: 'moved' });
    expect(await fastForwardBase(repo, 'main', start, head, env)).toEqual({ ok: true, checkout: repo });
    expect(readFileSync(join(repo, 'a.txt'), 'utf8')).toBe('a2\n');
    expect(git(repo, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual(['?? mine.txt', 'M  b.txt']);
  });

  it('fastForwardBase moves a branch nobody has checked out by compare-and-swap', async () => {
    const { repo, worktree, env, start, git } = await repository({ 'a.txt': 'a\n' });
    git(repo, 'branch', 'side');
    writeFileSync(join(worktree, 'c.txt'), 'c\n');
    const head = (await recordTaskChange({ worktree, startCommit: start, taskId: 't', subject: 'Task t' }, env)).commits.at(-1)!;
    expect(await fastForwardBase(repo, 'side', head, head, env)).toEqual({ ok: false, reason: 'moved' });
    expect(await fastForwardBase(repo, 'side', start, head, env)).toEqual({ ok: true });
    expect(git(repo, 'rev-parse', 'side').trim()).toBe(head);
  });

  it('rebaseOntoBase names the conflicting files and leaves the branch as it was; lastChangedBy names the task', async () => {
    const { repo, worktree, env, start, git } = await repository({ 'a.txt': 'a\n' });
    writeFileSync(join(repo, 'a.txt'), 'from main\n');
    git(repo, 'commit', '--quiet', '-am', 'Task other: x\n\nWaves-Task: other');
    writeFileSync(join(worktree, 'a.txt'), 'from the task\n');
    const head = (await recordTaskChange({ worktree, startCommit: start, taskId: 't', subject: 'Task t' }, env)).commits.at(-1)!;
    const tip = git(repo, 'rev-parse', 'main').trim();
    expect(await rebaseOntoBase(worktree, tip, env)).toEqual({ ok: false, conflicts: ['a.txt'] });
    expect(git(worktree, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(git(worktree, 'status', '--porcelain')).toBe('');
    expect(await lastChangedBy(repo, ['a.txt'], start, tip, env)).toEqual(new Map([['a.txt', 'task other']]));
  });

  it('taskBranchName keeps plain ids and makes others safe and distinct', () => {
    expect(taskBranchName('267.2')).toBe('waves/267.2');
    expect(taskBranchName('a b')).toMatch(/^waves\/a-b-[0-9a-f]{8}$/);
    expect(taskBranchName('a:b')).not.toBe(taskBranchName('a?b'));
    for (const id of ['..', '.x', 'x.lock', 'a..b', '~^:?*[\\', 'é']) expect(() => execFileSync('git', ['check-ref-format', `refs/heads/${taskBranchName(id)}`])).not.toThrow();
  });
});
