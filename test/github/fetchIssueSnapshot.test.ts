import { afterEach, describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { createGitHubClient } from '../../src/github/createGitHubClient.js';
import { fetchIssueSnapshot } from '../../src/github/fetchIssueSnapshot.js';
import { fetchIssueSnapshotRest } from '../../src/github/fetchIssueSnapshotRest.js';
import { renderPlanJson } from '../../src/render/renderPlanJson.js';
import { issuesToPlan } from '../../src/sources/issues/issuesToPlan.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const settings = { owner: 'octo-org', repo: 'backlog', label: 'wave-task', statusPrefix: 'status:', dashboardLabel: 'wave-dashboard' };
const planJson = (snapshot: Parameters<typeof issuesToPlan>[0]) => {
  const { plan } = issuesToPlan(snapshot, { label: 'wave-task', status: 'status:' });
  return renderPlanJson(plan, planWaves(plan, { maxParallel: 3, granularity: 'subtask' }));
};

function seed(api: FakeGitHub): void {
  api.addIssue({ number: 1, title: 'Schema', labels: ['wave-task', 'priority:high'] });
  api.addIssue({ number: 2, title: 'API', labels: ['wave-task', 'status:in-progress'], blockedBy: [1] });
  api.addIssue({ number: 3, title: 'Docs', body: 'Depends on #2\nBlocked by octo-org/backlog#9', labels: ['wave-task'] });
  api.addIssue({ number: 4, title: 'Epic', labels: ['wave-task'] });
  api.addIssue({ number: 5, title: 'Phase one', parent: 4, state: 'closed', stateReason: 'completed' });
  api.addIssue({ number: 6, title: 'Phase two', parent: 4, labels: ['wave-task'], blockedBy: [5] });
  api.addIssue({ number: 7, title: 'Dropped', labels: ['wave-task'], state: 'closed', stateReason: 'not_planned' });
  api.addIssue({ number: 9, title: 'Outside decision' });
}

describe('fetchIssueSnapshot', () => {
  it('reads the same tasks through GraphQL and through REST', async () => {
    fake = await startFakeGitHub();
    seed(fake);
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    const graphql = await fetchIssueSnapshot(client, settings);
    const rest = await fetchIssueSnapshotRest(client, settings);
    expect(graphql.transport).toBe('graphql');
    expect(graphql.requests).toBe(2); // one page, plus #9 named in a body
    expect(planJson(rest)).toEqual(planJson(graphql));
    const json = planJson(graphql);
    expect(json.dispatch).toEqual(['1', '4.6']);
    // #3 also waits on #9, an open issue outside the task set: held, with a note.
    expect(issuesToPlan(graphql, { label: 'wave-task', status: 'status:' }).notes.join('\n')).toMatch(/#3 waits on #9 \(open, not a task\)/);
  });

  it('falls back to REST when GraphQL lacks the dependency fields (older GitHub Enterprise Server)', async () => {
    fake = await startFakeGitHub({ issueDependencies: false, pathPrefix: '/api/v3' });
    fake.addIssue({ number: 1, title: 'A', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'B', body: 'Depends on #1', labels: ['wave-task'] });
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    const reasons: string[] = [];
    const snapshot = await fetchIssueSnapshot(client, settings, (reason) => reasons.push(reason));
    expect(snapshot.transport).toBe('rest');
    expect(reasons.join()).toMatch(/Issue\.blockedBy/);
    expect(planJson(snapshot).dispatch).toEqual(['1']);
  });

  it('REST: one 404 on an issue\'s blocked-by list leaves dependency reading on for the others', async () => {
    fake = await startFakeGitHub();
    fake.addIssue({ number: 1, title: 'A', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'B', labels: ['wave-task'], blockedBy: [1] });
    fake.addIssue({ number: 3, title: 'C', labels: ['wave-task'], blockedBy: [2] });
    fake.fail({ route: 'GET /repos/octo-org/backlog/issues/2/dependencies/blocked_by', times: 1, status: 404 });
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    const snapshot = await fetchIssueSnapshotRest(client, settings);
    expect(snapshot.issues.find((issue) => issue.number === 3)?.blockedBy.map((issue) => issue.number)).toEqual([2]);
    expect(snapshot.issues.find((issue) => issue.number === 2)?.blockersUnreadable).toMatch(/404/);
    expect(planJson(snapshot).dispatch).toEqual(['1']);
  });

  it('GraphQL data and errors together: a blocker the token cannot read holds that issue alone, the plan goes on', async () => {
    fake = await startFakeGitHub({ hiddenRepositories: ['octo-org/secret'] });
    fake.addIssue({ number: 1, title: 'Hidden blocker', repository: 'octo-org/secret' });
    fake.addIssue({ number: 1, title: 'A', labels: ['wave-task'] });
    fake.addIssue({ number: 2, title: 'B', labels: ['wave-task'], blockedBy: [{ repository: 'octo-org/secret', number: 1 }] });
    fake.addIssue({ number: 3, title: 'C', labels: ['wave-task'], blockedBy: [1] });
    const client = createGitHubClient({ token: 't', baseUrl: fake.url, retryBaseDelayMs: 1, minWriteIntervalMs: 0 });
    const snapshot = await fetchIssueSnapshot(client, settings);
    expect(snapshot.issues.map((issue) => issue.number)).toEqual([1, 2, 3]);
    expect(snapshot.issues[1]?.blockersUnreadable).toMatch(/Resource not accessible by integration/);
    const { notes } = issuesToPlan(snapshot, { label: 'wave-task', status: 'status:' });
    expect(notes.join('\n')).toMatch(/#2: its blockers could not be read/);
    expect(planJson(snapshot).dispatch).toEqual(['1']);
  });
});
