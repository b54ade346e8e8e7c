import type { Unit } from './buildUnitGraph.js';
import { pathsOverlap } from './pathsOverlap.js';

/** Caps on what runs at once. */
export interface Capacity {
  maxParallel: number;
  pools: Record<string, number>;
}

/** A ready unit that was not dispatched this time, and why (`paused` and `budget` come from gateDispatch). */
export interface Skipped {
  id: string;
  reason: 'capacity' | 'pool' | 'paths' | 'paused' | 'budget';
  /** The pool that is full, or the unit whose paths overlap. */
  detail?: string;
}

/**
 * Takes ready units in rank order while there is room: the global cap minus units in
 * progress, each pool's cap, and no two units (running or chosen) with overlapping paths.
 */
export function pickDispatch(ranked: readonly Unit[], running: readonly Unit[], capacity: Capacity): { dispatch: Unit[]; held: Skipped[] } {
  let room = Math.max(0, capacity.maxParallel - running.length);
  const poolUse = new Map<string, number>();
  const busy: Unit[] = [];
  for (const unit of running) {
    const pool = unit.resources;
    if (pool !== undefined) poolUse.set(pool, (poolUse.get(pool) ?? 0) + 1);
    if (unit.paths.length > 0) busy.push(unit);
  }
  const dispatch: Unit[] = [];
  const held: Skipped[] = [];
  for (const unit of ranked) {
    if (room === 0) {
      held.push({ id: unit.id, reason: 'capacity' });
      continue;
    }
    const pool = unit.resources;
    const cap = pool === undefined ? undefined : capacity.pools[pool];
    if (pool !== undefined && cap !== undefined && (poolUse.get(pool) ?? 0) >= cap) {
      held.push({ id: unit.id, reason: 'pool', detail: pool });
      continue;
    }
    const clash = unit.paths.length > 0 ? busy.find((other) => pathsOverlap(unit.paths, other.paths)) : undefined;
    if (clash) {
      held.push({ id: unit.id, reason: 'paths', detail: clash.id });
      continue;
    }
    dispatch.push(unit);
    room--;
    if (pool !== undefined) poolUse.set(pool, (poolUse.get(pool) ?? 0) + 1);
    if (unit.paths.length > 0) busy.push(unit);
  }
  return { dispatch, held };
}
