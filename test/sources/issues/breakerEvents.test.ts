import { describe, expect, it } from 'vitest';
import { failureStreakFromEvents } from '../../../src/core/failureStreakFromEvents.js';
import { attemptCandidates, failureEvents, latestEvent, resetEvents, taskIssueFacts } from '../../../src/sources/issues/breakerEvents.js';
import { claimEvents, issuesShortOfLabelEvents } from '../../../src/sources/issues/claimEvents.js';
import { issuesToPlan } from '../../../src/sources/issues/issuesToPlan.js';
import { labels, linked, snapshotOf, taskIssue } from './issueSnapshotBuilder.js';

const MARKER = '<!-- wave-orchestrator:dashboard -->';
const t = (hour: number) => `2026-12-07T${String(hour).padStart(2, '0')}:00:00Z`;
const claimed = (hour: number) => [{ name: 'wave-task', at: t(0) }, { name: 'status:in-progress', at: t(hour) }];
const attempt = (run: number, hour: number, mine = true) => ({ createdAt: t(hour), viewerDidAuthor: mine, body: `<!-- waves:attempt run=${run} leg=1/agents/complete -->\n❌ **wave-orchestrator**: attempt 1 of 3 at task 1 ended with \`failure\` (run https://github.com/octo-org/backlog/actions/runs/${run}).` });

describe('the issues-source failure breaker, from what GitHub holds', () => {
  const snapshot = snapshotOf([
    taskIssue(1, { labelEvents: claimed(3), updatedAt: t(4) }),
    taskIssue(2, { state: 'CLOSED', stateReason: 'COMPLETED', closedAt: t(2), updatedAt: t(2), labelEvents: claimed(1) }),
    taskIssue(3, { labels: labels('wave-task', 'status:done'), labelEvents: [...claimed(1), { name: 'status:done', at: t(5) }], updatedAt: t(5) }),
    taskIssue(4, { labelEvents: [{ name: 'wave-task', at: t(0) }], updatedAt: t(9) }),
    taskIssue(5, { labelEvents: [], earlierLabelEvents: true, updatedAt: t(9) }),
    taskIssue(6, { state: 'CLOSED', stateReason: 'NOT_PLANNED', closedAt: t(8), labelEvents: claimed(7), updatedAt: t(8) }),
    taskIssue(10, { subIssues: [{ ...linked(11), updatedAt: t(9), closedAt: null }] }),
  ]);
  snapshot.dashboards = [
    { id: 'I_90', number: 90, body: `${MARKER}\nbody`, url: '', labels: ['wave-dashboard'], labelRemovals: [{ name: 'Wave-Paused', at: t(6) }, { name: 'other', at: t(7) }] },
    { id: 'I_91', number: 91, body: 'not ours', url: '', labels: ['wave-dashboard'], labelRemovals: [{ name: 'wave-paused', at: t(11) }] },
  ];
  const planned = issuesToPlan(snapshot, { label: 'wave-task', status: 'status:' });
  const facts = taskIssueFacts(snapshot, planned);

  it('takes a close as completed, a done label and a resume from a marked dashboard as resets, and nothing else', () => {
    expect(resetEvents(snapshot, facts, 'status:')).toEqual([
      { kind: 'success', at: t(2) },
      { kind: 'success', at: t(5) },
      { kind: 'resume', at: t(6) },
    ]);
    expect(latestEvent(resetEvents(snapshot, facts, 'status:'))).toBe(t(6));
  });

  it('reads the comments only of the issues changed since then that were ever claimed (or may have been)', () => {
    expect(attemptCandidates(facts, t(6), 'status:').map((fact) => fact.taskId)).toEqual(['5', '6', '10.11']);
    expect(attemptCandidates(facts, undefined, 'status:').map((fact) => fact.taskId)).toEqual(['1', '2', '3', '5', '6', '10.11']);
    expect(facts.find((fact) => fact.taskId === '10.11')).toMatchObject({ number: 11, nodeId: 'I_11', updatedAt: t(9) });
  });

  it('counts the marked comments the token wrote, with their run links, and the streak after the last reset', () => {
    const comments = [attempt(201, 4), { createdAt: t(4), viewerDidAuthor: true, body: 'a comment' }, attempt(202, 7, false), attempt(203, 8)];
    const failures = failureEvents('1', comments);
    expect(failures).toEqual([
      { kind: 'failure', id: '1', at: t(4), runUrl: 'https://github.com/octo-org/backlog/actions/runs/201' },
      { kind: 'failure', id: '1', at: t(8), runUrl: 'https://github.com/octo-org/backlog/actions/runs/203' },
    ]);
    const streak = failureStreakFromEvents([...resetEvents(snapshot, facts, 'status:'), ...failures, ...failureEvents('10.11', [attempt(204, 9)])], 2);
    expect(streak.pause?.reason).toBe('2 failed attempts in a row: 1, 10.11; last: https://github.com/octo-org/backlog/actions/runs/204');
  });
});

describe('the daily budget of the issues source', () => {
  it('counts each in-progress label event, and reads further back only where the events read stop short of the day', () => {
    const cursor = { earlierLabelEvents: true, labelEventsBefore: 'c1' };
    const snapshot = snapshotOf([
      taskIssue(1, { labelEvents: [{ name: 'Status:In-Progress', at: t(1) }, { name: 'status:in-progress', at: t(5) }] }),
      taskIssue(2, { labelEvents: [{ name: 'x', at: t(6) }], ...cursor }),
      taskIssue(3, { labelEvents: [{ name: 'x', at: '2026-12-05T00:00:00Z' }], ...cursor }),
      taskIssue(4, { labelEvents: [{ name: 'x', at: t(6) }], earlierLabelEvents: false }),
      taskIssue(5, { labelEvents: [], ...cursor }),
    ]);
    expect(claimEvents(snapshot, 'status:')).toEqual([{ id: '1', at: t(1) }, { id: '1', at: t(5) }]);
    expect(issuesShortOfLabelEvents(snapshot, '2026-12-06T12:00:00Z').map((issue) => issue.number)).toEqual([2, 5]);
  });
});
