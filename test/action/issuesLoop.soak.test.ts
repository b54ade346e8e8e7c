import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fakeGitHub.js';
import { githubEnv } from '../helpers/githubEnv.js';
import { closedAt, createLabels, issuesInputs, MARKER, seedGraph, workspace } from '../helpers/issuesSource.js';
import { runActionAsync } from '../helpers/runAction.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

// Soak tests (npm run test:soak, also run by .ci/run): minutes of action runs.
// The bundled action as a subprocess against the local fake GitHub (GraphQL answered from GitHub's
// published schema). Never spawnSync the action: the fake answers from this process.

describe('source: issues, the loop through the bundled action', () => {
  it('runs the whole loop over 40 issues: plan -> legs -> complete -> next plan, closing every issue in dependency order, through a rate limit', async () => {
    fake = await startFakeGitHub({ idleTimeoutMs: 300_000 });
    fake.addWorkflow('orchestrator.yml');
    const blockers = seedGraph(fake, 40);
    await createLabels(fake);
    let rounds = 0;
    let rateLimited = false;
    for (let run = 100; rounds < 40; run++) {
      if (rounds === 2) {
        // GitHub's secondary rate limit in the middle of the night: the planner waits and carries on.
        fake.fail({ route: 'POST /graphql', times: 1, status: 403, retryAfter: 1 });
        rateLimited = true;
      }
      const plan = await runActionAsync(issuesInputs({ command: 'plan', 'max-parallel': '8', 'dashboard-issue': 'true' }), workspace(), 'workflow_dispatch', githubEnv(run, fake));
      expect(plan.code, plan.stdout).toBe(0);
      if (rounds === 2) expect(plan.stdout).toMatch(/rate limit/i);
      const tasks = JSON.parse(plan.outputs.tasks ?? '[]') as string[];
      if (tasks.length === 0) {
        expect(plan.outputs['all-done'], plan.outputs.dashboard).toBe('true');
        break;
      }
      for (const task of tasks) expect(fake.issue(Number(task))?.labels).toContain('status:in-progress');
      const legs = await Promise.all(tasks.map((task) => runActionAsync(issuesInputs({ command: 'complete', task, result: 'success', 'dashboard-issue': 'true', workflow: 'orchestrator.yml' }), workspace(), 'workflow_dispatch', githubEnv(run, fake!))));
      for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
      rounds++;
    }
    expect(rateLimited).toBe(true);
    expect(rounds).toBeGreaterThanOrEqual(5);
    const issues = fake.issues().filter((issue) => issue.labels.includes('wave-task'));
    expect(issues).toHaveLength(40);
    for (const issue of issues) {
      expect(issue.state).toBe('closed');
      expect(issue.stateReason).toBe('completed');
      expect(issue.labels.filter((label) => label.startsWith('status:'))).toEqual([]);
      for (const blocker of blockers.get(issue.number) ?? []) expect(closedAt(fake, blocker), `#${blocker} before #${issue.number}`).toBeLessThan(closedAt(fake, issue.number));
    }
    // Each leg started the next planner; one dashboard issue, edited in place all along.
    expect(fake.dispatches.length).toBe(40);
    const dashboards = fake.issues().filter((issue) => issue.body.startsWith(MARKER));
    expect(dashboards.map((issue) => issue.state)).toEqual(['open']);
    expect(dashboards[0]?.body).toMatch(/100% done/);
    expect(dashboards[0]?.body).toMatch(/### Last runs/);
  }, 600_000);

  it('reads 500 task issues in at most ceil(500/100) + 2 requests per plan (claims and the dashboard included)', async () => {
    fake = await startFakeGitHub({ idleTimeoutMs: 300_000 });
    seedGraph(fake, 500, 11);
    fake.addIssue({ number: 501, title: 'Not a task: a design decision', labels: [] });
    fake.addIssue({ number: 502, title: 'Task that waits on the decision', body: 'Depends on #501', labels: ['wave-task'] });
    await createLabels(fake);
    const counts: number[] = [];
    for (const run of [1, 2]) {
      const before = fake.requests.length;
      // Run 2 has room for more: run 1's 8 claims are still in progress.
      const plan = await runActionAsync(issuesInputs({ command: 'plan', 'max-parallel': String(8 * run), 'dashboard-issue': 'true' }), workspace(), 'workflow_dispatch', githubEnv(run, fake));
      expect(plan.code, plan.stdout).toBe(0);
      expect(JSON.parse(plan.outputs.tasks ?? '[]').length, plan.stdout).toBeGreaterThan(0);
      counts.push(fake.requests.length - before);
    }
    const budget = Math.ceil(502 / 100) + 2;
    // Run 1 creates the dashboard issue, run 2 edits it; both read 6 pages, the outside issue, then write once.
    expect(counts.every((count) => count <= budget), `requests per plan: ${counts.join(', ')} (budget ${budget})`).toBe(true);
    expect(fake.issue(502)?.labels).not.toContain('status:in-progress');
    console.log(`500-issue plan: ${counts.join(' and ')} requests (budget ${budget})`);
  }, 300_000);

});
