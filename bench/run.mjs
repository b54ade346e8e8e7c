#!/usr/bin/env node
// `npm run bench`: measures the built CLI (dist/cli.js) as a real process on generated graphs,
// against a process that only reads and JSON.parses the same file, then breaks the 100k plan
// into phases in-process (a bundle of the sources made here with esbuild), and prints Markdown
// ready to paste into the README. Options: --runs N (default 5), --keep (keep the temp dir).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateTasksFile } from './generateGraph.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const node = process.execPath;
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
const RUNS = Math.max(1, Number(flags.runs) || 5);
const started = performance.now();

const GRAPHS = [
  { name: 'random DAG, 1k', kind: 'random', tasks: 1_000 },
  { name: 'random DAG, 10k', kind: 'random', tasks: 10_000 },
  { name: 'random DAG, 100k', kind: 'random', tasks: 100_000 },
  { name: 'chain, 100k', kind: 'chain', tasks: 100_000 },
];
const CORPUS_FILE = join(root, '..', 'shared', 'corpus', 'taskmaster', 'RBenhGit__financial_to_exel__221-tasks.json');
const SEED_FILE = join(root, 'examples', 'seed', 'waves.yml');

const log = (text) => process.stderr.write(`${text}\n`);
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const mb = (kilobytes) => (kilobytes / 1024).toFixed(0);

/** Newest modification time of any file under a directory. */
function newestUnder(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

// The phase breakdown bundles src/ directly, so dist/ must be built from the same sources.
if (!existsSync(cli) || statSync(cli).mtimeMs < newestUnder(join(root, 'src'))) {
  log(existsSync(cli) ? 'dist/cli.js is older than src/: building it first.' : 'dist/cli.js is missing: building it first.');
  const build = spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed; fix it and run npm run bench again');
}

const temp = mkdtempSync(join(tmpdir(), 'waves-bench-'));
process.on('exit', () => {
  if (!flags.keep) rmSync(temp, { recursive: true, force: true });
});

// Peak RSS of a child: GNU time when it works (Linux), else a preload that writes
// process.resourceUsage().maxRSS (kilobytes) to a file when the process exits.
const rssPreload = join(temp, 'report-rss.mjs');
writeFileSync(rssPreload, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.WAVES_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
const rssFile = join(temp, 'rss.txt');
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, 'true']).status === 0 && /^\d+\s*$/.test(readFileSync(rssFile, 'utf8'));

/** Runs `node ARGS` once as a real process: wall milliseconds and peak RSS in kilobytes. */
function runOnce(command, { stdout = 'ignore' } = {}) {
  // A command is `node` arguments, or { args, env } for one that needs its own environment (the action).
  const { args, env = {} } = Array.isArray(command) ? { args: command } : command;
  rmSync(rssFile, { force: true });
  const [program, programArgs] = gnuTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, node, ...args]]
    : [node, ['--import', pathToFileURL(rssPreload).href, ...args]];
  const begin = performance.now();
  const result = spawnSync(program, programArgs, { cwd: root, stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, ...env, WAVES_BENCH_RSS_FILE: rssFile }, maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { wall, rss, stdout: result.stdout };
}

/**
 * Median wall time and the largest peak RSS of each command over `runs` runs, after one untimed
 * warm-up each (page cache). Commands take turns, so a noisy neighbour slows them alike.
 */
function measure(commands, runs = RUNS) {
  for (const args of commands) runOnce(args);
  const samples = commands.map(() => ({ walls: [], rss: 0 }));
  for (let run = 0; run < runs; run++) {
    commands.forEach((args, position) => {
      const result = runOnce(args);
      samples[position].walls.push(result.wall);
      samples[position].rss = Math.max(samples[position].rss, result.rss);
    });
  }
  return samples.map(({ walls, rss }) => ({ wall: median(walls), min: Math.min(...walls), rss }));
}

log(`wave-orchestrator bench: ${RUNS} runs per measurement, temp dir ${temp}${gnuTime ? '' : ' (peak RSS from a preload: /usr/bin/time -f is not available)'}`);

// (i), (ii): plan as a whole process against read + JSON.parse as a whole process.
const baselineScript = join(temp, 'baseline.mjs');
writeFileSync(baselineScript, "import { readFileSync } from 'node:fs';\nconst data = JSON.parse(readFileSync(process.argv[2], 'utf8'));\nif (typeof data !== 'object') process.exitCode = 1;\n");
const rows = [];
for (const graph of GRAPHS) {
  const file = join(temp, `${graph.kind}-${graph.tasks}.json`);
  const document = generateTasksFile({ kind: graph.kind, tasks: graph.tasks, seed: 1 });
  const subtasks = document.master.tasks.reduce((sum, task) => sum + task.subtasks.length, 0);
  writeFileSync(file, JSON.stringify(document, null, 2) + '\n');
  const checked = runOnce([cli, 'plan', file, '--json'], { stdout: 'pipe' });
  const output = JSON.parse(checked.stdout);
  if (output.counts.total !== graph.tasks) throw new Error(`${graph.name}: the plan counted ${output.counts.total} units, expected ${graph.tasks}`);
  log(`${graph.name}: ${graph.tasks} tasks + ${subtasks} subtasks, ${(statSync(file).size / 1e6).toFixed(1)} MB; ${output.waves.length} waves, ${output.dispatch.length} to dispatch`);
  const [plan, baseline] = measure([[cli, 'plan', file, '--json'], [baselineScript, file]]);
  rows.push({ graph, file, subtasks, size: statSync(file).size, waves: output.waves.length, plan, baseline, ratio: plan.wall / baseline.wall });
  log(`  plan ${ms(plan.wall)} ms (min ${ms(plan.min)}, ${mb(plan.rss)} MB), read+parse ${ms(baseline.wall)} ms (min ${ms(baseline.min)}, ${mb(baseline.rss)} MB): ${(plan.wall / baseline.wall).toFixed(2)}x`);
}

// (iii): where the time of the 100k plan goes, phase by phase, in a fresh process.
const phases = await measurePhases(rows.find((row) => row.graph.kind === 'random' && row.graph.tasks === 100_000).file);

// (iv): `waves next` on a real 221-task Task Master file.
let next;
if (existsSync(CORPUS_FILE)) {
  [next] = measure([[cli, 'next', CORPUS_FILE]], 10);
  log(`waves next (221 tasks): ${ms(next.wall)} ms`);
} else {
  log(`waves next: skipped, ${relative(root, CORPUS_FILE)} is not there`);
}

// (v): cold start on the embedded seed, against Node starting and doing nothing.
const [seed, version, bare] = measure([[cli, 'plan', SEED_FILE], [cli, '--version'], ['-e', '0']], 10);
log(`cold start: plan seed ${ms(seed.wall)} ms, --version ${ms(version.wall)} ms, node -e 0 ${ms(bare.wall)} ms`);

// (vi): the bundled action, run as the runner runs it, planning the seed example (dry run: no push).
const actionOutput = join(temp, 'action-output');
const actionSummary = join(temp, 'action-summary');
writeFileSync(actionOutput, '');
writeFileSync(actionSummary, '');
const actionEnv = { GITHUB_WORKSPACE: join(root, 'examples', 'seed'), GITHUB_OUTPUT: actionOutput, GITHUB_STEP_SUMMARY: actionSummary, 'INPUT_COMMAND': 'plan', 'INPUT_DRY-RUN': 'true', 'INPUT_MAX-PARALLEL': '4' };
const [actionRun] = measure([{ args: [join(root, 'dist', 'index.js')], env: actionEnv }], 10);
const actionBytes = statSync(join(root, 'dist', 'index.js')).size;
log(`action cold start (plan, seed): ${ms(actionRun.wall)} ms; dist/index.js ${(actionBytes / 1024 / 1024).toFixed(2)} MB`);

printReport();
log(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);

/** Bundles the parse and plan sources into one script, runs it on FILE in a fresh Node, returns its timings. */
async function measurePhases(file) {
  const { build } = await import('esbuild');
  const entry = `
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseStructuredText } from './src/sources/parseStructuredText.js';
import { chooseTaskList } from './src/sources/chooseTaskList.js';
import { normalizeTasks } from './src/sources/normalizeTasks.js';
import { rawTaskSchema } from './src/sources/rawTaskSchema.js';
import { resolveDependencies } from './src/core/resolveDependencies.js';
import { validatePlan } from './src/core/validatePlan.js';
import { planWaves } from './src/core/planWaves.js';
import { buildUnitGraph } from './src/core/buildUnitGraph.js';
import { findCycles } from './src/core/findCycles.js';
import { topologicalOrder } from './src/core/topologicalOrder.js';
import { renderPlanJson } from './src/render/renderPlanJson.js';

let gc = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) gc += entry.duration; }).observe({ entryTypes: ['gc'] });
const file = process.argv[2];
const timings = [];
function time(pass, name, work) {
  const begin = performance.now();
  const value = work();
  timings.push({ pass, name, ms: performance.now() - begin });
  return value;
}
async function settle() { await new Promise((resolve) => setTimeout(resolve, 0)); }

// One pass as parseTasksText + planWaves + render run in the CLI (a fresh process, JIT cold),
// then the pieces inside normalisation and planWaves, timed again on the same data (warm).
{
  const pass = 'cold';
  const text = time(pass, 'read file', () => readFileSync(file, 'utf8'));
  // (No conflict-marker scan: JSON is scanned only when it fails to parse, see parseTasksText.)
  const parsed = time(pass, 'JSON.parse', () => parseStructuredText(text, file));
  const list = chooseTaskList(parsed.data, file, {});
  const context = { file, tag: list.tag, path: list.path };
  const normalized = time(pass, 'normalizeTasks (shape check + model + index)', () => normalizeTasks(list.tasks, context));
  const resolved = time(pass, 'resolveDependencies (+ graph by position)', () => resolveDependencies(normalized.lookup, context));
  time(pass, 'validatePlan (cycles)', () => validatePlan(normalized.lookup.all, resolved.graph, context));
  const plan = { file, format: 'taskmaster', tags: list.tags, tasks: normalized.tasks, tag: list.tag, graph: resolved.graph };
  const result = time(pass, 'planWaves', () => planWaves(plan, { maxParallel: 4 }));
  time(pass, 'render + JSON.stringify', () => JSON.stringify(renderPlanJson(plan, result)));
  await settle();
  time('part', 'zod: rawTaskSchema.safeParse of every task (what the shape check saves)', () => { for (const raw of list.tasks) rawTaskSchema().safeParse(raw); });
  const graph = time('part', 'planWaves: buildUnitGraph', () => buildUnitGraph(plan.tasks, plan.graph, 'task', new Set(['done', 'cancelled'])));
  time('part', 'planWaves: findCycles (run only when Kahn cannot order every unit)', () => findCycles(graph.graph));
  time('part', 'planWaves: topologicalOrder', () => topologicalOrder(graph.waitsOn));
}
await settle();
process.stdout.write(JSON.stringify({ timings, gc }));
`;
  const bundle = join(temp, 'phases.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'bench-phases.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);" },
    outfile: bundle,
    logLevel: 'warning',
  });
  const passes = [];
  for (let run = 0; run < 3; run++) {
    const result = spawnSync(node, [bundle, file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) throw new Error(`the phase script failed:\n${result.stderr}`);
    passes.push(JSON.parse(result.stdout));
  }
  // Median of three fresh processes, phase by phase.
  const timings = passes[0].timings.map((entry, position) => ({ ...entry, ms: median(passes.map((pass) => pass.timings[position].ms)) }));
  const gc = median(passes.map((pass) => pass.gc));
  log(`phases measured (GC ${ms(gc)} ms in the process)`);
  return { timings, gc };
}

function printReport() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const lines = [];
  lines.push(`Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}.`);
  lines.push(`Median of ${RUNS} runs (10 for the small commands), whole processes of \`node dist/cli.js\`; peak RSS is the largest of the runs.`);
  lines.push('');
  lines.push('| graph | tasks + subtasks | file | `waves plan --json` | peak RSS | read + JSON.parse only | peak RSS | plan / baseline |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const verdict = row.graph.tasks === 100_000 ? (row.ratio <= 2 ? ' ✓' : ' ✗ (target 2x)') : '';
    lines.push(`| ${row.graph.name} | ${row.graph.tasks.toLocaleString('en-US')} + ${row.subtasks.toLocaleString('en-US')} | ${(row.size / 1e6).toFixed(1)} MB | ${ms(row.plan.wall)} ms | ${mb(row.plan.rss)} MB | ${ms(row.baseline.wall)} ms | ${mb(row.baseline.rss)} MB | ${row.ratio.toFixed(2)}x${verdict} |`);
  }
  lines.push('');
  lines.push('| command | median | target |');
  lines.push('|---|---:|---:|');
  if (next) lines.push(`| \`waves next\` on a real Task Master file (221 tasks) | ${ms(next.wall)} ms | < 150 ms${next.wall < 150 ? ' ✓' : ' ✗'} |`);
  else lines.push('| `waves next` on a real Task Master file (221 tasks) | skipped: corpus file absent | < 150 ms |');
  lines.push(`| \`waves plan examples/seed/waves.yml\` (cold start) | ${ms(seed.wall)} ms | |`);
  lines.push(`| \`waves --version\` (loading the bundle, no work) | ${ms(version.wall)} ms | |`);
  lines.push(`| \`node -e 0\` (Node's own start, for reference) | ${ms(bare.wall)} ms | |`);
  lines.push(`| the action, \`node dist/index.js\` planning the seed (dry run), bundle ${(actionBytes / 1024 / 1024).toFixed(2)} MB | ${ms(actionRun.wall)} ms | < 300 ms ${actionRun.wall < 300 ? '✓' : '✗'} |`);
  lines.push('');
  lines.push(`Where the time of the 100k random plan goes, in-process (median of 3 fresh processes; GC took ${ms(phases.gc)} ms of it):`);
  lines.push('');
  lines.push('| phase | time | share |');
  lines.push('|---|---:|---:|');
  const main = phases.timings.filter((entry) => entry.pass === 'cold');
  const total = main.reduce((sum, entry) => sum + entry.ms, 0);
  for (const entry of main) lines.push(`| ${entry.name} | ${ms(entry.ms)} ms | ${((100 * entry.ms) / total).toFixed(0)}% |`);
  lines.push(`| **total** | **${ms(total)} ms** | |`);
  for (const entry of phases.timings.filter((timing) => timing.pass === 'part')) lines.push(`| ↳ ${entry.name} (timed again, warm) | ${ms(entry.ms)} ms | |`);
  process.stdout.write(lines.join('\n') + '\n');
}
