import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGit } from './runGit.js';

/**
 * Runs `work` in a detached worktree of `repository` at `commit` (any commit-ish), in a fresh temporary directory,
 * and always removes the worktree afterwards: the caller's working tree, index and HEAD are never
 * touched. Hooks are off for the checkout (an LFS or husky post-checkout has no business here).
 */
export async function withTemporaryWorktree<T>(repository: string, commit: string, env: NodeJS.ProcessEnv, work: (worktree: string) => Promise<T>): Promise<T> {
  const worktree = await mkdtemp(join(tmpdir(), 'waves-worktree-'));
  try {
    await runGit(['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--quiet', '--detach', worktree, commit], repository, env);
    return await work(worktree);
  } finally {
    await runGit(['worktree', 'remove', '--force', worktree], repository, env).catch(() => undefined);
    await rm(worktree, { recursive: true, force: true }).catch(() => undefined);
    await runGit(['worktree', 'prune'], repository, env).catch(() => undefined);
  }
}
