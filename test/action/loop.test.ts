import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { cloneWorkspace, createOrigin, originFile, originLog } from '../helpers/gitRepos.js';
import { runAction, runActionAsync } from '../helpers/runAction.js';

const TASKS = '.taskmaster/tasks/tasks.json';
const seedJson = readFileSync(fileURLToPath(new URL('../../examples/seed/.taskmaster/tasks/tasks.json', import.meta.url)), 'utf8');
/** The seed with 267 not yet started, so the loop runs it too (an in-progress task without our claim record is left alone). */
const seedFromStart = seedJson.replace('"status": "in-progress",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7', '"status": "pending",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7');

const onMain = (run: number) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run) });

function statusesAt(origin: string, file = TASKS): Map<string, { status: TaskStatus; dependencies: string[] }> {
  const { plan } = parseTasksText(originFile(origin, file), file);
  return new Map(plan!.tasks.map((task) => [task.id, { status: task.status, dependencies: task.dependencies }]));
}

/** A generated plan: `count` tasks, each depending on up to three earlier ones. */
function generatedPlan(count: number): string {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const tasks = Array.from({ length: count }, (_, index) => {
    const dependencies = new Set<number>();
    if (index > 0) for (let k = 0; k < 3; k++) if (random() < 0.6) dependencies.add(1 + Math.floor(random() * index));
    return { id: index + 1, title: `Task ${index + 1}`, status: 'pending', priority: ['high', 'medium', 'low'][index % 3], dependencies: [...dependencies] };
  });
  return JSON.stringify({ master: { tasks } }, null, 2) + '\n';
}

/**
 * Runs the loop as GitHub would: a planner run claims and outputs the matrix, one process per leg
 * completes its task at the same time as the others, and the next planner run starts. Checks on
 * every round that claims respect dependencies and capacity, and that no task is dispatched twice.
 */
async function runLoop(origin: string, maxParallel: number, maxRounds: number, result: (id: string, round: number) => 'success' | 'failure' = () => 'success') {
  const dispatched: string[] = [];
  for (let round = 1; round <= maxRounds; round++) {
    const plan = runAction({ command: 'plan', 'max-parallel': String(maxParallel), next: 'none' }, cloneWorkspace(origin), 'workflow_dispatch', onMain(round * 100));
    expect(plan.code, plan.stdout).toBe(0);
    const ids = JSON.parse(plan.outputs.tasks as string) as string[];
    if (ids.length === 0) return { dispatched, rounds: round, lastPlan: plan };
    const now = statusesAt(origin);
    for (const id of ids) {
      expect(now.get(id)?.status, `task ${id} is claimed`).toBe('in-progress');
      for (const dependency of now.get(id)?.dependencies ?? []) expect(now.get(dependency)?.status, `${id} after ${dependency}`).toBe('done');
    }
    expect([...now.values()].filter((task) => task.status === 'in-progress').length).toBeLessThanOrEqual(maxParallel);
    dispatched.push(...ids);
    const legs = await Promise.all(ids.map((id) => runActionAsync({ command: 'complete', task: id, result: result(id, round), next: 'none' }, cloneWorkspace(origin), 'workflow_dispatch', onMain(round * 100 + 1))));
    for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
  }
  throw new Error(`the loop did not finish in ${maxRounds} rounds`);
}

describe('the loop on GitHub, with real git repositories', () => {
  it('runs the seed example to the end: plan, legs, next plan, until all done', async () => {
    const origin = createOrigin({ [TASKS]: seedFromStart });
    const { dispatched, lastPlan } = await runLoop(origin, 4, 12);
    expect(lastPlan.outputs['all-done']).toBe('true');
    expect(dispatched.slice(0, 1)).toEqual(['267']);
    expect(dispatched.slice(1, 5)).toEqual(['257', '256', '254', '253']);
    expect(new Set(dispatched).size).toBe(dispatched.length);
    expect([...statusesAt(origin).values()].every((task) => task.status === 'done')).toBe(true);
    // Every other byte of the file is as Task Master wrote it: statuses and our records changed only.
    const final = JSON.parse(originFile(origin, TASKS));
    expect(final.master.tasks.find((task: { id: number }) => task.id === 256).metadata.waves).toMatchObject({ attempts: 0, lastResult: 'success' });
    expect(originLog(origin).some((subject) => subject.startsWith('waves: task 256 done'))).toBe(true);
  });

  it('runs a generated 200-task graph with max-parallel 8: every task once, dependencies first, capacity kept', async () => {
    const origin = createOrigin({ [TASKS]: generatedPlan(200) });
    const { dispatched } = await runLoop(origin, 8, 120);
    expect(dispatched.sort()).toEqual(Array.from({ length: 200 }, (_, index) => String(index + 1)).sort());
    const final = statusesAt(origin);
    expect([...final.values()].every((task) => task.status === 'done')).toBe(true);
  }, 600_000);

  it('retries a failed leg, then blocks it; its descendants are never dispatched', async () => {
    const origin = createOrigin({ [TASKS]: JSON.stringify({ master: { tasks: [{ id: 1, title: 'flaky' }, { id: 2, title: 'after', dependencies: [1] }, { id: 3, title: 'independent' }] } }, null, 2) });
    const { dispatched } = await runLoop(origin, 4, 6, (id) => (id === '1' ? 'failure' : 'success'));
    expect(dispatched.filter((id) => id === '1')).toHaveLength(2);
    expect(dispatched).not.toContain('2');
    const final = JSON.parse(originFile(origin, TASKS)).master.tasks;
    expect(final[0]).toMatchObject({ status: 'blocked', metadata: { waves: { attempts: 2, lastResult: 'failure' } } });
    expect(final[2].status).toBe('done');
  });

  it('16 legs completing at the same moment, each from its own clone: 16 updates at origin', async () => {
    const tasks = Array.from({ length: 16 }, (_, index) => ({ id: index + 1, title: `t${index + 1}`, status: 'in-progress', metadata: { waves: { attempts: 0, runId: '9', runUrl: 'https://github.com/octo-org/backlog/actions/runs/9' } } }));
    const origin = createOrigin({ [TASKS]: JSON.stringify({ master: { tasks } }, null, 2) + '\n' });
    const workspaces = tasks.map(() => cloneWorkspace(origin));
    const legs = await Promise.all(tasks.map((task, index) => runActionAsync({ command: 'complete', task: String(task.id), result: 'success', next: 'none' }, workspaces[index] as string, 'workflow_dispatch', onMain(9))));
    for (const leg of legs) expect(leg.code, leg.stdout).toBe(0);
    expect([...statusesAt(origin).values()].map((task) => task.status)).toEqual(Array(16).fill('done'));
    expect(originLog(origin).filter((subject) => subject.startsWith('waves: task'))).toHaveLength(16);
  }, 120_000);

  it('two planners overlapping never dispatch the same task', async () => {
    const origin = createOrigin({ [TASKS]: generatedPlan(30).replace(/"dependencies": \[[^\]]*\]/g, '"dependencies": []') });
    const [a, b] = await Promise.all([1, 2].map((run) => runActionAsync({ command: 'plan', 'max-parallel': '8', next: 'none' }, cloneWorkspace(origin), 'workflow_dispatch', onMain(run))));
    expect(a?.code, a?.stdout).toBe(0);
    expect(b?.code, b?.stdout).toBe(0);
    const first = JSON.parse(a!.outputs.tasks as string) as string[];
    const second = JSON.parse(b!.outputs.tasks as string) as string[];
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    const inProgress = [...statusesAt(origin).values()].filter((task) => task.status === 'in-progress').length;
    expect(inProgress).toBe(first.length + second.length);
    expect(inProgress).toBeLessThanOrEqual(8); // each planner counts what the other claimed
  }, 120_000);
});
