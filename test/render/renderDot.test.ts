import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { renderDot } from '../../src/render/renderDot.js';
import { STATUS_COLORS } from '../../src/render/statusColors.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string) {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  // Validation refuses ids outside [A-Za-z0-9._-]; the renderers must stay safe on any model anyway.
  expect(problems.filter((problem) => problem.severity === 'error' && problem.code !== 'unsafe-id')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('renderDot', () => {
  it('draws the seed graph as a digraph coloured by status', () => {
    const plan = planOf(seedYaml);
    const text = renderDot(plan, planWaves(plan));
    expect(text.startsWith('digraph waves {\n  rankdir=TB;\n')).toBe(true);
    expect(text.trimEnd().endsWith('}')).toBe(true);
    expect(text).toContain(`  "249" [label="249: Core Rust Daemon Foundation\\nDone", fillcolor="${STATUS_COLORS.done.fill}"`);
    expect(text).toContain(`  "267" [label="267: Comprehensive Unit Testing Foundation\\nIn progress", fillcolor="${STATUS_COLORS['in-progress'].fill}"`);
    expect(text).toContain('  "267" -> "254";\n');
    expect(text).toContain('  "249" -> "260";\n');
    expect(text.match(/ -> /g)).toHaveLength(18);
  });

  it('escapes quotes and backslashes and keeps each node on one line', () => {
    const plan = planOf(`tasks:\n  - id: "a\\"b"\n    title: ${JSON.stringify('Path C:\\temp "x"\nnext')}\n    status: blocked\n`);
    const text = renderDot(plan, planWaves(plan));
    const node = text.split('\n').find((line) => line.includes('[label=')) as string;
    expect(node).toBe(`  "a\\"b" [label="a\\"b: Path C:\\\\temp \\"x\\" next\\nBlocked", fillcolor="${STATUS_COLORS.blocked.fill}", color="${STATUS_COLORS.blocked.stroke}", fontcolor="${STATUS_COLORS.blocked.text}"];`);
  });

  it('draws left to right on request', () => {
    const plan = planOf('tasks:\n  - { id: 1, title: One }\n');
    expect(renderDot(plan, planWaves(plan), { direction: 'LR' })).toContain('  rankdir=LR;\n');
  });
});
