import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { renderDashboardMarkdown } from '../../src/render/renderDashboardMarkdown.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string) {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

/** Cells of a Markdown table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
}

describe('renderDashboardMarkdown on the seed situation', () => {
  const plan = planOf(seedYaml);
  const markdown = renderDashboardMarkdown(plan, planWaves(plan), { generatedAt: '2025-09-21 23:36 UTC' });
  const lines = markdown.split('\n');

  it('opens with a heading and a counts line with percent done, ETA and critical path', () => {
    expect(lines[0]).toBe('## Wave status: waves.yml');
    expect(markdown).toContain('**12 tasks** · ✅ 2 done · 🔄 1 in progress · ⏳ 0 ready · 🔒 9 waiting · ⛔ 0 blocked · **16% done**');
    expect(markdown).toContain('ETA **21h 30m**');
    expect(markdown).toContain('critical path 267 → 254 → 255 → 258 → 261 (21h 30m)');
  });

  it('lists open work first, running then wave by wave, with status emoji, agent, wave and what it waits on', () => {
    const rows = lines.filter((line) => /^\| \d+: /.test(line)).map(cells);
    expect(rows.slice(0, 10).map((row) => row[0]?.split(':')[0])).toEqual(['267', '257', '256', '254', '253', '255', '260', '258', '259', '261']);
    expect(rows[0]).toEqual(['267: Comprehensive Unit Testing Foundation', 'HIGH', '🔄 In progress', 'test-automation-engineer-agent', 'running', '—']);
    expect(rows[5]).toEqual(['255: LSP Integration and Code Intelligence', 'HIGH', '🔒 Waiting', 'lsp-integration-expert-agent', '2', 'waits on 254, 267']);
    expect(rows[9]).toEqual(['261: File Watching System', 'Medium', '🔒 Waiting', '—', '4', 'waits on 258, 260']);
  });

  it('folds finished work into a details block after the open table', () => {
    const details = markdown.indexOf('<details>');
    expect(details).toBeGreaterThan(markdown.indexOf('| 261: '));
    expect(markdown.slice(details)).toContain('| 249: Core Rust Daemon Foundation | HIGH | ✅ Done | — |');
    expect(markdown).toContain('- Wave 2 (2): 255, 260 — after 254');
  });

  it('ends with a Mermaid graph and the footer', () => {
    expect(markdown).toContain('```mermaid\nflowchart TD\n');
    expect(markdown).toContain('  t254 --> t255');
    expect(markdown.trimEnd().endsWith('<sub>Generated 2025-09-21 23:36 UTC by wave-orchestrator</sub>')).toBe(true);
  });

  it('shows ready work and why a ready task is held', () => {
    const ready = planOf(seedYaml.replace('status: in-progress', 'status: done'));
    const text = renderDashboardMarkdown(ready, planWaves(ready, { maxParallel: 3 }));
    expect(text).toContain('⏳ 4 ready');
    expect(text).toContain('| 253: OS-Standard Directory Usage | Medium | ⏳ Ready | system-architect-agent | 1 | a free slot |');
  });
});

describe('renderDashboardMarkdown with untrusted text', () => {
  const hostile = 'a | b <script> `x`\n|';
  const plan = planOf(`tasks:\n  - id: 1\n    title: ${JSON.stringify(hostile)}\n    agent: "@everyone <img>"\n`);
  const markdown = renderDashboardMarkdown(plan, planWaves(plan), { title: 'Release <b>|</b> `now`\n# not a heading' });

  it('keeps a hostile title inside its cell, literal', () => {
    const row = markdown.split('\n').find((line) => line.startsWith('| 1: ')) as string;
    expect(row).toBe('| 1: a \\| b &lt;script&gt; &#96;x&#96; \\| | Medium | ⏳ Ready | @\u200beveryone &lt;img&gt; | 1 | — |');
    expect(cells(row)).toHaveLength(6);
  });

  it('never lets raw HTML, backticks or a second line through anywhere outside the graph', () => {
    const outsideGraph = markdown.slice(0, markdown.indexOf('```mermaid'));
    expect(outsideGraph).not.toContain('<script>');
    expect(outsideGraph).not.toContain('<img>');
    expect(outsideGraph).not.toContain('`');
    expect(markdown.split('\n')[0]).toBe('## Release &lt;b&gt;\\|&lt;/b&gt; &#96;now&#96; \\# not a heading');
  });

  it('escapes the title inside the Mermaid graph too', () => {
    const graph = markdown.slice(markdown.indexOf('```mermaid'));
    expect(graph).toContain('t1["1: a | b #lt;script#gt; #96;x#96; |"]');
  });
});

describe('renderDashboardMarkdown on large plans', () => {
  const tasks = Array.from({ length: 360 }, (_, index) =>
    `  - id: ${index + 1}\n    title: ${JSON.stringify(`Task ${index + 1} ${'<&>|`'.repeat(40)}`)}\n${index >= 350 ? '    status: done\n' : ''}${index > 0 && index < 350 ? `    dependencies: [${index}]\n` : ''}`,
  ).join('');
  const plan = planOf(`tasks:\n${tasks}`);
  const markdown = renderDashboardMarkdown(plan, planWaves(plan));

  it('truncates the table with a note', () => {
    const openRows = markdown.slice(0, markdown.indexOf('<details>')).split('\n').filter((line) => /^\| \d+: /.test(line));
    expect(openRows).toHaveLength(300);
    expect(markdown).toContain('_… and 50 more open tasks not shown._');
  });

  it('truncates the graph with a note node and stays far below the 1 MiB step-summary limit', () => {
    const graph = markdown.slice(markdown.indexOf('```mermaid'));
    expect(graph).toMatch(/more\["… and \d+ more units not shown"\]/);
    expect(graph.length).toBeLessThan(50_000);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThan(1024 * 1024);
  });
});
