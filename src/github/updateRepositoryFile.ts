import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubClient } from './createGitHubClient.js';
import { GitHubConflictError } from './GitHubApiError.js';
import { isHttpError } from './isHttpError.js';
import { readRepositoryFile } from './readRepositoryFile.js';
import { gitHubMessage, toGitHubApiError } from './toGitHubApiError.js';

/** One change to one file on one branch, committed through the Contents API. */
export interface RepositoryFileUpdate {
  owner: string;
  repo: string;
  path: string;
  branch: string;
  /** Commit message. */
  message: string;
  /** Defaults to the token's identity (github-actions[bot] for a GITHUB_TOKEN). */
  committer?: { name: string; email: string };
  /**
   * Makes the change on the current text and returns the new text, or undefined for "nothing to
   * change". Called again on fresh text after each conflict, so it must not assume it runs once.
   */
  apply: (text: string) => string | undefined;
  /** Read-apply-write rounds before giving up (default 10). */
  maxAttempts?: number;
  /** Backoff after a conflict: a random wait up to this times 2^(round-1), capped at 30 s (default 1000 ms). */
  backoffMs?: number;
}

/** How an update went. */
export interface RepositoryFileUpdateResult {
  /** The new commit, when one was made. */
  commitSha?: string;
  /** Read-apply-write rounds used (1 when nobody else wrote the file meanwhile). */
  attempts: number;
  /** False when `apply` found nothing to change, so nothing was written. */
  changed: boolean;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Reads the file, applies the change, and writes it back with the blob sha it read. When
 * someone else wrote the file in between (409, or a 422 about the sha), it waits a jittered
 * while, re-reads and re-applies the change to the fresh text, so concurrent writers lose nothing.
 */
export async function updateRepositoryFile(client: GitHubClient, update: RepositoryFileUpdate): Promise<RepositoryFileUpdateResult> {
  const { owner, repo, path, branch, message, committer, apply } = update;
  const maxAttempts = Math.max(1, update.maxAttempts ?? 10);
  const backoffMs = update.backoffMs ?? 1000;
  const where = `${path} on ${branch} in ${owner}/${repo}`;
  for (let attempt = 1; ; attempt++) {
    const current = await readRepositoryFile(client, { owner, repo, path, ref: branch });
    const next = apply(current.text);
    if (next === undefined || next === current.text) return { attempts: attempt, changed: false };
    try {
      const { data } = await client.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        branch,
        message,
        content: Buffer.from(next, 'utf8').toString('base64'),
        sha: current.sha,
        ...(committer === undefined ? {} : { committer }),
      });
      return { ...(data.commit.sha === undefined ? {} : { commitSha: data.commit.sha }), attempts: attempt, changed: true };
    } catch (error) {
      if (!isStaleWrite(error)) {
        throw toGitHubApiError(error, {
          doing: `Writing ${where}`,
          forbidden: 'the token cannot push: give the job `permissions: contents: write` (and check that branch protection lets it push)',
          notFound: `no branch '${branch}' in ${owner}/${repo}, or the token cannot write to the repository`,
        });
      }
      if (attempt >= maxAttempts) {
        throw new GitHubConflictError(
          `Writing ${where}: the file changed under this update ${attempt} times in a row. Too many jobs write it at once: lower max-parallel, or re-run this job.`,
          { status: error.status, cause: error },
        );
      }
      await sleep(Math.random() * Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempt - 1)));
    }
  }
}

/** 409: the sha we sent is no longer the file's (or the branch moved); 422 naming the sha: the same, worded differently. */
function isStaleWrite(error: unknown): error is Error & { status: number } {
  if (!isHttpError(error)) return false;
  return error.status === 409 || (error.status === 422 && /\bsha\b/i.test(gitHubMessage(error)));
}
