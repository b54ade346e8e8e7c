import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { displayWidth } from '../../src/render/displayWidth.js';
import { renderStatusText } from '../../src/render/renderStatusText.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string) {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

// eslint-disable-next-line no-control-regex -- matching ANSI escapes is the point
const ANSI = /\u001b\[[0-9;]*m/g;
const tableLines = (text: string) => text.split('\n').filter((line) => /^[┌├│└]/.test(line));

describe('renderStatusText', () => {
  const plan = planOf(seedYaml);
  const result = planWaves(plan);

  it('prints counts, a progress bar and the seed-style table, without colour when asked', () => {
    const text = renderStatusText(plan, result, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('waves.yml: 12 tasks\n');
    expect(text).toContain('✅ 2 done  🔄 1 in progress  ⏳ 0 ready  🔒 9 waiting  ⛔ 0 blocked');
    expect(text).toContain(`[${'█'.repeat(5)}${'░'.repeat(25)}] 16% done`);
    expect(text).toContain('Critical path: 267 → 254 → 255 → 258 → 261 (21h 30m)');
    expect(text).toMatch(/│ Task +│ Priority │ Status +│ Agent +│ Wave │ Waiting on │/);
    expect(text).toMatch(/│ 267: Comprehensive Unit Testi… │ HIGH +│ 🔄 In progress │ test-automatio… │ now +│ — +│/);
    expect(text).toMatch(/│ 255: LSP Integration and Code… │ HIGH +│ 🔒 Waiting +│ lsp-integratio… │ 2 +│ 254, 267 +│/);
  });

  it('draws every table line the same width, within the requested width', () => {
    for (const width of [100, 80, 60]) {
      const lines = tableLines(renderStatusText(plan, result, { color: false, width }));
      const widths = new Set(lines.map(displayWidth));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(width);
    }
    // Narrow terminals keep each status's emoji instead of a cut-off label.
    expect(renderStatusText(plan, result, { color: false, width: 60 })).toMatch(/│ 🔄 {5}│/);
  });

  it('separates running work, each wave and finished work with a rule, like the seed', () => {
    const lines = tableLines(renderStatusText(plan, result, { color: false }));
    const rows = lines.map((line) => (line.startsWith('├') ? '---' : line.startsWith('│ ') ? line.slice(2, 5) : line[0]));
    expect(rows).toEqual(['┌', 'Tas', '---', '267', '---', '257', '256', '254', '253', '---', '255', '260', '---', '258', '259', '---', '261', '---', '249', '252', '└']);
  });

  it('colours statuses with ANSI codes when colour is on, and the text is otherwise the same', () => {
    const plain = renderStatusText(plan, result, { color: false });
    const coloured = renderStatusText(plan, result, { color: true });
    expect(coloured).toContain('\u001b[34m🔄 In progress\u001b[0m');
    expect(coloured).toContain('\u001b[90m🔒 Waiting    \u001b[0m');
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('strips terminal escapes and newlines out of hostile titles', () => {
    const hostile = planOf(`tasks:\n  - id: 1\n    title: ${JSON.stringify('evil\u001b[2J\u001b]0;pwned\u0007\nsecond line')}\n`);
    const text = renderStatusText(hostile, planWaves(hostile), { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toMatch(/│ 1: evil \[2J ]0;pwned second line │/);
  });
});
