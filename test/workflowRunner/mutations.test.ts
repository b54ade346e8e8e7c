// Mutation tests: each breaks a copy of an example the way an edit could, and the runner must fail
// the run with a message that names the broken line. Each stops after the first run (maxRuns 1).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExample } from './runExample.js';

// WAVES_EXAMPLES_DIR: another checkout's examples (with WAVES_RUNNER_ACTION_ROOT for its action).
const EXAMPLES = process.env.WAVES_EXAMPLES_DIR ? `${process.env.WAVES_EXAMPLES_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../examples/workflows/', import.meta.url));
const shellPath = `${EXAMPLES}orchestrator-shell.yml`;
const shell = readFileSync(shellPath, 'utf8');

/** The 1-based line of the first line of `text` containing `needle` after `after` (a unique anchor). */
function lineOf(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
  const index = lines.findIndex((line, at) => at >= start && line.includes(needle));
  if (start < 0 || index < 0) throw new Error(`the example no longer has ${JSON.stringify(needle)}: update this mutation`);
  return index + 1;
}

/** Removes the first line matching `pattern` inside job `job` (its block runs to the next line indented as little). */
function dropInJob(text: string, job: string, pattern: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `  ${job}:`);
  const end = lines.findIndex((line, at) => at > start && /^ {0,2}\S/.test(line));
  const index = lines.findIndex((line, at) => at > start && (end < 0 || at < end) && pattern.test(line));
  if (start < 0 || index < 0) throw new Error(`no ${String(pattern)} in job ${job}: update this mutation`);
  return [...lines.slice(0, index), ...lines.slice(index + 1)].join('\n');
}

/** Replaces exactly one occurrence of `from`, so a changed example fails the test instead of silently not mutating. */
function mutate(text: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`expected one ${String(from)} in the example, found ${count}: update this mutation`);
  return text.replace(from, to);
}

async function problemsOf(text: string, path = shellPath) {
  const outcome = await runExample(path, { text, maxRuns: 1, noAddedTask: true, testName: 'mutations' });
  return { all: [...outcome.problems, ...outcome.failures].join('\n'), outcome };
}

// Concurrent: each test has its own origin, fake and runner; most of their time is git and retry waits.
describe.concurrent('a broken copy of an example fails its run, naming the line', () => {
  it('the unmutated shell example passes its first run (so the failures below come from the mutations)', async () => {
    const { outcome } = await problemsOf(shell);
    expect(outcome.runs[0]?.conclusion, [...outcome.problems, ...outcome.failures].join('\n')).toBe('success');
    expect(outcome.problems.filter((problem) => !problem.startsWith('more than'))).toEqual([]);
    expect(outcome.failures).toEqual([]);
  }, 120_000);

  it('a renamed job output: the matrix expression reads an output plan no longer has', async () => {
    const text = mutate(shell, '      matrix: ${{ steps.plan.outputs.matrix }}', '      legs: ${{ steps.plan.outputs.matrix }}');
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, 'matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}')}: needs.plan.outputs.matrix: job 'plan' declares no such output (outputs: legs, count)`);
  }, 120_000);

  it("a renamed action output: steps.plan.outputs.matrixes is not among action.yml's outputs", async () => {
    const text = mutate(shell, '${{ steps.plan.outputs.matrix }}', '${{ steps.plan.outputs.matrixes }}');
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, 'steps.plan.outputs.matrixes')}: steps.plan.outputs.matrixes: your-org/wave-orchestrator@v0 has no such output`);
  }, 120_000);

  it('a wrong step id', async () => {
    const text = mutate(shell, '${{ steps.plan.outputs.count }}', '${{ steps.planner.outputs.count }}');
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, 'steps.planner.outputs.count')}: steps.planner: no step with id 'planner' in job 'plan' (ids: plan)`);
  }, 120_000);

  it('a with: key the action does not have', async () => {
    const text = mutate(shell, '          max-parallel: 4\n', '          max-paralel: 4\n');
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, 'max-paralel: 4')}: with: 'max-paralel' is not an input of your-org/wave-orchestrator@v0 (action.yml has:`);
  }, 120_000);

  it("a matrix that drops task: the legs' ${{ matrix.task }} has nothing to read", async () => {
    const text = mutate(shell, 'matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}', 'matrix:\n        leg: ${{ fromJSON(needs.plan.outputs.matrix).include }}');
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, 'name: task ${{ matrix.task }}')}: matrix.task: the matrix row has no key 'task' (keys: leg)`);
  }, 120_000);

  it('a missing permissions entry: the planner without contents: write cannot push its claim', async () => {
    const text = dropInJob(shell, 'plan', /^\s+contents: write\b/);
    const { all } = await problemsOf(text);
    expect(all).toContain(`orchestrator-shell.yml:${lineOf(text, '- id: plan')}: the origin refused a push: the job's token lacks contents: write (permissions at orchestrator-shell.yml:${lineOf(text, 'permissions:', '  plan:')})`);
  }, 120_000);

  it('a missing permissions entry: the legs without actions: write cannot dispatch the next run', async () => {
    const text = dropInJob(shell, 'agents', /^\s+actions: write\b/);
    const { all } = await problemsOf(text);
    const agents = lineOf(text, '  agents:');
    const found = new RegExp(`orchestrator-shell\\.yml:(\\d+): POST /repos/octo-org/backlog/actions/workflows/orchestrator\\.yml/dispatches answered 403 Resource not accessible by integration: the job's token lacks actions: write \\(permissions at orchestrator-shell\\.yml:${lineOf(text, 'permissions:', '  agents:')}\\)`).exec(all);
    expect(found, all).not.toBeNull();
    expect(Number(found?.[1])).toBeGreaterThan(agents); // a step of the legs
  }, 120_000);

  it('a push trigger on the Claude example: the legs it starts fail in claude-code-action, naming the step and the trigger', async () => {
    const path = `${EXAMPLES}orchestrator-claude.yml`;
    let text = readFileSync(path, 'utf8');
    if (!/^ {2}push:/m.test(text)) text = mutate(text, /^on:\n/m, 'on:\n  push:\n    branches: [main]\n');
    const outcome = await runExample(path, { text, maxRuns: 1, noAddedTask: true, start: 'push', testName: 'mutations' });
    const all = outcome.failures.join('\n');
    expect(all).toContain(`orchestrator-claude.yml:${lineOf(text, '- uses: anthropics/claude-code-action@v1')}: step 'Run anthropics/claude-code-action@v1' of task 267 failed in run 5001, started by the push trigger at orchestrator-claude.yml:${lineOf(text, '  push:')}:\nUnsupported event type: push`);
  }, 120_000);
});
