import { describe, expect, it } from 'vitest';
import { issuesToPlan } from '../../../src/sources/issues/issuesToPlan.js';
import { staleIssueClaims } from '../../../src/sources/issues/staleIssueClaims.js';
import { labels, snapshotOf, taskIssue } from './issueSnapshotBuilder.js';

const now = '2026-11-26T12:00:00Z';
const claimedAt = (iso: string) => [{ name: 'wave-task', at: '2026-11-01T00:00:00Z' }, { name: 'status:in-progress', at: iso }];

describe('staleIssueClaims', () => {
  const snapshot = snapshotOf([
    taskIssue(1, { labels: labels('wave-task', 'status:in-progress'), labelEvents: claimedAt('2026-11-26T05:00:00Z') }),
    taskIssue(2, { labels: labels('wave-task', 'status:in-progress'), labelEvents: claimedAt('2026-11-26T11:00:00Z') }),
    taskIssue(3, { labels: labels('wave-task', 'status:in-progress'), labelEvents: [] }),
    taskIssue(4, { labels: labels('wave-task'), labelEvents: claimedAt('2026-11-20T00:00:00Z') }),
  ]);
  const planned = issuesToPlan(snapshot, { label: 'wave-task', status: 'status:' });

  it('finds claims older than the timeout, by the time the in-progress label was added', () => {
    expect(staleIssueClaims(planned, snapshot, { statusPrefix: 'status:', timeoutMinutes: 360, now })).toEqual([{ taskId: '1', number: 1, claimedAt: '2026-11-26T05:00:00Z' }]);
    expect(staleIssueClaims(planned, snapshot, { statusPrefix: 'status:', timeoutMinutes: 30, now }).map((claim) => claim.taskId)).toEqual(['1', '2']);
  });

  it('leaves claims alone with a timeout of 0, with no label event, and for tasks not in progress', () => {
    expect(staleIssueClaims(planned, snapshot, { statusPrefix: 'status:', timeoutMinutes: 0, now })).toEqual([]);
    expect(staleIssueClaims(planned, snapshot, { statusPrefix: 'status:', timeoutMinutes: 1, now }).map((claim) => claim.taskId)).not.toContain('3');
    expect(staleIssueClaims(planned, snapshot, { statusPrefix: 'status:', timeoutMinutes: 1, now }).map((claim) => claim.taskId)).not.toContain('4');
  });
});
