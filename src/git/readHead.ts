import { runGit } from './runGit.js';

/** The commit a fresh checkout is at (`git rev-parse HEAD`, with hooks and fsmonitor off); '' when it has none. Call it before anything else writes to the checkout. */
export async function readHead(workspace: string): Promise<string> {
  const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_DIR: undefined, GIT_WORK_TREE: undefined, LC_ALL: 'C' };
  return runGit(['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], workspace, env).then(
    (result) => result.stdout.trim(),
    () => '',
  );
}
