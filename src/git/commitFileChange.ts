import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, normalize } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fullJitterDelay } from './fullJitterDelay.js';
import { GitError, runGit, runGitBytes } from './runGit.js';

/** The change could not be committed and pushed; `attempts` says how many times it was tried. */
export class CommitFileChangeError extends Error {
  override name = 'CommitFileChangeError';
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What to commit where, and how hard to try. */
export interface CommitFileChangeOptions {
  /** A git checkout whose `origin` we push to. Its working tree, index and HEAD are left alone. */
  repository: string;
  branch: string;
  /** The file to change, relative to the repository root. */
  file: string;
  /** The commit message: ours (task ids, never task titles). */
  message: string;
  /** Changes the file at this absolute path, fresh from origin; resolves to whether it changed anything. */
  apply: (absolutePath: string) => Promise<boolean>;
  /**
   * Failed rounds before giving up; default 8. A round lost to another writer's push (the branch
   * moved on: that writer landed) is progress, not failure, and counts only towards a hard limit
   * of 8 times as many rounds.
   */
  maxAttempts?: number;
  /** Full-jitter backoff between rounds, in ms; default 200 (or the last round's length, if longer) doubling up to 5000. */
  backoffMs?: { base: number; max: number };
  /** Author and committer; default github-actions[bot]. */
  author?: { name: string; email: string };
}

/** What happened: the pushed commit, or pushed=false when `apply` changed nothing. */
export interface CommitFileChangeResult {
  commit?: string;
  attempts: number;
  pushed: boolean;
}

const GITHUB_ACTIONS_BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * Commits a change to one file on origin's `branch` without touching the caller's working tree:
 * fetches the branch, applies the change to a copy of the file at its head, commits and pushes.
 * When another writer pushed first, starts over from the new head (so `apply` always sees fresh
 * content), with jittered backoff, until `maxAttempts` rounds failed with the branch where it was.
 * Errors thrown by `apply` end it.
 */
export async function commitFileChange(options: CommitFileChangeOptions): Promise<CommitFileChangeResult> {
  const { repository, branch, file } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoffMs ?? { base: 200, max: 5000 };
  const author = options.author ?? GITHUB_ACTIONS_BOT;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new CommitFileChangeError(`Invalid maxAttempts ${maxAttempts}. Expected a whole number of at least 1.`, 0);
  if (isAbsolute(file) || normalize(file).split(/[\\/]/)[0] === '..') throw new CommitFileChangeError(`Invalid file '${file}'. Expected a path inside the repository, relative to its root.`, 0);
  const env: NodeJS.ProcessEnv = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    // Never wait for a password, never download LFS objects, read git's messages in English,
    // and ignore a GIT_DIR or index inherited from a hook.
    GIT_TERMINAL_PROMPT: '0',
    GIT_LFS_SKIP_SMUDGE: '1',
    LC_ALL: 'C',
    GIT_DIR: undefined,
    GIT_WORK_TREE: undefined,
    GIT_INDEX_FILE: undefined,
  };
  await runGit(['check-ref-format', `refs/heads/${branch}`], repository, env).catch((error: unknown) => {
    throw new CommitFileChangeError(`Invalid branch '${branch}'. Expected a branch name such as main.`, 0, { cause: error });
  });

  let lastError: GitError | undefined;
  let lastRound = 0;
  // Rounds that failed while the branch stayed where the round found it. Losing a race to another
  // writer is not one: with slow rounds (a busy runner, a slow network) 16 legs finishing together
  // land about one per round, and counting those losses made the last of them give up after 8
  // rounds while the others were landing.
  let failures = 0;
  const maxRounds = maxAttempts * 8;
  for (let attempt = 1; attempt <= maxRounds && failures < maxAttempts; attempt++) {
    // The backoff window starts at no less than one round's length: writers spread over windows
    // shorter than a round still collide (a round to github.com takes a second or two).
    if (attempt > 1) await sleep(fullJitterDelay(attempt - 1, { base: Math.max(backoff.base, lastRound), max: backoff.max }));
    const started = performance.now();
    const round: { base?: string } = {};
    try {
      return { ...(await commitOnce(options, env, round)), attempts: attempt };
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      if (/couldn't find remote ref/i.test(error.stderr)) {
        throw new CommitFileChangeError(`origin of ${repository} has no branch '${branch}'; push it first or set the branch that holds ${file}`, attempt, { cause: error });
      }
      lastError = error;
      lastRound = performance.now() - started;
      if (!(await branchMovedFrom(round.base, options, env))) failures++;
    }
  }
  const attempts = failures >= maxAttempts ? `${maxAttempts} attempts` : `${maxRounds} rounds, each lost to another writer`;
  throw new CommitFileChangeError(`could not commit ${file} to ${branch} after ${attempts}; the last git error: ${lastError?.message}`, maxAttempts, { cause: lastError });
}

/**
 * One round: fresh head, apply, commit, push. The commit is built with git's plumbing, from the
 * file's blob alone: no checkout of the tree (a temporary worktree would check out every file of
 * the repository for each status write), no index, no hooks. A rejected push throws GitError. Whatever can
 * wait until after the push does: another writer's push between our fetch and ours costs us the round.
 */
async function commitOnce(options: CommitFileChangeOptions, env: NodeJS.ProcessEnv, round: { base?: string }): Promise<{ commit?: string; pushed: boolean }> {
  const { repository, branch, file, message } = options;
  const remoteRef = `refs/remotes/origin/${branch}`;
  await runGit(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${remoteRef}`], repository, env);
  const base = (await runGit(['rev-parse', '--verify', `${remoteRef}^{commit}`], repository, env)).stdout.trim();
  round.base = base;
  const before = await readBlobAt(repository, base, file, env);
  const scratch = await mkdtemp(join(tmpdir(), 'waves-commit-'));
  try {
    // apply edits a private copy (same base name: a tool may look at the extension).
    const path = join(scratch, basename(file));
    if (before) await writeFile(path, before.bytes);
    if (!(await options.apply(path))) return { pushed: false };
    const after = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    // apply may report a change that leaves the bytes as they were: nothing to commit then.
    if (after === undefined ? before === undefined : before !== undefined && after.equals(before.bytes)) return { pushed: false };
    const commit = await writeCommit(repository, env, { base, file, mode: before?.mode ?? '100644', bytes: after, message, scratch });
    // No -c here: config given that way reaches a local origin's receive-pack and its hooks.
    await runGit(['push', '--quiet', '--no-verify', 'origin', `${commit}:refs/heads/${branch}`], repository, env);
    return { commit, pushed: true };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The file's mode and bytes in `commit`, or undefined when it has no such file. */
async function readBlobAt(repository: string, commit: string, file: string, env: NodeJS.ProcessEnv): Promise<{ mode: string; bytes: Buffer } | undefined> {
  const listed = (await runGit(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', file], repository, env)).stdout;
  const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(listed);
  if (!match) return undefined;
  const [, mode, type, sha] = match as unknown as [string, string, string, string];
  if (type !== 'blob') throw new CommitFileChangeError(`${file} is not a file at ${commit.slice(0, 10)} (it is a ${type === 'tree' ? 'directory' : type}).`, 1);
  return { mode, bytes: (await runGitBytes(['cat-file', 'blob', sha], repository, env)).stdout };
}

/**
 * The commit `base` plus the new bytes of `file` (or without it, when `bytes` is undefined), written
 * by one `git fast-import` (blob, trees and commit at once) under a private ref that is deleted
 * again; resolves to the commit's id.
 */
async function writeCommit(repository: string, env: NodeJS.ProcessEnv, change: { base: string; file: string; mode: string; bytes: Buffer | undefined; message: string; scratch: string }): Promise<string> {
  const ref = `refs/waves/commit-file/${process.pid}-${randomUUID()}`;
  const marks = join(change.scratch, 'marks');
  const when = `${Math.floor(Date.now() / 1000)} +0000`;
  const identity = (kind: 'AUTHOR' | 'COMMITTER') => `${env[`GIT_${kind}_NAME`] as string} <${env[`GIT_${kind}_EMAIL`] as string}> ${when}`;
  const message = Buffer.from(change.message, 'utf8');
  const path = quotePath(change.file);
  const stream = Buffer.concat([
    Buffer.from(`commit ${ref}\nmark :1\nauthor ${identity('AUTHOR')}\ncommitter ${identity('COMMITTER')}\ndata ${message.length}\n`),
    message,
    Buffer.from(`\nfrom ${change.base}\n`),
    change.bytes === undefined ? Buffer.from(`D ${path}\n`) : Buffer.concat([Buffer.from(`M ${change.mode} inline ${path}\ndata ${change.bytes.length}\n`), change.bytes, Buffer.from('\n')]),
    Buffer.from('\ndone\n'),
  ]);
  try {
    await runGitBytes(['fast-import', '--quiet', '--done', `--export-marks=${marks}`], repository, env, stream);
    const commit = /^:1 ([0-9a-f]+)$/m.exec(await readFile(marks, 'utf8'))?.[1];
    if (!commit) throw new CommitFileChangeError(`git fast-import wrote no commit for ${change.file}.`, 1);
    return commit;
  } finally {
    await runGit(['update-ref', '-d', ref], repository, env).catch(() => undefined);
  }
}

/** A path as fast-import reads it: C-style quoted, so spaces, quotes and newlines stay part of it. */
function quotePath(path: string): string {
  return `"${path.replace(/[\\"]/g, (character) => `\\${character}`).replace(/\n/g, '\\n')}"`;
}

/** Whether origin's branch is no longer at `base` (another writer landed since the round began). */
async function branchMovedFrom(base: string | undefined, options: CommitFileChangeOptions, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (base === undefined) return false;
  const heads = await runGit(['ls-remote', '--heads', 'origin', `refs/heads/${options.branch}`], options.repository, env).catch(() => undefined);
  const head = heads?.stdout.split(/\s/, 1)[0];
  return head !== undefined && head !== '' && head !== base;
}
