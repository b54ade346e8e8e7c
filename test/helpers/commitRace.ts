import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect } from 'vitest';
import { allTasks } from '../../src/core/indexTasks.js';
import type { Task } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { commitFileChange, type CommitFileChangeResult } from '../../src/git/commitFileChange.js';
import { editTaskInText, type TaskEdit } from '../../src/write/editTaskInText.js';
import { updateTaskInFile } from '../../src/write/updateTaskInFile.js';
import { spawnForTest } from './spawnForTest.js';

// Writers racing to record task completions in one tasks file through commitFileChange
// (test/git/commitFileChange.test.ts with a few writers, commitFileChange.soak.test.ts with 16).

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
export const FILE = '.taskmaster/tasks/tasks.json';
const COUNT = 20;
/**
 * The default 8 rounds is sized for legs on runners of their own; here 16 writers share a couple
 * of CPUs with the rest of the suite, so rounds are slow and the race gets more of them.
 */
export const RACE_ATTEMPTS = 12;
const SEED_IDENTITY = { GIT_AUTHOR_NAME: 'seed', GIT_AUTHOR_EMAIL: 'seed@example.invalid', GIT_COMMITTER_NAME: 'seed', GIT_COMMITTER_EMAIL: 'seed@example.invalid' };


export const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...SEED_IDENTITY }, stdio: ['ignore', 'pipe', 'pipe'] });

/** A Task Master file as task-master writes it: tagged, 2 spaces, 20 chained tasks. */
export const TASKS_JSON = JSON.stringify({
  master: {
    tasks: Array.from({ length: COUNT }, (_, index) => ({ id: index + 1, title: `Task ${index + 1}`, status: 'pending', dependencies: index > 0 ? [index] : [], priority: 'medium', subtasks: [] })),
    metadata: { created: '2026-11-25T00:00:00.000Z', description: 'Tasks for master context' },
  },
}, null, 2) + '\n';

/** A bare origin whose main holds the tasks file and a README, and `clones` clones of it. */
export function createRepositories(scratch: string, name: string, clones: number): { origin: string; clones: string[] } {
  const directory = join(scratch, name);
  const origin = join(directory, 'origin.git');
  execFileSync('mkdir', ['-p', directory]);
  git(['init', '--quiet', '--bare', '--initial-branch=main', origin], directory);
  const seed = join(directory, 'seed');
  git(['clone', '--quiet', origin, seed], directory);
  execFileSync('mkdir', ['-p', join(seed, '.taskmaster/tasks')]);
  writeFileSync(join(seed, FILE), TASKS_JSON);
  writeFileSync(join(seed, 'README.md'), '# project\n');
  git(['checkout', '--quiet', '-B', 'main'], seed);
  git(['add', '.'], seed);
  git(['commit', '--quiet', '-m', 'seed'], seed);
  git(['push', '--quiet', 'origin', 'main'], seed);
  return { origin, clones: Array.from({ length: clones }, (_, index) => {
    const clone = join(directory, `clone-${index}`);
    git(['clone', '--quiet', origin, clone], directory);
    return clone;
  }) };
}

/** The completion a leg records for task `id`. */
export const completion = (id: string): TaskEdit => ({ status: 'done', waves: { attempts: 0, lastRun: `https://github.com/o/r/actions/runs/${id}`, lastResult: 'success' } });

/** What origin's file must say once every one of `ids` is recorded: each edit, in any order, on the seed text. */
export function expectedText(ids: string[]): string {
  const tasks = parseTasksText(TASKS_JSON, FILE).plan?.tasks ?? [];
  return ids.reduce((text, id) => editTaskInText(text, FILE, (tasks.find((task) => task.id === id) as Task).path, completion(id)), TASKS_JSON);
}

/** A leg's own uncommitted work: a new file, a changed tracked file, and a changed tasks file. */
export function dirtyWorkspace(clone: string, index: number): Record<string, string> {
  const files = { 'agent-output.txt': `work of leg ${index}\n`, 'README.md': `# project\nedited by leg ${index}\n`, [FILE]: TASKS_JSON.replace('"Task 1"', `"Task 1 (local ${index})"`) };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(clone, path), text);
  return files;
}

export function expectUntouched(clone: string, files: Record<string, string>, head: string, status: string): void {
  for (const [path, text] of Object.entries(files)) expect(readFileSync(join(clone, path), 'utf8'), `${clone} ${path}`).toBe(text);
  expect(git(['rev-parse', 'HEAD'], clone)).toBe(head);
  expect(git(['status', '--porcelain'], clone)).toBe(status);
  expect(git(['worktree', 'list', '--porcelain'], clone).match(/^worktree /gm)).toHaveLength(1);
}

export function checkOrigin(origin: string, ids: string[]): void {
  const text = git(['show', `main:${FILE}`], origin);
  // Every change is there, and every other byte is as it was: no update lost.
  expect(text === expectedText(ids)).toBe(true);
  const parsed = parseTasksText(text, FILE);
  expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(allTasks(parsed.plan?.tasks ?? []).filter((task) => task.status === 'done').map((task) => task.id).sort()).toEqual([...ids].sort());
  const log = git(['log', '--format=%an <%ae>|%cn|%s', 'main'], origin).trim().split('\n');
  expect(log).toHaveLength(ids.length + 1);
  for (const line of log.slice(0, -1)) expect(line).toMatch(/^github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>\|github-actions\[bot\]\|waves: task \d+ done$/);
}

export function summary(results: CommitFileChangeResult[], elapsed: number): string {
  const attempts = results.map((result) => result.attempts);
  return `${Math.round(elapsed)} ms, attempts per writer: max ${Math.max(...attempts)}, total ${attempts.reduce((sum, count) => sum + count, 0)}`;
}

/**
 * `writers` clones of one origin, each with uncommitted work of its own, record a different task
 * done at the same moment through commitFileChange, all in this process (Promise.all): every change
 * lands, no update is lost, no working tree is touched.
 */
export async function raceInOneProcess(scratch: string, writers: number): Promise<void> {
  const { origin, clones } = createRepositories(scratch, `in-process-${writers}`, writers);
  const ids = clones.map((_, index) => String(index + 1));
  const before = clones.map((clone, index) => ({ files: dirtyWorkspace(clone, index), head: git(['rev-parse', 'HEAD'], clone), status: git(['status', '--porcelain'], clone) }));
  const applied: string[] = [];
  const started = performance.now();
  const results = await Promise.all(clones.map((clone, index) => commitFileChange({
    repository: clone,
    branch: 'main',
    file: FILE,
    message: `waves: task ${ids[index]} done`,
    maxAttempts: RACE_ATTEMPTS,
    apply: async (path) => {
      applied.push(ids[index] as string);
      return (await updateTaskInFile(path, ids[index] as string, () => completion(ids[index] as string))).changed;
    },
  })));
  const elapsed = performance.now() - started;
  console.log(`${writers} concurrent commitFileChange calls in one process: ${summary(results, elapsed)}, apply calls ${applied.length}`);

  for (const result of results) expect(result).toMatchObject({ pushed: true, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
  // A writer that lost a race applied its change again, on the winner's content.
  expect(applied.length).toBe(results.reduce((sum, result) => sum + result.attempts, 0));
  checkOrigin(origin, ids);
  for (const [index, clone] of clones.entries()) expectUntouched(clone, before[index]!.files, before[index]!.head, before[index]!.status);
}

/** One ESM bundle of a small leg script that records one task done, run by the repository's Node like a completion step. */
export async function buildLegScript(scratch: string): Promise<string> {
  const bundle = join(scratch, 'leg.mjs');
  await build({
    stdin: {
      contents: [
        `import { commitFileChange } from './src/git/commitFileChange.js';`,
        `import { updateTaskInFile } from './src/write/updateTaskInFile.js';`,
        `const [repository, id] = process.argv.slice(2);`,
        `const edit = { status: 'done', waves: { attempts: 0, lastRun: 'https://github.com/o/r/actions/runs/' + id, lastResult: 'success' } };`,
        `const result = await commitFileChange({ repository, branch: 'main', file: ${JSON.stringify(FILE)}, message: 'waves: task ' + id + ' done', maxAttempts: ${RACE_ATTEMPTS},`,
        `  apply: async (path) => (await updateTaskInFile(path, id, () => edit)).changed });`,
        `process.stdout.write(JSON.stringify(result));`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url); const __filename = import.meta.filename;" },
  });
  return bundle;
}

function leg(bundle: string, repository: string, id: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnForTest(node, [bundle, repository, id], { stdin: 'ignore' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** raceInOneProcess with each writer a process of its own (the leg script from buildLegScript). */
export async function raceAsProcesses(scratch: string, bundle: string, writers: number): Promise<void> {
  const { origin, clones } = createRepositories(scratch, `processes-${writers}`, writers);
  const ids = clones.map((_, index) => String(index + 5));
  const before = clones.map((clone, index) => ({ files: dirtyWorkspace(clone, index), head: git(['rev-parse', 'HEAD'], clone), status: git(['status', '--porcelain'], clone) }));
  const started = performance.now();
  const runs = await Promise.all(clones.map((clone, index) => leg(bundle, clone, ids[index] as string)));
  const elapsed = performance.now() - started;
  for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  const results = runs.map((run) => JSON.parse(run.stdout) as CommitFileChangeResult);
  console.log(`${writers} concurrent commitFileChange processes: ${summary(results, elapsed)}`);
  for (const result of results) expect(result.pushed).toBe(true);
  checkOrigin(origin, ids);
  for (const [index, clone] of clones.entries()) expectUntouched(clone, before[index]!.files, before[index]!.head, before[index]!.status);
}
