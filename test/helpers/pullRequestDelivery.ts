import { expect } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fakeGitHub.js';
import { runActionAsync, type ActionRun } from './runAction.js';
import { createServedOrigin, type ServedOrigin } from './servedOrigin.js';

// `deliver: pull-request` as a workflow runs it: the action's plan and legs against a served origin
// and the fake GitHub holding that origin's pull requests (test/action/deliverPullRequest*.test.ts).

/** Where the tests keep the tasks file. */
export const TASKS = 'tasks.json';
const TOKEN = 'ghs_pullRequestDeliveryToken0123456789';

/** A task as the tests read it back from main. */
export interface StoredTask {
  id: number;
  status: string;
  metadata?: { waves?: Record<string, unknown> };
}

/** The tasks file for `tasks` (tagged `master`). */
export const tasksJson = (tasks: object[]) => JSON.stringify({ master: { tasks } }, null, 2) + '\n';

/** A served origin holding `files` on main, and the fake GitHub serving its pull requests. Close it after the test. */
export async function startPullRequestDelivery(prefix: string, files: Record<string, string>) {
  const origin: ServedOrigin = createServedOrigin(prefix, files);
  const fake: FakeGitHub = await startFakeGitHub({ gitOrigins: { 'octo-org/backlog': origin.origin } });
  const env = (run: number) => ({ GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(run), GITHUB_SERVER_URL: origin.serverUrl, GITHUB_API_URL: fake.url });
  /** A planner run: the ids it dispatched. */
  const plan = async (run: number, inputs: Record<string, string> = {}) => {
    const result = await runActionAsync({ command: 'plan', 'tasks-file': TASKS, next: 'none', token: TOKEN, ...inputs }, origin.clone(), 'workflow_dispatch', env(run));
    expect(result.code, result.stdout).toBe(0);
    return JSON.parse(result.outputs.tasks as string) as string[];
  };
  /** A matrix leg: a fresh checkout of main, the prompt step, the agent's `edit`, then `complete` with `deliver: pull-request`. */
  const leg = async (run: number, task: string, edit: (workspace: string) => void, inputs: Record<string, string> = {}): Promise<{ prompt: ActionRun; result: ActionRun; workspace: string }> => {
    const workspace = origin.clone();
    const prompt = await runActionAsync({ command: 'prompt', 'tasks-file': TASKS, task }, workspace, 'workflow_dispatch', env(run));
    expect(prompt.code, prompt.stdout).toBe(0);
    edit(workspace);
    const result = await runActionAsync({ command: 'complete', 'tasks-file': TASKS, task, result: 'success', deliver: 'pull-request', 'base-sha': prompt.outputs['base-sha'] as string, next: 'none', token: TOKEN, ...inputs }, workspace, 'workflow_dispatch', env(run));
    expect(result.code, result.stdout).toBe(0);
    return { prompt, result, workspace };
  };
  /** The task as main holds it now. */
  const task = (id: number) => (JSON.parse(origin.git(['show', `main:${TASKS}`])).master.tasks as StoredTask[]).find((entry) => entry.id === id)!;
  /** Stops the fake and removes the origin; resolves to the fake's contract problems (every REST exchange against GitHub's OpenAPI description). */
  const close = async () => {
    const problems = [...fake.contractProblems];
    await fake.close();
    origin.remove();
    return problems;
  };
  return { origin, fake, plan, leg, task, close };
}

/** What startPullRequestDelivery returns. */
export type PullRequestDelivery = Awaited<ReturnType<typeof startPullRequestDelivery>>;
