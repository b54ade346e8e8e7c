import type { PullRequestState } from '../github/pullRequests.js';

/** How a review settles: done with the merge commit, or a failed attempt with the reason. */
export type Settled = { outcome: 'merged'; mergeCommit: string; number: number } | { outcome: 'failed'; reason: string };

/** What a review's pull request calls for: settled already, closed for a conflict, merged now, or nothing yet. */
export type ReviewStep = { step: 'settled'; settled: Settled } | { step: 'close'; comment: string; settled: Settled } | { step: 'merge' } | { step: 'wait' };

/**
 * What to do about a task's pull request, whatever the task source. Pure: merged is done with the
 * merge commit; closed unmerged is a failed attempt; conflicting with the base is closed with a
 * comment and a failed attempt (the next one starts from the new base); mergeable is merged now
 * with `merge: immediate`; anything else waits (a person, auto-merge, or GitHub still computing
 * mergeability).
 */
export function reviewStep(taskId: string, state: PullRequestState, merge: 'auto' | 'immediate' | 'manual'): ReviewStep {
  if (state.state === 'MERGED' && state.mergeCommit) return { step: 'settled', settled: { outcome: 'merged', mergeCommit: state.mergeCommit, number: state.number } };
  if (state.state === 'CLOSED') return { step: 'settled', settled: { outcome: 'failed', reason: `pull request #${state.number} was closed without merging` } };
  if (state.state !== 'OPEN') return { step: 'wait' };
  if (state.mergeable === 'CONFLICTING') {
    return {
      step: 'close',
      comment: `wave-orchestrator: this pull request conflicts with the base branch, so it is closed and task ${taskId} runs again from the new base (one attempt used).`,
      settled: { outcome: 'failed', reason: `pull request #${state.number} conflicts with the base branch; closed, the next attempt starts from the new base` },
    };
  }
  if (state.mergeable === 'MERGEABLE' && merge === 'immediate') return { step: 'merge' };
  return { step: 'wait' };
}
