import { describe, expect, it } from 'vitest';
import { generatedPlan, legsCompletingAtOnce, runLoop, seedFromStart, statusesAt, TASKS } from '../helpers/actionLoop.js';
import { createOrigin, originFile, originLog } from '../helpers/gitRepos.js';

// A soak test (npm run test:soak, also run by .ci/run): hundreds of action processes, minutes long.

describe('the loop on GitHub, with real git repositories, at length', () => {
  it('runs the seed example to the end: plan, legs, next plan, until all done', async () => {
    const origin = createOrigin({ [TASKS]: seedFromStart });
    const { dispatched, lastPlan } = await runLoop(origin, 4, 12);
    expect(lastPlan.outputs['all-done']).toBe('true');
    expect(dispatched.slice(0, 1)).toEqual(['267']);
    expect(dispatched.slice(1, 5)).toEqual(['257', '256', '254', '253']);
    expect(new Set(dispatched).size).toBe(dispatched.length);
    expect([...statusesAt(origin).values()].every((task) => task.status === 'done')).toBe(true);
    // Every other byte of the file is as Task Master wrote it: statuses and our records changed only.
    const final = JSON.parse(originFile(origin, TASKS));
    expect(final.master.tasks.find((task: { id: number }) => task.id === 256).metadata.waves).toMatchObject({ attempts: 0, lastResult: 'success' });
    expect(originLog(origin).some((subject) => subject.startsWith('waves: task 256 done'))).toBe(true);
  }, 180_000);

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
