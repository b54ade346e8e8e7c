import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { createServedOrigin, type ServedOrigin } from './servedOrigin.js';
import { runAction, runActionAsync } from './runAction.js';

// deliver: push as test/action/deliverPush.test.ts and deliverPush.soak.test.ts run it: a served
// origin, the planner's claim, legs as subprocesses of dist.

export const TASKS = 'tasks.json';

export function tasksFile(count: number, status = 'pending'): string {
  const tasks = Array.from({ length: count }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, status, dependencies: [] }));
  return JSON.stringify({ master: { tasks } }, null, 2) + '\n';
}

/** A served origin with the tasks file (two pending tasks unless `files` says otherwise), removed when the test ends. */
export function setUp(files: Record<string, string>, label = 'deliverPush'): ServedOrigin {
  const origin = createServedOrigin(label, { '.gitignore': 'node_modules/\ndist/\n*.log\n', [TASKS]: tasksFile(2), ...files });
  onTestFinished(() => origin.remove());
  return origin;
}

export const env = (origin: ServedOrigin, run = 100) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run), GITHUB_SERVER_URL: origin.serverUrl });

/** The planner run: claims the ready tasks (the claim commit), as a leg's run would have. */
export function plan(origin: ServedOrigin, maxParallel = 8, run = 100): string[] {
  const result = runAction({ command: 'plan', 'tasks-file': TASKS, 'max-parallel': String(maxParallel), next: 'none' }, origin.clone(), 'workflow_dispatch', env(origin, run));
  expect(result.code, result.stdout).toBe(0);
  return JSON.parse(result.outputs.tasks as string) as string[];
}

/** A leg's checkout and its prompt step: the workspace and the base-sha output. */
export function startLeg(origin: ServedOrigin, task: string, run = 100): { workspace: string; base: string } {
  const workspace = origin.clone();
  const prompt = runAction({ command: 'prompt', 'tasks-file': TASKS, task }, workspace, 'workflow_dispatch', env(origin, run));
  expect(prompt.code, prompt.stdout).toBe(0);
  expect(prompt.outputs['base-sha']).toMatch(/^[0-9a-f]{40}$/);
  return { workspace, base: prompt.outputs['base-sha'] as string };
}

export function complete(origin: ServedOrigin, workspace: string, task: string, inputs: Record<string, string> = {}, run = 100) {
  return runActionAsync({ command: 'complete', 'tasks-file': TASKS, task, result: 'success', deliver: 'push', next: 'none', ...inputs }, workspace, 'workflow_dispatch', env(origin, run));
}

export const write = (workspace: string, path: string, text: string) => {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), text);
};

export function taskOnMain(origin: ServedOrigin, id: string) {
  const tasks = JSON.parse(origin.git(['show', `main:${TASKS}`])).master.tasks as { id: number; status: string; metadata?: { waves?: Record<string, unknown> } }[];
  return tasks.find((task) => String(task.id) === id)!;
}

/** The commit on main that added `path`, and its subject. */
export function commitAdding(origin: ServedOrigin, path: string): string[] {
  return origin.git(['log', '--format=%H %s', '--diff-filter=A', 'main', '--', path]).trim().split('\n').filter(Boolean);
}

/**
 * `count` legs finishing at once, each from its own clone: all land, each task's files once, its
 * status and work in the same commit. `label` names the temp dirs.
 */
export async function legsFinishingAtOnce(count: number, label: string): Promise<void> {
    const origin = setUp({ [TASKS]: tasksFile(count) }, label);
    const claimed = plan(origin);
    expect(claimed).toHaveLength(count);
    const legs = claimed.map((task) => ({ task, ...startLeg(origin, task) }));
    for (const { task, workspace } of legs) {
      write(workspace, `src/task-${task}.ts`, `export const task = ${task};\n`);
      write(workspace, `node_modules/dep-${task}/index.js`, 'ignored\n');
      write(workspace, `build-${task}.log`, 'ignored\n');
    }
    // Half pass the prompt's base-sha; the other half find the run's claim commit on origin.
    const results = await Promise.all(legs.map(({ task, workspace, base }, index) => complete(origin, workspace, task, index % 2 === 0 ? { 'base-sha': base } : {})));
    for (const result of results) expect(result.code, result.stdout).toBe(0);
    for (const { task } of legs) {
      expect(taskOnMain(origin, task).status).toBe('done');
      expect(taskOnMain(origin, task).metadata?.waves?.delivered).toMatchObject({ mode: 'push', changedFiles: 1 });
      const adding = commitAdding(origin, `src/task-${task}.ts`);
      expect(adding).toHaveLength(1);
      expect(adding[0]).toMatch(new RegExp(`^[0-9a-f]{40} waves: task ${task} done, 1 file \\(run 100\\)$`));
      // That same commit changed the task's status, and nothing but its file and the tasks file.
      const files = origin.git(['show', '--format=', '--name-only', (adding[0] as string).slice(0, 40)]).trim().split('\n').sort();
      expect(files).toEqual([`src/task-${task}.ts`, TASKS].sort());
    }
    const tree = origin.git(['ls-tree', '-r', '--name-only', 'main']);
    expect(tree).not.toMatch(/node_modules|\.log/);
    expect(origin.git(['rev-list', '--count', 'main']).trim()).toBe(String(1 + 1 + count));
    const outputs = results.map((result) => result.outputs['changed-files']);
    expect(outputs).toEqual(Array(count).fill('1'));
}
