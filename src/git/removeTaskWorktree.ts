import { rm } from 'node:fs/promises';
import { runGit } from './runGit.js';

/** Removes a task's worktree and its branch, whatever state they are in; missing ones are fine. */
export async function removeTaskWorktree(repository: string, path: string, branch: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runGit(['worktree', 'remove', '--force', '--force', path], repository, env).catch(() => undefined);
  await rm(path, { recursive: true, force: true });
  await runGit(['worktree', 'prune'], repository, env).catch(() => undefined);
  await runGit(['branch', '-D', '--quiet', branch], repository, env).catch(() => undefined);
}
