import type { Plan } from '../core/model.js';
import type { PlanResult } from '../core/planWaves.js';
import { orderUnitsForDisplay } from './orderUnitsForDisplay.js';
import { STATUS_COLORS } from './statusColors.js';
import { statusEmoji } from './statusEmoji.js';
import { toSingleLine } from './toSingleLine.js';
import { unitEdges } from './unitEdges.js';

/** How to draw the DOT graph. */
export interface DotOptions {
  /** `TB` top to bottom (default) or `LR` left to right. */
  direction?: 'TB' | 'LR';
  /** Longest title in a node, in characters. Default 60. */
  titleLength?: number;
}

/** The plan as a Graphviz digraph: one box per unit, dependency -> dependent, filled by status. */
export function renderDot(plan: Plan, result: PlanResult, options: DotOptions = {}): string {
  const titleLength = options.titleLength ?? 60;
  const { open, finished } = orderUnitsForDisplay(result.units);
  const lines = [
    'digraph waves {',
    `  rankdir=${options.direction ?? 'TB'};`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    '  edge [color="#57606a"];',
  ];
  for (const unit of [...open, ...finished]) {
    const display = statusEmoji(unit);
    const color = STATUS_COLORS[display.key];
    const label = `${unit.id}: ${toSingleLine(unit.title, titleLength)}\n${display.label}`;
    const dashed = display.key === 'deferred' || display.key === 'cancelled' ? ', style="rounded,filled,dashed"' : '';
    lines.push(`  ${quoteDot(unit.id)} [label=${quoteDot(label)}, fillcolor="${color.fill}", color="${color.stroke}", fontcolor="${color.text}"${dashed}];`);
  }
  for (const edge of unitEdges(plan, result)) lines.push(`  ${quoteDot(edge.from)} -> ${quoteDot(edge.to)};`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

// In a DOT string only `"` and `\` are special, but in a label `\` also starts escapes such as `\N`
// (the node name) and `\l`, so a literal backslash is doubled; our own line break is written `\n`.
function quoteDot(text: string): string {
  const escaped = text
    .split('\n')
    .map((part) => toSingleLine(part).replace(/[\\"]/g, (char) => `\\${char}`))
    .join('\\n');
  return `"${escaped}"`;
}
