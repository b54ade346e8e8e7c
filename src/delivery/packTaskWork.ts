import type { LegResult } from '../core/wavesRecord.js';
import { createCleanRepository, type OriginAccess } from '../git/cleanRepository.js';
import { fetchBranch } from '../git/fetchBranch.js';
import { findClaimCommit } from '../git/findClaimCommit.js';
import { readWorkspaceAgainst } from './deliverTaskWork.js';
import type { PackedChange } from './packedChange.js';
import { screenChange, type ChangeRules } from './taskChange.js';

/** What to pack: the workspace, its base, and the hand-off's limits. */
export interface PackTaskWorkOptions {
  origin: OriginAccess;
  branch: string;
  workspace: string;
  runId: string;
  task: string;
  result: LegResult;
  /** The commit the leg started from; default this run's claim commit on origin. */
  base?: string;
  rules: ChangeRules;
}

/**
 * The hand-off's first half, in the agent's job (read-only token): the workspace's files against
 * the base tree, fetched into a repository of our own, held to the hand-off's limits (the tasks
 * file dropped; `.github/`, binaries and files over the caps refused). The refusals travel with
 * the change, so the delivery records them as the failed attempt's reason.
 */
export async function packTaskWork(options: PackTaskWorkOptions): Promise<PackedChange> {
  const repository = await createCleanRepository(options.origin);
  try {
    const tip = await fetchBranch(repository, options.origin.url, options.branch, 'refs/waves/tip');
    const base = options.base ?? (await findClaimCommit(repository, tip, options.runId));
    if (base === undefined) throw new Error(`no base to compare the work with: set base-sha (the prompt step's output), or keep the claim commit of run ${options.runId} on ${options.branch}`);
    if ((await repository.git(['cat-file', '-e', `${base}^{commit}`], { okCodes: [0, 1, 128] })).code !== 0) throw new Error(`the base commit ${base} is not on ${options.branch} at origin`);
    const read = options.result === 'success' ? await readWorkspaceAgainst(repository, options.workspace, base) : { base, files: [] };
    const screened = screenChange(read, options.rules);
    return { runId: options.runId, task: options.task, result: options.result, change: screened.change, refused: screened.refused, dropped: screened.dropped };
  } finally {
    await repository.dispose();
  }
}
