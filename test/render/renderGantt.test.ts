import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/core/simulateSchedule.js';
import { renderGantt } from '../../src/render/renderGantt.js';

const result: SimulationResult = {
  policy: 'ready-queue',
  maxParallel: 2,
  makespan: 3,
  lowerBound: 2.5,
  criticalPathHours: 2.5,
  totalHours: 4,
  utilisation: 4 / 6,
  tasks: [
    { id: '1', start: 0, end: 2 },
    { id: '2.1', start: 0, end: 1.5 },
    { id: '3', start: 2, end: 3 },
  ],
  unscheduled: [],
};

describe('renderGantt', () => {
  it('draws one bar per task in sections by wave, with start seconds and minutes', () => {
    const chart = renderGantt(result, { titles: new Map([['1', 'First: setup #1; go'], ['3', 'Third']]), waves: new Map([['1', 1], ['2.1', 1], ['3', 2]]) });
    expect(chart).toBe(`gantt
  title ready-queue, 2 in parallel: 3h (lower bound 2.5h)
  dateFormat X
  axisFormat %Hh%M
  section Wave 1
    1 First  setup  1  go :t1, 0, 120m
    2.1 :t2_1, 0, 90m
  section Wave 2
    3 Third :t3, 7200, 60m
`);
  });

  it('caps the bars it draws', () => {
    expect(renderGantt(result, { maxTasks: 1 })).toContain('%% 2 more tasks not drawn');
  });
});
