import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SetStatusError, setTaskStatus } from '../../src/write/setTaskStatus.js';
import { snapshotDir, tempDirWith } from '../helpers/tempDir.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const directory = tempDirWith(files);
  directories.push(directory);
  return directory;
}

const TAGGED = `{
  "master": {
    "tasks": [
      {"id": 1, "title": "One", "status": "pending", "dependencies": []},
      {"id": 2, "title": "Two", "status": "pending", "dependencies": [1], "subtasks": [
        {"id": 1, "title": "Two a", "status": "pending"},
        {"id": 2, "title": "Two b"}
      ]}
    ]
  },
  "feature": {
    "tasks": [
      {"id": 1, "title": "Feature one", "status": "pending"}
    ]
  }
}
`;

describe('setTaskStatus', () => {
  it('changes a task, a subtask, and adds a missing subtask status', async () => {
    const directory = project({ 'tasks.json': TAGGED });
    const file = join(directory, 'tasks.json');
    expect(await setTaskStatus(file, '2.1', 'done')).toMatchObject({ previous: 'pending', previousWritten: 'pending', changed: true, tag: 'master', task: { id: '2.1' } });
    expect(await setTaskStatus(file, '2.2', 'in-progress')).toMatchObject({ previous: 'pending', previousWritten: undefined, changed: true });
    expect(readFileSync(file, 'utf8')).toBe(TAGGED
      .replace('"Two a", "status": "pending"', '"Two a", "status": "done"')
      .replace('{"id": 2, "title": "Two b"}', '{"id": 2, "title": "Two b", "status": "in-progress"}'));
  });

  it('reads the tag from --tag, else from .taskmaster/state.json, as Task Master does', async () => {
    const directory = project({ '.taskmaster/tasks/tasks.json': TAGGED, '.taskmaster/state.json': '{"currentTag": "feature"}' });
    const file = join(directory, '.taskmaster/tasks/tasks.json');
    expect((await setTaskStatus(file, '1', 'review')).tag).toBe('feature');
    expect((await setTaskStatus(file, '1', 'blocked', { tag: 'master' })).tag).toBe('master');
    expect(readFileSync(file, 'utf8')).toBe(TAGGED
      .replace('"Feature one", "status": "pending"', '"Feature one", "status": "review"')
      .replace('"One", "status": "pending"', '"One", "status": "blocked"'));
  });

  it('writes nothing when the status is already the one asked for', async () => {
    const directory = project({ 'tasks.json': TAGGED });
    const file = join(directory, 'tasks.json');
    const before = statSync(file);
    expect(await setTaskStatus(file, '1', 'pending')).toMatchObject({ changed: false, previous: 'pending' });
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it('writes the canonical value over a spelling like "completed"', async () => {
    const text = '{"tasks": [{"id": 1, "title": "A", "status": "completed"}]}';
    const directory = project({ 'tasks.json': text });
    const file = join(directory, 'tasks.json');
    expect(await setTaskStatus(file, '1', 'done')).toMatchObject({ previous: 'done', previousWritten: 'completed', changed: true });
    expect(readFileSync(file, 'utf8')).toBe(text.replace('completed', 'done'));
  });

  it('finds "42-1" style subtasks by the id as written, but never a bare concatenation', async () => {
    const text = '{"tasks": [{"id": 42, "title": "A", "status": "pending", "subtasks": [{"id": "42-1", "title": "A1", "status": "pending"}]}, {"id": 3, "title": "B", "subtasks": [{"id": 31, "title": "B31"}]}]}';
    const directory = project({ 'tasks.json': text });
    const file = join(directory, 'tasks.json');
    expect((await setTaskStatus(file, '42-1', 'done')).task.id).toBe('42.1');
    expect((await setTaskStatus(file, '42.1', 'review')).task.id).toBe('42.1');
    await expect(setTaskStatus(file, '31', 'done')).rejects.toThrow(/no task or subtask with id 31; known ids: 42, 42\.1, 3, 3\.31;/);
  });

  it('refuses, writing nothing, an unknown id, an unknown tag, an unreadable file, and a repeated subtask id', async () => {
    const broken = TAGGED.replace('"dependencies": [1]', '"dependencies": [1,,]');
    const repeated = '{"tasks": [{"id": 1, "title": "A", "subtasks": [{"id": 1, "title": "x"}, {"id": 1, "title": "y"}]}]}';
    const directory = project({ 'tasks.json': TAGGED, 'broken/tasks.json': broken, 'repeated/tasks.json': repeated });
    const before = snapshotDir(directory);
    const file = join(directory, 'tasks.json');
    await expect(setTaskStatus(file, '7', 'done')).rejects.toThrow(`${file} (tag master): no task or subtask with id 7; known ids: 1, 2, 2.1, 2.2; nothing was written`);
    await expect(setTaskStatus(file, '1', 'done', { tag: 'nope' })).rejects.toThrow(/\(tag nope\): not setting the status of task 1: the file has an error: tag "nope" is not in the file \(use one of: master, feature\)/);
    const error = await setTaskStatus(join(directory, 'broken/tasks.json'), '1', 'done').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SetStatusError);
    expect((error as SetStatusError).message).toMatch(/not setting the status of task 1: the file has an error at line \d+: invalid JSON at line \d+, column \d+: expected a value/);
    expect((error as SetStatusError).problems).toHaveLength(1);
    await expect(setTaskStatus(join(directory, 'repeated/tasks.json'), '1.1', 'done')).rejects.toThrow(/2 subtasks of task 1 have the id 1\.1/);
    await expect(setTaskStatus(join(directory, 'missing.json'), '1', 'done')).rejects.toThrow(/cannot read .*missing\.json: the file does not exist/);
    expect(snapshotDir(directory)).toEqual(before);
  });

  it('still records a status when another task has a problem, and reports that problem', async () => {
    const dangling = TAGGED.replace('"dependencies": [1]', '"dependencies": [9]');
    const directory = project({ 'tasks.json': dangling });
    const file = join(directory, 'tasks.json');
    const change = await setTaskStatus(file, '1', 'done');
    expect(change.changed).toBe(true);
    expect(change.otherErrors.map((problem) => [problem.code, problem.taskId])).toEqual([['missing-dependency', '2']]);
    expect(readFileSync(file, 'utf8')).toBe(dangling.replace('"status": "pending"', '"status": "done"'));
  });

  it('edits a YAML plan file, keeping its comments', async () => {
    const text = '# plan\ntasks:\n  - id: build   # first\n    title: Build\n    status: pending  # set by waves\n  - id: ship\n    title: Ship\n    dependencies: [build]\n';
    const directory = project({ 'waves.yml': text });
    const file = join(directory, 'waves.yml');
    await setTaskStatus(file, 'build', 'done');
    await setTaskStatus(file, 'ship', 'in-progress');
    expect(readFileSync(file, 'utf8')).toBe('# plan\ntasks:\n  - id: build   # first\n    title: Build\n    status: done  # set by waves\n  - id: ship\n    title: Ship\n    dependencies: [build]\n    status: in-progress\n');
  });
});
