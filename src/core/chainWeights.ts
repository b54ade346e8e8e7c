import type { DependencyGraph } from './dependencyGraph.js';

/**
 * The longest chain of work behind each unit, itself included: its hours plus the heaviest
 * chain among the units that wait for it. `order` must be topological (dependencies first).
 */
export function chainWeights(order: readonly number[], dependents: DependencyGraph, hours: ArrayLike<number>): Float64Array {
  const weights = new Float64Array(hours.length);
  const { start, targets } = dependents;
  for (let position = order.length - 1; position >= 0; position--) {
    const unit = order[position] as number;
    let heaviest = 0;
    for (let at = start[unit] as number; at < (start[unit + 1] as number); at++) heaviest = Math.max(heaviest, weights[targets[at] as number] as number);
    weights[unit] = (hours[unit] as number) + heaviest;
  }
  return weights;
}
