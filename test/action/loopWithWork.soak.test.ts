import { describe, it } from 'vitest';
import { seedFromStart } from '../helpers/actionLoop.js';
import { runLoopWithWork } from '../helpers/loopWithWork.js';

// A soak test (npm run test:soak, also run by .ci/run): the whole seed, ten tasks, with their work.
describe('the seed loop with deliver: push, the whole seed', () => {
  it('ends with every task’s work on main, each committed after its dependencies’ work, each leg starting from a checkout holding them', async () => {
    await runLoopWithWork('loopWithWork.soak', seedFromStart);
  }, 600_000);
});
