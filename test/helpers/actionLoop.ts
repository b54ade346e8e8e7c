import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { TaskStatus } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { cloneWorkspace, createOrigin, originFile } from './gitRepos.js';
import { runAction, runActionAsync, type ActionRun } from './runAction.js';

// The loop on GitHub as the loop tests run it (test/action/loop.test.ts, loop.soak.test.ts).

/** Where the loop tests keep the tasks file. */
export const TASKS = '.taskmaster/tasks/tasks.json';
const seedJson = readFileSync(fileURLToPath(new URL('../../examples/seed/.taskmaster/tasks/tasks.json', import.meta.url)), 'utf8');
/** The seed with 267 not yet started, so the loop runs it too (an in-progress task without our claim record is left alone). */
export const seedFromStart = seedJson.replace('"status": "in-progress",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7', '"status": "pending",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7');

/**
 * The seed cut down to `keep` (every other task already done): the same file, shapes and
 * dependency edges, fewer legs. `SEED_SLICE` is four waves (267; 254 and 257 side by side; 255;
 * 258, gated from two waves), which `npm test` runs; the soak tests run the whole seed.
 */
export function seedSlice(keep: readonly string[]): string {
  const file = JSON.parse(seedFromStart) as { master: { tasks: Array<{ id: number; status: string }> } };
  for (const task of file.master.tasks) if (!keep.includes(String(task.id))) task.status = 'done';
  return `${JSON.stringify(file, null, 2)}\n`;
}
export const SEED_SLICE = ['267', '254', '257', '255', '258'] as const;

/** The environment of a run on main. */
export const onMain = (run: number) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run) });

/** Every task's status and dependencies in the file on origin's main. */
export function statusesAt(origin: string, file = TASKS): Map<string, { status: TaskStatus; dependencies: string[] }> {
  const { plan } = parseTasksText(originFile(origin, file), file);
  return new Map(plan!.tasks.map((task) => [task.id, { status: task.status, dependencies: task.dependencies }]));
}

/** A generated plan: `count` tasks, each depending on up to three earlier ones. */
export function generatedPlan(count: number): string {
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
export async function runLoop(origin: string, maxParallel: number, maxRounds: number, result: (id: string, round: number) => 'success' | 'failure' = () => 'success') {
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

/**
 * `count` legs completing at the same moment, each from its own clone of a fresh origin whose
 * tasks are all claimed by run 9; resolves to the origin and the legs' runs.
 */
export async function legsCompletingAtOnce(count: number): Promise<{ origin: string; legs: ActionRun[] }> {
  const tasks = Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `t${index + 1}`, status: 'in-progress', metadata: { waves: { attempts: 0, runId: '9', runUrl: 'https://github.com/octo-org/backlog/actions/runs/9' } } }));
  const origin = createOrigin({ [TASKS]: JSON.stringify({ master: { tasks } }, null, 2) + '\n' });
  const workspaces = tasks.map(() => cloneWorkspace(origin));
  const legs = await Promise.all(tasks.map((task, index) => runActionAsync({ command: 'complete', task: String(task.id), result: 'success', next: 'none' }, workspaces[index] as string, 'workflow_dispatch', onMain(9))));
  return { origin, legs };
}
