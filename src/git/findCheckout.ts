import { runGit } from './runGit.js';

/** The worktree of `repository` that has `branch` checked out (the user's checkout, usually), or undefined. */
export async function findCheckout(repository: string, branch: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const { stdout } = await runGit(['worktree', 'list', '--porcelain', '-z'], repository, env);
  let path: string | undefined;
  for (const line of stdout.split('\0')) {
    if (line.startsWith('worktree ')) path = line.slice('worktree '.length);
    else if (line === `branch refs/heads/${branch}`) return path;
  }
  return undefined;
}
