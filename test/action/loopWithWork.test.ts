import { describe, it } from 'vitest';
import { SEED_SLICE, seedSlice } from '../helpers/actionLoop.js';
import { runLoopWithWork } from '../helpers/loopWithWork.js';

// The whole seed is a soak test (loopWithWork.soak.test.ts); this is a slice of it, four waves deep.
describe('the seed loop with deliver: push', () => {
  it('ends with every task’s work on main, each committed after its dependencies’ work, each leg starting from a checkout holding them', async () => {
    await runLoopWithWork('loopWithWork', seedSlice(SEED_SLICE));
  }, 600_000);
});
