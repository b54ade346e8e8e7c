import { describe, expect, it } from 'vitest';
import { simulateSchedule } from '../../src/core/simulateSchedule.js';
import { planFromYaml } from '../helpers/planFromYaml.js';

// A fork: 1 (2h) gates 2 (1h) and 3 (4h); 4 (1h) needs 2; 5 (3h) is independent.
const fork = planFromYaml(`
tasks:
  - { id: 1, title: a, estimate: 2h }
  - { id: 2, title: b, estimate: 1h, dependencies: [1] }
  - { id: 3, title: c, estimate: 4h, dependencies: [1] }
  - { id: 4, title: d, estimate: 1h, dependencies: [2] }
  - { id: 5, title: e, estimate: 3h }
`);

const times = (result: ReturnType<typeof simulateSchedule>) => Object.fromEntries(result.tasks.map((task) => [task.id, [task.start, task.end]]));

describe('simulateSchedule', () => {
  it('ready-queue: every task starts as soon as its own dependencies are done', () => {
    const result = simulateSchedule(fork, { maxParallel: 2, policy: 'ready-queue' });
    // t=0: 1 (chain 2+4=6) and 5 (3). t=2: 3 (chain 4) before 2 (chain 2), one slot until 5 ends at 3.
    expect(times(result)).toEqual({ 1: [0, 2], 5: [0, 3], 3: [2, 6], 2: [3, 4], 4: [4, 5] });
    expect(result.makespan).toBe(6);
    expect(result.criticalPathHours).toBe(6);
    expect(result.totalHours).toBe(11);
    expect(result.lowerBound).toBe(6);
    expect(result.utilisation).toBeCloseTo(11 / 12);
  });

  it('waves: a whole wave finishes before the next starts', () => {
    const result = simulateSchedule(fork, { maxParallel: 2, policy: 'waves' });
    // Wave 1 = {1, 5} ends at 3; wave 2 = {3, 2} ends at 7; wave 3 = {4} runs 7-8.
    expect(times(result)).toEqual({ 1: [0, 2], 5: [0, 3], 3: [3, 7], 2: [3, 4], 4: [7, 8] });
    expect(result.makespan).toBe(8);
  });

  it('sequential: one task at a time in Task Master next order (priority, fewest dependencies, id)', () => {
    const result = simulateSchedule(fork, { maxParallel: 4, policy: 'sequential' });
    expect(result.tasks.map((task) => task.id)).toEqual(['1', '5', '2', '3', '4']);
    expect(times(result)).toEqual({ 1: [0, 2], 5: [2, 5], 2: [5, 6], 3: [6, 10], 4: [10, 11] });
    expect(result.makespan).toBe(11);
    expect(result.lowerBound).toBe(6);
  });

  it('starts running work at 0, skips finished work, and leaves blocked work and its descendants unscheduled', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: done, status: done, estimate: 5h }
  - { id: 2, title: running, status: in-progress, estimate: 2h }
  - { id: 3, title: after running, estimate: 1h, dependencies: [1, 2] }
  - { id: 4, title: stuck, status: blocked }
  - { id: 5, title: behind stuck, dependencies: [4] }
`);
    const result = simulateSchedule(plan, { maxParallel: 1, policy: 'ready-queue' });
    expect(times(result)).toEqual({ 2: [0, 2], 3: [2, 3] });
    expect(result.unscheduled).toEqual(['4', '5']);
  });

  it('uses 1 hour where a task has no estimate, and honours pools', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: a, resources: gpu }
  - { id: 2, title: b, resources: gpu }
  - { id: 3, title: c }
`);
    const result = simulateSchedule(plan, { maxParallel: 3, policy: 'ready-queue', pools: { gpu: 1 } });
    expect(times(result)).toEqual({ 1: [0, 1], 3: [0, 1], 2: [1, 2] });
  });

  it('simulates the seed example: 267 first, then the immediate wave, 255 and 260 as soon as 254 ends', () => {
    const seed = planFromYaml(`
tasks:
  - { id: 249, title: a, status: done }
  - { id: 252, title: b, status: done }
  - { id: 267, title: c, status: in-progress, estimate: 6h }
  - { id: 253, title: d, estimate: 2-3h, dependencies: [267] }
  - { id: 254, title: e, estimate: 3-4h, dependencies: [267] }
  - { id: 256, title: f, priority: high, estimate: 4-5h, dependencies: [252, 267] }
  - { id: 257, title: g, priority: high, estimate: 3-4h, dependencies: [252, 267] }
  - { id: 255, title: h, priority: high, estimate: 4-6h, dependencies: [252, 254, 267] }
  - { id: 260, title: i, estimate: 3-4h, dependencies: [249, 254, 267] }
`);
    const ready = times(simulateSchedule(seed, { maxParallel: 6, policy: 'ready-queue' }));
    expect(ready['267']).toEqual([0, 6]);
    expect(ready['254']).toEqual([6, 9.5]);
    expect(ready['255']).toEqual([9.5, 14.5]);
    expect(ready['260']).toEqual([9.5, 13]);
    const waves = times(simulateSchedule(seed, { maxParallel: 6, policy: 'waves' }));
    expect(waves['255']).toEqual([10.5, 15.5]); // waits for 256 (4.5h) to end the wave
  });
});
