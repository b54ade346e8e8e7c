import { describe, expect, it } from 'vitest';
import { generatedPlan, runLoop, statusesAt, TASKS } from '../helpers/actionLoop.js';
import { createOrigin } from '../helpers/gitRepos.js';

// A soak test (npm run test:soak, also run by .ci/run): hundreds of action processes, minutes long.

describe('the loop on GitHub, with real git repositories, at length', () => {
  it('runs a generated 200-task graph with max-parallel 8: every task once, dependencies first, capacity kept', async () => {
    const origin = createOrigin({ [TASKS]: generatedPlan(200) });
    const { dispatched } = await runLoop(origin, 8, 120);
    expect(dispatched.sort()).toEqual(Array.from({ length: 200 }, (_, index) => String(index + 1)).sort());
    const final = statusesAt(origin);
    expect([...final.values()].every((task) => task.status === 'done')).toBe(true);
  }, 600_000);
});
