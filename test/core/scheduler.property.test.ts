import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import type { Granularity } from '../../src/core/buildUnitGraph.js';
import { findCycles } from '../../src/core/findCycles.js';
import { TASK_STATUSES, type Plan, type Task, type TaskStatus } from '../../src/core/model.js';
import { pathsOverlap, patternsOverlap } from '../../src/core/pathsOverlap.js';
import { planWaves, type PlanOptions, type PlanResult, type UnitView } from '../../src/core/planWaves.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

// Property tests of the scheduler: arbitrary acyclic task graphs, written as Task Master JSON and
// read through parseTasksText (the boundary), planned with arbitrary options, checked against
// oracles written here from the design's rules rather than from the scheduler's code.

const SATISFIED: ReadonlySet<TaskStatus> = new Set(['done', 'cancelled']);
const PATH_POOL = ['src/a/**', 'src/a/b.ts', 'src/b/**', 'src/*.ts', 'src/x.ts', 'docs/x.md', 'docs/**', 'src', 'test/**/*.test.ts', 'README.md'];
const CLASSES = ['cpu', 'io', 'gpu'] as const;
const ESTIMATES = ['30m', '1h', '2-3h', '1d', 4, '90m'] as const;

const statusArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constant<TaskStatus>('pending') },
  { weight: 3, arbitrary: fc.constant<TaskStatus>('done') },
  { weight: 2, arbitrary: fc.constantFrom(...TASK_STATUSES) },
);
const resourcesArbitrary = fc.option(fc.constantFrom(...CLASSES), { nil: undefined, freq: 2 });
const pathsArbitrary = fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(PATH_POOL, { minLength: 1, maxLength: 2 }) });

const subtaskArbitrary = fc.record({
  status: statusArbitrary,
  /** Each pick names an earlier sibling (modulo how many there are). */
  siblingPicks: fc.array(fc.nat(), { maxLength: 2 }),
  /** Each pick names an earlier top-level task. */
  taskPicks: fc.array(fc.nat(), { maxLength: 1 }),
  resources: resourcesArbitrary,
  paths: pathsArbitrary,
});

type SubtaskSpec = (typeof subtaskArbitrary) extends fc.Arbitrary<infer T> ? T : never;

const taskArbitrary = fc.record({
  status: statusArbitrary,
  priority: fc.option(fc.constantFrom('critical', 'high', 'medium', 'low'), { nil: undefined }),
  estimate: fc.option(fc.constantFrom(...ESTIMATES), { nil: undefined }),
  resources: resourcesArbitrary,
  paths: pathsArbitrary,
  /** Each pick names an earlier task, or one of its subtasks when `subtask` is set. */
  dependencyPicks: fc.array(fc.record({ task: fc.nat(), subtask: fc.option(fc.nat(), { nil: undefined, freq: 3 }) }), { maxLength: 4 }),
  subtasks: fc.oneof({ weight: 3, arbitrary: fc.constant<SubtaskSpec[]>([]) }, { weight: 2, arbitrary: fc.array(subtaskArbitrary, { minLength: 1, maxLength: 3 }) }),
});

type TaskSpec = (typeof taskArbitrary) extends fc.Arbitrary<infer T> ? T : never;

/** A generated graph: tasks in generation order (each depends only on earlier ones), ids, and two file orders. */
interface GraphSpec {
  tasks: TaskSpec[];
  ids: number[];
  idStyle: 'number' | 'string' | 'slug';
  order: number[];
  otherOrder: number[];
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);
const permutation = (count: number) => fc.shuffledSubarray(range(count), { minLength: count, maxLength: count });

const graphArbitrary: fc.Arbitrary<GraphSpec> = fc.array(taskArbitrary, { minLength: 1, maxLength: 16 }).chain((tasks) =>
  fc.record({
    tasks: fc.constant(tasks),
    // Top-level ids from 10 up, so they never collide with subtask-local ids (1..3).
    ids: fc.uniqueArray(fc.integer({ min: 10, max: 400 }), { minLength: tasks.length, maxLength: tasks.length }),
    idStyle: fc.constantFrom('number' as const, 'string' as const, 'slug' as const),
    order: permutation(tasks.length),
    otherOrder: permutation(tasks.length),
  }),
);

const optionsArbitrary: fc.Arbitrary<PlanOptions & { granularity: Granularity; maxParallel: number }> = fc.record({
  maxParallel: fc.integer({ min: 1, max: 6 }),
  granularity: fc.constantFrom<Granularity>('task', 'subtask'),
  pools: fc.record({ cpu: fc.integer({ min: 0, max: 2 }), io: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
});

/** The Task Master tagged JSON of a generated graph, tasks in the given file order. */
function tasksJson(graph: GraphSpec, order: readonly number[]): string {
  const rawId = (index: number): number | string => {
    const id = graph.ids[index] as number;
    return graph.idStyle === 'number' ? id : graph.idStyle === 'string' ? String(id) : `task-${id}`;
  };
  const written = graph.tasks.map((spec, index) => {
    const dependencies = new Set<number | string>();
    if (index > 0) {
      for (const pick of spec.dependencyPicks) {
        const target = pick.task % index;
        const subtasks = (graph.tasks[target] as TaskSpec).subtasks.length;
        dependencies.add(pick.subtask !== undefined && subtasks > 0 ? `${rawId(target)}.${(pick.subtask % subtasks) + 1}` : rawId(target));
      }
    }
    const task: Record<string, unknown> = {
      id: rawId(index),
      title: `Task ${rawId(index)}`,
      description: 'generated',
      status: spec.status,
      dependencies: [...dependencies],
      subtasks: spec.subtasks.map((subtask, local) => {
        const subtaskDependencies = new Set<number | string>();
        if (local > 0) for (const pick of subtask.siblingPicks) subtaskDependencies.add((pick % local) + 1);
        if (index > 0) for (const pick of subtask.taskPicks) subtaskDependencies.add(rawId(pick % index));
        return { id: local + 1, title: `Phase ${local + 1}`, status: subtask.status, dependencies: [...subtaskDependencies], ...defined({ resources: subtask.resources, paths: subtask.paths.length > 0 ? subtask.paths : undefined }) };
      }),
      ...defined({ priority: spec.priority, estimate: spec.estimate, resources: spec.resources, paths: spec.paths.length > 0 ? spec.paths : undefined }),
    };
    return task;
  });
  return JSON.stringify({ master: { tasks: order.map((index) => written[index]), metadata: { description: 'generated' } } }, null, 2);
}

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Parses generated JSON through the real boundary; generated graphs are valid, so no errors. */
function parse(text: string): Plan {
  const { plan, problems } = parseTasksText(text, 'tasks.json');
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0 || !plan) throw new Error(`generated plan did not parse: ${errors.map((problem) => problem.message).join('; ')}\n${text}`);
  return plan;
}

/** What the design says, computed independently of buildUnitGraph. */
class Oracle {
  readonly byId = new Map<string, Task>();
  readonly views = new Map<string, UnitView>();

  constructor(
    readonly plan: Plan,
    readonly result: PlanResult,
    readonly granularity: Granularity,
  ) {
    for (const task of plan.tasks) {
      this.byId.set(task.id, task);
      for (const subtask of task.subtasks) this.byId.set(subtask.id, subtask);
    }
    for (const view of result.units) this.views.set(view.id, view);
  }

  task(id: string): Task {
    const task = this.byId.get(id);
    if (!task) throw new Error(`no task ${id}`);
    return task;
  }

  /** Status a task or subtask counts with: a finished or stuck parent decides for its unfinished subtasks. */
  status(task: Task): TaskStatus {
    if (task.parentId === undefined) return task.status;
    const parent = this.task(task.parentId);
    const overriding = SATISFIED.has(parent.status) || parent.status === 'deferred' || parent.status === 'blocked';
    return overriding && !SATISFIED.has(task.status) ? parent.status : task.status;
  }

  /** Whether a dependency on `id` no longer holds anything back. */
  satisfied(id: string): boolean {
    const task = this.task(id);
    if (SATISFIED.has(this.status(task))) return true;
    // Depending on a task with subtasks, planned subtask by subtask, means waiting for all of them.
    return this.granularity === 'subtask' && task.parentId === undefined && task.subtasks.length > 0 && task.subtasks.every((subtask) => SATISFIED.has(this.status(subtask)));
  }

  /** Dependencies a unit waits for, as written: its own, and its parent's for a subtask unit. */
  dependencies(unitId: string): string[] {
    const task = this.task(unitId);
    const parent = task.parentId === undefined ? undefined : this.task(task.parentId);
    return [...task.dependencies, ...(parent?.dependencies ?? [])];
  }

  /** The units that stand for a dependency on `id` while it is unsatisfied. */
  unitsFor(id: string): string[] {
    if (this.views.has(id)) return [id];
    const task = this.task(id);
    if (task.parentId !== undefined) return [task.parentId]; // a subtask, at task granularity
    return task.subtasks.filter((subtask) => !SATISFIED.has(this.status(subtask))).map((subtask) => subtask.id);
  }

  view(id: string): UnitView {
    const view = this.views.get(id);
    if (!view) throw new Error(`no unit ${id}`);
    return view;
  }

  // A subtask unit takes its parent's resources and paths when it has none of its own, so a
  // `gpu` task's phases stay in the gpu pool and its paths still guard its phases.
  resources(id: string): string | undefined {
    const task = this.task(id);
    return task.resources ?? (task.parentId === undefined ? undefined : this.task(task.parentId).resources);
  }

  paths(id: string): readonly string[] {
    const task = this.task(id);
    return task.paths.length > 0 || task.parentId === undefined ? task.paths : this.task(task.parentId).paths;
  }
}

function planBoth(graph: GraphSpec, options: PlanOptions & { granularity: Granularity }) {
  const plan = parse(tasksJson(graph, graph.order));
  const result = planWaves(plan, options);
  return { plan, result, oracle: new Oracle(plan, result, options.granularity) };
}

/** WAVES_PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = { numRuns: Number(process.env.WAVES_PROPERTY_RUNS ?? 300) };

describe('scheduler properties on arbitrary acyclic graphs', () => {
  it('generated graphs plan without problems', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result } = planBoth(graph, options);
        expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(a) never dispatches a unit with an unsatisfied dependency', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        for (const id of result.dispatch) {
          for (const dependency of oracle.dependencies(id)) expect(oracle.satisfied(dependency), `${id} waits for ${dependency}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(b) dispatch + in progress never exceeds max-parallel', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result } = planBoth(graph, options);
        if (result.inProgress.length >= options.maxParallel) expect(result.dispatch).toEqual([]);
        else expect(result.dispatch.length + result.inProgress.length).toBeLessThanOrEqual(options.maxParallel);
      }),
      RUNS,
    );
  });

  it('(c) each pool: dispatched + in progress of the class stays within its cap', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        for (const [pool, cap] of Object.entries(options.pools ?? {})) {
          const running = result.inProgress.filter((id) => oracle.resources(id) === pool).length;
          const dispatched = result.dispatch.filter((id) => oracle.resources(id) === pool).length;
          if (running >= cap) expect(dispatched, `pool ${pool}`).toBe(0);
          else expect(running + dispatched, `pool ${pool}`).toBeLessThanOrEqual(cap);
        }
      }),
      RUNS,
    );
  });

  it('(d) no two dispatched units, nor a dispatched and a running one, have overlapping paths', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        const overlap = (a: string, b: string) => oracle.paths(a).some((left) => oracle.paths(b).some((right) => patternsOverlap(left, right)));
        result.dispatch.forEach((id, position) => {
          for (const other of result.dispatch.slice(position + 1)) expect(overlap(id, other), `${id} and ${other}`).toBe(false);
          for (const running of result.inProgress) expect(overlap(id, running), `${id} and running ${running}`).toBe(false);
        });
      }),
      RUNS,
    );
  });

  it('(e) is deterministic, whatever the order of tasks in the file', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const first = planWaves(parse(tasksJson(graph, graph.order)), options);
        const again = planWaves(parse(tasksJson(graph, graph.order)), options);
        const shuffled = planWaves(parse(tasksJson(graph, graph.otherOrder)), options);
        const essentials = (result: PlanResult) => ({
          dispatch: result.dispatch,
          held: result.held,
          inProgress: result.inProgress,
          waves: result.waves,
          waitingOn: result.waitingOn,
          stalled: result.stalled,
          criticalPath: result.criticalPath,
          counts: result.counts,
        });
        expect(essentials(again)).toEqual(essentials(first));
        expect(essentials(shuffled)).toEqual(essentials(first));
      }),
      RUNS,
    );
  });

  it('(f) dispatches only ready pending units; every other ready unit is held with a reason', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        for (const id of result.dispatch) {
          expect(oracle.view(id).ready).toBe(true);
          expect(oracle.view(id).status).toBe('pending');
        }
        const dispatched = new Set(result.dispatch);
        const held = new Map(result.held.map((skipped) => [skipped.id, skipped]));
        expect(held.size).toBe(result.held.length);
        for (const view of result.units.filter((unit) => unit.ready && !dispatched.has(unit.id))) {
          expect(held.get(view.id)?.reason, `ready ${view.id} is neither dispatched nor held`).toMatch(/^(capacity|pool|paths)$/);
        }
        for (const skipped of result.held) {
          expect(dispatched.has(skipped.id)).toBe(false);
          expect(oracle.view(skipped.id).ready).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(g) waves: each pending, not stalled unit in exactly one wave, after every pending unit it waits on', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        const waveOf = new Map<string, number>();
        result.waves.forEach((layer, index) => {
          expect(layer.length).toBeGreaterThan(0);
          for (const id of layer) {
            expect(waveOf.has(id), `${id} is in two waves`).toBe(false);
            waveOf.set(id, index + 1);
          }
        });
        const stalled = new Set(result.stalled);
        for (const view of result.units) {
          const inWave = waveOf.get(view.id);
          if (view.status === 'pending' && !stalled.has(view.id)) expect(inWave, `pending ${view.id} has no wave`).toBeDefined();
          else expect(inWave, `${view.status} ${view.id} is in wave ${inWave}`).toBeUndefined();
          if (inWave === undefined) continue;
          expect(view.wave).toBe(inWave);
          // Exactly one more than the latest pending unit it waits on; wave 1 when it waits only on running work.
          const pendingTargets = view.waitingOn.filter((target) => oracle.view(target).status === 'pending');
          for (const target of pendingTargets) expect(inWave, `${view.id} after ${target}`).toBeGreaterThan(waveOf.get(target) ?? Infinity);
          expect(inWave).toBe(1 + Math.max(0, ...pendingTargets.map((target) => waveOf.get(target) ?? Infinity)));
        }
      }),
      RUNS,
    );
  });

  it('(g) stalled units are exactly the pending ones held, directly or not, by blocked or deferred work', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        const memo = new Map<string, boolean>();
        const isStalled = (id: string): boolean => {
          const known = memo.get(id);
          if (known !== undefined) return known;
          const view = oracle.view(id);
          const answer = view.status === 'pending' && view.waitingOn.some((target) => {
            const status = oracle.view(target).status;
            return status === 'blocked' || status === 'deferred' || isStalled(target);
          });
          memo.set(id, answer);
          return answer;
        };
        expect(new Set(result.stalled)).toEqual(new Set(result.units.filter((view) => isStalled(view.id)).map((view) => view.id)));
      }),
      RUNS,
    );
  });

  it('waitingOn lists exactly the unsatisfied dependencies, as units, and never finished work', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, options);
        for (const view of result.units) {
          const expected = new Set<string>();
          for (const dependency of oracle.dependencies(view.id)) {
            if (oracle.satisfied(dependency)) continue;
            for (const unit of oracle.unitsFor(dependency)) if (unit !== view.id) expected.add(unit);
          }
          expect(new Set(view.waitingOn), `waitingOn of ${view.id}`).toEqual(expected);
          for (const target of view.waitingOn) expect(SATISFIED.has(oracle.view(target).status), `${view.id} waits on finished ${target}`).toBe(false);
          expect(view.ready).toBe(view.status === 'pending' && expected.size === 0);
        }
      }),
      RUNS,
    );
  });

  it('makes progress: with nothing running and work left that is not stalled, something is ready', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result } = planBoth(graph, options);
        const running = result.units.some((view) => view.status === 'in-progress' || view.status === 'review');
        const live = result.units.some((view) => view.status === 'pending' && !view.stalled);
        if (!running && live) expect(result.counts.ready).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('(h) counts add up to the total number of units', () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result } = planBoth(graph, options);
        const { total, ...parts } = result.counts;
        expect(Object.values(parts).reduce((sum, count) => sum + count, 0)).toBe(total);
        expect(total).toBe(result.units.length);
        expect(result.counts.ready).toBe(result.dispatch.length + result.held.length);
        expect(result.counts.inProgress).toBe(result.inProgress.length);
      }),
      RUNS,
    );
  });

  it("(i) subtask granularity: each subtask unit waits on its parent's unsatisfied dependencies", () => {
    fc.assert(
      fc.property(graphArbitrary, optionsArbitrary, (graph, options) => {
        const { result, oracle } = planBoth(graph, { ...options, granularity: 'subtask' });
        for (const view of result.units) {
          const task = oracle.task(view.id);
          if (task.parentId === undefined) continue;
          const parent = oracle.task(task.parentId);
          for (const dependency of parent.dependencies) {
            if (oracle.satisfied(dependency)) continue;
            for (const unit of oracle.unitsFor(dependency)) expect(view.waitingOn, `${view.id} inherits ${dependency} from ${parent.id}`).toContain(unit);
            expect(result.dispatch).not.toContain(view.id);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('patternsOverlap', () => {
  it.each([
    ['src/a/**', 'src/a/b.ts', true],
    ['src/a/**', 'src/b/**', false],
    ['docs/x.md', 'docs/x.md', true],
    ['docs/x.md', 'docs/y.md', false],
    ['src', 'src/a.ts', true],
    ['src/', 'src/a/b.ts', true],
    ['./src/a.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/x.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/*.ts', 'docs/**', false],
    ['docs/**', 'docs', true],
    ['test/**/*.test.ts', 'test/a/one.test.ts', true],
    ['test/**/*.test.ts', 'src/a.ts', false],
    ['*.md', 'README.md', true],
    ['*.md', 'docs/x.md', false],
    ['src/a', 'src/ab.ts', false],
  ])('%s vs %s: %s', (left, right, expected) => {
    expect(patternsOverlap(left, right)).toBe(expected);
    expect(patternsOverlap(right, left)).toBe(expected);
  });

  it('pathsOverlap is true when any pair overlaps, false for empty lists', () => {
    expect(pathsOverlap(['docs/x.md', 'src/a/**'], ['src/a/b.ts'])).toBe(true);
    expect(pathsOverlap(['docs/x.md'], ['src/a/b.ts'])).toBe(false);
    expect(pathsOverlap([], ['src/a/b.ts'])).toBe(false);
  });

  // Soundness against picomatch: when some file is touched by both patterns, they must overlap
  // (a literal path touches itself and everything under it). Overlap may be conservative the other way.
  const FILES = ['src/a/b.ts', 'src/a/c/d.ts', 'src/b/e.ts', 'src/x.ts', 'src/a.ts', 'docs/x.md', 'docs/y.md', 'README.md', 'test/a/one.test.ts', 'packages/core/package.json', 'packages/core/src/index.ts'];
  const PATTERNS = [...FILES, 'src', 'src/a', 'docs', 'packages/core', 'src/a/**', 'src/b/**', 'src/*.ts', 'src/**/b.ts', 'docs/*.md', '**/*.md', '*.md', 'test/**/*.test.ts', 'src/{a,b}/**', 'packages/*/src/**', 'src/a/*', 'packages/*/package.json', '*/x.ts', 'src/?/b.ts'];
  const touches = (pattern: string, file: string): boolean => (picomatch.scan(pattern).isGlob ? picomatch(pattern, { dot: true })(file) : file === pattern || file.startsWith(`${pattern}/`));

  it('never says two patterns are apart when a file matches both (picomatch as the oracle)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.constantFrom(...PATTERNS), (left, right) => {
        const shared = FILES.find((file) => touches(left, file) && touches(right, file));
        if (shared !== undefined) expect(patternsOverlap(left, right), `both touch ${shared}`).toBe(true);
        expect(patternsOverlap(left, right)).toBe(patternsOverlap(right, left));
      }),
      { numRuns: 1000 },
    );
  });

  // Found by the property above (fixed): a literal directory against a glob whose wildcard
  // segments sit at or above the directory's depth, with no `**`.
  it.each([
    ['packages/core', 'packages/*/package.json', 'packages/core/package.json'],
    ['src', '*/x.ts', 'src/x.ts'],
    ['src/a', 'src/?/b.ts', 'src/a/b.ts'],
  ])('%s vs %s both touch %s', (directory, glob, file) => {
    expect(touches(directory, file) && touches(glob, file)).toBe(true);
    expect(patternsOverlap(directory, glob)).toBe(true);
  });
});

describe('large graphs', () => {
  const chainJson = (count: number, closeLoop: boolean) =>
    JSON.stringify({
      master: {
        tasks: Array.from({ length: count }, (_, index) => ({
          id: index + 1,
          title: `Step ${index + 1}`,
          status: index < count / 2 ? 'done' : 'pending',
          dependencies: index === 0 ? (closeLoop ? [count] : []) : [index],
        })),
      },
    });

  it('plans a 100,000-task chain without recursion, in reasonable time', () => {
    const count = 100_000;
    const started = performance.now();
    const plan = parse(chainJson(count, false));
    const result = planWaves(plan);
    const elapsed = performance.now() - started;
    expect(result.dispatch).toEqual([String(count / 2 + 1)]);
    expect(result.waves).toHaveLength(count / 2);
    expect(result.waves[count / 2 - 1]).toEqual([String(count)]);
    expect(result.criticalPath).toHaveLength(count / 2);
    expect(result.counts).toMatchObject({ total: count, done: count / 2, ready: 1, blocked: count / 2 - 1 });
    expect(elapsed).toBeLessThan(20_000);
  });

  it('reports a 100,000-task cycle as one cycle, without recursion', () => {
    const count = 100_000;
    const { problems } = parseTasksText(chainJson(count, true), 'tasks.json');
    const cycles = problems.filter((problem) => problem.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.severity).toBe('error');
    expect(cycles[0]?.taskId).toBe('1');

    const ids = Array.from({ length: count }, (_, index) => String(index + 1));
    const edges = ids.map((_, index) => [index === 0 ? count - 1 : index - 1]);
    const found = findCycles({ ids, edges });
    expect(found).toHaveLength(1);
    const cycle = found[0] as string[];
    expect(cycle).toHaveLength(count + 1);
    expect(cycle[0]).toBe('1');
    expect(cycle[cycle.length - 1]).toBe('1');
    expect(cycle[1]).toBe(String(count));
  });
});
