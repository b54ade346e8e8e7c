import { describe, it } from 'vitest';
import { legsFinishingAtOnce } from '../helpers/deliverPush.js';

// A soak test (npm run test:soak, also run by .ci/run): 8 legs racing to push to one origin.
describe('deliver: push, single job, legs as subprocesses of dist, at scale', () => {
  it('8 legs finishing at once all land: each task’s files once, its status and work in the same commit', () => legsFinishingAtOnce(8, 'deliverPush.soak'), 600_000);
});
