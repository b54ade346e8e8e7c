import { buildDependencyGraph } from './dependencyGraph.js';
import { buildUnitGraph, type Granularity, type Unit } from './buildUnitGraph.js';
import { chainWeights } from './chainWeights.js';
import { compareIds } from './compareIds.js';
import { MinHeap } from './minHeap.js';
import type { Plan, TaskStatus } from './model.js';
import { PRIORITY_RANK } from './normalizePriority.js';
import { pickDispatch } from './pickDispatch.js';
import { topologicalOrder } from './topologicalOrder.js';

/**
 * How work is started. `ready-queue`: every unit as soon as its own dependencies are done (what
 * `waves run` and the action do). `waves`: a whole wave must finish before the next starts (the
 * hand-made plan's way). `sequential`: one unit at a time in Task Master's `next` order.
 */
export type SimulationPolicy = 'ready-queue' | 'waves' | 'sequential';

export const SIMULATION_POLICIES: readonly SimulationPolicy[] = ['ready-queue', 'waves', 'sequential'];

/** What to simulate. */
export interface SimulationOptions {
  maxParallel: number;
  policy: SimulationPolicy;
  pools?: Record<string, number>;
  granularity?: Granularity;
  satisfied?: readonly TaskStatus[];
}

/** When one unit ran, in hours from now. */
export interface SimulatedTask {
  id: string;
  start: number;
  end: number;
}

/** The outcome of a simulation; times in hours. */
export interface SimulationResult {
  policy: SimulationPolicy;
  maxParallel: number;
  makespan: number;
  /** max(critical path, total work / max-parallel): no schedule can beat it. */
  lowerBound: number;
  criticalPathHours: number;
  totalHours: number;
  /** Share of the agent-hours available until the makespan that were used. */
  utilisation: number;
  /** In start order (ties by id). */
  tasks: SimulatedTask[];
  /** Units that never run: blocked, deferred, or held behind them. */
  unscheduled: string[];
}

const DEFAULT_SATISFIED: readonly TaskStatus[] = ['done', 'cancelled'];

/**
 * A discrete-event simulation of the remaining work over the estimates (1 hour where a unit has
 * none). Running units (in progress or in review) start at 0 with their whole estimate. Pure and
 * deterministic; pools and path conflicts apply as in a real dispatch.
 */
export function simulateSchedule(plan: Plan, options: SimulationOptions): SimulationResult {
  const satisfied = new Set(options.satisfied ?? DEFAULT_SATISFIED);
  const { units, waitsOn } = buildUnitGraph(plan.tasks, plan.graph ?? buildDependencyGraph(plan.tasks), options.granularity ?? 'task', satisfied);
  const count = units.length;
  const { order, dependents } = topologicalOrder(waitsOn);

  // Which units can run at all: not finished, and nothing blocked or deferred upstream.
  const runnable = new Uint8Array(count);
  const wave = new Int32Array(count);
  for (const index of order) {
    const unit = units[index] as Unit;
    if (satisfied.has(unit.status) || unit.status === 'blocked' || unit.status === 'deferred') continue;
    const running = isRunning(unit);
    let ok = true;
    let layer = running ? 0 : 1;
    for (const target of waitsOn[index] as number[]) {
      if (!runnable[target]) ok = false;
      else if (!running) layer = Math.max(layer, (wave[target] as number) + 1);
    }
    runnable[index] = ok ? 1 : 0;
    wave[index] = layer;
  }
  const hours = units.map((unit, index) => (runnable[index] ? unit.hours : 0));
  const weights = chainWeights(order, dependents, hours);
  const idRank = new Int32Array(count);
  units.map((_, index) => index).sort((a, b) => compareIds((units[a] as Unit).id, (units[b] as Unit).id)).forEach((index, rank) => (idRank[index] = rank));
  const priority = (index: number) => PRIORITY_RANK[(units[index] as Unit).task.priority];
  const rankOrder = options.policy === 'sequential'
    ? (a: number, b: number) => priority(b) - priority(a) || (units[a] as Unit).task.dependencies.length - (units[b] as Unit).task.dependencies.length || (idRank[a] as number) - (idRank[b] as number)
    : (a: number, b: number) => priority(b) - priority(a) || (weights[b] as number) - (weights[a] as number) || (idRank[a] as number) - (idRank[b] as number);
  const capacity = { maxParallel: options.policy === 'sequential' ? 1 : options.maxParallel, pools: options.pools ?? {} };

  const start = new Float64Array(count).fill(-1);
  const end = new Float64Array(count).fill(-1);
  const remaining = Int32Array.from(waitsOn, (edges) => edges.length);
  const finishing = new MinHeap<number>((a, b) => (end[a] as number) < (end[b] as number) || ((end[a] as number) === (end[b] as number) && (idRank[a] as number) < (idRank[b] as number)));
  const running = new Set<number>();
  const ready: number[] = [];
  const unfinishedInWave = new Map<number, number>();
  for (let index = 0; index < count; index++) {
    if (!runnable[index]) continue;
    unfinishedInWave.set(wave[index] as number, (unfinishedInWave.get(wave[index] as number) ?? 0) + 1);
    if (isRunning(units[index] as Unit)) launch(index, 0);
    else if (remaining[index] === 0) ready.push(index);
  }
  let currentWave = 0;
  let now = 0;
  const unitOf = new Map(units.map((unit, index) => [unit, index]));

  for (;;) {
    while (options.policy === 'waves' && (unfinishedInWave.get(currentWave) ?? 0) === 0 && currentWave <= count) currentWave++;
    const eligible = ready.filter((index) => options.policy !== 'waves' || wave[index] === currentWave).sort(rankOrder);
    const picked = pickDispatch(eligible.map((index) => units[index] as Unit), [...running].map((index) => units[index] as Unit), capacity).dispatch;
    for (const unit of picked) {
      const index = unitOf.get(unit) as number;
      ready.splice(ready.indexOf(index), 1);
      launch(index, now);
    }
    const next = finishing.pop();
    if (next === undefined) break;
    now = end[next] as number;
    complete(next);
    while (finishing.size > 0 && end[finishing.peek() as number] === now) complete(finishing.pop() as number);
  }

  function launch(index: number, at: number): void {
    start[index] = at;
    end[index] = at + (hours[index] as number);
    running.add(index);
    finishing.push(index);
  }

  function complete(index: number): void {
    running.delete(index);
    unfinishedInWave.set(wave[index] as number, (unfinishedInWave.get(wave[index] as number) ?? 0) - 1);
    for (let edge = dependents.start[index] as number; edge < (dependents.start[index + 1] as number); edge++) {
      const dependent = dependents.targets[edge] as number;
      remaining[dependent] = (remaining[dependent] as number) - 1;
      if (remaining[dependent] === 0 && runnable[dependent] && start[dependent] === -1) ready.push(dependent);
    }
  }

  const scheduled = [...Array(count).keys()].filter((index) => (start[index] as number) >= 0);
  scheduled.sort((a, b) => (start[a] as number) - (start[b] as number) || (idRank[a] as number) - (idRank[b] as number));
  const makespan = scheduled.reduce((latest, index) => Math.max(latest, end[index] as number), 0);
  const totalHours = scheduled.reduce((sum, index) => sum + (hours[index] as number), 0);
  const criticalPathHours = order.reduce((longest, index) => Math.max(longest, weights[index] as number), 0);
  const lowerBound = Math.max(criticalPathHours, totalHours / Math.max(1, options.maxParallel));
  return {
    policy: options.policy,
    maxParallel: options.maxParallel,
    makespan,
    lowerBound,
    criticalPathHours,
    totalHours,
    utilisation: makespan > 0 ? totalHours / (options.maxParallel * makespan) : 1,
    tasks: scheduled.map((index) => ({ id: (units[index] as Unit).id, start: start[index] as number, end: end[index] as number })),
    unscheduled: units.filter((unit, index) => !satisfied.has(unit.status) && start[index] === -1).map((unit) => unit.id).sort(compareIds),
  };
}

function isRunning(unit: Unit): boolean {
  return unit.status === 'in-progress' || unit.status === 'review';
}
