import { describe, expect, it } from 'vitest';
import { failureStreakFromEvents, type LoopEvent } from '../../src/core/failureStreakFromEvents.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 12, minute)).toISOString();
const run = (id: number) => `https://github.com/o/r/actions/runs/${id}`;
const failed = (id: string, minute: number, runId = minute): LoopEvent => ({ kind: 'failure', id, at: at(minute), runUrl: run(runId) });

describe('failureStreakFromEvents', () => {
  it('counts the failed attempts across tasks, in time order whatever order they come in, and trips at the limit', () => {
    const events = [failed('257', 3), failed('254', 1), failed('256', 2)];
    expect(failureStreakFromEvents(events, 4)).toEqual({ failures: { ids: ['254', '256', '257'], lastRun: run(3) } });
    expect(failureStreakFromEvents(events, 3)).toEqual({
      failures: { ids: ['254', '256', '257'], lastRun: run(3) },
      pause: { reason: `3 failed attempts in a row: 254, 256, 257; last: ${run(3)}`, since: at(3), by: 'the failure breaker (pause-after-failures)', ids: ['254', '256', '257'] },
    });
  });

  it('starts again after a success, and after a resume, so a resume gives the loop fresh tries', () => {
    const success: LoopEvent = { kind: 'success', at: at(2) };
    expect(failureStreakFromEvents([failed('1', 1), success, failed('2', 3)], 2)).toEqual({ failures: { ids: ['2'], lastRun: run(3) } });
    const resumed: LoopEvent = { kind: 'resume', at: at(10) };
    expect(failureStreakFromEvents([failed('1', 1), failed('2', 2), failed('3', 3), resumed], 2)).toEqual({ failures: { ids: [] } });
    expect(failureStreakFromEvents([failed('1', 1), failed('2', 2), resumed, failed('1', 11)], 2).pause).toBeUndefined();
    expect(failureStreakFromEvents([failed('1', 1), failed('2', 2), resumed, failed('1', 11), failed('3', 12)], 2).pause?.reason).toBe(`2 failed attempts in a row: 1, 3; last: ${run(12)}`);
  });

  it('names the trip by the failure that reached the limit, so later failures do not make it a new one', () => {
    const tripped = failureStreakFromEvents([failed('1', 1), failed('2', 2)], 2).pause;
    const grown = failureStreakFromEvents([failed('1', 1), failed('2', 2), failed('3', 5)], 2).pause;
    expect(grown?.since).toBe(tripped?.since);
    expect(grown?.reason).toBe(`3 failed attempts in a row: 1, 2, 3; last: ${run(5)}`);
  });

  it('counts a failure at the same moment as a success after it, and nothing from no events', () => {
    expect(failureStreakFromEvents([failed('1', 1), { kind: 'success', at: at(1) }], 1).pause?.ids).toEqual(['1']);
    expect(failureStreakFromEvents([], 1)).toEqual({ failures: { ids: [] } });
  });
});
