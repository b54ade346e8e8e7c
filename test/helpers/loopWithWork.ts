import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { TASKS } from './actionLoop.js';
import { runAction, runActionAsync } from './runAction.js';
import { createServedOrigin } from './servedOrigin.js';

/**
 * The loop with `deliver: push` (test/action/loopWithWork.test.ts on a slice of the seed,
 * loopWithWork.soak.test.ts on all of it): every task's work ends on main, each committed after its
 * dependencies' work, each leg starting from a checkout holding them. `label` names the temp dirs.
 */
export async function runLoopWithWork(label: string, tasksText: string): Promise<void> {
  const origin = createServedOrigin(label, { [TASKS]: tasksText, '.gitignore': 'node_modules/\n' });
  try {
    const { plan: seed } = parseTasksText(tasksText, TASKS);
    // Tasks done at the start (249 and 252 in the seed, more in a slice) have no work of ours to look for.
    const doneAtStart = new Set(seed!.tasks.filter((task) => task.status === 'done').map((task) => task.id));
    const dependencies = new Map(seed!.tasks.filter((task) => !doneAtStart.has(task.id)).map((task) => [task.id, task.dependencies.filter((dependency) => !doneAtStart.has(dependency))]));
    const env = (run: number) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run), GITHUB_SERVER_URL: origin.serverUrl });
    let all = false;
    for (let round = 1; round <= 12 && !all; round++) {
      const plan = runAction({ command: 'plan', 'tasks-file': TASKS, 'max-parallel': '4', next: 'none' }, origin.clone(), 'workflow_dispatch', env(round * 100));
      expect(plan.code, plan.stdout).toBe(0);
      all = plan.outputs['all-done'] === 'true';
      const ids = JSON.parse(plan.outputs.tasks as string) as string[];
      const legs = ids.map((id) => {
        const workspace = origin.clone();
        const prompt = runAction({ command: 'prompt', 'tasks-file': TASKS, task: id }, workspace, 'workflow_dispatch', env(round * 100));
        // The agent: its dependencies' work must be in its checkout, else it fails.
        const missing = (dependencies.get(id) ?? []).filter((dependency) => !existsSync(join(workspace, 'work', `${dependency}.txt`)));
        mkdirSync(join(workspace, 'work'), { recursive: true });
        writeFileSync(join(workspace, 'work', `${id}.txt`), `task ${id}\n`);
        mkdirSync(join(workspace, 'node_modules'), { recursive: true });
        writeFileSync(join(workspace, 'node_modules', `${id}.js`), 'ignored\n');
        return { id, workspace, base: prompt.outputs['base-sha'] as string, result: missing.length === 0 ? 'success' : 'failure' };
      });
      const results = await Promise.all(legs.map((leg) => runActionAsync({ command: 'complete', 'tasks-file': TASKS, task: leg.id, result: leg.result, deliver: 'push', 'base-sha': leg.base, next: 'none' }, leg.workspace, 'workflow_dispatch', env(round * 100))));
      for (const [index, result] of results.entries()) {
        expect(result.code, result.stdout).toBe(0);
        expect(legs[index]?.result, `task ${legs[index]?.id} started without its dependencies' work`).toBe('success');
      }
    }
    expect(all).toBe(true);
    // Oldest first: the commit that brought each task's work, after those of its dependencies.
    const order = origin.git(['log', '--reverse', '--format=%s', '--name-only', 'main', '--', 'work']).split('\n').filter((line) => line.startsWith('work/')).map((line) => line.slice('work/'.length, -'.txt'.length));
    expect([...order].sort()).toEqual([...dependencies.keys()].sort());
    for (const [id, needs] of dependencies) for (const dependency of needs) expect(order.indexOf(dependency), `${dependency} before ${id}`).toBeLessThan(order.indexOf(id));
    expect(origin.git(['ls-tree', '-r', '--name-only', 'main'])).not.toContain('node_modules');
  } finally {
    origin.remove();
  }
}
