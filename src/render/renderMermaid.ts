import type { Plan } from '../core/model.js';
import type { PlanResult, UnitView } from '../core/planWaves.js';
import { orderUnitsForDisplay } from './orderUnitsForDisplay.js';
import { STATUS_COLORS } from './statusColors.js';
import { STATUS_KEYS, statusEmoji, type StatusKey } from './statusEmoji.js';
import { toSingleLine } from './toSingleLine.js';
import { unitEdges } from './unitEdges.js';

/** How to draw the Mermaid graph. */
export interface MermaidOptions {
  /** `TD` top-down (default) or `LR` left to right. */
  direction?: 'TD' | 'LR';
  /** Most units drawn; the rest are summed up in a note. Default 500. */
  maxNodes?: number;
  /** Most edges drawn. Default 500, Mermaid's own `maxEdges`: above it GitHub shows an error instead of a graph. */
  maxEdges?: number;
  /** Longest title in a node, in characters. Default 60. */
  titleLength?: number;
}

const CLASS_NAMES: Record<StatusKey, string> = {
  done: 'done',
  'in-progress': 'inProgress',
  review: 'review',
  ready: 'ready',
  waiting: 'waiting',
  stalled: 'stalled',
  blocked: 'blocked',
  deferred: 'deferred',
  cancelled: 'cancelled',
};

/** The plan as a Mermaid flowchart: one node per unit, dependency --> dependent, coloured by status. */
export function renderMermaid(plan: Plan, result: PlanResult, options: MermaidOptions = {}): string {
  const maxNodes = options.maxNodes ?? 500;
  const maxEdges = options.maxEdges ?? 500;
  const titleLength = options.titleLength ?? 60;
  const { open, finished } = orderUnitsForDisplay(result.units);
  // When the graph is cut, open work is what people need to see; finished work goes first.
  const shown = [...open, ...finished].slice(0, Math.max(0, maxNodes));
  const ids = mermaidIds(shown);
  const lines = [`flowchart ${options.direction ?? 'TD'}`];
  for (const unit of shown) lines.push(`  ${ids.get(unit.id)}["${escapeMermaid(`${unit.id}: ${toSingleLine(unit.title, titleLength)}`)}"]`);

  const edges = unitEdges(plan, result).filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  for (const edge of edges.slice(0, maxEdges)) lines.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);

  const hiddenUnits = result.units.length - shown.length;
  const hiddenEdges = Math.max(0, edges.length - maxEdges);
  if (hiddenUnits > 0 || hiddenEdges > 0) {
    const parts = [hiddenUnits > 0 ? `${hiddenUnits} more units` : '', hiddenEdges > 0 ? `${hiddenEdges} more dependencies` : ''].filter(Boolean);
    lines.push(`  more["… and ${parts.join(' and ')} not shown"]`);
    lines.push('  classDef note fill:#ffffff,stroke:#8c959f,stroke-dasharray:4 4,color:#57606a');
    lines.push('  class more note');
  }

  const byStatus = new Map<StatusKey, string[]>();
  for (const unit of shown) {
    const key = statusEmoji(unit).key;
    const list = byStatus.get(key) ?? [];
    list.push(ids.get(unit.id) as string);
    byStatus.set(key, list);
  }
  for (const key of STATUS_KEYS) {
    const members = byStatus.get(key);
    if (!members) continue;
    const color = STATUS_COLORS[key];
    const dashed = key === 'deferred' || key === 'cancelled' ? ',stroke-dasharray:4 4' : '';
    lines.push(`  classDef ${CLASS_NAMES[key]} fill:${color.fill},stroke:${color.stroke},color:${color.text}${dashed}`);
    lines.push(`  class ${members.join(',')} ${CLASS_NAMES[key]}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Node ids Mermaid cannot misread: `t` + the id with anything but letters, digits and `_` turned into `_`
 * (the prefix also keeps ids like `end` or `o1` from being read as keywords or edge shapes). Ids that
 * collide after that get `u<index>`, which no `t…` id can equal.
 */
function mermaidIds(units: readonly UnitView[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  units.forEach((unit, index) => {
    const base = `t${unit.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    const id = used.has(base) ? `u${index}` : base;
    used.add(id);
    ids.set(unit.id, id);
  });
  return ids;
}

// Mermaid decodes `#name;` and `#code;` into entities. `%` and braces are encoded too, because Mermaid
// looks for `%%{init: ...}%%` directives anywhere in the text, even inside a quoted label.
const MERMAID_ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '%': '#37;',
  '{': '#123;',
  '}': '#125;',
  '\\': '#92;',
};

function escapeMermaid(text: string): string {
  return text.replace(/["#&<>`%{}\\]/g, (char) => MERMAID_ENTITIES[char] as string);
}
