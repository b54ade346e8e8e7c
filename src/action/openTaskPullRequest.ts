import * as core from '@actions/core';
import type { ReviewRecord } from '../delivery/deliverTaskWork.js';
import type { GitHubClient } from '../github/createGitHubClient.js';
import { enableAutoMerge, mergePullRequest, openOrUpdatePullRequest } from '../github/pullRequests.js';
import type { DeliverySettings } from './readSettings.js';

/** A task's pull request to open: where, from which pushed head, with what title and body. */
export interface TaskPullRequest {
  owner: string;
  repo: string;
  taskId: string;
  /** The branch holding the work (`waves/<id>`) and the commit pushed there. */
  branch: string;
  head: string;
  base: string;
  title: string;
  body: string;
}

/**
 * deliver: pull-request, whatever the task source: opens the task's pull request (or updates the
 * open one from its branch), then merges it as `merge` says: `immediate` merges now if GitHub
 * can (the record then holds the merge commit), `auto` arms auto-merge (a warning when GitHub
 * refuses), `manual` leaves it to a person.
 */
export async function openTaskPullRequest(client: GitHubClient, pull: TaskPullRequest, merge: DeliverySettings['merge']): Promise<ReviewRecord> {
  const { owner, repo, taskId, head, title } = pull;
  const opened = await openOrUpdatePullRequest(client, { owner, repo, head: pull.branch, base: pull.base, title, body: pull.body });
  core.info(`Task ${taskId}: pull request #${opened.number} ${opened.created ? 'opened' : 'updated'}: ${opened.url}`);
  const review: ReviewRecord = { number: opened.number, url: opened.url, head, nodeId: opened.nodeId };
  if (merge === 'immediate') {
    const merged = await mergePullRequest(client, { owner, repo, number: opened.number, head, title });
    if (merged !== undefined) return { ...review, mergeCommit: merged };
  } else if (merge === 'auto') {
    await enableAutoMerge(client, { ...opened, head }).catch((error: unknown) => core.warning(`Task ${taskId}: auto-merge could not be armed on #${opened.number} (${(error as Error).message}); a person merges it, or use merge: immediate.`));
  }
  return review;
}
