import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { planFromYaml } from '../helpers/planFromYaml.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

/** The seed plan with some statuses changed, as a person would edit the file. */
function seedWith(statuses: Record<string, string>) {
  const plan = planFromYaml(seedYaml);
  for (const task of plan.tasks) {
    const status = statuses[task.id];
    if (status) task.status = status as typeof task.status;
  }
  return plan;
}

describe('planWaves on the seed situation', () => {
  it('dispatches nothing while 267 is in progress, and projects the waves after it', () => {
    const result = planWaves(planFromYaml(seedYaml));
    expect(result.dispatch).toEqual([]);
    expect(result.inProgress).toEqual(['267']);
    expect(result.waves).toEqual([
      ['257', '256', '254', '253'],
      ['255', '260'],
      ['258', '259'],
      ['261'],
    ]);
    expect(result.waitingOn['255']).toEqual(['254', '267']);
    expect(result.counts).toEqual({ total: 12, done: 2, ready: 0, blocked: 9, inProgress: 1, review: 0, deferred: 0, cancelled: 0 });
    expect(result.criticalPath).toEqual(['267', '254', '255', '258', '261']);
    expect(result.criticalPathHours).toBeCloseTo(6 + 3.5 + 5 + 4 + 3);
  });

  it('with 267 done, dispatches 253, 254, 256 and 257, the high-priority ones first', () => {
    const result = planWaves(seedWith({ 267: 'done' }));
    expect(result.dispatch).toHaveLength(4);
    expect(new Set(result.dispatch)).toEqual(new Set(['253', '254', '256', '257']));
    expect(result.dispatch.slice(0, 2).sort()).toEqual(['256', '257']);
    // 257 carries more work behind it (258, 261) than 256, and 254 more than 253.
    expect(result.dispatch).toEqual(['257', '256', '254', '253']);
  });

  it('once 254 is done, 255 and 260 become ready', () => {
    const result = planWaves(seedWith({ 267: 'done', 253: 'in-progress', 256: 'in-progress', 257: 'in-progress', 254: 'done' }));
    expect(result.dispatch).toEqual(['255']);
    expect(result.held).toEqual([{ id: '260', reason: 'capacity' }]);
    const wide = planWaves(seedWith({ 267: 'done', 253: 'in-progress', 256: 'in-progress', 257: 'in-progress', 254: 'done' }), { maxParallel: 8 });
    expect(wide.dispatch).toEqual(['255', '260']);
  });

  it('counts a finished plan as all done and dispatches nothing', () => {
    const all = Object.fromEntries(['253', '254', '255', '256', '257', '258', '259', '260', '261', '267'].map((id) => [id, 'done']));
    const result = planWaves(seedWith(all));
    expect(result.dispatch).toEqual([]);
    expect(result.waves).toEqual([]);
    expect(result.counts.done).toBe(12);
    expect(result.etaHours).toBe(0);
  });
});

describe('capacity, pools and paths', () => {
  const fourReady = `
tasks:
  - { id: 1, title: a, priority: low, resources: cpu }
  - { id: 2, title: b, priority: high, resources: cpu }
  - { id: 3, title: c, priority: medium, resources: io }
  - { id: 4, title: d, priority: critical }
  - { id: 5, title: e, status: in-progress, resources: cpu }
`;
  it('subtracts tasks in progress from max-parallel', () => {
    const result = planWaves(planFromYaml(fourReady), { maxParallel: 3 });
    expect(result.dispatch).toEqual(['4', '2']);
    expect(result.held.map((held) => held.reason)).toEqual(['capacity', 'capacity']);
  });

  it('caps a resource class with a pool, counting running tasks of that class', () => {
    const result = planWaves(planFromYaml(fourReady), { maxParallel: 10, pools: { cpu: 1 } });
    expect(result.dispatch).toEqual(['4', '3']);
    expect(result.held).toEqual([
      { id: '2', reason: 'pool', detail: 'cpu' },
      { id: '1', reason: 'pool', detail: 'cpu' },
    ]);
  });

  it('never runs two tasks whose paths overlap, nor one beside overlapping running work', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: running, status: in-progress, paths: [src/api/**] }
  - { id: 2, title: clashes with running, priority: critical, paths: [src/api/routes.ts] }
  - { id: 3, title: docs, priority: high, paths: [docs/**] }
  - { id: 4, title: also docs, priority: medium, paths: [docs/guide.md] }
  - { id: 5, title: elsewhere, priority: low, paths: [src/cli/*.ts] }
`);
    const result = planWaves(plan, { maxParallel: 10 });
    expect(result.dispatch).toEqual(['3', '5']);
    expect(result.held).toEqual([
      { id: '2', reason: 'paths', detail: '1' },
      { id: '4', reason: 'paths', detail: '3' },
    ]);
  });
});

describe('ordering', () => {
  it('breaks priority ties by the longest chain of work behind, then by natural id order', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 10, title: short chain }
  - { id: 9, title: long chain, estimate: 1h }
  - { id: 2, title: behind 9, estimate: 2d, dependencies: [9] }
  - { id: 11, title: alone }
  - { id: 100, title: alone too }
`);
    expect(planWaves(plan, { maxParallel: 10 }).dispatch).toEqual(['9', '10', '11', '100']);
  });

  it('gives the same answer for the same tasks in another file order', () => {
    const text = (order: number[]) => `tasks:\n${order.map((id) => `  - { id: ${id}, title: t${id}${id > 3 ? `, dependencies: [${id - 3}]` : ''} }`).join('\n')}\n`;
    const a = planWaves(planFromYaml(text([1, 2, 3, 4, 5, 6, 7])));
    const b = planWaves(planFromYaml(text([7, 3, 5, 1, 6, 2, 4])));
    expect(b.dispatch).toEqual(a.dispatch);
    expect(b.waves).toEqual(a.waves);
  });
});

describe('statuses', () => {
  it('treats cancelled as satisfied and review as not, by default; the set is configurable', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: dropped, status: cancelled }
  - { id: 2, title: in review, status: review }
  - { id: 3, title: after dropped, dependencies: [1] }
  - { id: 4, title: after review, dependencies: [2] }
`);
    expect(planWaves(plan).dispatch).toEqual(['3']);
    expect(planWaves(plan, { satisfied: ['done', 'cancelled', 'review'] }).dispatch).toEqual(['3', '4']);
  });

  it('marks work behind a blocked or deferred task as stalled, outside the waves', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: stuck, status: blocked }
  - { id: 2, title: later, status: deferred }
  - { id: 3, title: behind stuck, dependencies: [1] }
  - { id: 4, title: behind that, dependencies: [3] }
  - { id: 5, title: free }
`);
    const result = planWaves(plan);
    expect(result.stalled).toEqual(['3', '4']);
    expect(result.waves).toEqual([['5']]);
    expect(result.counts).toMatchObject({ blocked: 3, deferred: 1, ready: 1 });
  });
});

describe('granularity', () => {
  const phased = `
tasks:
  - id: 1
    title: foundation
    status: in-progress
    subtasks:
      - { id: 1, title: p1, status: done }
      - { id: 2, title: p2, status: in-progress }
      - { id: 3, title: p3, dependencies: [2] }
      - { id: 4, title: p4 }
  - { id: 2, title: needs foundation, dependencies: [1] }
  - { id: 3, title: needs phase 1.4 only, dependencies: ["1.4"] }
  - id: 4
    title: parent with deps
    dependencies: [2]
    subtasks:
      - { id: 1, title: q1 }
      - { id: 2, title: q2, dependencies: [1] }
`;
  it('task: a top-level task is one unit; a dependency on a subtask waits for its owner unless that subtask is done', () => {
    const result = planWaves(planFromYaml(phased));
    expect(result.counts.total).toBe(4);
    expect(result.inProgress).toEqual(['1']);
    expect(result.waitingOn).toEqual({ 2: ['1'], 3: ['1'], 4: ['2'] });
  });

  it('subtask: subtasks are the units, a parent passes its dependencies on, and depending on a parent waits for all its subtasks', () => {
    const result = planWaves(planFromYaml(phased), { granularity: 'subtask' });
    expect(result.counts).toMatchObject({ total: 8, done: 1, inProgress: 1 });
    expect(result.dispatch).toEqual(['1.4']);
    expect(result.waitingOn).toEqual({ '1.3': ['1.2'], 2: ['1.2', '1.3', '1.4'], 3: ['1.4'], '4.1': ['2'], '4.2': ['2', '4.1'] });
    expect(result.waves).toEqual([['1.3', '1.4'], ['2', '3'], ['4.1'], ['4.2']]);
  });

  it('subtask: a finished parent finishes its subtasks', () => {
    const plan = planFromYaml(`
tasks:
  - id: 1
    title: done parent
    status: done
    subtasks: [{ id: 1, title: left pending }]
  - { id: 2, title: after, dependencies: [1] }
`);
    expect(planWaves(plan, { granularity: 'subtask' }).dispatch).toEqual(['2']);
  });

  it('task: a cycle only visible at task granularity is reported, and nothing is dispatched', () => {
    const plan = planFromYaml(`
tasks:
  - { id: 1, title: a, dependencies: ["2.1"] }
  - id: 2
    title: b
    subtasks:
      - { id: 1, title: b1 }
      - { id: 2, title: b2, dependencies: ["1"] }
`);
    // 2.2's bare "1" is its sibling 2.1: no cycle in the file.
    expect(planWaves(plan).problems).toEqual([]);
    const looped = planFromYaml(`
tasks:
  - { id: 1, title: a, dependencies: ["2.1"] }
  - { id: 2, title: b, dependencies: [1], subtasks: [{ id: 1, title: b1 }] }
`);
    const result = planWaves(looped);
    expect(result.problems.map((problem) => problem.message)).toEqual(['at task granularity these units wait for each other: 1 -> 2 -> 1']);
    expect(result.dispatch).toEqual([]);
  });
});

describe('scale', () => {
  it('plans a 100,000-task chain without recursion', () => {
    const tasks = Array.from({ length: 100_000 }, (_, index) => ({ id: index + 1, title: `t${index + 1}`, status: index < 50_000 ? 'done' : 'pending', dependencies: index === 0 ? [] : [index] }));
    const { plan, problems } = parseTasksText(JSON.stringify({ tasks }), 'waves.json');
    expect(problems).toEqual([]);
    const result = planWaves(plan!);
    expect(result.dispatch).toEqual(['50001']);
    expect(result.waves).toHaveLength(50_000);
    expect(result.criticalPath).toHaveLength(50_000);
  });
});
