import { describe, expect, it } from 'vitest';
import { generatedPlan, legsCompletingAtOnce, onMain, runLoop, SEED_SLICE, seedSlice, statusesAt, TASKS } from '../helpers/actionLoop.js';
import { cloneWorkspace, createOrigin, originFile, originLog } from '../helpers/gitRepos.js';
import { runActionAsync } from '../helpers/runAction.js';

describe('the loop on GitHub, with real git repositories', () => {
  // The whole seed is a soak test (loop.soak.test.ts); this is a slice of it, four waves deep.
  it('runs a slice of the seed to the end: plan, legs, next plan, until all done', async () => {
    const origin = createOrigin({ [TASKS]: seedSlice(SEED_SLICE) });
    const { dispatched, lastPlan } = await runLoop(origin, 4, 8);
    expect(lastPlan.outputs['all-done']).toBe('true');
    expect(dispatched).toEqual(['267', '257', '254', '255', '258']);
    expect([...statusesAt(origin).values()].every((task) => task.status === 'done')).toBe(true);
    // Every other byte of the file is as Task Master wrote it: statuses and our records changed only.
    const final = JSON.parse(originFile(origin, TASKS));
    expect(final.master.tasks.find((task: { id: number }) => task.id === 255).metadata.waves).toMatchObject({ attempts: 0, lastResult: 'success' });
    expect(originLog(origin).some((subject) => subject.startsWith('waves: task 255 done'))).toBe(true);
  }, 180_000);

  it('retries a failed leg, then blocks it; its descendants are never dispatched', async () => {
    const origin = createOrigin({ [TASKS]: JSON.stringify({ master: { tasks: [{ id: 1, title: 'flaky' }, { id: 2, title: 'after', dependencies: [1] }, { id: 3, title: 'independent' }] } }, null, 2) });
    const { dispatched } = await runLoop(origin, 4, 6, (id) => (id === '1' ? 'failure' : 'success'));
    expect(dispatched.filter((id) => id === '1')).toHaveLength(2);
    expect(dispatched).not.toContain('2');
    const final = JSON.parse(originFile(origin, TASKS)).master.tasks;
    expect(final[0]).toMatchObject({ status: 'blocked', metadata: { waves: { attempts: 2, lastResult: 'failure' } } });
    expect(final[2].status).toBe('done');
  });

  // The 16-leg version is a soak test (loop.soak.test.ts).
  it('6 legs completing at the same moment, each from its own clone: 6 updates at origin', async () => {
    const { origin, legs } = await legsCompletingAtOnce(6);
    for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
    expect([...statusesAt(origin).values()].map((task) => task.status)).toEqual(Array(6).fill('done'));
    expect(originLog(origin).filter((subject) => subject.startsWith('waves: task'))).toHaveLength(6);
  }, 120_000);

  it('two planners overlapping never dispatch the same task', async () => {
    const origin = createOrigin({ [TASKS]: generatedPlan(30).replace(/"dependencies": \[[^\]]*\]/g, '"dependencies": []') });
    const [a, b] = await Promise.all([1, 2].map((run) => runActionAsync({ command: 'plan', 'max-parallel': '8', next: 'none' }, cloneWorkspace(origin), 'workflow_dispatch', onMain(run))));
    expect(a?.code, a?.stdout).toBe(0);
    expect(b?.code, b?.stdout).toBe(0);
    const first = JSON.parse(a!.outputs.tasks as string) as string[];
    const second = JSON.parse(b!.outputs.tasks as string) as string[];
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    const inProgress = [...statusesAt(origin).values()].filter((task) => task.status === 'in-progress').length;
    expect(inProgress).toBe(first.length + second.length);
    expect(inProgress).toBeLessThanOrEqual(8); // each planner counts what the other claimed
  }, 120_000);
});
