import { describe, expect, it } from 'vitest';
import { blockedFacts, blockedNotice, breakerNotice, taskOwner } from '../../src/core/blockerNotices.js';
import { dailyBudget, recentDispatches } from '../../src/core/dailyBudget.js';
import { failureBreaker } from '../../src/core/failureBreaker.js';
import { createExplainer, shortReason } from '../../src/core/explainTask.js';
import { gateDispatch } from '../../src/core/gateDispatch.js';
import { readLoopRecord, withLoopField } from '../../src/core/loopRecord.js';
import { planWaves } from '../../src/core/planWaves.js';
import { renderDashboardMarkdown } from '../../src/render/renderDashboardMarkdown.js';
import { planFromYaml } from '../helpers/planFromYaml.js';

const NOW = '2026-12-07T12:00:00.000Z';
const at = (hoursAgo: number) => new Date(Date.parse(NOW) - hoursAgo * 3_600_000).toISOString();

describe('dailyBudget', () => {
  it('counts the claims of the last 24 hours and says when the next slot frees', () => {
    const dispatches = [{ id: '1', at: at(25) }, { id: '2', at: at(23) }, { id: '3', at: at(5) }, { id: '4', at: at(1) }];
    expect(dailyBudget(dispatches, 5, NOW)).toEqual({ limit: 5, used: 3, left: 2, nextFreeAt: at(-1) });
    expect(dailyBudget(dispatches, 2, NOW)).toEqual({ limit: 2, used: 3, left: 0, nextFreeAt: at(-19) });
    expect(dailyBudget([], 2, NOW)).toEqual({ limit: 2, used: 0, left: 2 });
    expect(recentDispatches(dispatches, [{ id: '9', at: NOW }], NOW).map((entry) => entry.id)).toEqual(['2', '3', '4', '9']);
  });
});

describe('gateDispatch', () => {
  const plan = planFromYaml('tasks:\n  - { id: 1, title: a }\n  - { id: 2, title: b }\n  - { id: 3, title: c }\n');
  const result = planWaves(plan, { maxParallel: 2 });

  it('holds everything while paused and the rest of the budget otherwise, leaving the plan alone', () => {
    const paused = gateDispatch(result, { paused: { reason: 'r', since: NOW, by: 'me' } });
    expect(paused.dispatch).toEqual([]);
    expect(paused.held).toEqual([{ id: '1', reason: 'paused' }, { id: '2', reason: 'paused' }, { id: '3', reason: 'capacity' }]);
    expect(paused.units.map((unit) => unit.id)).toEqual(['1', '2', '3']);
    expect(result.dispatch).toEqual(['1', '2']);
    const budget = gateDispatch(result, { budget: { limit: 3, used: 2, left: 1 } });
    expect(budget.dispatch).toEqual(['1']);
    expect(budget.held[0]).toEqual({ id: '2', reason: 'budget' });
    expect(gateDispatch(result, {}).dispatch).toEqual(['1', '2']);
  });

  it('explains and shows the gates on the dashboard, top line first', () => {
    const gated = gateDispatch(result, { paused: { reason: '3 failed attempts in a row: 1, 2, 3', since: NOW, by: 'breaker' } });
    const explain = createExplainer(plan, gated);
    expect(explain('1')?.reasons.map((reason) => reason.kind)).toEqual(['paused']);
    expect(explain('3')?.reasons.map((reason) => reason.kind)).toEqual(['capacity', 'paused']);
    expect(shortReason(explain('1')!)).toBe('paused');
    const markdown = renderDashboardMarkdown(plan, gated);
    const lines = markdown.split('\n');
    expect(lines[2]).toBe(`> **⏸️ Paused since ${NOW} by breaker: 3 failed attempts in a row: 1, 2, 3. Nothing new is dispatched until it is resumed (waves resume).**`);
    expect(markdown).toContain('| 1: a | Medium | ⏳ Ready | — | 1 | paused |');
    const spent = renderDashboardMarkdown(plan, gateDispatch(result, { budget: { limit: 2, used: 2, left: 0, nextFreeAt: '2026-12-07T20:00:00.000Z' } }));
    expect(spent).toContain('Daily budget reached: 2 of 2 dispatches in the last 24 hours; 2 ready held back; the next slot frees at 2026-12-07T20:00:00.000Z.');
    expect(spent).toContain('| 1: a | Medium | ⏳ Ready | — | 1 | daily budget |');
  });
});

describe('loop record', () => {
  it('reads defensively and removes itself when empty', () => {
    expect(readLoopRecord({ metadata: { waves: { paused: 'yes', dispatches: [{ id: 1, at: NOW }, { id: 2 }, 'x'], failures: { ids: [4, '5'], lastRun: 'u' } } } })).toEqual({
      paused: { reason: 'yes', since: '', by: '' },
      dispatches: [{ id: '1', at: NOW }],
      failures: { ids: ['4', '5'], lastRun: 'u' },
    });
    expect(readLoopRecord({})).toEqual({ dispatches: [], failures: { ids: [] } });
    expect(withLoopField({ metadata: { waves: { paused: {} } } }, 'paused', undefined)).toBeNull();
    expect(withLoopField({ metadata: { waves: { a: 1 } } }, 'paused', { reason: '' })).toEqual({ a: 1, paused: { reason: '' } });
  });
});

describe('failure breaker and notices', () => {
  it('counts failures in a row across tasks, clears on success, trips at the limit with the reason people read', () => {
    let streak = failureBreaker({ ids: [] }, '254', 'failure', 'run/1', 3, NOW).failures;
    expect(failureBreaker(streak, '9', 'success', 'run/2', 3, NOW)).toEqual({ failures: { ids: [] } });
    expect(failureBreaker(streak, '9', 'cancelled', 'run/2', 3, NOW).failures).toBe(streak);
    streak = failureBreaker(streak, '256', 'failure', 'run/2', 3, NOW).failures;
    expect(failureBreaker(streak, '257', 'failure', 'https://github.com/o/r/actions/runs/3', 3, NOW)).toEqual({
      failures: { ids: [] },
      pause: { reason: '3 failed attempts in a row: 254, 256, 257; last: https://github.com/o/r/actions/runs/3', since: NOW, by: 'the failure breaker (pause-after-failures)' },
    });
  });

  it('mentions a checked owner from the plan format or metadata.owner, and nobody from untrusted text', () => {
    const plan = planFromYaml('tasks:\n  - { id: 1, title: "ping @everyone | *x*", owner: "@maria" }\n  - { id: 2, title: b, metadata: { owner: my-org/db-team } }\n  - { id: 3, title: c, owner: "maria; rm -rf" }\n');
    const [one, two, three] = plan.tasks;
    expect([taskOwner(one!), taskOwner(two!), taskOwner(three!)]).toEqual(['maria', 'my-org/db-team', undefined]);
    const notice = blockedNotice({ ...blockedFacts(one!), attempts: 2, lastError: 'exit 1 @here' }, '77', ['maria']);
    expect(notice.marker).toBe('<!-- waves:notice blocked task=1 run=77 -->');
    expect(notice.body.split('\n')[1]).toBe('⛔ @maria: task **1** (ping @\u200beveryone \\| \\*x\\*) is blocked after 2 failed attempts: exit 1 @\u200bhere.');
    expect(breakerNotice({ reason: '2 failed attempts in a row: 1, 2; last: u', since: NOW, by: 'b' }, ['maria', 'maria']).body).toContain('⏸️ @maria: the loop paused itself: 2 failed attempts in a row: 1, 2; last: u.');
  });
});
