import type { CleanRepository } from './cleanRepository.js';
import { GitError } from './runGit.js';

/** The branch could not be fetched: a missing branch, a bad URL or token, or the network. */
export class FetchBranchError extends Error {
  override name = 'FetchBranchError';
}

/** Fetches origin's `branch` (with its history) into `ref` of the clean repository and returns the tip commit. */
export async function fetchBranch(repository: CleanRepository, url: string, branch: string, ref: string): Promise<string> {
  try {
    await repository.git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', url, `+refs/heads/${branch}:${ref}`]);
  } catch (error) {
    if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)) throw new FetchBranchError(`origin has no branch '${branch}'`, { cause: error });
    throw new FetchBranchError(`could not fetch ${branch} from origin: ${(error as Error).message}`, { cause: error });
  }
  return (await repository.git(['rev-parse', `${ref}^{commit}`])).stdout.toString().trim();
}
