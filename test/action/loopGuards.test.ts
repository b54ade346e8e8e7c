import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cloneWorkspace, createOrigin, originFile, originLog } from '../helpers/gitRepos.js';
import { runAction } from '../helpers/runAction.js';
import { runCli } from '../helpers/runCli.js';

const TASKS = '.taskmaster/tasks/tasks.json';
const onMain = (run: number) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run) });

function independentTasks(count: number): string {
  const tasks = Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, status: 'pending', dependencies: [] }));
  return JSON.stringify({ master: { tasks, metadata: { created: '2026-12-01T00:00:00.000Z' } } }, null, 2) + '\n';
}

const loopRecord = (origin: string) => JSON.parse(originFile(origin, TASKS)).master.metadata.waves;

function plan(origin: string, run: number, inputs: Record<string, string> = {}) {
  const result = runAction({ command: 'plan', next: 'none', ...inputs }, cloneWorkspace(origin), 'workflow_dispatch', onMain(run));
  expect(result.code, result.stdout).toBe(0);
  return { ...result, ids: JSON.parse(result.outputs.tasks as string) as string[] };
}

function complete(origin: string, run: number, id: string, result: 'success' | 'failure', inputs: Record<string, string> = {}) {
  const leg = runAction({ command: 'complete', task: id, result, next: 'none', ...inputs }, cloneWorkspace(origin), 'workflow_dispatch', onMain(run));
  expect(leg.code, leg.stdout).toBe(0);
  return leg;
}

describe('unattended loop guards, across planner runs against a bare origin', () => {
  it('keeps to max-dispatches-per-day across planner runs and says when the next slot frees', () => {
    const origin = createOrigin({ [TASKS]: independentTasks(5) });
    const budget = { 'max-dispatches-per-day': '3', 'max-parallel': '2' };
    const first = plan(origin, 100, budget);
    expect(first.ids).toEqual(['1', '2']);
    expect(loopRecord(origin).dispatches.map((entry: { id: string }) => entry.id)).toEqual(['1', '2']);
    for (const id of first.ids) complete(origin, 101, id, 'success');
    const second = plan(origin, 200, budget);
    expect(second.ids).toEqual(['3']);
    expect(second.summary).toContain('Daily budget reached: 3 of 3 dispatches in the last 24 hours; 1 ready held back; the next slot frees at ');
    complete(origin, 201, '3', 'success');
    const third = plan(origin, 300, budget);
    expect(third.outputs.count).toBe('0');
    const freesAt = Date.parse(loopRecord(origin).dispatches[0].at) + 86_400_000;
    expect(third.summary).toContain(`the next slot frees at ${new Date(freesAt).toISOString()}`);
    expect(third.summary).toContain('| daily budget |');
    // Without the budget the same file dispatches the rest: the record only counts, it holds nothing by itself.
    expect(plan(origin, 400, { 'max-parallel': '2', claim: 'false' }).ids).toEqual(['4', '5']);
  });

  it('pauses after N failed attempts in a row, dispatches nothing until resumed, then runs again', () => {
    const origin = createOrigin({ [TASKS]: independentTasks(4) });
    const guard = { 'pause-after-failures': '2', 'max-attempts': '1' };
    expect(plan(origin, 100, { 'max-parallel': '1' }).ids).toEqual(['1']);
    complete(origin, 101, '1', 'failure', guard);
    expect(loopRecord(origin).failures).toEqual({ ids: ['1'], lastRun: 'https://github.com/octo-org/backlog/actions/runs/101' });
    expect(plan(origin, 200, { 'max-parallel': '1' }).ids).toEqual(['2']);
    const tripping = complete(origin, 201, '2', 'failure', guard);
    expect(tripping.stdout).toContain('The failure breaker paused the loop: 2 failed attempts in a row: 1, 2; last: https://github.com/octo-org/backlog/actions/runs/201');
    expect(loopRecord(origin)).toEqual({ paused: { reason: '2 failed attempts in a row: 1, 2; last: https://github.com/octo-org/backlog/actions/runs/201', since: expect.any(String), by: 'the failure breaker (pause-after-failures)' } });

    const held = plan(origin, 300, { 'max-parallel': '1' });
    expect(held.outputs.count).toBe('0');
    expect(held.summary).toContain('⏸️ Paused since');
    expect(held.summary).toContain('2 failed attempts in a row: 1, 2');
    const again = plan(origin, 301, { 'max-parallel': '1' });
    expect(again.outputs.count).toBe('0');

    // A person resumes: `waves resume` on a clone, committed and pushed.
    const clone = cloneWorkspace(origin);
    const resume = runCli(['resume'], clone);
    expect(resume.stdout).toContain('resumed');
    execFileSync('git', ['-c', 'user.name=maria', '-c', 'user.email=maria@example.invalid', 'commit', '--quiet', '-am', 'resume the loop'], { cwd: clone });
    execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: clone });
    expect(JSON.parse(originFile(origin, TASKS)).master.metadata).toEqual({ created: '2026-12-01T00:00:00.000Z' });
    const resumed = plan(origin, 400, { 'max-parallel': '1' });
    expect(resumed.ids).toEqual(['3']);
    complete(origin, 401, '3', 'success', guard);
    expect(JSON.parse(originFile(origin, TASKS)).master.metadata.waves).toBeUndefined();
  });

  it('dispatches nothing while the paused input is set, and writes nothing', () => {
    const origin = createOrigin({ [TASKS]: independentTasks(2) });
    const before = originLog(origin);
    const paused = plan(origin, 100, { paused: 'maintenance window' });
    expect(paused.outputs).toMatchObject({ count: '0', matrix: '{"include":[]}' });
    expect(paused.summary).toContain("by the action's paused input: maintenance window. Nothing new is dispatched until the paused input is cleared.");
    expect(paused.stdout).toContain('The loop is paused: maintenance window');
    expect(originLog(origin)).toEqual(before);
    expect(plan(origin, 200, { paused: 'false' }).ids).toEqual(['1', '2']);
  });

  it('names a bad number input', () => {
    const origin = createOrigin({ [TASKS]: independentTasks(1) });
    const bad = runAction({ command: 'plan', 'max-dispatches-per-day': 'ten' }, cloneWorkspace(origin), 'workflow_dispatch', onMain(1));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("Invalid max-dispatches-per-day 'ten'");
  });
});
