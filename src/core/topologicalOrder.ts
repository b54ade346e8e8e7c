/**
 * Kahn's algorithm over `waitsOn` edges (v waits for each of waitsOn[v]): every unit after
 * the units it waits for. Returns the units it could order; fewer than all means a cycle.
 */
export function topologicalOrder(waitsOn: readonly (readonly number[])[]): { order: number[]; dependents: number[][] } {
  const count = waitsOn.length;
  const remaining = new Int32Array(count);
  const dependents: number[][] = Array.from({ length: count }, () => []);
  for (let unit = 0; unit < count; unit++) {
    const edges = waitsOn[unit] as readonly number[];
    remaining[unit] = edges.length;
    for (const target of edges) (dependents[target] as number[]).push(unit);
  }
  const order: number[] = [];
  for (let unit = 0; unit < count; unit++) if (remaining[unit] === 0) order.push(unit);
  for (let head = 0; head < order.length; head++) {
    for (const dependent of dependents[order[head] as number] as number[]) {
      remaining[dependent] = (remaining[dependent] as number) - 1;
      if (remaining[dependent] === 0) order.push(dependent);
    }
  }
  return { order, dependents };
}
