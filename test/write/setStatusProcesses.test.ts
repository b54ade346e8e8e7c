import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { spawnForTest } from '../helpers/spawnForTest.js';
import { makeTempDir, snapshotDir } from '../helpers/tempDir.js';

// Runs the committed bundle the way users do, with the repository's Node (npm run build first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'dist/cli.js');

const directory = makeTempDir();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function waves(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnForTest(node, [cli, ...args], { cwd: directory, stdin: 'ignore' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const COUNT = 20;
const CHANGED = 16;
const NEW_STATUSES = ['done', 'in-progress', 'review', 'blocked', 'cancelled', 'deferred'];

/** A 4-space, CRLF, BOM Task Master file; status undefined leaves the field out. Status is each task's last field. */
function taskMasterJson(statuses: (string | undefined)[]): string {
  const tasks = statuses.map((status, index) => {
    const id = index + 1;
    const fields = [
      `"id": ${id}`,
      `"title": "Task ${id} \\u00e9"`,
      `"dependencies": [${id > 1 ? id - 1 : ''}]`,
      `"priority": "medium"`,
      `"estimate": 1.50`,
      `"x-unknown": {"keep": [1, 2.0e3]}`,
      ...(status === undefined ? [] : [`"status": "${status}"`]),
    ];
    return `            {\n${fields.map((field) => `                ${field}`).join(',\n')}\n            }`;
  });
  const text = `{\n    "master": {\n        "tasks": [\n${tasks.join(',\n')}\n        ],\n        "metadata": {"created": "2025-01-01"}\n    }\n}\n`;
  return '\uFEFF' + text.replaceAll('\n', '\r\n');
}

/** A plan file with comments and mixed quoting; status is each task's last key. */
function planYaml(statuses: (string | undefined)[]): string {
  const tasks = statuses.map((status, index) => {
    const id = index + 1;
    const quoted = id % 3 === 0 ? `"${status}"` : id % 3 === 1 ? `'${status}'` : status;
    return [
      `  # task ${id}`,
      `  - id: ${id}   # keep this comment`,
      `    title: "Task ${id}"`,
      `    dependencies: [${id > 1 ? id - 1 : ''}]`,
      ...(status === undefined ? [] : [`    status: ${quoted}`]),
    ].join('\n');
  });
  return `# generated plan\nversion: 1\ntasks:\n${tasks.join('\n')}\n# the end\n`;
}

async function runInParallel(file: string, original: (string | undefined)[], render: (statuses: (string | undefined)[]) => string) {
  writeFileSync(file, render(original));
  const wanted = original.map((status, index) => (index < CHANGED ? (NEW_STATUSES[index % NEW_STATUSES.length] as string) : status));
  const started = performance.now();
  const runs = await Promise.all(wanted.slice(0, CHANGED).map((status, index) => waves('set-status', file, String(index + 1), status as string)));
  const elapsed = performance.now() - started;
  console.log(`${CHANGED} parallel set-status processes on ${file.split('/').pop()}: ${Math.round(elapsed)} ms`);
  for (const [index, run] of runs.entries()) {
    expect(run.stderr, `task ${index + 1}`).toBe('');
    expect(run.code, `task ${index + 1}`).toBe(0);
    expect(run.stdout).toBe(`${file}: task ${index + 1}: ${original[index] ?? '(none)'} -> ${wanted[index]}\n`);
  }
  const text = readFileSync(file, 'utf8');
  // Every change is there, and every other byte is as it was.
  expect(text === render(wanted)).toBe(true);
  const parsed = parseTasksText(text, file);
  expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(parsed.plan?.tasks.map((task) => task.status)).toEqual(wanted.map((status) => status ?? 'pending'));
  expect(existsSync(`${file}.lock`)).toBe(false);
}

describe('waves set-status as parallel processes', () => {
  it('16 processes on one Task Master JSON file: every change lands, nothing else moves', async () => {
    const original = Array.from({ length: COUNT }, (_, index) => (index % 5 === 4 ? undefined : 'pending'));
    await runInParallel(join(directory, 'tasks.json'), original, taskMasterJson);
    expect(JSON.parse(readFileSync(join(directory, 'tasks.json'), 'utf8').slice(1)).master.tasks).toHaveLength(COUNT);
  }, 60_000);

  it('16 processes on one YAML plan file', async () => {
    const original = Array.from({ length: COUNT }, () => 'pending');
    await runInParallel(join(directory, 'waves.yml'), original, planYaml);
  }, 60_000);
});

describe('waves set-status errors and output', () => {
  const text = '{\n  "tasks": [\n    {"id": 1, "title": "A", "status": "pending"},\n    {"id": 2, "title": "B", "status": "pending", "dependencies": [1]}\n  ]\n}\n';
  const broken = text.replace('"title": "B",', '"title": "B"');
  const errorsDirectory = join(directory, 'errors');
  const file = join(errorsDirectory, 'tasks.json');
  const reset = (content = text) => {
    rmSync(errorsDirectory, { recursive: true, force: true });
    mkdirSync(errorsDirectory);
    writeFileSync(file, content);
    return snapshotDir(errorsDirectory);
  };

  it('an unknown id exits 1 with one line naming the file and the id, and writes nothing', async () => {
    const before = reset();
    const run = await waves('set-status', file, '7', 'done');
    expect(run).toEqual({ code: 1, stdout: '', stderr: `waves set-status: ${file}: no task or subtask with id 7; known ids: 1, 2; nothing was written\n` });
    expect(snapshotDir(errorsDirectory)).toEqual(before);
  });

  it('a bad status exits 2 naming it and listing the valid ones', async () => {
    const before = reset();
    const run = await waves('set-status', file, '1', 'finito');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('STATUS must be one of pending, in-progress, review, done, cancelled, deferred, blocked, not "finito"');
    expect(snapshotDir(errorsDirectory)).toEqual(before);
  });

  it('missing arguments exit 2', async () => {
    const run = await waves('set-status', file, '1');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing STATUS');
  });

  it('a broken JSON file exits 1 with one clear line, no stack trace, unchanged', async () => {
    const before = reset(broken);
    const run = await waves('set-status', 'errors/tasks.json', '1', 'done');
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^waves set-status: errors\/tasks\.json: not setting the status of task 1: the file has an error at line 4: invalid JSON at line 4, column \d+: expected a comma/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotDir(errorsDirectory)).toEqual(before);
  });

  it('a missing file and an unknown tag exit 1', async () => {
    expect(await waves('set-status', 'nope.json', '1', 'done')).toEqual({ code: 1, stdout: '', stderr: 'waves set-status: cannot read nope.json: the file does not exist\n' });
    const before = reset();
    const run = await waves('set-status', 'errors/tasks.json', '1', 'done', '--tag', 'feature');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tag "feature" is not in the file');
    expect(snapshotDir(errorsDirectory)).toEqual(before);
  });

  it('maps a known spelling with a note, takes a project directory, and answers in JSON', async () => {
    reset();
    const mapped = await waves('set-status', 'errors/tasks.json', '2', 'Completed');
    expect(mapped).toEqual({ code: 0, stdout: 'errors/tasks.json: task 2: pending -> done\n', stderr: 'waves set-status: status "Completed" read as "done"\n' });
    expect(readFileSync(file, 'utf8')).toBe(text.replace('"B", "status": "pending"', '"B", "status": "done"'));
    mkdirSync(join(directory, 'project/.taskmaster/tasks'), { recursive: true });
    writeFileSync(join(directory, 'project/.taskmaster/tasks/tasks.json'), text);
    const inProject = await waves('set-status', 'project', '2', 'pending', '--json');
    expect(inProject.code).toBe(0);
    expect(JSON.parse(inProject.stdout)).toEqual({ file: 'project/.taskmaster/tasks/tasks.json', tag: null, id: '2', previous: 'pending', status: 'pending', changed: false });
    expect(readdirSync(errorsDirectory)).toEqual(['tasks.json']);
  });
});
