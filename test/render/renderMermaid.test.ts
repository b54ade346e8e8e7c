import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { renderMermaid } from '../../src/render/renderMermaid.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string) {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  // Validation refuses ids outside [A-Za-z0-9._-]; the renderers must stay safe on any model anyway.
  expect(problems.filter((problem) => problem.severity === 'error' && problem.code !== 'unsafe-id')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

/** Node id -> label, from `  id["label"]` lines. */
function nodes(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^ {2}([A-Za-z0-9_]+)\["([^"]*)"\]$/gm)].map((match) => [match[1] as string, match[2] as string]));
}

describe('renderMermaid on the seed situation', () => {
  const plan = planOf(seedYaml);
  const text = renderMermaid(plan, planWaves(plan));

  it('draws one node per task', () => {
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    const labels = nodes(text);
    expect(labels.size).toBe(12);
    expect(labels.get('t267')).toBe('267: Comprehensive Unit Testing Foundation');
  });

  it('draws dependency --> dependent for waiting and already satisfied dependencies alike', () => {
    expect(text).toContain('  t267 --> t254\n');
    expect(text).toContain('  t254 --> t255\n');
    expect(text).toContain('  t249 --> t260\n'); // 249 is done: satisfied, but still part of the picture
    expect(text.match(/-->/g)).toHaveLength(18);
  });

  it('colours nodes by status with one classDef per status in use', () => {
    expect(text).toMatch(/classDef done fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}/);
    expect(text).toContain('  class t249,t252 done\n');
    expect(text).toContain('  class t267 inProgress\n');
    expect(text).toContain('  class t257,t256,t254,t253,t255,t260,t258,t259,t261 waiting\n');
    expect(text).not.toContain('classDef blocked');
  });

  it('draws left to right on request', () => {
    expect(renderMermaid(plan, planWaves(plan), { direction: 'LR' }).startsWith('flowchart LR\n')).toBe(true);
  });
});

describe('renderMermaid node ids and labels', () => {
  it('turns slug and dotted ids into safe, distinct identifiers', () => {
    const plan = planOf(`tasks:
  - { id: rust-cli-setup, title: Setup }
  - { id: end, title: Keyword id, dependencies: [rust-cli-setup] }
  - { id: a.b, title: Dotted }
  - { id: a_b, title: Underscored, dependencies: [a.b] }
  - { id: "x y", title: Spaced, status: blocked }
`);
    const text = renderMermaid(plan, planWaves(plan));
    const labels = nodes(text);
    expect([...labels.values()].sort()).toEqual(['a.b: Dotted', 'a_b: Underscored', 'end: Keyword id', 'rust-cli-setup: Setup', 'x y: Spaced']);
    expect(labels.get('trust_cli_setup')).toBe('rust-cli-setup: Setup');
    expect(labels.get('tend')).toBe('end: Keyword id');
    expect(text).toContain('  trust_cli_setup --> tend\n');
    const dotted = [...labels].find(([, label]) => label.startsWith('a.b'))?.[0] as string;
    const underscored = [...labels].find(([, label]) => label.startsWith('a_b'))?.[0] as string;
    expect(dotted).not.toBe(underscored);
    expect(text).toContain(`  ${dotted} --> ${underscored}\n`);
    expect(text).toContain('  class tx_y blocked\n');
  });

  it('maps subtask dependencies to units at each granularity', () => {
    const plan = planOf(seedYaml);
    const subtasks = renderMermaid(plan, planWaves(plan, { granularity: 'subtask' }));
    expect(nodes(subtasks).get('t267_2')).toBe('267.2: Unit Test Development');
    expect(subtasks).toContain('  t267_2 --> t267_3\n');
    expect(subtasks).toContain('  t267_3 --> t254\n'); // depending on 267 means waiting for each of its subtasks
    const tasks = planOf('tasks:\n  - { id: 1, title: A, subtasks: [{ id: 1, title: A1 }] }\n  - { id: 2, title: B, dependencies: ["1.1"] }\n');
    expect(renderMermaid(tasks, planWaves(tasks))).toContain('  t1 --> t2\n');
  });

  it('escapes quotes, entities, HTML and Mermaid directives in titles', () => {
    const title = 'Say "hi" #1 <b>&</b> `code` %%{init: {"theme":"dark"}}%% \\ end\nsecond line';
    const plan = planOf(`tasks:\n  - id: 1\n    title: ${JSON.stringify(title)}\n`);
    const text = renderMermaid(plan, planWaves(plan), { titleLength: 200 });
    expect(nodes(text).get('t1')).toBe('1: Say #quot;hi#quot; #35;1 #lt;b#gt;#amp;#lt;/b#gt; #96;code#96; #37;#37;#123;init: #123;#quot;theme#quot;:#quot;dark#quot;#125;#125;#37;#37; #92; end second line');
    expect(text).not.toContain('%%{');
    expect(text.split('\n').filter((line) => line.startsWith('  t1[')).length).toBe(1);
    expect(nodes(renderMermaid(plan, planWaves(plan))).get('t1')).toMatch(/^1: Say #quot;hi#quot;.*…$/); // 60 characters by default
  });

  it('caps the number of nodes and says how many are left out', () => {
    const tasks = Array.from({ length: 20 }, (_, index) => `  - { id: ${index + 1}, title: T${index + 1}${index > 0 ? `, dependencies: [${index}]` : ''} }\n`).join('');
    const plan = planOf(`tasks:\n${tasks}`);
    const text = renderMermaid(plan, planWaves(plan), { maxNodes: 5 });
    expect(nodes(text).size).toBe(6); // five units and the note
    expect(text).toContain('  more["… and 15 more units not shown"]\n');
    expect(text).toContain('  t4 --> t5\n');
    expect(text).not.toContain('t5 --> t6');
  });
});
