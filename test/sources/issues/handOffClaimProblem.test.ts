import { describe, expect, it } from 'vitest';
import { handOffClaimProblem, type HandOffClaimFacts } from '../../../src/sources/issues/handOffClaimProblem.js';

const claimed = (at: string) => ({ name: 'status:in-progress', at });
const facts = (change: Partial<Omit<HandOffClaimFacts, 'issue'>> & { issue?: Partial<HandOffClaimFacts['issue']> } = {}): HandOffClaimFacts => ({
  taskId: '12',
  run: { runId: '100', createdAt: '2026-03-01T10:00:00Z' },
  artifact: { name: 'waves-change-12', createdAt: '2026-03-01T11:00:00Z' },
  ...change,
  issue: { number: 12, state: 'OPEN', labels: ['wave-task', 'status:in-progress'], labelEvents: [{ name: 'wave-task', at: '2026-02-01T00:00:00Z' }, claimed('2026-03-01T10:00:30Z')], ...change.issue },
});

describe('handOffClaimProblem: does the run that packed the change hold the task’s claim?', () => {
  it('accepts the claim its own planner job made after the run began and before it packed (times to the second, either end included)', () => {
    expect(handOffClaimProblem(facts(), 'status:')).toBeUndefined();
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-03-01T10:00:00Z')] } }), 'status:')).toBeUndefined();
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-03-01T11:00:00.400Z')] } }), 'status:')).toBeUndefined();
    // An earlier run's claim, released since, does not count against this one.
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-02-28T09:00:00Z'), claimed('2026-03-01T10:00:30Z')] } }), 'status:')).toBeUndefined();
    // Label names match without case, as GitHub matches them.
    expect(handOffClaimProblem(facts({ issue: { labels: ['Status:In-Progress'], labelEvents: [{ name: 'Status:In-Progress', at: '2026-03-01T10:00:30Z' }] } }), 'status:')).toBeUndefined();
  });

  it('refuses a run without the task’s artifact, a closed or unclaimed issue, and a claim it cannot date', () => {
    expect(handOffClaimProblem(facts({ artifact: undefined }), 'status:')).toBe("run 100 uploaded no artifact for task 12, so the change is not that run's");
    expect(handOffClaimProblem(facts({ issue: { state: 'CLOSED' } }), 'status:')).toBe('issue #12 (task 12) is closed, so no run holds a claim on it');
    expect(handOffClaimProblem(facts({ issue: { labels: ['wave-task', 'status:review'] } }), 'status:')).toBe('issue #12 (task 12) is not claimed: it has no status:in-progress label');
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [] } }), 'status:')).toMatch(/has the status:in-progress label, but its latest label events do not say when it was added/);
  });

  it('refuses a claim older than the run (another run’s), one made after the change was packed, and one that changed hands during the run', () => {
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-03-01T09:59:59Z')] } }), 'status:')).toBe('issue #12 (task 12) was claimed at 2026-03-01T09:59:59Z, before run 100 began (2026-03-01T10:00:00Z), so another run holds the claim');
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-03-01T10:00:30Z'), claimed('2026-03-01T11:00:01Z')] } }), 'status:')).toBe('issue #12 (task 12) was claimed again at 2026-03-01T11:00:01Z, after run 100 packed its change (2026-03-01T11:00:00Z)');
    expect(handOffClaimProblem(facts({ issue: { labelEvents: [claimed('2026-03-01T10:00:30Z'), claimed('2026-03-01T10:40:00Z')] } }), 'status:')).toBe('issue #12 (task 12) was claimed 2 times since run 100 began (last at 2026-03-01T10:40:00Z), so the claim changed hands');
  });
});
