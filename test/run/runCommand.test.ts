import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { CLI, runCli } from '../helpers/runCli.js';
import { spawnForTest } from '../helpers/spawnForTest.js';
import { tempDirWith } from '../helpers/tempDir.js';

const AGENT = fileURLToPath(new URL('../fixtures/recording-agent.mjs', import.meta.url));
const agentCommand = `"${process.execPath}" "${AGENT}"`;

interface AgentEvent {
  type: 'start' | 'end' | 'child';
  id: string;
  attempt: number;
  at: number;
  pid: number;
  ok?: boolean;
  title?: string;
  childPid?: number;
}

/** A project directory with a plan and an agent spec; events land in events.jsonl. */
function project(plan: string, spec: Record<string, { sleepMs?: number; failAttempts?: number; child?: boolean }> = {}) {
  const directory = tempDirWith({ 'waves.yml': plan, 'spec.json': JSON.stringify(spec), 'events.jsonl': '' });
  const env = { AGENT_SPEC: join(directory, 'spec.json'), AGENT_EVENTS: join(directory, 'events.jsonl') };
  const events = (): AgentEvent[] => readFileSync(env.AGENT_EVENTS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const statuses = () => Object.fromEntries(parseTasksText(readFileSync(join(directory, 'waves.yml'), 'utf8'), 'waves.yml').plan!.tasks.map((task) => [task.id, task.status]));
  return { directory, env, events, statuses };
}

/** The most agents that ran at once, from start/end events. */
function peakConcurrency(events: AgentEvent[], filter: (event: AgentEvent) => boolean = () => true): number {
  let current = 0;
  let peak = 0;
  const sorted = events.filter((event) => event.type !== 'child' && filter(event)).sort((a, b) => a.at - b.at || (a.type === 'end' ? -1 : 1));
  for (const event of sorted) {
    current += event.type === 'start' ? 1 : -1;
    peak = Math.max(peak, current);
  }
  return peak;
}

const diamond = `# a comment that must survive
tasks:
  - { id: 1, title: root, priority: high }
  - { id: 2, title: left, dependencies: [1], resources: cpu }
  - { id: 3, title: right, dependencies: [1], resources: cpu }
  - { id: 4, title: far right, dependencies: [1], resources: io }
  - { id: 5, title: join, dependencies: [2, 3] }
  - { id: 6, title: independent, priority: low, resources: cpu }
  - { id: 7, title: after join, dependencies: [5, 4] }
`;

describe('waves run, with real agent processes', () => {
  it('starts every task after its dependencies, never over capacity, and finishes the plan', () => {
    const { directory, env, events, statuses } = project(diamond, { 1: { sleepMs: 300 }, 2: { sleepMs: 400 }, 3: { sleepMs: 100 }, 6: { sleepMs: 200 } });
    const run = runCli(['run', '--agent', agentCommand, '--max-parallel', '2'], directory, env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const all = events();
    const ended = new Map(all.filter((event) => event.type === 'end').map((event) => [event.id, event.at]));
    const deps: Record<string, string[]> = { 2: ['1'], 3: ['1'], 4: ['1'], 5: ['2', '3'], 7: ['5', '4'] };
    for (const start of all.filter((event) => event.type === 'start')) {
      for (const dependency of deps[start.id] ?? []) expect(start.at, `${start.id} after ${dependency}`).toBeGreaterThanOrEqual(ended.get(dependency) as number);
    }
    expect(peakConcurrency(all)).toBeLessThanOrEqual(2);
    expect(all.filter((event) => event.type === 'start').map((event) => event.id).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(statuses()).toEqual({ 1: 'done', 2: 'done', 3: 'done', 4: 'done', 5: 'done', 6: 'done', 7: 'done' });
    expect(readFileSync(join(directory, 'waves.yml'), 'utf8')).toContain('# a comment that must survive');
    expect(run.stdout).toContain('7 of 7 done, 7 finished in this run.');
    expect(readFileSync(join(directory, '.waves/logs/5.log'), 'utf8')).toContain('agent output for 5, attempt 1');
  });

  it('caps a resource class with --pool', () => {
    const { directory, env, events } = project(diamond, { 2: { sleepMs: 300 }, 3: { sleepMs: 300 }, 6: { sleepMs: 300 } });
    expect(runCli(['run', '--agent', agentCommand, '--max-parallel', '4', '--pool', 'cpu=1'], directory, env).code).toBe(0);
    const cpu = new Set(['2', '3', '6']);
    expect(peakConcurrency(events(), (event) => cpu.has(event.id))).toBe(1);
  });

  it('retries a failure, then marks it blocked; only its descendants wait, independent work goes on', () => {
    const { directory, env, events, statuses } = project(diamond, { 3: { failAttempts: 5 }, 2: { failAttempts: 1 } });
    const run = runCli(['run', '--agent', agentCommand, '--max-parallel', '3', '--max-attempts', '2'], directory, env);
    expect(run.code).toBe(1);
    expect(statuses()).toEqual({ 1: 'done', 2: 'done', 3: 'blocked', 4: 'done', 5: 'pending', 6: 'done', 7: 'pending' });
    expect(events().filter((event) => event.type === 'start' && event.id === '3').map((event) => event.attempt)).toEqual([1, 2]);
    expect(events().filter((event) => event.type === 'start' && event.id === '2').map((event) => event.attempt)).toEqual([1, 2]);
    expect(run.stdout).toContain('✖ 3 failed (exit code 3, attempt 1 of 2): back to pending');
    expect(run.stdout).toContain('Failed: 3 (exit code 3); log .waves/logs/3.log');
    expect(run.stdout).toContain('Held back by failed or blocked tasks: 5, 7');
    const log = readFileSync(join(directory, '.waves/logs/3.log'), 'utf8');
    expect(log).toContain('attempt 1');
    expect(log).toContain('attempt 2');
    expect(log).toContain('failing 3 on purpose');
  });

  it('kills an agent that runs past --timeout, with everything it started', async () => {
    const { directory, env, events, statuses } = project('tasks:\n  - { id: slow, title: slow }\n  - { id: quick, title: quick }\n', { slow: { sleepMs: 30_000, child: true } });
    const started = Date.now();
    const run = runCli(['run', '--agent', agentCommand, '--timeout', '2s', '--max-attempts', '1'], directory, { ...env });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(statuses()).toEqual({ slow: 'blocked', quick: 'done' });
    expect(run.stdout).toMatch(/Failed: slow \(timed out after \ds\)/);
    const child = events().find((event) => event.type === 'child');
    expect(child?.childPid).toBeDefined();
    await waitFor(() => !isAlive(child!.childPid!), 5000);
  });

  it('stops on Ctrl-C, returns running tasks to pending, and a second run carries on', async () => {
    const { directory, env, events, statuses } = project(diamond, { 1: { sleepMs: 100 }, 2: { sleepMs: 20_000, child: true }, 3: { sleepMs: 20_000 }, 6: { sleepMs: 100 } });
    const waves = spawnForTest(process.execPath, [CLI, 'run', '--agent', agentCommand, '--max-parallel', '3'], { cwd: directory, env: { ...process.env, ...env, NO_COLOR: '1' } });
    let stdout = '';
    waves.stdout.on('data', (chunk) => (stdout += chunk));
    await waitFor(() => events().filter((event) => event.type === 'start' && ['2', '3'].includes(event.id)).length === 2 && events().some((event) => event.type === 'child'));
    expect(statuses()).toMatchObject({ 1: 'done', 2: 'in-progress', 3: 'in-progress' });
    waves.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => waves.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toContain('Interrupted: the tasks that were running are pending again');
    expect(statuses()).toMatchObject({ 1: 'done', 2: 'pending', 3: 'pending' });
    const agents = events().filter((event) => event.type === 'start' && ['2', '3'].includes(event.id)).map((event) => event.pid);
    const grandchild = events().find((event) => event.type === 'child')!.childPid!;
    // A killed process can linger a moment as a zombie until init reaps it.
    await waitFor(() => [...agents, grandchild].every((pid) => !isAlive(pid)), 5000);

    writeFileSync(env.AGENT_SPEC, JSON.stringify({}));
    const again = runCli(['run', '--agent', agentCommand, '--max-parallel', '3'], directory, env);
    expect(again.code).toBe(0);
    expect(Object.values(statuses()).every((status) => status === 'done')).toBe(true);
    expect(events().filter((event) => event.type === 'start' && event.id === '1')).toHaveLength(1);
  });

  it('passes task text only through the environment, never through the shell', () => {
    const { directory, env, events } = project('tasks:\n  - id: 1\n    title: "$(touch pwned) `touch pwned2`; touch pwned3"\n    agent: x\n');
    expect(runCli(['run', '--agent', agentCommand], directory, env).code).toBe(0);
    expect(events().find((event) => event.type === 'start')?.title).toBe('$(touch pwned) `touch pwned2`; touch pwned3');
    for (const name of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(directory, name))).toBe(false);
  });

  it('waits for work in progress that it did not start, unless told to restart it', () => {
    const plan = 'tasks:\n  - { id: 1, title: someone else, status: in-progress }\n  - { id: 2, title: after, dependencies: [1] }\n';
    const { directory, env } = project(plan);
    const run = runCli(['run', '--agent', agentCommand], directory, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Still in progress, not started by this run: 1 (add --restart-in-progress to run them here)');
    expect(runCli(['run', '--agent', agentCommand, '--restart-in-progress'], directory, env).code).toBe(0);
  });

  it('refuses a wrong command line', () => {
    const { directory } = project(diamond);
    expect(runCli(['run'], directory)).toMatchObject({ code: 2, stderr: expect.stringContaining('--agent "COMMAND" is required') });
    expect(runCli(['run', '--agent', 'true', '--timeout', 'soon'], directory)).toMatchObject({ code: 2, stderr: expect.stringContaining('--timeout must be a duration') });
    expect(runCli(['run', '--agent', 'true', '--max-attempts', '0'], directory).code).toBe(2);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
