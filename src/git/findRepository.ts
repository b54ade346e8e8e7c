import { isAbsolute, join } from 'node:path';
import { runGit } from './runGit.js';

/** Where `waves run` is: a repository with commits (and its checked-out branch), or why it is not one. */
export type RepositoryState =
  | { kind: 'repository'; root: string; commonDir: string; branch: string | undefined }
  | { kind: 'none'; reason: 'not-a-repository' | 'no-commits' };

/** Looks at `cwd`: the top of its work tree, the shared git directory, the branch checked out (undefined when detached). */
export async function findRepository(cwd: string, env: NodeJS.ProcessEnv): Promise<RepositoryState> {
  const top = await runGit(['rev-parse', '--show-toplevel', '--git-common-dir'], cwd, env).catch(() => undefined);
  if (!top) return { kind: 'none', reason: 'not-a-repository' };
  const [root = cwd, common = '.git'] = top.stdout.trim().split('\n');
  const hasCommits = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd, env).then(
    () => true,
    () => false,
  );
  if (!hasCommits) return { kind: 'none', reason: 'no-commits' };
  const branch = await runGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], cwd, env).then(
    (result) => result.stdout.trim(),
    () => undefined,
  );
  return { kind: 'repository', root, commonDir: isAbsolute(common) ? common : join(cwd, common), branch };
}
