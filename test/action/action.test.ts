import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/runAction.js';
import { makeTempDir, snapshotDir } from '../helpers/tempDir.js';

const SEED_DIR = fileURLToPath(new URL('../../examples/seed/', import.meta.url));

function seedWorkspace(edit?: (tasksJson: string) => string): string {
  const workspace = makeTempDir('workspace');
  cpSync(SEED_DIR, workspace, { recursive: true });
  if (edit) {
    const file = join(workspace, '.taskmaster/tasks/tasks.json');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return workspace;
}

const finish267 = (text: string) => text.replace('"status": "in-progress",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7', '"status": "done",\n        "priority": "high",\n        "dependencies": [],\n        "complexity": 7');

describe('the bundled action, run as the runner runs it', () => {
  it('plan with dry-run: outputs the matrix of the immediate wave and writes the dashboard to the job summary, changing no file', () => {
    const workspace = seedWorkspace(finish267);
    const before = snapshotDir(workspace);
    const run = runAction({ command: 'plan', 'max-parallel': '4', 'dry-run': 'true' }, workspace);
    expect(run.code, run.stdout).toBe(0);
    const matrix = JSON.parse(run.outputs.matrix as string);
    expect(matrix.include.map((entry: { task: string }) => entry.task)).toEqual(['257', '256', '254', '253']);
    expect(matrix.include[0]).toEqual({ task: '257', title: 'SQLite State Management', agent: 'database-engineer-agent', priority: 'high', complexity: 6 });
    expect(run.outputs).toMatchObject({ tasks: '["257","256","254","253"]', count: '4', 'all-done': 'false' });
    // The dashboard shows what the claims would make of the file.
    expect(JSON.parse(run.outputs.counts as string)).toMatchObject({ total: 12, done: 3, ready: 0, inProgress: 4 });
    expect(run.stdout).toContain('dry-run: nothing was written; 4 change(s) would have been.');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain(run.outputs.dashboard);
    expect(run.outputs.dashboard).toContain('| 257: SQLite State Management | HIGH | 🔄 In progress | database-engineer-agent | running | — |');
    expect(snapshotDir(workspace)).toEqual(before);
  });

  it('plan: an empty matrix while 267 runs, and all-done when everything is', () => {
    const waiting = runAction({ claim: 'false' }, seedWorkspace());
    expect(waiting.outputs).toMatchObject({ matrix: '{"include":[]}', count: '0', 'all-done': 'false' });
    expect(runAction({ 'tasks-file': 'waves.yml', claim: 'false' }, seedWorkspace(), 'push').outputs).toMatchObject({ count: '0', 'all-done': 'false' });
    const workspace = seedWorkspace();
    writeFileSync(join(workspace, 'waves.yml'), 'tasks:\n  - { id: 1, title: a, status: done }\n  - { id: 2, title: b, status: cancelled }\n');
    expect(runAction({ 'tasks-file': 'waves.yml', 'dry-run': 'true' }, workspace).outputs).toMatchObject({ 'all-done': 'true', count: '0' });
  });

  it('prompt: renders the agent instructions for one task', () => {
    const run = runAction({ command: 'prompt', task: '256' }, seedWorkspace());
    expect(run.code).toBe(0);
    expect(run.outputs.prompt).toContain('gRPC Communication Layer');
    expect(run.outputs.prompt).toContain('Production-ready gRPC between Rust daemon and Python MCP server');
  });

  it('reports problems as annotations with file and line, and fails the step', () => {
    const workspace = seedWorkspace();
    writeFileSync(join(workspace, 'waves.yml'), 'tasks:\n  - { id: 12, title: a, dependencies: [15] }\n  - { id: 15, title: b, dependencies: [12] }\n');
    const run = runAction({ 'tasks-file': 'waves.yml', 'dry-run': 'true' }, workspace);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=cycle,file=waves.yml,line=2,col=39::task 12, dependencies: dependency cycle: 12 -> 15 -> 12. Fix: remove one of these dependencies');
    expect(run.outputs.matrix).toBeUndefined();
  });

  it('names the bad input', () => {
    expect(runAction({ 'max-parallel': 'abc' }, seedWorkspace()).stdout).toContain("::error::Invalid max-parallel 'abc'. Expected a whole number from 1 to 256.");
    expect(runAction({ command: 'launch' }, seedWorkspace()).stdout).toContain("::error::Invalid command 'launch'. Expected one of: plan, complete, prompt, status, pack, hand-off.");
    expect(runAction({ command: 'complete', task: '253', result: 'success', deliver: 'mail' }, seedWorkspace()).stdout).toContain("::error::Invalid deliver 'mail'. Expected one of: none, push, pull-request.");
    expect(runAction({ command: 'complete', task: '253', result: 'success', 'max-file-bytes': '0' }, seedWorkspace()).stdout).toContain("::error::Invalid max-file-bytes '0'. Expected a whole number from 1 to 104857600.");
    expect(runAction({ command: 'prompt' }, seedWorkspace()).stdout).toContain("::error::Input 'task' is required when command is 'prompt'.");
    expect(runAction({ command: 'complete' }, seedWorkspace()).stdout).toContain("::error::Input 'task' is required when command is 'complete'.");
    expect(runAction({ command: 'complete', task: '253' }, seedWorkspace()).stdout).toContain("::error::Input 'result' is required when command is 'complete'. Set it to the job's status: result: ${{ job.status }}.");
    expect(runAction({ command: 'complete', task: '253', result: 'skipped' }, seedWorkspace()).stdout).toContain("::error::Invalid result 'skipped'. Expected one of: success, failure, cancelled.");
    expect(runAction({ 'dry-run': 'maybe' }, seedWorkspace()).stdout).toContain("::error::Invalid dry-run 'maybe'. Expected true or false.");
    expect(runAction({ next: 'later' }, seedWorkspace()).stdout).toContain("::error::Invalid next 'later'. Expected one of: dispatch, push, none.");
    const missing = runAction({ command: 'prompt', task: '999' }, seedWorkspace());
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("::error::Invalid task '999': no such task or subtask in .taskmaster/tasks/tasks.json [master].");
  });
});
