import type { TaskChange } from '../delivery/taskChange.js';
import type { CleanRepository } from './cleanRepository.js';
import { fetchBranch } from './fetchBranch.js';
import { commitWork, mergeWork, type WorkOutcome } from './pushTaskChange.js';

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * Puts a task's work on a branch of its own (`waves/<id>`) as one commit on the base branch's
 * current tip (merged with git's three-way rules, as pushTaskChange does), force-pushed: the
 * branch is ours and each attempt replaces it. A conflict pushes nothing. Resolves to the head.
 */
export async function pushWorkBranch(options: { repository: CleanRepository; url: string; base: string; workBranch: string; change: TaskChange; message: string }): Promise<{ head?: string; outcome: WorkOutcome }> {
  const { repository, url } = options;
  const env = { GIT_AUTHOR_NAME: BOT.name, GIT_AUTHOR_EMAIL: BOT.email, GIT_COMMITTER_NAME: BOT.name, GIT_COMMITTER_EMAIL: BOT.email };
  await repository.git(['check-ref-format', `refs/heads/${options.workBranch}`]);
  const tip = await fetchBranch(repository, url, options.base, 'refs/waves/tip');
  const work = await commitWork(repository, options.change, env);
  const { tree, outcome } = await mergeWork(repository, tip, work);
  if (!outcome.merged || outcome.unchanged) return { outcome };
  const head = (await repository.git(['commit-tree', tree, '-p', tip], { input: options.message, env })).stdout.toString().trim();
  await repository.git(['push', '--quiet', '--no-verify', url, `+${head}:refs/heads/${options.workBranch}`]);
  return { head, outcome };
}
