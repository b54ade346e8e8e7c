import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { runCli } from '../helpers/runCli.js';

const AGENT = fileURLToPath(new URL('../fixtures/recording-agent.mjs', import.meta.url));
const agentCommand = `"${process.execPath}" "${AGENT}"`;

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const PLAN = 'tasks:\n  - { id: 1, title: one, priority: high }\n  - { id: 2, title: two, priority: high }\n  - { id: 3, title: three }\n  - { id: 4, title: four }\n';

function project(spec: Record<string, { failAttempts?: number }>) {
  const directory = mkdtempSync(join(tmpdir(), 'waves-runGuards-'));
  made.push(directory);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'waves.yml'), PLAN);
  writeFileSync(join(directory, 'spec.json'), JSON.stringify(spec));
  writeFileSync(join(directory, 'events.jsonl'), '');
  const env = { AGENT_SPEC: join(directory, 'spec.json'), AGENT_EVENTS: join(directory, 'events.jsonl') };
  const started = () => readFileSync(env.AGENT_EVENTS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string; id: string }).filter((event) => event.type === 'start').map((event) => event.id);
  const plan = () => parseTasksText(readFileSync(join(directory, 'waves.yml'), 'utf8'), 'waves.yml').plan!;
  return { directory, env, started, plan };
}

describe('waves run, unattended', () => {
  it('the failure breaker pauses after N failures in a row; running agents finish, nothing new starts, until resumed', () => {
    const { directory, env, started, plan } = project({ 1: { failAttempts: 9 }, 2: { failAttempts: 9 } });
    const run = runCli(['run', '--agent', agentCommand, '--max-parallel', '1', '--max-attempts', '1', '--pause-after-failures', '2'], directory, env);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(started()).toEqual(['1', '2']);
    expect(run.stdout).toContain('⏸ paused by the failure breaker: 2 failed attempts in a row: 1, 2; last: .waves/logs/2.log (exit code 3).');
    expect(run.stdout).toContain('Paused: 2 failed attempts in a row: 1, 2');
    expect(plan().metadata?.waves).toMatchObject({ paused: { reason: '2 failed attempts in a row: 1, 2; last: .waves/logs/2.log (exit code 3)', by: 'the failure breaker (pause-after-failures)' } });
    expect(plan().tasks.map((task) => task.status)).toEqual(['blocked', 'blocked', 'pending', 'pending']);

    // Paused: another run starts nothing.
    const idle = runCli(['run', '--agent', agentCommand, '--pause-after-failures', '2'], directory, env);
    expect(idle.code).toBe(1);
    expect(started()).toEqual(['1', '2']);
    expect(JSON.parse(runCli(['explain', '3', '--json'], directory).stdout).reasons[0].kind).toBe('paused');

    expect(runCli(['resume'], directory).code).toBe(0);
    const resumed = runCli(['run', '--agent', agentCommand, '--pause-after-failures', '2'], directory, env);
    expect(started().slice(2).sort()).toEqual(['3', '4']);
    expect(resumed.stdout).toContain('✔ 3 done');
    expect(plan().tasks.map((task) => task.status)).toEqual(['blocked', 'blocked', 'done', 'done']);
    expect(plan().metadata?.waves).toBeUndefined();
  });

  it('keeps to --max-dispatches-per-day across runs, counting the starts it records', () => {
    const { directory, env, started, plan } = project({});
    const first = runCli(['run', '--agent', agentCommand, '--max-dispatches-per-day', '3'], directory, env);
    expect(first.code).toBe(1);
    expect(started().sort()).toEqual(['1', '2', '3']);
    const recorded = (plan().metadata?.waves as { dispatches: { id: string }[] }).dispatches;
    expect(recorded.map((entry) => entry.id).sort()).toEqual(['1', '2', '3']);
    const second = runCli(['run', '--agent', agentCommand, '--max-dispatches-per-day', '3'], directory, env);
    expect(second.code).toBe(1);
    expect(started()).toHaveLength(3);
    expect(second.stdout).toContain('Not run: 4 (pending)');
    expect(runCli(['explain', '4', '--max-dispatches-per-day', '3'], directory).stdout).toContain('budget: the daily budget of 3 dispatches is used up (3 in the last 24 hours); the next slot frees at ');
  });
});
