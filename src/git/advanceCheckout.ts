import { GitError, runGit } from './runGit.js';

/** The checkout moved to the new commit, or it was left alone because one of the user's files was in the way. */
export type AdvanceCheckoutResult = { ok: true } | { ok: false; reason: 'moved' } | { ok: false; reason: 'in-the-way'; files: string[]; untracked: boolean };

/**
 * Fast-forwards the branch checked out in `checkout` from `from` to `to` the way `git merge
 * --ff-only` does, which it is: uncommitted edits and untracked files survive, and when one would
 * be overwritten nothing moves and the files are named. Refuses (`moved`) if the checkout is no
 * longer at `from`, so nothing the user committed meanwhile is ever skipped. Hooks are off.
 */
export async function advanceCheckout(checkout: string, branch: string, from: string, to: string, env: NodeJS.ProcessEnv): Promise<AdvanceCheckoutResult> {
  const head = await runGit(['symbolic-ref', '--quiet', 'HEAD'], checkout, env).then((result) => result.stdout.trim(), () => '');
  const at = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], checkout, env).then((result) => result.stdout.trim(), () => '');
  if (head !== `refs/heads/${branch}` || at !== from) return { ok: false, reason: 'moved' };
  try {
    await runGit(['-c', 'core.hooksPath=/dev/null', 'merge', '--ff-only', '--quiet', '--no-stat', to], checkout, env);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const files = listedFiles(error.stderr);
    if (files.length > 0) return { ok: false, reason: 'in-the-way', files, untracked: /untracked working tree files/.test(error.stderr) };
    if (/Not possible to fast-forward/i.test(error.stderr)) return { ok: false, reason: 'moved' };
    throw error;
  }
}

/** The tab-indented file names git lists under "would be overwritten by merge". */
function listedFiles(stderr: string): string[] {
  if (!/would be (overwritten|removed) by merge/.test(stderr)) return [];
  return stderr.split('\n').filter((line) => line.startsWith('\t')).map((line) => line.trim());
}
