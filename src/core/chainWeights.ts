/**
 * The longest chain of work behind each unit, itself included: its hours plus the heaviest
 * chain among the units that wait for it. `order` must be topological (dependencies first).
 */
export function chainWeights(order: readonly number[], dependents: readonly (readonly number[])[], hours: readonly number[]): Float64Array {
  const weights = new Float64Array(hours.length);
  for (let position = order.length - 1; position >= 0; position--) {
    const unit = order[position] as number;
    let heaviest = 0;
    for (const dependent of dependents[unit] as readonly number[]) heaviest = Math.max(heaviest, weights[dependent] as number);
    weights[unit] = (hours[unit] as number) + heaviest;
  }
  return weights;
}
