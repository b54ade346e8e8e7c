import { expect } from 'vitest';
import type { FakeGitHub } from './fakeGitHub.js';
import { examplePayload } from './runAction.js';
import { makeTempDir } from './tempDir.js';

// What the issues-source tests share: inputs, a seeded graph of task issues, the CLI without blocking.

export const TOKEN = 'ghs_issuesSourceTokenNeverLogged0123456789';
export const MARKER = '<!-- wave-orchestrator:dashboard -->';

export const workspace = () => makeTempDir('issues-ws');
export const issuesInputs = (inputs: Record<string, string>) => ({ source: 'issues', token: TOKEN, ...inputs });

/** Seeded pseudo-random numbers, so a failing graph can be reproduced. */
export function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** `count` task issues; each waits on up to two earlier ones, half through blocked-by links, half through `Depends on` lines. */
export function seedGraph(api: FakeGitHub, count: number, seed = 7): Map<number, number[]> {
  const next = random(seed);
  const blockers = new Map<number, number[]>();
  const priorities = ['priority:high', 'priority:medium', 'priority:low'];
  for (let index = 0; index < count; index++) {
    const number = index + 1;
    const mine = index === 0 ? [] : [...new Set([0, 1].filter(() => next() < 0.6).map(() => 1 + Math.floor(next() * index)))];
    blockers.set(number, mine);
    const viaBody = mine.filter((_, position) => position % 2 === 1);
    const viaLink = mine.filter((_, position) => position % 2 === 0);
    api.addIssue({
      number,
      title: `Task ${number}: do part ${number}`,
      body: `Part ${number} of the backlog.\n\n- [ ] tests pass\n${viaBody.length > 0 ? `\nDepends on ${viaBody.map((blocker) => `#${blocker}`).join(', ')}\n` : ''}`,
      labels: ['wave-task', priorities[Math.floor(next() * 3)] as string],
      blockedBy: viaLink,
    });
  }
  return blockers;
}

export async function createLabels(api: FakeGitHub): Promise<void> {
  const result = runCliAsync(['labels', '--repo', 'octo-org/backlog'], api);
  const run = await result;
  expect(run.code, run.stderr).toBe(0);
}

/** `waves` as a subprocess without blocking this process (the fake answers from here). */
export async function runCliAsync(args: string[], api: FakeGitHub): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { spawnForTest } = await import('./spawnForTest.js');
  const { CLI } = await import('./runCli.js');
  return new Promise((resolve) => {
    const child = spawnForTest(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const closedAt = (api: FakeGitHub, number: number) => api.issue(number)?.events.find((event) => event.kind === 'closed')?.at ?? Number.NaN;

/** The index of a real webhook example with this action. */
export function findExample(event: string, action: string): number {
  for (let index = 0; index < 50; index++) {
    const payload = examplePayload(event, index) as { action?: string } | undefined;
    if (payload?.action === action) return index;
  }
  throw new Error(`no ${event}.${action} example`);
}
