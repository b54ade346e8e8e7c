import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/runAction.js';

// Bad tasks-file input and Task Master state: a clear error naming the file, exit 1, nothing read outside the workspace.

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), 'waves-tasksFileInputs-'));
  made.push(directory);
  return directory;
}

const TASKS = JSON.stringify({ master: { tasks: [{ id: 1, title: 'One', status: 'pending', dependencies: [] }] }, other: { tasks: [{ id: 7, title: 'Other tag', status: 'pending', dependencies: [] }] } });

describe('tasks-file and Task Master state', () => {
  it('refuses a tasks-file outside the workspace without reading it', () => {
    const run = runAction({ 'tasks-file': '../../etc/passwd', 'dry-run': 'true' }, workspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Invalid tasks-file '\.\.\/\.\.\/etc\/passwd': it is outside the workspace/);
    expect(run.stdout).not.toMatch(/root:/);
  });

  it('says plainly that a named tasks file does not exist (no raw ENOENT)', () => {
    const run = runAction({ 'tasks-file': 'missing/tasks.json', 'dry-run': 'true' }, workspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Cannot read the tasks file missing\/tasks\.json in .*: it does not exist\. Check 'tasks-file'/);
    expect(run.stdout).not.toMatch(/ENOENT/);
  });

  it('a corrupt .taskmaster/state.json is an error naming it, not a silent switch to another tag', () => {
    const directory = workspace();
    mkdirSync(join(directory, '.taskmaster', 'tasks'), { recursive: true });
    writeFileSync(join(directory, '.taskmaster', 'tasks', 'tasks.json'), TASKS);
    writeFileSync(join(directory, '.taskmaster', 'config.json'), JSON.stringify({ global: { defaultTag: 'other' } }));
    writeFileSync(join(directory, '.taskmaster', 'state.json'), '{"currentTag": "master",');
    const run = runAction({ 'dry-run': 'true' }, directory);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*\.taskmaster\/state\.json: not valid JSON/);
    expect(run.outputs.tasks).toBeUndefined();
  });
});
