#!/usr/bin/env node
// `npm run bench` (third part): what isolation costs per task in `waves run`. On a generated
// repository of a few thousand files it times, with the runner's own git code (bundled from src/
// with esbuild): creating a task's worktree (createTaskWorktree), landing a one-file change
// (recordTaskChange + fastForwardBase into a checkout on main, as with the user's checkout), and
// removing the worktree and its branch (removeTaskWorktree). Options: --runs N (default 15),
// --files N (default 3000, repeatable as --files 3000 --files 10000), --keep.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '15' }, files: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } } });
const RUNS = Math.max(1, Number(flags.runs) || 15);
const SIZES = (flags.files ?? ['3000']).map(Number).filter((size) => size > 0);
const log = (text) => process.stderr.write(`${text}\n`);
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

// CPU time of the git processes (user + system, from the kernel's count for reaped children): the
// wall clock on a shared machine says more about the neighbours than about git.
const TICK_MS = 10; // USER_HZ is 100 on Linux
const childCpuMs = () => {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime, cstime
};

const temp = mkdtempSync(join(tmpdir(), 'waves-bench-worktrees-'));
process.on('exit', () => {
  if (!flags.keep) rmSync(temp, { recursive: true, force: true });
});

const { build } = await import('esbuild');
const bundle = join(temp, 'git.mjs');
await build({
  stdin: {
    contents: `export { createTaskWorktree } from './src/git/createTaskWorktree.js';
export { removeTaskWorktree } from './src/git/removeTaskWorktree.js';
export { recordTaskChange } from './src/git/recordTaskChange.js';
export { fastForwardBase } from './src/git/fastForwardBase.js';
export { gitEnv } from './src/git/gitEnv.js';`,
    resolveDir: root,
    sourcefile: 'bench-worktrees.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const { createTaskWorktree, removeTaskWorktree, recordTaskChange, fastForwardBase, gitEnv } = await import(pathToFileURL(bundle).href);

const rows = [];
for (const size of SIZES) {
  const repo = join(temp, `repo-${size}`);
  mkdirSync(repo);
  const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@localhost');
  // A source tree's shape: 50 files a directory, a few hundred bytes to a few KB each.
  let bytes = 0;
  for (let index = 0; index < size; index++) {
    const path = join(repo, 'src', `module${Math.floor(index / 50)}`, `file${index}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    const text = `// file ${index}\n${'export const value = "lorem ipsum dolor sit amet";\n'.repeat(5 + (index % 60))}`;
    bytes += text.length;
    writeFileSync(path, text);
  }
  git('add', '--all');
  git('commit', '--quiet', '-m', 'generated');
  const env = await gitEnv(repo);
  const worktrees = join(repo, '.git', 'waves', 'worktrees');
  const times = { create: [], land: [], remove: [] };
  const cpu = { create: 0, land: 0, remove: 0 };
  const timed = async (name, work) => {
    const cpuBefore = childCpuMs();
    const begin = performance.now();
    const value = await work();
    times[name].push(performance.now() - begin);
    cpu[name] += childCpuMs() - cpuBefore;
    return value;
  };
  log(`${size} files (${(bytes / 1e6).toFixed(1)} MB): ${RUNS} tasks…`);
  for (let run = 0; run < RUNS; run++) {
    const id = `t${run}`;
    const path = join(worktrees, id);
    const start = git('rev-parse', 'main').trim();
    await timed('create', () => createTaskWorktree(repo, path, `waves/${id}`, start, env));
    writeFileSync(join(path, 'src', 'module0', `change${run}.ts`), `export const change = ${run};\n`);
    await timed('land', async () => {
      const change = await recordTaskChange({ worktree: path, startCommit: start, taskId: id, subject: `Task ${id}` }, env);
      const moved = await fastForwardBase(repo, 'main', start, change.commits.at(-1), env);
      if (!moved.ok) throw new Error(`bench: could not land ${id}: ${JSON.stringify(moved)}`);
    });
    await timed('remove', () => removeTaskWorktree(repo, path, `waves/${id}`, env));
  }
  const row = { size, bytes };
  for (const name of ['create', 'land', 'remove']) row[name] = { wall: median(times[name]), min: Math.min(...times[name]), cpu: cpu[name] / RUNS };
  rows.push(row);
}

const cell = (part) => `${ms(part.wall)} ms (${ms(part.min)}) / ${ms(part.cpu)} ms`;
const lines = [
  `Isolation cost per task (\`bench/worktrees.mjs\`: wall-clock median (fastest) / git CPU time mean over ${RUNS} tasks, ${cpus().length} cores, load average ${readLoad()}, Node ${process.versions.node}, git ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace('git version ', '')}):`,
  '',
  '| repository | create worktree | land a one-file change (commit + fast-forward the checkout) | remove worktree + branch | total |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.size.toLocaleString('en-US')} files, ${(row.bytes / 1e6).toFixed(1)} MB | ${cell(row.create)} | ${cell(row.land)} | ${cell(row.remove)} | ${cell({ wall: row.create.wall + row.land.wall + row.remove.wall, min: row.create.min + row.land.min + row.remove.min, cpu: row.create.cpu + row.land.cpu + row.remove.cpu })} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);

/** The 1-minute load average, to read the wall-clock numbers by. */
function readLoad() {
  return existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'unknown';
}
