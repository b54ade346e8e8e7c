import * as core from '@actions/core';
import type { Plan, Task } from '../core/model.js';
import { completionChange, type TaskChange } from '../core/wavesRecord.js';
import type { GitHubClient } from '../github/createGitHubClient.js';
import { closePullRequest, mergePullRequest, readPullRequestStates, type PullRequestState } from '../github/pullRequests.js';
import type { ActionContext } from './actionContext.js';
import type { DeliverySettings } from './readSettings.js';
import { reviewStep, type Settled } from '../delivery/reviewStep.js';

export type { Settled } from '../delivery/reviewStep.js';

/** A task in review and the pull request that carries its work, as recorded under `metadata.waves.review`. */
interface Review {
  task: Task;
  nodeId: string;
  number: number;
  head: string;
}

/**
 * Acts on the pull requests of tasks in review, whatever the task source: closes the conflicting
 * ones with a comment, merges the mergeable ones with `merge: immediate`, and returns how each
 * settled (tasks still waiting are left out). The caller records the verdicts.
 */
export async function settleReviews(client: GitHubClient, target: { owner: string; repo: string; merge: DeliverySettings['merge'] }, reviews: { id: string; title: string; state: PullRequestState }[]): Promise<Map<string, Settled>> {
  const { owner, repo, merge } = target;
  const settled = new Map<string, Settled>();
  for (const { id, title, state } of reviews) {
    const step = reviewStep(id, state, merge);
    if (step.step === 'settled') settled.set(id, step.settled);
    else if (step.step === 'close') {
      await closePullRequest(client, { owner, repo, number: state.number, comment: step.comment });
      settled.set(id, step.settled);
    } else if (step.step === 'merge') {
      const merged = await mergePullRequest(client, { owner, repo, number: state.number, head: state.head, title: `${id}: ${title}` });
      if (merged) settled.set(id, { outcome: 'merged', mergeCommit: merged, number: state.number });
    }
  }
  return settled;
}

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
 * Settles tasks in review (tasks file) from their pull requests, read in one GraphQL request (up
 * to 100) by the node ids recorded with them; see reviewStep. Effects on pull requests happen
 * here; the returned verdicts are written by the caller with its claim.
 */
export async function reconcileReviews(context: ActionContext, plan: Plan): Promise<Map<string, Settled>> {
  const reviews = reviewsOf(plan);
  if (reviews.length === 0) return new Map();
  const client = context.client();
  const { owner, repo } = context.environment;
  if (!client || !owner || !repo) {
    core.warning(`${reviews.length} task(s) are in review, but without a token and repository their pull requests cannot be read; they stay in review.`);
    return new Map();
  }
  let states: Map<string, PullRequestState>;
  try {
    states = await readPullRequestStates(client, reviews.map((review) => review.nodeId));
  } catch (error) {
    core.warning(`could not read the pull requests of tasks in review (${(error as Error).message}); they stay in review.`);
    return new Map();
  }
  const found = reviews.slice(0, 100).flatMap((review) => {
    const state = states.get(review.nodeId);
    return state ? [{ id: review.task.id, title: review.task.title, state }] : [];
  });
  return settleReviews(client, { owner, repo, merge: context.settings.delivery.merge }, found);
}

/** The change a settled review writes: done with the merge commit, or one attempt used. */
export function settledChange(context: Pick<ActionContext, 'environment' | 'now' | 'settings'>, task: Task, settled: Settled): TaskChange {
  if (settled.outcome === 'failed') return completionChange(task, 'failure', context.environment.run, context.now(), context.settings.maxAttempts, settled.reason);
  const change = completionChange(task, 'success', context.environment.run, context.now(), context.settings.maxAttempts);
  const review = (task.metadata.waves as { review?: Record<string, unknown> }).review ?? {};
  change.waves = { ...change.waves, delivered: { mode: 'pull-request', pullRequest: settled.number, mergeCommit: settled.mergeCommit, ...(review.base === undefined ? {} : { base: review.base }), ...(review.changedFiles === undefined ? {} : { changedFiles: review.changedFiles }) } };
  return change;
}
