import { rm } from 'node:fs/promises';
import { runGit } from './runGit.js';
import { removeTaskWorktree } from './removeTaskWorktree.js';

/**
 * Makes a fresh worktree at `path` on branch `branch` pointing at `commit`, replacing what an
 * earlier attempt (or an interrupted run) left at that path or under that branch name.
 * Hooks are off for the checkout: a project's post-checkout hook is not ours to run.
 */
export async function createTaskWorktree(repository: string, path: string, branch: string, commit: string, env: NodeJS.ProcessEnv): Promise<void> {
  await removeTaskWorktree(repository, path, branch, env);
  await rm(path, { recursive: true, force: true });
  await runGit(['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--quiet', '-B', branch, path, commit], repository, env);
}
