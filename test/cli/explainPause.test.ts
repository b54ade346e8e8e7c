import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'waves-explainPause-'));
  made.push(directory);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return directory;
}

const explain = (directory: string, ...args: string[]) => {
  const run = runCli(['explain', ...args, '--json'], directory);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { id: string; status: string; ready: boolean; dispatchNow: boolean; reasons: { kind: string; ids: string[]; text: string }[] };
};

// One plan with every way of not running: a running task with paths, a chain, a blocked task, a pool.
const PLAN = `# the team's plan
tasks:
  - id: 1
    title: Running schema work
    status: in-progress
    paths: [src/db/**]
    metadata:
      waves: { attempts: 0, claimedAt: "2026-12-01T10:00:00.000Z", runId: "77", runUrl: "https://github.com/o/r/actions/runs/77" }
  - { id: 2, title: Migrations, paths: [src/db/migrations/*.sql], priority: high }
  - { id: 3, title: Waits on 1, dependencies: [1] }
  - { id: 4, title: Waits on 3, dependencies: [3] }
  - id: 5
    title: Out of attempts
    status: blocked
    metadata:
      waves: { attempts: 2, lastRun: "https://github.com/o/r/actions/runs/80", lastResult: failure, lastError: "tests failed", completedAt: "2026-12-01T11:00:00.000Z" }
  - { id: 6, title: Behind the blocked one, dependencies: [5] }
  - { id: 7, title: GPU one, resources: gpu, priority: high }
  - { id: 8, title: GPU two, resources: gpu }
  - { id: 9, title: Plain, priority: low }
  - { id: 10, title: Plain too, priority: low }
  - { id: 11, title: Put off, status: deferred }
`;

describe('waves explain', () => {
  it('names every reason kind from the plan the planner makes', () => {
    const directory = workspace({ 'waves.yml': PLAN });
    const plan = JSON.parse(runCli(['plan', '--json', '--max-parallel', '3', '--pool', 'gpu=1'], directory).stdout);
    expect(plan.dispatch).toEqual(['7', '9']);
    const options = ['--max-parallel', '3', '--pool', 'gpu=1'];

    expect(explain(directory, '7', ...options)).toEqual({ id: '7', status: 'pending', ready: true, dispatchNow: true, reasons: [] });
    const waiting = explain(directory, '4', ...options);
    expect(waiting.reasons).toEqual([{ kind: 'waiting-on', ids: ['3'], text: 'waits on 3 (pending; first unfinished down the chain: 1 (in-progress))' }]);
    const paths = explain(directory, '2', ...options);
    expect(paths.reasons).toEqual([{ kind: 'paths', ids: ['1'], text: 'its paths overlap those of 1 (running): src/db/migrations/*.sql ~ src/db/**' }]);
    const pool = explain(directory, '8', ...options);
    expect(pool.reasons).toEqual([{ kind: 'pool', ids: ['7'], text: 'pool gpu (1 at once) is full: 7' }]);
    const capacity = explain(directory, '10', ...options);
    expect(capacity.reasons).toEqual([{ kind: 'capacity', ids: ['1', '7', '9'], text: 'all 3 slots are taken by 1, 7, 9 (7, 9 dispatched now, earlier in order)' }]);
    const stalled = explain(directory, '6', ...options);
    expect(stalled.reasons.map((reason) => reason.kind)).toEqual(['waiting-on', 'stalled']);
    expect(stalled.reasons[1]).toEqual({ kind: 'stalled', ids: ['5'], text: 'stalled behind 5 (blocked): nothing moves until a person acts' });
    const blocked = explain(directory, '5', ...options);
    expect(blocked.reasons).toEqual([{ kind: 'status', ids: ['5'], text: 'blocked since 2026-12-01T11:00:00.000Z by run https://github.com/o/r/actions/runs/80: needs a person; set it to pending to try again; last failure: tests failed (2 failed attempts)' }]);
    const running = explain(directory, '1', ...options);
    expect(running.reasons).toEqual([{ kind: 'status', ids: ['1'], text: 'in progress since 2026-12-01T10:00:00.000Z by run https://github.com/o/r/actions/runs/77' }]);
    expect(explain(directory, '11').reasons[0]?.kind).toBe('status');

    const text = runCli(['explain', 'waves.yml', '2', ...options], directory);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('2  Migrations: pending, ready\n  paths: its paths overlap those of 1 (running): src/db/migrations/*.sql ~ src/db/**\n');
  });

  it('says paused and budget, from the record under the tag metadata', () => {
    const now = Date.now();
    const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString();
    const tasks = {
      master: {
        tasks: [
          { id: 1, title: 'a', status: 'pending', dependencies: [] },
          { id: 2, title: 'b', status: 'pending', dependencies: [] },
        ],
        metadata: { created: 'x', waves: { dispatches: [{ id: '7', at: hoursAgo(30) }, { id: '8', at: hoursAgo(20) }, { id: '9', at: hoursAgo(2) }] } },
      },
    };
    const directory = workspace({ '.taskmaster/tasks/tasks.json': JSON.stringify(tasks, null, 2) + '\n' });
    const plan = JSON.parse(runCli(['plan', '--json', '--max-dispatches-per-day', '3'], directory).stdout);
    expect(plan.dispatch).toEqual(['1']);
    expect(plan.held).toEqual([{ id: '2', reason: 'budget' }]);
    expect(plan.budget).toMatchObject({ limit: 3, used: 2, left: 1, nextFreeAt: new Date(Date.parse(hoursAgo(20)) + 86_400_000).toISOString() });
    const budget = explain(directory, '2', '--max-dispatches-per-day', '3');
    expect(budget.reasons).toEqual([{ kind: 'budget', ids: [], text: expect.stringContaining('the daily budget of 3 dispatches is used up (2 in the last 24 hours); the next slot frees at ') }]);
    expect(JSON.parse(runCli(['plan', '--json'], directory).stdout).dispatch).toEqual(['1', '2']);

    expect(runCli(['pause', '--reason', 'expired API key'], directory).code).toBe(0);
    const paused = JSON.parse(runCli(['plan', '--json'], directory).stdout);
    expect(paused.dispatch).toEqual([]);
    expect(paused.paused).toMatchObject({ reason: 'expired API key', by: expect.any(String) });
    expect(Date.parse(paused.paused.since)).toBeGreaterThan(now - 60_000);
    const reasons = explain(directory, '1').reasons;
    expect(reasons).toEqual([{ kind: 'paused', ids: [], text: expect.stringMatching(/^the loop is paused since \S+ by .+: expired API key; "waves resume" starts it again$/) }]);
    expect(runCli(['plan'], directory).stdout).toContain('Paused since');
  });

  it('fails with exit 1 naming an unknown id, and 2 without one', () => {
    const directory = workspace({ 'waves.yml': PLAN });
    const unknown = runCli(['explain', '42'], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^waves explain: waves\.yml: no task with id 42; known ids: 1, 2, 3/);
    expect(runCli(['explain'], directory).code).toBe(2);
  });
});

describe('waves pause / resume', () => {
  const files: Record<string, string> = {
    'waves.yml': PLAN,
    'root.json': '{\r\n  "tasks": [\r\n    { "id": 1, "title": "a" }\r\n  ],\r\n  "metadata": { "created": "2026-01-01" }\r\n}\r\n',
    '.taskmaster/tasks/tasks.json': '{\n\t"master": {\n\t\t"tasks": [{"id": 1, "title": "a", "status": "pending", "dependencies": []}]\n\t},\n\t"feature": {"tasks": [], "metadata": {"waves": {"dispatches": []}}}\n}',
  };
  for (const [file, text] of Object.entries(files)) {
    it(`gives ${file} back byte for byte after pause then resume, and records the pause in between`, () => {
      const directory = workspace({ [file]: text });
      const pause = runCli(['pause', file, '--reason', 'going home', '--json'], directory, { GITHUB_ACTOR: '', USER: 'maria' });
      expect(pause.stderr).toBe('');
      expect(JSON.parse(pause.stdout)).toMatchObject({ file, paused: { reason: 'going home', by: 'maria' }, changed: true });
      const paused = readFileSync(join(directory, file), 'utf8');
      expect(paused).not.toBe(text);
      expect(paused).toContain('going home');
      expect(JSON.parse(runCli(['plan', file, '--json'], directory).stdout).paused).toMatchObject({ reason: 'going home', by: 'maria' });
      // A second pause keeps the first record.
      expect(runCli(['pause', file, '--reason', 'other'], directory).stdout).toContain('already paused');
      expect(readFileSync(join(directory, file), 'utf8')).toBe(paused);
      const resume = runCli(['resume', file], directory);
      expect(resume.code).toBe(0);
      expect(resume.stdout).toContain('resumed');
      expect(readFileSync(join(directory, file), 'utf8')).toBe(text);
      expect(runCli(['resume', file], directory).stdout).toContain('not paused (unchanged)');
    });
  }

  it('pauses the tag it is given, and refuses an unknown tag writing nothing', () => {
    const text = files['.taskmaster/tasks/tasks.json'] as string;
    const directory = workspace({ '.taskmaster/tasks/tasks.json': text });
    expect(runCli(['pause', '--tag', 'feature'], directory).code).toBe(0);
    const data = JSON.parse(readFileSync(join(directory, '.taskmaster/tasks/tasks.json'), 'utf8'));
    expect(data.feature.metadata.waves).toMatchObject({ dispatches: [], paused: { reason: '' } });
    expect(data.master.metadata).toBeUndefined();
    expect(JSON.parse(runCli(['plan', '--json'], directory).stdout).paused).toBeNull();
    const bad = runCli(['pause', '--tag', 'nope'], directory);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('tag "nope" is not in the file');
    expect(runCli(['resume', '--tag', 'feature'], directory).code).toBe(0);
    expect(readFileSync(join(directory, '.taskmaster/tasks/tasks.json'), 'utf8')).toBe(text);
  });
});
