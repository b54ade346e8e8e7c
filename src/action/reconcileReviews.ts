import * as core from '@actions/core';
import type { Plan, Task } from '../core/model.js';
import { completionChange, type TaskChange } from '../core/wavesRecord.js';
import { closePullRequest, mergePullRequest, readPullRequestStates, type PullRequestState } from '../github/pullRequests.js';
import type { ActionContext } from './actionContext.js';

/** A task in review and the pull request that carries its work, as recorded under `metadata.waves.review`. */
interface Review {
  task: Task;
  nodeId: string;
  number: number;
  head: string;
}

/** How a review settles: done with the merge commit, or a failed attempt with the reason. */
export type Settled = { outcome: 'merged'; mergeCommit: string; number: number } | { outcome: 'failed'; reason: string };

function reviewsOf(plan: Plan): Review[] {
  const reviews: Review[] = [];
  for (const task of plan.tasks.flatMap((top) => [top, ...top.subtasks])) {
    if (task.status !== 'review') continue;
    const review = (task.metadata.waves as { review?: unknown } | undefined)?.review as { nodeId?: unknown; number?: unknown; head?: unknown } | undefined;
    if (review && typeof review.nodeId === 'string' && typeof review.number === 'number') reviews.push({ task, nodeId: review.nodeId, number: review.number, head: typeof review.head === 'string' ? review.head : '' });
  }
  return reviews;
}

/**
 * Settles tasks in review from their pull requests, read in one GraphQL request (up to 100):
 * merged, done with the merge commit; closed unmerged, a failed attempt; conflicting with the base,
 * closed with a comment and a failed attempt, so the task is dispatched again from the new base.
 * With `merge: immediate`, merges the ones GitHub says are mergeable. Effects on pull requests
 * happen here; the returned verdicts are written by the caller with its claim.
 */
export async function reconcileReviews(context: ActionContext, plan: Plan): Promise<Map<string, Settled>> {
  const settled = new Map<string, Settled>();
  const reviews = reviewsOf(plan);
  if (reviews.length === 0) return settled;
  const client = context.client();
  const { owner, repo } = context.environment;
  if (!client || !owner || !repo) {
    core.warning(`${reviews.length} task(s) are in review, but without a token and repository their pull requests cannot be read; they stay in review.`);
    return settled;
  }
  let states: Map<string, PullRequestState>;
  try {
    states = await readPullRequestStates(client, reviews.map((review) => review.nodeId));
  } catch (error) {
    core.warning(`could not read the pull requests of tasks in review (${(error as Error).message}); they stay in review.`);
    return settled;
  }
  for (const review of reviews.slice(0, 100)) {
    const state = states.get(review.nodeId);
    if (!state) continue;
    if (state.state === 'MERGED' && state.mergeCommit) settled.set(review.task.id, { outcome: 'merged', mergeCommit: state.mergeCommit, number: state.number });
    else if (state.state === 'CLOSED') settled.set(review.task.id, { outcome: 'failed', reason: `pull request #${state.number} was closed without merging` });
    else if (state.mergeable === 'CONFLICTING') {
      await closePullRequest(client, { owner, repo, number: state.number, comment: `wave-orchestrator: this pull request conflicts with the base branch, so it is closed and task ${review.task.id} runs again from the new base (one attempt used).` });
      settled.set(review.task.id, { outcome: 'failed', reason: `pull request #${state.number} conflicts with the base branch; closed, the next attempt starts from the new base` });
    } else if (state.mergeable === 'MERGEABLE' && context.settings.delivery.merge === 'immediate') {
      const merged = await mergePullRequest(client, { owner, repo, number: state.number, head: state.head, title: `${review.task.id}: ${review.task.title}` });
      if (merged) settled.set(review.task.id, { outcome: 'merged', mergeCommit: merged, number: state.number });
    }
  }
  return settled;
}

/** The change a settled review writes: done with the merge commit, or one attempt used. */
export function settledChange(context: Pick<ActionContext, 'environment' | 'now' | 'settings'>, task: Task, settled: Settled): TaskChange {
  if (settled.outcome === 'failed') return completionChange(task, 'failure', context.environment.run, context.now(), context.settings.maxAttempts, settled.reason);
  const change = completionChange(task, 'success', context.environment.run, context.now(), context.settings.maxAttempts);
  const review = (task.metadata.waves as { review?: Record<string, unknown> }).review ?? {};
  change.waves = { ...change.waves, delivered: { mode: 'pull-request', pullRequest: settled.number, mergeCommit: settled.mergeCommit, ...(review.base === undefined ? {} : { base: review.base }), ...(review.changedFiles === undefined ? {} : { changedFiles: review.changedFiles }) } };
  return change;
}
