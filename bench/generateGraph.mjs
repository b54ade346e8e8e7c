#!/usr/bin/env node
// Writes a synthetic Task Master tagged tasks.json for benchmarks and stress tests:
//   node bench/generateGraph.mjs --kind random|chain --tasks N --out FILE [--seed S]
// Deterministic: the same arguments always give the same bytes (seeded PRNG, no clock).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** Small, fast, seedable PRNG (sfc32) so runs are reproducible across machines and Node versions. */
export function createRandom(seed) {
  let h = 1779033703 ^ String(seed).length;
  for (const char of String(seed)) {
    h = Math.imul(h ^ char.charCodeAt(0), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next32 = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  const random = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) random();
  return {
    next: random,
    int: (low, high) => low + Math.floor(random() * (high - low + 1)),
    pick: (items) => items[Math.floor(random() * items.length)],
    chance: (p) => random() < p,
  };
}

const VERBS = ['Implement', 'Refactor', 'Add', 'Harden', 'Document', 'Migrate', 'Optimise', 'Test', 'Wire up', 'Extract', 'Validate', 'Design'];
const THINGS = ['the config loader', 'the DCF export', 'retry handling', 'the session cache', 'the CLI parser', 'structured logging', 'the rate limiter', 'the schema migration', 'the metrics endpoint', 'the search index', 'OAuth login', 'the CSV importer', 'the job queue', 'the settings page', 'the webhook receiver', 'the PDF renderer'];
const AREAS = ['api', 'core', 'web', 'cli', 'db', 'docs', 'infra', 'sdk'];
const SENTENCES = [
  'Read the current implementation and list the call sites that depend on its behaviour before changing anything.',
  'Keep the public interface stable; add new options behind defaults that preserve what existing callers see.',
  'Handle missing and malformed input with an error that names the field and the fix, never with a stack trace.',
  'Cover the happy path, the empty case and one large input in unit tests, and add an integration test against a temp directory.',
  'Measure before and after on the benchmark fixture and note the numbers in the pull request description.',
  'Log each phase at debug level with timings so slow runs can be diagnosed from CI output alone.',
  'Update the README section and the changelog entry, with one example a user can copy.',
  'Make the operation idempotent so a retried job does not duplicate writes or send a second notification.',
  'Guard the new code path with a feature flag until it has run for a week in staging without alerts.',
  'Split the change into small commits: the refactor first, then the behaviour change, then the tests.',
];
const ESTIMATES = ['30m', '90m', '1h', '2h', '3h', '4h', '2-3h', '1-2h', '1d', '0.5d', '2d', 3, 5];
const PATHS = ['src/{area}/**', 'src/{area}/index.ts', 'docs/{area}.md', 'test/{area}/**', 'src/*.ts', 'package.json'];
const RESOURCES = ['cpu', 'io', 'gpu'];

function paragraph(random, sentences) {
  const parts = [];
  for (let i = 0; i < sentences; i++) parts.push(`${i + 1}. ${random.pick(SENTENCES)}`);
  return parts.join(' ');
}

function statusFor(random, kind, position, total) {
  // A chain has one frontier: finished work, the task being worked on, then a long line of waiting work.
  if (kind === 'chain') return position < Math.floor(total * 0.4) ? 'done' : position === Math.floor(total * 0.4) ? 'in-progress' : 'pending';
  // Earlier tasks are mostly finished; in a band at the frontier some are finished, a couple are
  // being worked on (a real team runs a handful at once) and some wait for review; the rest wait.
  const progress = position / total;
  const band = Math.max(1, Math.round(total * 0.05));
  if (progress < 0.35) return random.chance(0.96) ? 'done' : random.pick(['cancelled', 'done', 'deferred']);
  if (progress < 0.4) {
    if (random.chance(3 / band)) return 'in-progress';
    if (random.chance(0.02)) return 'review';
    return random.chance(0.5) ? 'done' : 'pending';
  }
  if (random.chance(0.002)) return random.pick(['blocked', 'deferred']);
  return 'pending';
}

function dependenciesFor(random, kind, id) {
  if (id === 1) return [];
  if (kind === 'chain') return [id - 1];
  // Around three dependencies, mostly on recent tasks (local work streams), some far back.
  const wanted = Math.min(id - 1, random.chance(0.1) ? 0 : random.int(1, 5));
  const chosen = new Set();
  for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++) {
    const target = random.chance(0.75) ? id - random.int(1, Math.min(id - 1, 40)) : random.int(1, id - 1);
    chosen.add(target);
  }
  return [...chosen].sort((a, b) => a - b);
}

function subtasksFor(random, parentStatus) {
  const count = random.int(2, 5);
  const subtasks = [];
  for (let local = 1; local <= count; local++) {
    const status = parentStatus === 'done' ? 'done' : parentStatus === 'in-progress' ? random.pick(['done', 'in-progress', 'pending']) : 'pending';
    subtasks.push({
      id: local,
      title: `${random.pick(VERBS)} ${random.pick(THINGS)} (phase ${local})`,
      description: random.pick(SENTENCES),
      dependencies: local > 1 && random.chance(0.6) ? [local - 1] : [],
      details: paragraph(random, 2),
      status,
      testStrategy: random.chance(0.5) ? random.pick(SENTENCES) : null,
    });
  }
  return subtasks;
}

/** Builds the tasks of one graph; `kind` is `random` (a DAG, ~3 deps each, only to lower ids) or `chain`. */
export function generateTasks({ kind, tasks: total, seed }) {
  const random = createRandom(`${seed}:${kind}:${total}`);
  const tasks = [];
  for (let id = 1; id <= total; id++) {
    const status = statusFor(random, kind, id - 1, total);
    const area = random.pick(AREAS);
    const task = {
      id,
      title: `${random.pick(VERBS)} ${random.pick(THINGS)} in ${area}`,
      description: `${random.pick(SENTENCES)} ${random.pick(SENTENCES)}`,
      details: paragraph(random, random.int(2, 4)),
      testStrategy: paragraph(random, 1),
      status,
      priority: random.pick(['high', 'medium', 'medium', 'medium', 'low', 'low']),
      dependencies: dependenciesFor(random, kind, id),
      estimate: random.pick(ESTIMATES),
      subtasks: random.chance(0.2) ? subtasksFor(random, status) : [],
    };
    if (random.chance(0.15)) task.resources = random.pick(RESOURCES);
    if (random.chance(0.3)) task.paths = [random.pick(PATHS).replace('{area}', area)];
    tasks.push(task);
  }
  return tasks;
}

/** The whole file: Task Master's tagged layout with one `master` tag. */
export function generateTasksFile(options) {
  return {
    master: {
      tasks: generateTasks(options),
      metadata: {
        created: '2025-01-01T00:00:00.000Z',
        updated: '2025-01-01T00:00:00.000Z',
        description: `Synthetic ${options.kind} graph of ${options.tasks} tasks (seed ${options.seed})`,
      },
    },
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string', default: 'random' },
      tasks: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const tasks = Number(values.tasks);
  if (values.kind !== 'random' && values.kind !== 'chain') throw new Error(`--kind must be random or chain, not "${values.kind}"`);
  if (!Number.isInteger(tasks) || tasks < 1) throw new Error(`--tasks must be a whole number above 0, not "${values.tasks}"`);
  if (!values.out) throw new Error('--out FILE is required');
  const file = generateTasksFile({ kind: values.kind, tasks, seed: values.seed });
  writeFileSync(values.out, JSON.stringify(file, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`generateGraph: ${error.message}\n`);
    process.exitCode = 2;
  }
}
