import { describe, expect, it } from 'vitest';
import { reviewStep } from '../../src/delivery/reviewStep.js';
import type { PullRequestState } from '../../src/github/pullRequests.js';

const pull = (state: Partial<PullRequestState>): PullRequestState => ({ nodeId: 'PR_1', number: 7, url: 'https://github.com/o/r/pull/7', state: 'OPEN', mergeable: 'MERGEABLE', head: 'a'.repeat(40), ...state });

describe('reviewStep: what a task’s pull request calls for', () => {
  it('merged is done with the merge commit; closed unmerged is a failed attempt', () => {
    expect(reviewStep('3', pull({ state: 'MERGED', mergeCommit: 'b'.repeat(40) }), 'manual')).toEqual({ step: 'settled', settled: { outcome: 'merged', mergeCommit: 'b'.repeat(40), number: 7 } });
    expect(reviewStep('3', pull({ state: 'CLOSED' }), 'immediate')).toEqual({ step: 'settled', settled: { outcome: 'failed', reason: 'pull request #7 was closed without merging' } });
  });

  it('conflicting is closed with a comment naming the task, and fails the attempt, whatever merge says', () => {
    for (const merge of ['auto', 'immediate', 'manual'] as const) {
      const step = reviewStep('3', pull({ mergeable: 'CONFLICTING' }), merge);
      expect(step).toMatchObject({ step: 'close', settled: { outcome: 'failed', reason: expect.stringMatching(/^pull request #7 conflicts with the base branch/) } });
      expect(step.step === 'close' && step.comment).toMatch(/task 3 runs again from the new base \(one attempt used\)/);
    }
  });

  it('mergeable is merged now only with merge: immediate; unknown mergeability waits', () => {
    expect(reviewStep('3', pull({}), 'immediate')).toEqual({ step: 'merge' });
    expect(reviewStep('3', pull({}), 'manual')).toEqual({ step: 'wait' });
    expect(reviewStep('3', pull({}), 'auto')).toEqual({ step: 'wait' });
    expect(reviewStep('3', pull({ mergeable: 'UNKNOWN' }), 'immediate')).toEqual({ step: 'wait' });
  });
});
