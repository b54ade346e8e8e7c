import { GitError, runGit } from './runGit.js';

/** The rebase result: the new head, or the files that conflicted (the rebase is aborted then). */
export type RebaseResult = { ok: true; head: string } | { ok: false; conflicts: string[] };

/**
 * Rebases the branch checked out in `worktree` onto `onto`. A conflict aborts the rebase, leaving
 * the branch as it was, and returns the conflicting files. Hooks are off. Uncommitted changes to
 * tracked files are discarded first: the task's work is its commits, and what is left on top is
 * what a verify run wrote (a build output, a snapshot), which would otherwise stop the rebase.
 */
export async function rebaseOntoBase(worktree: string, onto: string, env: NodeJS.ProcessEnv): Promise<RebaseResult> {
  await runGit(['reset', '--quiet', '--hard', 'HEAD'], worktree, env);
  try {
    await runGit(['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', 'rebase', '--quiet', onto], worktree, env);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const conflicts = (await runGit(['diff', '--name-only', '--diff-filter=U'], worktree, env).catch(() => ({ stdout: '' }))).stdout.split('\n').filter(Boolean);
    await runGit(['rebase', '--abort'], worktree, env).catch(() => undefined);
    if (conflicts.length === 0) throw error;
    return { ok: false, conflicts };
  }
  return { ok: true, head: (await runGit(['rev-parse', 'HEAD'], worktree, env)).stdout.trim() };
}
