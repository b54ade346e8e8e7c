import { runGit } from './runGit.js';

/** The commit a local branch points at, or undefined when there is no such branch. */
export async function readBranchTip(repository: string, branch: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return runGit(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], repository, env).then(
    (result) => result.stdout.trim(),
    () => undefined,
  );
}
