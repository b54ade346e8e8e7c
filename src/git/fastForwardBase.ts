import { advanceCheckout, type AdvanceCheckoutResult } from './advanceCheckout.js';
import { findCheckout } from './findCheckout.js';
import { runGit } from './runGit.js';

/**
 * Moves branch `base` from `from` to its descendant `to`: in the worktree that has it checked out
 * (see advanceCheckout: the user's files are safe), or, when none has, by a compare-and-swap ref
 * update. `moved` means the branch is no longer at `from`: rebase and try again.
 */
export async function fastForwardBase(repository: string, base: string, from: string, to: string, env: NodeJS.ProcessEnv): Promise<AdvanceCheckoutResult & { checkout?: string }> {
  const checkout = await findCheckout(repository, base, env);
  if (checkout !== undefined) return { ...(await advanceCheckout(checkout, base, from, to, env)), checkout };
  const swapped = await runGit(['update-ref', '-m', 'waves run: fast-forward', `refs/heads/${base}`, to, from], repository, env).then(() => true, () => false);
  return swapped ? { ok: true } : { ok: false, reason: 'moved' };
}
