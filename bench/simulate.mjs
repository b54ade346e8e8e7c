#!/usr/bin/env node
// Part of `npm run bench`: how close each dispatch policy gets to the lower bound
// max(critical path, total work / N), on generated graphs with heavy-tailed estimates.
// The simulator is bundled from src/ with esbuild at run time, so this measures the real code.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(join(tmpdir(), 'waves-bench-sim-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
const entry = join(temp, 'entry.ts');
await build({
  stdin: { contents: "export { simulateSchedule } from './src/core/simulateSchedule.ts';\nexport { parseTasksText } from './src/sources/parseTasksText.ts';\n", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], outfile: join(temp, 'sim.mjs'), logLevel: 'warning',
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
void entry;
const { simulateSchedule, parseTasksText } = await import(pathToFileURL(join(temp, 'sim.mjs')).href);

// A small seeded PRNG (mulberry32) so every run measures the same graphs.
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Heavy-tailed hours: mostly 0.5-3 h, sometimes 10-40 h (Pareto, alpha 1.5, capped at 40). */
const heavyTail = (rand) => Math.min(40, 0.5 * Math.pow(1 - rand(), -1 / 1.5));
const priorities = ['critical', 'high', 'medium', 'medium', 'low'];

function layeredDag(size, rand) {
  const tasks = [];
  const layers = Math.max(3, Math.round(Math.sqrt(size) / 1.5));
  const perLayer = Math.ceil(size / layers);
  for (let id = 1; id <= size; id++) {
    const layer = Math.floor((id - 1) / perLayer);
    const dependencies = new Set();
    if (layer > 0) {
      const count = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < count; k++) {
        const fromLayer = Math.max(0, layer - 1 - (rand() < 0.2 ? 1 : 0));
        dependencies.add(fromLayer * perLayer + 1 + Math.floor(rand() * perLayer));
      }
    }
    tasks.push({ id, dependencies: [...dependencies].filter((d) => d < id) });
  }
  return tasks;
}

function forkJoin(size, rand) {
  const tasks = [];
  let previousJoin;
  let id = 1;
  while (id <= size) {
    const width = 2 + Math.floor(rand() * 12);
    const fork = id++;
    tasks.push({ id: fork, dependencies: previousJoin ? [previousJoin] : [] });
    const branch = [];
    for (let k = 0; k < width && id <= size; k++) {
      tasks.push({ id, dependencies: [fork] });
      branch.push(id++);
    }
    if (id > size) break;
    previousJoin = id++;
    tasks.push({ id: previousJoin, dependencies: branch });
  }
  return tasks;
}

function chainsAmongShort(size, rand) {
  const tasks = [];
  const chainLength = Math.max(5, Math.round(size / 20));
  for (let id = 1; id <= size; id++) tasks.push({ id, dependencies: id > 1 && id <= chainLength ? [id - 1] : [], long: id <= chainLength });
  return tasks.map((task) => ({ ...task, hours: task.long ? 2 + rand() * 6 : 0.25 + rand() }));
}

function toPlan(tasks, rand, mixedPriorities) {
  const text = JSON.stringify({
    tasks: tasks.map((task) => ({
      id: task.id,
      title: `t${task.id}`,
      dependencies: task.dependencies,
      priority: mixedPriorities ? priorities[Math.floor(rand() * priorities.length)] : 'medium',
      estimate: `${(task.hours ?? heavyTail(rand)).toFixed(2)}h`,
    })),
  });
  const { plan, problems } = parseTasksText(text, 'bench.json');
  if (problems.some((problem) => problem.severity === 'error')) throw new Error(problems[0].message);
  return plan;
}

const FAMILIES = { 'random layered DAG': layeredDag, 'fork-join ladder': forkJoin, 'long chain among short tasks': chainsAmongShort };
const SIZES = [50, 200, 500, 2000];
const PARALLEL = [2, 4, 8, 16, 32];
const POLICIES = ['ready-queue', 'waves', 'sequential'];
const started = performance.now();
// Equal priorities show the ordering itself (longest chain of work first); mixed priorities show
// the price of honouring what people asked for first, which can delay the critical path.
for (const mixed of [false, true]) {
  const rows = [];
  let slowerThanWaves = 0;
  let cases = 0;
  for (const [family, generate] of Object.entries(FAMILIES)) {
    const ratios = Object.fromEntries(POLICIES.map((policy) => [policy, []]));
    for (const size of SIZES) {
      for (const maxParallel of PARALLEL) {
        for (let sample = 0; sample < 2; sample++) {
          const rand = random(size * 1000 + maxParallel * 10 + sample);
          const plan = toPlan(generate(size, rand), rand, mixed);
          const results = Object.fromEntries(POLICIES.map((policy) => [policy, simulateSchedule(plan, { maxParallel, policy })]));
          for (const policy of POLICIES) ratios[policy].push(results[policy].makespan / results[policy].lowerBound);
          cases++;
          if (results['ready-queue'].makespan > results.waves.makespan + 1e-9) slowerThanWaves++;
        }
      }
    }
    const summary = (list) => `${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(3)} / ${Math.max(...list).toFixed(3)}`;
    rows.push(`| ${family} | ${summary(ratios['ready-queue'])} | ${summary(ratios.waves)} | ${summary(ratios.sequential)} |`);
  }
  console.log(`\n### Makespan / lower bound (mean / worst), ${mixed ? 'mixed priorities' : 'equal priorities'}: ${cases} graphs of ${SIZES.join(', ')} tasks, max-parallel ${PARALLEL.join(', ')}\n`);
  console.log('| graphs | ready-queue | waves | sequential |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\nready-queue slower than waves in ${slowerThanWaves} of ${cases} graphs.`);
}
console.log(`\n(simulation bench: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
