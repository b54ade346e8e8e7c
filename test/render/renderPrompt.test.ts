import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTasks } from '../../src/core/indexTasks.js';
import type { Plan, Task } from '../../src/core/model.js';
import { renderPrompt, TemplateError } from '../../src/render/renderPrompt.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

const seedYaml = readFileSync(new URL('../../examples/seed/waves.yml', import.meta.url), 'utf8');

function planOf(text: string): Plan {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  if (!plan) throw new Error('no plan');
  return plan;
}

function taskOf(plan: Plan, id: string): Task {
  const task = indexTasks(plan.tasks).byId.get(id);
  if (!task) throw new Error(`no task ${id}`);
  return task;
}

describe('renderPrompt with the default template', () => {
  const plan = planOf(seedYaml);
  const prompt = renderPrompt(taskOf(plan, '256'), plan);

  it('reproduces the seed assignment for task 256', () => {
    expect(prompt.startsWith(`TASK ASSIGNMENT FOR distributed-systems-engineer-agent:\n${'━'.repeat(55)}\n\n`)).toBe(true);
    expect(prompt).toContain('📋 TASK ID: 256\n🎯 OBJECTIVE: gRPC Communication Layer\n⚡ PRIORITY: HIGH\n🔧 COMPLEXITY: 7/10\n');
    expect(prompt).toContain(
      '🎯 SUCCESS CRITERIA:\n- Production-ready gRPC between Rust daemon and Python MCP server\n- Connection pooling, automatic reconnection, error handling\n- Message serialization, compression, monitoring\n',
    );
    expect(prompt).toContain('📐 SCOPE BOUNDARIES:\n- Focus ONLY on assigned task requirements\n');
    expect(prompt).toContain('- Paths this task may change: rust-engine/src/grpc/**, src/python/grpc/**\n');
    expect(prompt).toContain('🔄 PROCESS REQUIREMENTS:\n1. Use sequential-thinking to break down task\n');
    expect(prompt).toContain('📊 REPORTING:\n- Progress updates every 30 minutes\n');
    expect(prompt.trimEnd().endsWith('🚨 CRITICAL: Do NOT mark task as "done" until all deliverables are verified and tested')).toBe(true);
  });

  it('includes the description, marked as text quoted from the tasks file', () => {
    expect(prompt).toMatch(/📝 TASK TEXT \(quoted from waves\.yml[^\n]*\):\ngRPC protocols, connection management, health checking\n/);
  });

  it('falls back to subtask titles, then the description, for success criteria, and fills absent values', () => {
    const fallback = planOf(`tasks:
  - id: 1
    title: Phased
    subtasks:
      - { id: 1, title: Plan it }
      - { id: 2, title: Build it }
  - id: 2
    title: Described
    description: Make the thing work
    details: "Use the new API.\\nKeep the old one."
`);
    const phased = renderPrompt(taskOf(fallback, '1'), fallback);
    expect(phased).toContain('TASK ASSIGNMENT FOR general-purpose agent:');
    expect(phased).toContain('🔧 COMPLEXITY: n/a\n');
    expect(phased).toContain('⚡ PRIORITY: MEDIUM\n');
    expect(phased).toContain('🎯 SUCCESS CRITERIA:\n- Plan it\n- Build it\n');
    expect(phased).toContain('- Paths this task may change: not listed');
    const described = renderPrompt(taskOf(fallback, '2'), fallback);
    expect(described).toContain('🎯 SUCCESS CRITERIA:\n- Make the thing work\n');
    expect(described).toContain('Make the thing work\n\nUse the new API.\nKeep the old one.\n');
  });

  it('gives a subtask its parent role and context', () => {
    const subtask = renderPrompt(taskOf(plan, '267.3'), plan);
    expect(subtask).toContain('TASK ASSIGNMENT FOR test-automation-engineer-agent:');
    expect(subtask).toContain('📋 TASK ID: 267.3\n🎯 OBJECTIVE: Coverage Validation and CI Gate\n');
    expect(subtask).toContain('Part of task 267: Comprehensive Unit Testing Foundation');
  });
});

describe('renderPrompt with a custom template', () => {
  const plan = planOf(seedYaml);

  it('substitutes every known placeholder, spaces inside the braces allowed', () => {
    const template = '{{task.id}}|{{ task.title }}|{{task.agent}}|{{task.priority}}|{{task.complexity}}|{{task.status}}|{{task.estimate}}|{{task.dependencies}}|{{task.paths}}|{{plan.file}}|{{plan.tag}}\n{{task.deliverables}}\n{{task.subtasks}}';
    expect(renderPrompt(taskOf(plan, '253'), plan, template)).toBe(
      '253|OS-Standard Directory Usage|system-architect-agent|MEDIUM|5/10|pending|2-3h|267|rust-engine/src/dirs/**|waves.yml|none\n- Platform-specific directory detection and creation\n- Migration tools for existing installations\n- Permission handling across OS variants\n- none',
    );
    expect(renderPrompt(taskOf(plan, '267'), plan, '{{task.subtasks}}')).toBe('- 267.1 Coverage Analysis (done)\n- 267.2 Unit Test Development (in-progress)\n- 267.3 Coverage Validation and CI Gate (pending)\n- 267.4 Framework Installation (done)');
  });

  it('inserts values verbatim once: placeholders and replacement patterns inside values stay literal', () => {
    const tricky = planOf(`tasks:\n  - id: 1\n    title: "{{task.id}} costs $& and $1 {{plan.file}}"\n    description: "{{task.description}}"\n`);
    const task = taskOf(tricky, '1');
    expect(renderPrompt(task, tricky, 'T={{task.title}} D={{task.description}}')).toBe('T={{task.id}} costs $& and $1 {{plan.file}} D={{task.description}}');
  });

  it('rejects unknown placeholders with their names, lines and the known names', () => {
    const template = 'Hello {{task.agent}}\nOwner: {{task.owner}}\n\n{{ TASK.ID }} and {{task.owner}}';
    let error: unknown;
    try {
      renderPrompt(taskOf(plan, '256'), plan, template);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const templateError = error as TemplateError;
    expect(templateError.name).toBe('TemplateError');
    expect(templateError.unknown).toEqual([
      { name: 'task.owner', line: 2 },
      { name: 'TASK.ID', line: 4 },
      { name: 'task.owner', line: 4 },
    ]);
    expect(templateError.message).toContain('{{task.owner}} on line 2');
    expect(templateError.message).toContain('{{TASK.ID}} on line 4');
    expect(templateError.message).toContain('known placeholders: {{task.id}}, {{task.title}}');
    expect(templateError.known).toContain('plan.tag');
  });
});
