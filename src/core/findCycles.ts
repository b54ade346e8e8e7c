import { compareIds } from './compareIds.js';

/** A directed graph on 0..n-1: `edges[v]` are the nodes v points at. */
export interface IndexGraph {
  ids: readonly string[];
  edges: readonly (readonly number[])[];
}

/**
 * Finds dependency cycles without recursion (Tarjan's algorithm, iterative), and returns
 * one cycle per strongly connected component as a closed path of ids: `["12","15","12"]`.
 * Linear in nodes + edges; each cycle starts at its smallest id, and cycles are sorted.
 */
export function findCycles(graph: IndexGraph): string[][] {
  const count = graph.ids.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  const edgeCursor = new Int32Array(count);
  const callStack: number[] = [];
  let counter = 0;

  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const node = callStack[callStack.length - 1] as number;
      if (order[node] === -1) {
        order[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
      }
      const out = graph.edges[node] ?? [];
      const cursor = edgeCursor[node] as number;
      if (cursor < out.length) {
        edgeCursor[node] = cursor + 1;
        const next = out[cursor] as number;
        if (order[next] === -1) callStack.push(next);
        else if (onStack[next]) low[node] = Math.min(low[node] as number, order[next] as number);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[node] as number);
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(graph, component)).sort((a, b) => compareIds(a[0] as string, b[0] as string));
}

/** The shortest cycle through the component's smallest id, found breadth-first inside the component. */
function cycleWithin(graph: IndexGraph, component: number[]): string[] {
  const members = new Set(component);
  const start = component.reduce((best, node) => (compareIds(graph.ids[node] as string, graph.ids[best] as string) < 0 ? node : best));
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const next of graph.edges[node] ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at) as number) path.push(at);
        path.push(start);
        path.splice(1, path.length - 2, ...path.slice(1, -1).reverse());
        return path.map((index) => graph.ids[index] as string);
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [graph.ids[start] as string, graph.ids[start] as string];
}
