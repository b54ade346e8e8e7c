import { buildDependencyGraph, type DependencyGraph } from './dependencyGraph.js';
import { buildUnitGraph, type Granularity, type Unit } from './buildUnitGraph.js';
import { chainWeights } from './chainWeights.js';
import { compareIds } from './compareIds.js';
import { findCycles } from './findCycles.js';
import type { Plan, Priority, Problem, TaskStatus } from './model.js';
import { pickDispatch, type Skipped } from './pickDispatch.js';
import { PRIORITY_RANK } from './normalizePriority.js';
import { topologicalOrder } from './topologicalOrder.js';

/** How to plan. */
export interface PlanOptions {
  /** Most units running at once, counting those in progress. Default 4. */
  maxParallel?: number;
  /** Caps per resource class: `{ cpu: 1 }`. */
  pools?: Record<string, number>;
  granularity?: Granularity;
  /** Statuses that satisfy a dependency. Default done and cancelled (`completed` reads as done). */
  satisfied?: readonly TaskStatus[];
}

/** Unit counts; they add up to `total`. `blocked` counts units waiting on dependencies and units marked blocked. */
export interface PlanCounts {
  total: number;
  done: number;
  ready: number;
  blocked: number;
  inProgress: number;
  review: number;
  deferred: number;
  cancelled: number;
}

/** One unit as the renderers see it. */
export interface UnitView {
  id: string;
  title: string;
  status: TaskStatus;
  priority: Priority;
  agent?: string;
  complexity?: number;
  /** Wave number for pending work (1 = can start now or when running work ends). */
  wave?: number;
  /** Unsatisfied direct dependencies. */
  waitingOn: string[];
  /** Hours of the longest chain of work behind the unit, itself included. */
  chainHours: number;
  ready: boolean;
  /** Pending but held by a dependency that is blocked or deferred: no wave until a person acts. */
  stalled: boolean;
}

/** Everything a plan says: what to dispatch now and what the rest of the work looks like. */
export interface PlanResult {
  granularity: Granularity;
  maxParallel: number;
  /** Ids to start now, in dispatch order. */
  dispatch: string[];
  /** Ready units left out this time, and why (capacity, pool, paths). */
  held: Skipped[];
  inProgress: string[];
  /** Pending work in layers; wave 1 can start now or as soon as running work finishes. */
  waves: string[][];
  waitingOn: Record<string, string[]>;
  /** Pending units held by blocked or deferred work. */
  stalled: string[];
  criticalPath: string[];
  criticalPathHours: number;
  remainingHours: number;
  /** Hours to finish at best: max(critical path, remaining work / max-parallel). */
  etaHours: number;
  counts: PlanCounts;
  units: UnitView[];
  problems: Problem[];
}

const DEFAULT_SATISFIED: readonly TaskStatus[] = ['done', 'cancelled'];
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

/** Plans a validated plan: pure, deterministic, linear in units + edges (plus sorting). */
export function planWaves(plan: Plan, options: PlanOptions = {}): PlanResult {
  const granularity = options.granularity ?? 'task';
  const maxParallel = options.maxParallel ?? 4;
  const satisfied = new Set(options.satisfied ?? DEFAULT_SATISFIED);
  const { units, waitsOn, graph } = buildUnitGraph(plan.tasks, plan.graph ?? buildDependencyGraph(plan.tasks), granularity, satisfied);
  const { order, dependents } = topologicalOrder(waitsOn);
  const count = units.length;
  const acyclic = order.length === count;
  // Only units that Kahn's algorithm could not order can be on a cycle.
  const problems = unitProblems(plan, granularity, acyclic ? [] : findCycles(graph));
  // Per-unit facts in flat arrays, indexed like `units`: a 100k-unit plan builds no object per unit.
  const inCycle = new Set(problems.filter((problem) => problem.code === 'cycle').flatMap((problem) => problem.taskId ?? []));
  const remaining = new Uint8Array(count);
  const remainingHours = new Float64Array(count);
  const ready = new Uint8Array(count);
  const priorityRank = new Int32Array(count);
  const running: Unit[] = [];
  for (let index = 0; index < count; index++) {
    const unit = units[index] as Unit;
    const status = unit.status;
    priorityRank[index] = PRIORITY_RANK[unit.task.priority];
    if (status === 'in-progress') running.push(unit);
    else if (status === 'pending' && (waitsOn[index] as number[]).length === 0 && !(inCycle.size > 0 && inCycle.has(unit.id))) ready[index] = 1;
    if (satisfied.has(status)) continue;
    remaining[index] = 1;
    remainingHours[index] = unit.hours;
  }
  const weights = chainWeights(order, dependents, remainingHours);
  const wave = waveNumbers(units, waitsOn, order, satisfied);

  const byDispatchOrder = (a: number, b: number) => (priorityRank[b] as number) - (priorityRank[a] as number) || (weights[b] as number) - (weights[a] as number) || compareIds((units[a] as Unit).id, (units[b] as Unit).id);
  const byId = (a: Unit, b: Unit) => compareIds(a.id, b.id);

  running.sort(byId);
  const ranked: number[] = [];
  for (let index = 0; index < count; index++) if (ready[index]) ranked.push(index);
  ranked.sort(byDispatchOrder);
  const picked = problems.some((problem) => problem.severity === 'error')
    ? { dispatch: [], held: [] }
    : pickDispatch(ranked.map((index) => units[index] as Unit), running, { maxParallel, pools: options.pools ?? {} });

  const layers: number[][] = [];
  const waitingOn: Record<string, string[]> = {};
  const stalled: Unit[] = [];
  let pendingHours = 0;
  for (let index = 0; index < count; index++) {
    const unit = units[index] as Unit;
    const layer = wave[index] as number;
    if (layer >= 0) pendingHours += remainingHours[index] as number;
    if (unit.status !== 'pending') continue;
    if (layer > 0 && acyclic) (layers[layer - 1] ??= []).push(index);
    if (layer === -2) stalled.push(unit);
    const edges = waitsOn[index] as number[];
    if (edges.length > 0) waitingOn[unit.id] = idsOf(units, edges);
  }
  const waves = layers.filter((layer) => layer !== undefined).map((layer) => layer.sort(byDispatchOrder).map((index) => (units[index] as Unit).id));

  const critical = criticalPath(units, waitsOn, order, dependents, weights, remaining, wave);
  const criticalPathHours = critical.length > 0 ? (weights[critical[0] as number] as number) : 0;
  let views: UnitView[] | undefined;
  return {
    granularity,
    maxParallel,
    dispatch: picked.dispatch.map((unit) => unit.id),
    held: picked.held,
    inProgress: running.map((unit) => unit.id),
    waves,
    waitingOn,
    stalled: stalled.sort(byId).map((unit) => unit.id),
    criticalPath: critical.map((index) => (units[index] as Unit).id),
    criticalPathHours,
    remainingHours: pendingHours,
    etaHours: Math.max(criticalPathHours, maxParallel > 0 ? pendingHours / maxParallel : pendingHours),
    counts: countUnits(units, ready),
    // Built when a renderer first asks: `waves plan --json` never does.
    get units() {
      return (views ??= units.map((unit, index) => unitView(unit, index, units, waitsOn, wave, weights, ready, acyclic)));
    },
    problems,
  };
}

/** Wave of each unit: 0 = running, -1 = not pending work, -2 = stalled; pending work 1 + its latest dependency's. */
function waveNumbers(units: readonly Unit[], waitsOn: readonly (readonly number[])[], order: readonly number[], satisfied: ReadonlySet<TaskStatus>): Int32Array {
  const wave = new Int32Array(units.length);
  for (const index of order) {
    const unit = units[index] as Unit;
    if (unit.status === 'in-progress' || unit.status === 'review') wave[index] = 0;
    else if (unit.status !== 'pending') wave[index] = satisfied.has(unit.status) ? -1 : -2;
    else {
      let layer = 1;
      for (const target of waitsOn[index] as number[]) {
        const targetWave = wave[target] as number;
        if (targetWave === -2) { layer = -2; break; }
        if (targetWave >= 0) layer = Math.max(layer, targetWave + 1);
      }
      wave[index] = layer;
    }
  }
  return wave;
}

/** Ids of the given units, in natural id order. */
function idsOf(units: readonly Unit[], indices: readonly number[]): string[] {
  if (indices.length === 0) return NO_IDS;
  if (indices.length === 1) return [(units[indices[0] as number] as Unit).id];
  return indices.map((target) => (units[target] as Unit).id).sort(compareIds);
}

function unitView(unit: Unit, index: number, units: readonly Unit[], waitsOn: readonly (readonly number[])[], wave: Int32Array, weights: Float64Array, ready: Uint8Array, acyclic: boolean): UnitView {
  const pending = unit.status === 'pending';
  const layer = wave[index] as number;
  // One object shape for every view (optional fields present as undefined): fast to build and read.
  return {
    id: unit.id,
    title: unit.task.title,
    status: unit.status,
    priority: unit.task.priority,
    agent: unit.task.agent,
    complexity: unit.task.complexity,
    wave: pending && layer > 0 && acyclic ? layer : undefined,
    waitingOn: idsOf(units, waitsOn[index] as number[]),
    chainHours: weights[index] as number,
    ready: ready[index] === 1,
    stalled: pending && layer === -2,
  };
}

/** Dispatch order: priority, then the heaviest chain of work behind, then natural id order. */
export function compareUnits(a: UnitView, b: UnitView): number {
  return PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || b.chainHours - a.chainHours || compareIds(a.id, b.id);
}

/** The heaviest remaining chain, as unit indices, from a unit that can start first. */
function criticalPath(units: readonly Unit[], waitsOn: readonly (readonly number[])[], order: number[], dependents: DependencyGraph, weights: Float64Array, remaining: Uint8Array, wave: Int32Array): number[] {
  let best = -1;
  for (const index of order) {
    if (!remaining[index] || (wave[index] as number) < 0 || (waitsOn[index] as number[]).length > 0) continue;
    if (best === -1 || (weights[index] as number) > (weights[best] as number) || ((weights[index] as number) === (weights[best] as number) && compareIds((units[index] as Unit).id, (units[best] as Unit).id) < 0)) best = index;
  }
  const path: number[] = [];
  for (let at = best; at !== -1;) {
    path.push(at);
    let next = -1;
    for (let edge = dependents.start[at] as number; edge < (dependents.start[at + 1] as number); edge++) {
      const dependent = dependents.targets[edge] as number;
      if ((wave[dependent] as number) < 0) continue;
      if (next === -1 || (weights[dependent] as number) > (weights[next] as number) || ((weights[dependent] as number) === (weights[next] as number) && compareIds((units[dependent] as Unit).id, (units[next] as Unit).id) < 0)) next = dependent;
    }
    at = next;
  }
  return path;
}

function countUnits(units: readonly Unit[], ready: Uint8Array): PlanCounts {
  const counts: PlanCounts = { total: units.length, done: 0, ready: 0, blocked: 0, inProgress: 0, review: 0, deferred: 0, cancelled: 0 };
  for (let index = 0; index < units.length; index++) {
    const status = (units[index] as Unit).status;
    if (status === 'pending') counts[ready[index] ? 'ready' : 'blocked']++;
    else if (status === 'in-progress') counts.inProgress++;
    else if (status === 'blocked') counts.blocked++;
    else counts[status]++;
  }
  return counts;
}

function unitProblems(plan: Plan, granularity: Granularity, cycles: string[][]): Problem[] {
  const problems: Problem[] = cycles.map((cycle) => ({
    severity: 'error' as const,
    code: 'cycle',
    file: plan.file,
    tag: plan.tag,
    taskId: cycle[0],
    field: 'dependencies',
    message: `at ${granularity} granularity these units wait for each other: ${cycle.join(' -> ')}`,
    hint: granularity === 'task' ? 'a task depends on a subtask of a task that waits for it: plan with --granularity subtask, or change the dependencies' : 'change the dependencies so the units can run in some order',
  }));
  if (granularity === 'subtask') {
    for (const task of plan.tasks) {
      const seen = new Set<string>();
      for (const subtask of task.subtasks) {
        if (seen.has(subtask.id)) {
          problems.push({ severity: 'error', code: 'duplicate-id', file: plan.file, tag: plan.tag, taskId: subtask.id, field: 'id', message: `subtask id ${subtask.id} is used more than once in task ${task.id}, so its subtasks cannot be scheduled one by one`, hint: `renumber the subtasks of task ${task.id}, or plan with --granularity task`, path: [...subtask.path, 'id'] });
          break;
        }
        seen.add(subtask.id);
      }
    }
  }
  return problems;
}
