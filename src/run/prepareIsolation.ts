import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { findRepository } from '../git/findRepository.js';
import { gitEnv } from '../git/gitEnv.js';
import { readBranchTip } from '../git/readBranchTip.js';
import { runGit } from '../git/runGit.js';

/** What the user asked for on the command line. */
export interface IsolationRequest {
  isolation: 'worktree' | 'none';
  /** `--base BRANCH`; default the branch checked out. */
  base?: string;
}

/** Isolation is on (with where and on which branch), or off, with the one line that says why. */
export type IsolationPlan =
  | { mode: 'worktree'; repository: string; worktreesDir: string; base: string; gitEnv: NodeJS.ProcessEnv; tasksFile?: string; subdirectory: string; note: string }
  | { mode: 'none'; note: string };

/** The user asked for something that cannot be done here (a detached HEAD without --base, an unknown base). */
export class IsolationSetupError extends Error {
  override name = 'IsolationSetupError';
}

/**
 * Decides how `waves run` isolates tasks in `cwd`: worktrees when it is a git repository with a
 * commit and a base branch, else in place as before. Prunes worktrees a killed run left registered.
 */
export async function prepareIsolation(cwd: string, tasksPath: string, request: IsolationRequest): Promise<IsolationPlan> {
  const inPlace = 'every agent runs in this directory itself, as before (no worktrees, no integration)';
  if (request.isolation === 'none') return { mode: 'none', note: `--isolation none: ${inPlace}.` };
  const env = await gitEnv(cwd).catch(() => undefined);
  const state = env === undefined ? ({ kind: 'none', reason: 'not-a-repository' } as const) : await findRepository(cwd, env);
  if (state.kind === 'none' || env === undefined) {
    const where = state.kind === 'none' && state.reason === 'no-commits' ? 'This git repository has no commit yet' : 'Not a git repository';
    return { mode: 'none', note: `${where}: ${inPlace}; commit once to give each task its own worktree.` };
  }
  const base = request.base ?? state.branch;
  if (base === undefined) throw new IsolationSetupError('HEAD is detached: pass --base BRANCH (the branch tasks start from and land on), or --isolation none');
  if (request.base !== undefined) {
    await runGit(['check-ref-format', '--branch', base], cwd, env).catch(() => {
      throw new IsolationSetupError(`--base ${JSON.stringify(base)} is not a valid branch name`);
    });
  }
  if ((await readBranchTip(cwd, base, env)) === undefined) throw new IsolationSetupError(`--base ${base}: no such branch in ${state.root}; create it or name another`);
  await runGit(['worktree', 'prune'], cwd, env).catch(() => undefined);
  const worktreesDir = join(state.commonDir, 'waves', 'worktrees');
  const tasksFile = insideRepository(state.root, tasksPath);
  const subdirectory = insideRepository(state.root, cwd) ?? '';
  return {
    mode: 'worktree',
    repository: state.root,
    worktreesDir,
    base,
    gitEnv: env,
    ...(tasksFile === undefined ? {} : { tasksFile }),
    subdirectory,
    note: `Isolation: each task works in its own git worktree (branch waves/<id> from ${base}, under ${worktreesDir}) and lands on ${base} by fast-forward, one at a time.`,
  };
}

/** `path` relative to the repository root, with / separators, or undefined when it lies outside. */
function insideRepository(root: string, path: string): string | undefined {
  const real = (at: string) => {
    try {
      return realpathSync(at);
    } catch {
      return at;
    }
  };
  const relativePath = relative(real(root), real(path));
  if (relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)) return undefined;
  return relativePath.split(sep).join('/');
}
