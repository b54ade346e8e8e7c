import { describe, expect, it } from 'vitest';
import { generatedPlan, legsCompletingAtOnce, runLoop, statusesAt, TASKS } from '../helpers/actionLoop.js';
import { createOrigin, originLog } from '../helpers/gitRepos.js';

// A soak test (npm run test:soak, also run by .ci/run): hundreds of action processes, minutes long.

describe('the loop on GitHub, with real git repositories, at length', () => {
  it('runs a generated 200-task graph with max-parallel 8: every task once, dependencies first, capacity kept', async () => {
    const origin = createOrigin({ [TASKS]: generatedPlan(200) });
    const { dispatched } = await runLoop(origin, 8, 120);
    expect(dispatched.sort()).toEqual(Array.from({ length: 200 }, (_, index) => String(index + 1)).sort());
    const final = statusesAt(origin);
    expect([...final.values()].every((task) => task.status === 'done')).toBe(true);
  }, 600_000);

  it('16 legs completing at the same moment, each from its own clone: 16 updates at origin', async () => {
    const { origin, legs } = await legsCompletingAtOnce(16);
    for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
    expect([...statusesAt(origin).values()].map((task) => task.status)).toEqual(Array(16).fill('done'));
    expect(originLog(origin).filter((subject) => subject.startsWith('waves: task'))).toHaveLength(16);
  });
});
