import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GIT_AGENT, gitProject, waitFor } from '../helpers/gitProject.js';
import { runCli } from '../helpers/runCli.js';

const VERIFY = `"${process.execPath}" "${fileURLToPath(new URL('../fixtures/ledger-verify.mjs', import.meta.url))}"`;
const WAIT_VERIFY = `"${process.execPath}" "${fileURLToPath(new URL('../fixtures/wait-for-base-verify.mjs', import.meta.url))}"`;
const projects: ReturnType<typeof gitProject>[] = [];
const project = (...args: Parameters<typeof gitProject>) => {
  const made = gitProject(...args);
  projects.push(made);
  return made;
};
afterEach(() => {
  for (const made of projects.splice(0)) made.remove();
});

/** Subject and Waves-Task trailer of every commit on main after init, oldest first. */
const history = (git: (...args: string[]) => string) =>
  git('log', '--reverse', '--format=%s|%(trailers:key=Waves-Task,valueonly,separator=%x2C)|%P', 'main')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [subject, task, parents] = line.split('|');
      return { subject, task: task?.trim(), parents: parents?.split(' ').length };
    });

describe('waves run in a git repository: a worktree per task, landed before its dependents start', () => {
  it('dependents start from a base holding their dependencies; parallel tasks never see each other; history stays linear; worktrees go', () => {
    const plan = 'tasks:\n  - { id: a, title: first }\n  - { id: b, title: beside }\n  - { id: c, title: after a, dependencies: [a] }\n';
    const { repo, git, events, statuses, run } = project('runIsolation', { 'waves.yml': plan, 'README.md': 'hello\n' }, {
      a: { write: { 'a.txt': 'from a\n' }, sleepMs: 400 },
      b: { write: { 'b.txt': 'from b\n' }, commit: 'once', sleepMs: 400 },
      c: { write: { 'c.txt': 'from c\n' } },
    });
    const result = run(['--max-parallel', '2']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Isolation: each task works in its own git worktree (branch waves/<id> from main');
    expect(statuses()).toEqual({ a: 'done', b: 'done', c: 'done' });
    const starts = new Map(events().filter((event) => event.type === 'start').map((event) => [event.id, event]));
    for (const id of ['a', 'b', 'c']) {
      const start = starts.get(id)!;
      expect(start.cwd).toBe(start.worktree);
      expect(start.cwd).not.toBe(repo);
      expect(start.cwd!.startsWith(repo + '/')).toBe(true); // under .git/waves/worktrees, outside the checkout's tree
      expect(start.cwd).toContain('/.git/waves/worktrees/');
    }
    expect(starts.get('a')!.files).toEqual(['README.md', 'waves.yml']);
    expect(starts.get('b')!.files).toEqual(['README.md', 'waves.yml']);
    expect(starts.get('c')!.files).toContain('a.txt');
    // c started from a base that holds the commit that landed a's work (b may have landed before or after a:
    // they run side by side, so which of the two is the tip when c starts is up to the machine's timing).
    const landedA = git('log', '--format=%H', '--grep=^Waves-Task: a$', 'main').trim();
    expect(landedA).toMatch(/^[0-9a-f]{40}$/);
    expect(git('merge-base', '--is-ancestor', landedA, starts.get('c')!.base!)).toBe('');
    const landed = history(git);
    expect(landed.map((commit) => commit.task).sort()).toEqual(['a', 'b', 'c']);
    expect(landed.every((commit) => commit.parents === 1)).toBe(true);
    expect(landed.find((commit) => commit.task === 'a')!.subject).toBe('Task a: first');
    // The user's checkout moved with main, and nothing is left behind.
    for (const file of ['a.txt', 'b.txt', 'c.txt']) expect(existsSync(join(repo, file))).toBe(true);
    expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    expect(git('branch', '--list', 'waves/*').trim()).toBe('');
    // The closing summary lists the commits in the order they landed, as main's history has them
    // (a and b run side by side, so either may land first).
    const landedIds = git('log', '--reverse', '--format=%H', 'main').trim().split('\n').slice(1);
    const inOrder = landed.map((commit, index) => `  ${commit.task}  ${landedIds[index]!.slice(0, 10)}  1 commit`).join('\n');
    expect(result.stdout).toContain(`Landed on main, in order:\n${inOrder}\n`);
  });

  it('two tasks editing the same line in parallel both land: the later one conflicts, then retries from the new base', () => {
    const plan = 'tasks:\n  - { id: p, title: quick }\n  - { id: q, title: slow }\n';
    const { git, events, statuses, run, repo } = project('runIsolation', { 'waves.yml': plan, 'shared.txt': 'top\n' }, {
      p: { append: { 'shared.txt': '{id}\n' } },
      // q edits the line p edits, after p has landed: its rebase conflicts, and its second attempt starts from p.
      q: { append: { 'shared.txt': '{id}\n' }, waitForLanded: 'p' },
    });
    const result = run(['--max-parallel', '2', '--max-attempts', '2']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(statuses()).toEqual({ p: 'done', q: 'done' });
    expect(result.stdout).toContain('✖ q failed (conflict rebasing onto main: shared.txt (last changed by task p), attempt 1 of 2): back to pending');
    expect(readFileSync(join(repo, 'shared.txt'), 'utf8')).toBe('top\np\nq\n');
    const qStarts = events().filter((event) => event.type === 'start' && event.id === 'q');
    expect(qStarts.map((event) => event.attempt)).toEqual([1, 2]);
    expect(git('show', '--format=%(trailers:key=Waves-Task,valueonly)', '--no-patch', qStarts[1]!.base!).trim()).toBe('p');
    expect(history(git).map((commit) => commit.task)).toEqual(['p', 'q']);
  });

  it('a failing verify and an empty change hold back only their descendants; the failed worktrees are kept', () => {
    const plan = [
      'tasks:',
      '  - { id: bad, title: breaks the ledger }',
      '  - { id: bad-next, title: after bad, dependencies: [bad] }',
      '  - { id: idle, title: does nothing }',
      '  - { id: idle-next, title: after idle, dependencies: [idle] }',
      '  - { id: good, title: keeps the ledger }',
      '  - { id: good-next, title: after good, dependencies: [good] }',
      '',
    ].join('\n');
    const { repo, git, statuses, run } = project('runIsolation', { 'waves.yml': plan }, {
      bad: { ledger: { slot: 'x', broken: true } },
      'bad-next': { ledger: { slot: 'x' } },
      idle: { editTasksFile: 'waves.yml' },
      'idle-next': { ledger: { slot: 'y' } },
      good: { ledger: { slot: 'z' } },
      'good-next': { ledger: { slot: 'z' } },
    });
    const result = run(['--max-parallel', '3', '--max-attempts', '1', '--verify', VERIFY]);
    expect(result.code).toBe(1);
    expect(statuses()).toEqual({ bad: 'blocked', 'bad-next': 'pending', idle: 'blocked', 'idle-next': 'pending', good: 'done', 'good-next': 'done' });
    expect(result.stdout).toContain('bad: verify failed; its last lines:');
    expect(result.stdout).toContain('Failed: bad (verify failed: ledger invariant broken: count.txt says 1 but ledger/ has 0 lines)');
    expect(result.stdout).toContain('Failed: idle (made no change (only to the tasks file, which the runner owns))');
    expect(result.stdout).toContain('Held back by failed or blocked tasks: bad-next, idle-next');
    const kept = [...result.stdout.matchAll(/Kept for inspection: (\S+) in (\S+)/g)].map((match) => [match[1], match[2]]);
    expect(kept.map(([id]) => id).sort()).toEqual(['bad', 'idle']);
    for (const [, path] of kept) expect(existsSync(path!)).toBe(true);
    expect(readFileSync(join(repo, '.waves/logs/bad.log'), 'utf8')).toContain('ledger invariant broken');
    expect(history(git).map((commit) => commit.task)).toEqual(['good', 'good-next']);
    expect(git('show', 'main:waves.yml')).toBe(plan);

    // --allow-empty: the idle task counts as done and its dependent runs; a re-run replaces the kept worktree.
    expect(runCli(['set-status', 'waves.yml', 'idle', 'pending'], repo).code).toBe(0);
    const again = run(['--max-attempts', '1', '--verify', VERIFY, '--allow-empty']);
    expect(statuses()).toMatchObject({ idle: 'done', 'idle-next': 'done', bad: 'blocked' });
    expect(again.stdout).toContain('idle-next');
  });

  it("leaves the user's uncommitted and untracked files alone, and holds an integration that would overwrite one", async () => {
    const plan = 'tasks:\n  - { id: t, title: touches other files }\n  - { id: u, title: adds clash.txt }\n';
    const { repo, git, statuses, spawnRun } = project('runIsolation', { 'waves.yml': plan, 'README.md': 'hello\n', 'src.txt': 'v1\n' }, {
      t: { write: { 'src.txt': 'v2\n', 'new.txt': 'new\n' } },
      u: { write: { 'clash.txt': 'from the task\n' } },
    });
    writeFileSync(join(repo, 'README.md'), 'hello, my edit\n');
    writeFileSync(join(repo, 'notes.txt'), 'my notes\n');
    writeFileSync(join(repo, 'clash.txt'), 'mine\n');
    const running = spawnRun(['--max-parallel', '1']);
    await waitFor(() => running.output().includes('holding its integration'));
    expect(running.output()).toContain('u: holding its integration: it would overwrite your untracked file clash.txt');
    expect(readFileSync(join(repo, 'clash.txt'), 'utf8')).toBe('mine\n');
    rmSync(join(repo, 'clash.txt'));
    expect(await running.closed, running.output()).toBe(0);
    expect(statuses()).toEqual({ t: 'done', u: 'done' });
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('hello, my edit\n');
    expect(readFileSync(join(repo, 'notes.txt'), 'utf8')).toBe('my notes\n');
    expect(readFileSync(join(repo, 'src.txt'), 'utf8')).toBe('v2\n');
    expect(readFileSync(join(repo, 'clash.txt'), 'utf8')).toBe('from the task\n');
    expect(git('status', '--porcelain', '--', 'README.md', 'notes.txt', 'src.txt', 'new.txt')).toBe(' M README.md\n?? notes.txt\n');
  });

  it('lands a task that commits twice with both commits, once each, trailers added', () => {
    const plan = 'tasks:\n  - { id: twice, title: two commits }\n';
    const { git, run } = project('runIsolation', { 'waves.yml': plan }, { twice: { write: { 'one.txt': '1\n' }, second: { 'two.txt': '2\n' }, commit: 'twice' } });
    expect(run([]).code).toBe(0);
    expect(history(git)).toEqual([
      { subject: 'agent work for twice', task: 'twice', parents: 1 },
      { subject: 'more agent work for twice', task: 'twice', parents: 1 },
    ]);
  });

  it('stops on Ctrl-C with nothing half-integrated, and a re-run lands the rest once', async () => {
    const plan = 'tasks:\n  - { id: quick, title: lands }\n  - { id: long, title: interrupted }\n  - { id: after, title: after long, dependencies: [long] }\n';
    const { root, repo, git, events, statuses, spawnRun, run, setSpec } = project('runIsolation', { 'waves.yml': plan }, {
      quick: { ledger: { slot: 'q' } },
      long: { ledger: { slot: 'l' }, waitForFile: '/nonexistent/never' },
      after: { ledger: { slot: 'l' } },
    });
    const running = spawnRun(['--max-parallel', '2', '--verify', VERIFY]);
    await waitFor(() => statuses().quick === 'done' && events().some((event) => event.type === 'start' && event.id === 'long'));
    running.child.kill('SIGINT');
    expect(await running.closed).toBe(130);
    expect(statuses()).toEqual({ quick: 'done', long: 'pending', after: 'pending' });
    expect(history(git).map((commit) => commit.task)).toEqual(['quick']);
    expect(existsSync(join(repo, '.git/rebase-merge')) || existsSync(join(repo, '.git/MERGE_HEAD'))).toBe(false);
    expect(running.output()).toMatch(/Kept for inspection: long in \S+ \(stopped\)/);

    setSpec({ long: { ledger: { slot: 'l' } }, after: { ledger: { slot: 'l' } } });
    const again = run(['--verify', VERIFY]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(history(git).map((commit) => commit.task)).toEqual(['quick', 'long', 'after']);
    expect(readFileSync(join(repo, 'count.txt'), 'utf8')).toBe('3\n');
    expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    expect(root).toContain('waves-runIsolation-');
  });

  it('verifies again when the base moves during verify, so what lands passed verify on exactly that tree', () => {
    const plan = 'tasks:\n  - { id: slow, title: verify outpaced }\n  - { id: fast, title: lands meanwhile }\n';
    const { root, git, statuses, repo } = project('runIsolation', { 'waves.yml': plan, 'verify-output.txt': 'none\n' }, { slow: { write: { 'slow.txt': 's\n' } }, fast: { write: { 'fast.txt': 'f\n' }, sleepMs: 300 } });
    const verifyEvents = join(root, 'verify.txt');
    writeFileSync(verifyEvents, '');
    const result = runCli(['run', '--agent', GIT_AGENT, '--max-parallel', '2', '--verify', WAIT_VERIFY], repo, { ...projects.at(-1)!.env, SLOW_VERIFY_TASK: 'slow', VERIFY_EVENTS: verifyEvents });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(statuses()).toEqual({ slow: 'done', fast: 'done' });
    expect(result.stdout).toContain('slow: main moved during verify; rebasing and verifying again');
    const checked = readFileSync(verifyEvents, 'utf8').split('\n').filter((line) => line.startsWith('slow ')).map((line) => line.split(' ')[1]);
    expect(checked).toHaveLength(2);
    // The second verify ran on a tree whose base is fast's landed commit; that is what landed.
    expect(history(git).map((commit) => commit.task)).toEqual(['fast', 'slow']);
    expect(checked[1]).toBe(git('rev-parse', 'main~1').trim());
    expect(readFileSync(join(repo, '.waves/logs/slow.log'), 'utf8')).toContain('--- verify (round 2)');
    expect(git('show', 'main:verify-output.txt')).toBe('none\n');
  });

  it('a task whose work landed in a run killed before recording it is not run again', () => {
    const plan = 'tasks:\n  - { id: x, title: landed, status: in-progress }\n  - { id: y, title: after, dependencies: [x] }\n';
    const { git, events, statuses, run, repo } = project('runIsolation', { 'waves.yml': plan }, { x: { write: { 'x2.txt': 'again\n' } }, y: { write: { 'y.txt': 'y\n' } } });
    // What the killed run left: x's commit on main, its branch still there.
    writeFileSync(join(repo, 'x.txt'), 'x\n');
    git('add', 'x.txt');
    git('commit', '--quiet', '-m', 'Task x: landed\n\nWaves-Task: x');
    git('branch', 'waves/x');
    const result = run(['--restart-in-progress']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('x: its work landed on main in an earlier run');
    expect(statuses()).toEqual({ x: 'done', y: 'done' });
    expect(events().filter((event) => event.type === 'start').map((event) => event.id)).toEqual(['y']);
    expect(history(git).map((commit) => commit.task)).toEqual(['x', 'y']);
    expect(git('branch', '--list', 'waves/*').trim()).toBe('');
  });

  it('runs in place, saying so in one line, with --isolation none or in a repository without commits', () => {
    const plan = 'tasks:\n  - { id: here, title: in place }\n';
    const { repo, events, run } = project('runIsolation', { 'waves.yml': plan }, { here: { write: { 'here.txt': 'x\n' } } });
    const result = run(['--isolation', 'none', '--verify', 'test -f here.txt']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('✔ here done in');
    expect(result.stdout).toContain(', verified');
    expect(result.stdout.split('\n')[0]).toBe('--isolation none: every agent runs in this directory itself, as before (no worktrees, no integration).');
    expect(events()[0]!.cwd).toBe(repo);

    const empty = project('runIsolation', {}, { here: { write: { 'here.txt': 'x\n' } } });
    empty.git('update-ref', '-d', 'HEAD');
    writeFileSync(join(empty.repo, 'waves.yml'), plan);
    const unborn = empty.run([]);
    expect(unborn.code).toBe(0);
    expect(unborn.stdout.split('\n')[0]).toContain('This git repository has no commit yet: every agent runs in this directory itself');
  });

  it('refuses a detached HEAD without --base, and an unknown --base', () => {
    const { git, run } = project('runIsolation', { 'waves.yml': 'tasks:\n  - { id: 1, title: x }\n' });
    expect(run(['--base', 'nope'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--base nope: no such branch') });
    git('checkout', '--quiet', '--detach');
    expect(run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('HEAD is detached: pass --base BRANCH') });
  });
});
