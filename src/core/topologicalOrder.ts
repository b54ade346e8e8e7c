import type { DependencyGraph } from './dependencyGraph.js';

/**
 * Kahn's algorithm over `waitsOn` edges (v waits for each of waitsOn[v]): every unit after the
 * units it waits for. Returns the units it could order (fewer than all means a cycle) and, as
 * flat arrays, the units that wait for each unit: `dependents.targets[start[v] .. start[v + 1])`.
 */
export function topologicalOrder(waitsOn: readonly (readonly number[])[]): { order: number[]; dependents: DependencyGraph } {
  const count = waitsOn.length;
  const remaining = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let unit = 0; unit < count; unit++) {
    const edges = waitsOn[unit] as readonly number[];
    remaining[unit] = edges.length;
    for (const target of edges) start[target + 1] = (start[target + 1] as number) + 1;
  }
  for (let unit = 0; unit < count; unit++) start[unit + 1] = (start[unit + 1] as number) + (start[unit] as number);
  const targets = new Int32Array(start[count] as number);
  const fill = start.slice(0, count);
  for (let unit = 0; unit < count; unit++) {
    for (const target of waitsOn[unit] as readonly number[]) {
      const slot = fill[target] as number;
      targets[slot] = unit;
      fill[target] = slot + 1;
    }
  }
  const order: number[] = [];
  for (let unit = 0; unit < count; unit++) if (remaining[unit] === 0) order.push(unit);
  for (let head = 0; head < order.length; head++) {
    const unit = order[head] as number;
    for (let at = start[unit] as number; at < (start[unit + 1] as number); at++) {
      const dependent = targets[at] as number;
      remaining[dependent] = (remaining[dependent] as number) - 1;
      if (remaining[dependent] === 0) order.push(dependent);
    }
  }
  return { order, dependents: { start, targets } };
}
