import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/runCli.js';
import { makeTempDir, snapshotDir, tempDirWith } from '../helpers/tempDir.js';

const SEED_DIR = fileURLToPath(new URL('../../examples/seed/', import.meta.url));
const seedYaml = readFileSync(SEED_DIR + 'waves.yml', 'utf8');
const seedJson = readFileSync(SEED_DIR + '.taskmaster/tasks/tasks.json', 'utf8');

describe('waves plan', () => {
  it('prints the JSON contract for the seed example, the same from both formats', () => {
    const fromYaml = runCli(['plan', 'waves.yml', '--json'], SEED_DIR);
    const fromTaskMaster = runCli(['plan', '--json'], SEED_DIR); // finds .taskmaster/tasks/tasks.json
    expect(fromYaml.code).toBe(0);
    expect(fromYaml.stderr).toBe('');
    const plan = JSON.parse(fromYaml.stdout);
    expect(plan).toMatchObject({
      dispatch: [],
      inProgress: ['267'],
      waves: [['257', '256', '254', '253'], ['255', '260'], ['258', '259'], ['261']],
      waitingOn: { 255: ['254', '267'], 260: ['254', '267'] },
      counts: { total: 12, done: 2, ready: 0, blocked: 9, inProgress: 1 },
    });
    const other = JSON.parse(fromTaskMaster.stdout);
    expect({ ...other, file: plan.file, tag: plan.tag }).toEqual(plan);
  });

  it('dispatches the immediate wave once 267 is done, and reads the readable report', () => {
    const directory = tempDirWith({ 'waves.yml': seedYaml.replace(/id: 267\n(\s+)title: (.*)\n\s+status: in-progress/, 'id: 267\n$1title: $2\n$1status: done') });
    const json = JSON.parse(runCli(['plan', '--json'], directory).stdout);
    expect(json.dispatch).toEqual(['257', '256', '254', '253']);
    const text = runCli(['plan', '--max-parallel', '2'], directory);
    expect(text.stdout).toContain('Dispatch now (2 of max 2):');
    expect(text.stdout).toContain('held: 254 (no free slot)');
    expect(text.stdout).toContain('wave 2: 255, 260 — after 254');
  });

  it('plans subtasks as units with --granularity subtask', () => {
    const run = runCli(['plan', 'waves.yml', '--granularity', 'subtask', '--json'], SEED_DIR);
    const json = JSON.parse(run.stdout);
    expect(json.inProgress).toEqual(['267.2']);
    expect(json.waitingOn['267.3']).toEqual(['267.2']);
    expect(json.counts.total).toBe(15);
  });

  it('applies pools', () => {
    const directory = tempDirWith({ 'waves.yml': 'tasks:\n  - { id: 1, title: a, resources: cpu }\n  - { id: 2, title: b, resources: cpu }\n  - { id: 3, title: c, resources: io }\n' });
    expect(JSON.parse(runCli(['plan', '--pool', 'cpu=1', '--json'], directory).stdout).dispatch).toEqual(['1', '3']);
    expect(JSON.parse(runCli(['plan', '--pool', 'cpu=2,io=0', '--json'], directory).stdout).dispatch).toEqual(['1', '2']);
  });
});

describe('waves next', () => {
  it('says nothing is ready while 267 runs, then names the best task', () => {
    expect(runCli(['next', 'waves.yml'], SEED_DIR).stdout).toBe('Nothing is ready. Running: 267.\n');
    const directory = tempDirWith({ '.taskmaster/tasks/tasks.json': seedJson.replace('"status": "in-progress",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7', '"status": "done",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7') });
    const next = JSON.parse(runCli(['next', '--json'], directory).stdout);
    expect(next.next).toMatchObject({ id: '257', priority: 'high', agent: 'database-engineer-agent', dependencies: ['252', '267'] });
  });
});

describe('waves validate and bad input', () => {
  it('passes the seed example', () => {
    const run = runCli(['validate'], SEED_DIR);
    expect(run).toEqual({ code: 0, stdout: '.taskmaster/tasks/tasks.json [master]: 12 tasks, 4 subtasks, no errors.\n', stderr: '' });
  });

  it('names the file, line, tag, task and field for each problem, exits 1, prints no stack and writes nothing', () => {
    const directory = tempDirWith({
      '.taskmaster/tasks/tasks.json': JSON.stringify({ master: { tasks: [{ id: 12, title: 'a', dependencies: [15] }, { id: 15, title: 'b', dependencies: [12], status: 'finished' }, { id: 16, title: 'c', priority: 'someday', dependencies: [99] }] } }, null, 2) + '\n',
    });
    const before = snapshotDir(directory);
    for (const command of ['validate', 'plan', 'next', 'status', 'graph']) {
      const run = runCli([command], directory);
      expect(run.code, command).toBe(1);
      expect(run.stdout, command).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split('\n')).toEqual([
        '.taskmaster/tasks/tasks.json:7:9: error: [tag master, task 12, dependencies] dependency cycle: 12 -> 15 -> 12. Fix: remove one of these dependencies so the tasks can run in some order',
        '.taskmaster/tasks/tasks.json:17:9: warning: [tag master, task 15, status] task 15: status "finished" read as "done". Fix: write "done" to silence this',
        '.taskmaster/tasks/tasks.json:22:9: error: [tag master, task 16, priority] task 16: priority "someday" is not a known priority. Fix: use one of critical, high, medium, low',
        '.taskmaster/tasks/tasks.json:24:11: error: [tag master, task 16, dependencies] task 16 depends on 99, which is not a task or subtask in this tag (master). Fix: remove 99 from dependencies of 16, or add the missing task',
        '.taskmaster/tasks/tasks.json: 3 problems found; nothing was planned or written.',
      ]);
    }
    expect(snapshotDir(directory)).toEqual(before);
  });

  it('reads a BOM and CRLF line ends', () => {
    const directory = tempDirWith({ 'waves.json': '\uFEFF{\r\n  "tasks": [\r\n    { "id": 1, "title": "a" }\r\n  ]\r\n}\r\n' });
    expect(runCli(['validate', 'waves.json'], directory).code).toBe(0);
  });

  it('exits 2 on a wrong command line, naming the bad value', () => {
    expect(runCli(['frobnicate'], SEED_DIR)).toMatchObject({ code: 2, stderr: 'waves: unknown command "frobnicate". Run "waves help" for the list.\n' });
    expect(runCli(['plan', '--max-parallel', 'abc'], SEED_DIR)).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-parallel must be a whole number from 1 to 256, not "abc"') });
    expect(runCli(['plan', '--pool', 'cpu'], SEED_DIR)).toMatchObject({ code: 2, stderr: expect.stringContaining('--pool must look like CLASS=N') });
    expect(runCli(['plan', '--granularity', 'phase'], SEED_DIR).code).toBe(2);
    expect(runCli(['plan', '--bogus'], SEED_DIR)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(runCli(['plan'], tempDirWith({}))).toMatchObject({ code: 2, stderr: expect.stringContaining('no tasks file given and none found here') });
  });

  it('exits 1 with one clear line for a missing file', () => {
    expect(runCli(['plan', 'nope.json'], SEED_DIR)).toMatchObject({ code: 1, stderr: 'nope.json: error: cannot read the file: the file does not exist. Fix: check the path, or run from the project directory\nnope.json: 1 problem found; nothing was planned or written.\n' });
  });

  it('uses the current tag from .taskmaster/state.json, and --tag over it', () => {
    const directory = tempDirWith({
      '.taskmaster/tasks/tasks.json': JSON.stringify({ master: { tasks: [{ id: 1, title: 'm' }] }, feature: { tasks: [{ id: 1, title: 'f' }, { id: 2, title: 'g' }] } }),
      '.taskmaster/state.json': JSON.stringify({ currentTag: 'feature' }),
    });
    expect(runCli(['validate'], directory).stdout).toBe('.taskmaster/tasks/tasks.json [feature]: 2 tasks, 0 subtasks, no errors.\n');
    expect(runCli(['validate', '--tag', 'master'], directory).stdout).toBe('.taskmaster/tasks/tasks.json [master]: 1 tasks, 0 subtasks, no errors.\n');
  });
});

describe('waves demo (npm start)', () => {
  it('runs the seed example on a temporary copy with the stand-in agent, leaving examples/ untouched', () => {
    const before = snapshotDir(SEED_DIR);
    // The demo keeps its copy for the user to look at: here it goes in a directory the test removes.
    const run = runCli(['demo'], SEED_DIR, { TMPDIR: makeTempDir('demo') });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    const at = (text: string) => {
      const index = out.indexOf(text);
      expect(index, text).toBeGreaterThanOrEqual(0);
      return index;
    };
    // 267 finishes first; the immediate wave launches high priority first; 255 and 260 start as soon as 254 is done.
    expect(at('▶ 267')).toBeLessThan(at('✔ 267'));
    const launch = ['✔ 267', '▶ 257', '▶ 256', '▶ 254', '▶ 253'].map(at);
    expect(launch).toEqual([...launch].sort((a, b) => a - b));
    expect(at('✔ 254')).toBeLessThan(at('▶ 255'));
    expect(at('✔ 254')).toBeLessThan(at('▶ 260'));
    // (Not asserted: 255 starting before 256 finishes. Their stand-in durations differ by 0.25 s,
    // less than a worktree and a landing take on a loaded machine; runPlan's tests prove the ready queue.)
    expect(out).toContain('12 of 12 done, 10 finished in this run.');
    expect(out).toContain('✅ 12 done');
    expect(snapshotDir(SEED_DIR)).toEqual(before);
    // Each task committed in its own worktree and landed, verified, before its dependents started.
    const workspace = /\(a copy in (\S+)\)/.exec(out)![1]!;
    try {
      expect(out).toContain('Isolation: each task works in its own git worktree');
      expect(at('254: landed on main')).toBeLessThan(at('255: worktree from main'));
      for (const dependent of ['255', '260']) expect(readFileSync(join(workspace, 'work', `${dependent}.md`), 'utf8')).toMatch(/^Started from [0-9a-f]{40}, holding: .*254\.md/m);
      expect(out).toMatch(/Landed on main, in order:\n {2}267 {2}[0-9a-f]{10} {2}1 commit, verified\n/);
      const landed = execFileSync('git', ['log', '--format=%(trailers:key=Waves-Task,valueonly,separator=)', 'main'], { cwd: workspace, encoding: 'utf8' }).split('\n').filter(Boolean);
      expect(landed.sort()).toEqual(['253', '254', '255', '256', '257', '258', '259', '260', '261', '267']);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('waves status, graph and prompt', () => {
  it('status: the terminal dashboard without colour when not a terminal, or Markdown', () => {
    const text = runCli(['status', 'waves.yml'], SEED_DIR);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('│ 267: Comprehensive Unit Testi… │ HIGH     │ 🔄 In progress │');
    expect(text.stdout).not.toContain('\u001b[');
    const markdown = runCli(['status', 'waves.yml', '--format', 'markdown'], SEED_DIR);
    expect(markdown.stdout).toContain('| Task | Priority | Status | Agent | Wave | Why not running |');
    expect(markdown.stdout).toContain('```mermaid');
    expect(runCli(['status', '--format', 'html'], SEED_DIR).code).toBe(2);
  });

  it('graph: Mermaid by default, DOT on request', () => {
    expect(runCli(['graph', 'waves.yml'], SEED_DIR).stdout).toMatch(/^flowchart (TD|LR)/);
    expect(runCli(['graph', 'waves.yml', '--format', 'dot'], SEED_DIR).stdout).toMatch(/^digraph /);
  });

  it('prompt: the seed template for a task, a custom template, and clear errors', () => {
    const prompt = runCli(['prompt', 'waves.yml', '256'], SEED_DIR);
    expect(prompt.code).toBe(0);
    expect(prompt.stdout).toContain('TASK ASSIGNMENT FOR distributed-systems-engineer-agent:');
    expect(prompt.stdout).toContain('🔧 COMPLEXITY: 7/10');
    const directory = tempDirWith({ 'waves.yml': seedYaml, 'mine.txt': 'Do {{task.title}} as {{task.agent}}.\n', 'bad.txt': 'line one\n{{task.owner}}\n' });
    expect(runCli(['prompt', 'waves.yml', '257', '--template', 'mine.txt'], directory).stdout).toBe('Do SQLite State Management as database-engineer-agent.\n');
    const bad = runCli(['prompt', 'waves.yml', '257', '--template', 'bad.txt'], directory);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('{{task.owner}} on line 2');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const unknown = runCli(['prompt', 'waves.yml', '999'], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('999');
    expect(runCli(['prompt', 'waves.yml'], directory).code).toBe(2);
  });
});

describe('waves simulate', () => {
  it('prints the JSON contract, with times in hours', () => {
    const run = runCli(['simulate', 'waves.yml', '--max-parallel', '6', '--json'], SEED_DIR);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ policy: 'ready-queue', maxParallel: 6, makespan: 21.5, lowerBound: 21.5 });
    expect(result.tasks.find((task: { id: string }) => task.id === '255')).toEqual({ id: '255', start: 9.5, end: 14.5 });
    const waves = JSON.parse(runCli(['simulate', 'waves.yml', '--max-parallel', '6', '--policy', 'waves', '--json'], SEED_DIR).stdout);
    expect(waves.makespan).toBeGreaterThan(result.makespan);
    const sequential = JSON.parse(runCli(['simulate', 'waves.yml', '--policy', 'sequential', '--json'], SEED_DIR).stdout);
    expect(sequential.makespan).toBe(39.5);
  });

  it('reads as a report with a Gantt chart, and rejects an unknown policy', () => {
    const run = runCli(['simulate', 'waves.yml'], SEED_DIR);
    expect(run.stdout).toContain('Compared: ready-queue 21h 30m (1.00x) · waves 22h 30m (1.05x) · sequential 39h 30m (1.84x)');
    expect(run.stdout).toContain('```mermaid\ngantt\n');
    expect(runCli(['simulate', 'waves.yml', '--gantt'], SEED_DIR).stdout).toMatch(/^gantt\n/);
    expect(runCli(['simulate', 'waves.yml', '--policy', 'fastest'], SEED_DIR)).toMatchObject({ code: 2, stderr: expect.stringContaining('--policy must be one of ready-queue, waves, sequential, not "fastest"') });
  });
});

describe('on Node 20', () => {
  // `npm test` runs on Node 24 (the `node` devDependency); the CLI must still run on the Node 20
  // that many machines have. Look for one outside node_modules.
  const node20 = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'].find((candidate) => {
    const result = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    return result.status === 0 && /^v2[0-3]\./.test(result.stdout);
  });

  it.skipIf(node20 === undefined)('plans, simulates and sets a status', () => {
    const directory = tempDirWith({ 'waves.yml': seedYaml });
    const plan = spawnSync(node20!, [CLI, 'plan', '--json'], { cwd: directory, encoding: 'utf8' });
    expect(plan.status, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).waves[0]).toEqual(['257', '256', '254', '253']);
    expect(spawnSync(node20!, [CLI, 'simulate', '--json'], { cwd: directory, encoding: 'utf8' }).status).toBe(0);
    const set = spawnSync(node20!, [CLI, 'set-status', 'waves.yml', '253', 'review'], { cwd: directory, encoding: 'utf8' });
    expect(set.stdout).toBe('waves.yml: task 253: pending -> review\n');
  });
});
