import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allTasks } from '../../src/core/indexTasks.js';
import type { Task } from '../../src/core/model.js';
import { planWaves } from '../../src/core/planWaves.js';
import { loadPlan } from '../../src/sources/loadPlan.js';
import { countTasks, parseTasksText } from '../../src/sources/parseTasksText.js';
import { editStatusInText } from '../../src/write/editStatusInText.js';
import { setTaskStatus } from '../../src/write/setTaskStatus.js';
import { runCli } from '../helpers/runCli.js';
import { makeTempDir } from '../helpers/tempDir.js';

// Small files of our own, one per quirk that ../shared/corpus/taskmaster/SOURCES.md describes in
// real Task Master files, so every clone (and CI, which has no corpus) tests them.
const FIXTURES = fileURLToPath(new URL('../fixtures/taskmaster/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const load = (name: string, tag?: string) => loadPlan(fixture(name), tag === undefined ? {} : { tag });
const ids = (tasks: Task[]) => allTasks(tasks).map((task) => task.id);
const byId = (tasks: Task[], id: string) => allTasks(tasks).find((task) => task.id === id) as Task;
const errorsOf = <T extends { severity: string }>(problems: T[]) => problems.filter((problem) => problem.severity === 'error');

/** Every readable fixture, each tag, with its task and subtask counts. */
const LOADS: { file: string; tag?: string; tasks: number; subtasks: number }[] = [
  { file: 'slug-ids.json', tasks: 3, subtasks: 2 },
  { file: 'float-subtask-ids.json', tasks: 4, subtasks: 5 },
  { file: 'legacy-42-1.json', tasks: 3, subtasks: 3 },
  { file: 'foreign-keys-nested-tag.json', tag: 'retrieve-audit', tasks: 3, subtasks: 0 },
  { file: 'foreign-keys-nested-tag.json', tag: 'development', tasks: 3, subtasks: 4 },
  { file: 'multitag-dangling.json', tag: 'master', tasks: 4, subtasks: 5 },
  { file: 'multitag-dangling.json', tag: 'loop', tasks: 2, subtasks: 0 },
  { file: 'multitag-dangling.json', tag: 'tdd-phase-1-core-rails', tasks: 2, subtasks: 0 },
  { file: 'multitag-dangling.json', tag: 'test-tag', tasks: 1, subtasks: 0 },
  { file: 'legacy-path/tasks/tasks.json', tasks: 3, subtasks: 1 },
];

describe('Task Master quirks, from fixtures of our own (test/fixtures/taskmaster)', () => {
  it('slug ids: tasks, subtasks and dependencies named by slugs; null details, extra assignee', () => {
    const { plan, problems } = load('slug-ids.json');
    expect(errorsOf(problems)).toEqual([]);
    expect(ids(plan!.tasks)).toEqual(['rust-conversion-core', 'rust-conversion-core.rust-cli-setup', 'rust-conversion-core.rust-config', 'rust-data-models', 'rust-sync-engine']);
    expect(byId(plan!.tasks, 'rust-data-models').dependencies).toEqual(['rust-conversion-core']);
    // A sibling named by its slug alone is the subtask of the same task.
    expect(byId(plan!.tasks, 'rust-conversion-core.rust-config').dependencies).toEqual(['rust-conversion-core.rust-cli-setup']);
    expect(byId(plan!.tasks, 'rust-data-models').details).toBeUndefined();
    expect(planWaves(plan!).waves).toEqual([['rust-data-models'], ['rust-sync-engine']]);
  });

  it('float subtask ids (29.1), a concatenated one (311), ids from 21, "completed", a subtask with no title', () => {
    const { plan, problems } = load('float-subtask-ids.json');
    expect(errorsOf(problems)).toEqual([]);
    expect(byId(plan!.tasks, '29').subtasks.map((subtask) => [subtask.id, subtask.rawId])).toEqual([['29.1', 29.1], ['29.2', 29.2]]);
    expect(byId(plan!.tasks, '29.2').dependencies).toEqual(['29.1']);
    expect(byId(plan!.tasks, '31').subtasks.map((subtask) => subtask.id)).toEqual(['31.311']);
    expect(plan!.tasks.map((task) => task.id)).toEqual(['21', '29', '30', '31']);
    expect(byId(plan!.tasks, '30').subtasks.map((subtask) => subtask.status)).toEqual(['done', 'done']);
    expect(problems.filter((problem) => problem.code === 'mapped-status').map((problem) => [problem.taskId, problem.line])).toEqual([['30.1', 12], ['30.2', 13]]);
    expect(byId(plan!.tasks, '30.2').title).toBe('A subtask with no title, only a description');
    expect(planWaves(plan!, { granularity: 'subtask' }).waves).toEqual([['29.2', '31.311']]);
  });

  it('"42-1" subtask ids in the legacy {tasks: [...]} layout, referred to as written or by number', () => {
    const { plan, problems } = load('legacy-42-1.json');
    expect(errorsOf(problems)).toEqual([]);
    expect(plan!.tags).toEqual([]);
    expect(byId(plan!.tasks, '42').subtasks.map((subtask) => [subtask.id, subtask.rawId])).toEqual([['42.1', '42-1'], ['42.2', '42-2'], ['42.3', '42-3']]);
    expect(byId(plan!.tasks, '42.2').dependencies).toEqual(['42.1']); // written "42-1"
    expect(byId(plan!.tasks, '42.3').dependencies).toEqual(['42.2']); // written 2
    expect(planWaves(plan!, { granularity: 'subtask' }).waves).toEqual([['42.3']]);
  });

  it('foreign top-level keys and a tag nested under "tags": the real tags only, the file\'s currentTag first', () => {
    const { plan, problems } = load('foreign-keys-nested-tag.json');
    expect(errorsOf(problems)).toEqual([]);
    expect(plan!.tags).toEqual(['retrieve-audit', 'development']);
    expect(plan!.tag).toBe('retrieve-audit');
    expect(byId(plan!.tasks, '3').dependencies).toEqual(['1', '2']); // written "1", "2"
    expect(load('foreign-keys-nested-tag.json', 'master').problems.map((problem) => problem.code)).toEqual(['unknown-tag']);
    const development = load('foreign-keys-nested-tag.json', 'development').plan!;
    expect(byId(development.tasks, '15.1').dependencies).toEqual(['14.1']); // dotted, across tasks
    expect(byId(development.tasks, '16.1').dependencies).toEqual(['15.2']);
    expect(planWaves(development, { granularity: 'subtask' }).waves).toEqual([['15.1'], ['15.2'], ['16.1']]);
  });

  it('many tags: string ids, string and mixed dependencies, extra fields, two metadata shapes, ids with gaps', () => {
    const master = load('multitag-dangling.json', 'master');
    expect(master.plan!.tags).toEqual(['master', 'loop', 'tdd-phase-1-core-rails', 'test-tag']);
    expect(errorsOf(master.problems)).toEqual([]);
    expect(byId(master.plan!.tasks, '1.3').dependencies).toEqual(['1.2', '1.1']); // "1.2" and "1"
    expect(byId(master.plan!.tasks, '4').dependencies).toEqual(['1']); // 1 and "1"
    expect(byId(master.plan!.tasks, '4').subtasks).toEqual([]); // "subtasks": null
    expect(byId(master.plan!.tasks, '97').dependencies).toEqual(['4']);
    expect(byId(master.plan!.tasks, '1.3').deliverables).toEqual(['every check has a test']);
    const loop = load('multitag-dangling.json', 'loop').plan!;
    expect(loop.tasks.map((task) => [task.id, task.rawId, task.dependencies])).toEqual([['1', '1', []], ['2', '2', ['1']]]);
    expect(load('multitag-dangling.json', 'tdd-phase-1-core-rails').plan!.tasks[1]?.dependencies).toEqual(['1']);
  });

  it('subtask ids made all alike (normalizeTaskIds turned "42-1".."42-2" into 42): a warning, refused only per subtask', () => {
    const { plan, problems } = load('multitag-dangling.json', 'master');
    expect(problems.filter((problem) => problem.code === 'duplicate-subtask-id').map((problem) => [problem.severity, problem.taskId, problem.line])).toEqual([['warning', '42.42', 15]]);
    expect(errorsOf(planWaves(plan!, { granularity: 'task' }).problems)).toEqual([]);
    expect(errorsOf(planWaves(plan!, { granularity: 'subtask' }).problems).map((problem) => problem.code)).toEqual(['duplicate-id']);
  });

  it('a dangling dependency: an error naming the task, the field and the line; the CLI exits 1 saying so', () => {
    const { problems } = load('multitag-dangling.json', 'test-tag');
    expect(errorsOf(problems).map((problem) => [problem.code, problem.taskId, problem.field, problem.line, problem.message])).toEqual([
      ['missing-dependency', '1', 'dependencies', 36, 'task 1 depends on 2, which is not a task or subtask in this tag (test-tag)'],
    ]);
    const run = runCli(['validate', fixture('multitag-dangling.json'), '--tag', 'test-tag'], FIXTURES);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('task 1 depends on 2, which is not a task or subtask in this tag (test-tag)');
    expect(run.stdout + run.stderr).toMatch(/multitag-dangling\.json:36/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('"completed" and a legacy layout with metadata at the legacy path tasks/tasks.json', () => {
    const { plan, problems } = load('legacy-path/tasks/tasks.json');
    expect(errorsOf(problems)).toEqual([]);
    expect(plan!.format).toBe('taskmaster');
    expect(plan!.tasks.map((task) => task.status)).toEqual(['done', 'done', 'pending']);
    expect(problems.map((problem) => [problem.code, problem.taskId])).toEqual([['mapped-status', '1'], ['mapped-status', '2']]);
    expect(runCli(['plan', '--json'], join(FIXTURES, 'legacy-path')).stdout).toContain('"dispatch":["3"]');
  });

  it('a tasks.json with merge-conflict markers: one error per marker line, no plan', () => {
    const { plan, problems } = load('merge-conflict.json');
    expect(plan).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['merge-conflict', 4], ['merge-conflict', 6], ['merge-conflict', 8]]);
  });

  it.each(LOADS.map((load) => ({ ...load, where: load.tag ?? 'one list' })))('$file [$where]: $tasks tasks and $subtasks subtasks; every status edit round-trips byte for byte', ({ file, tag, tasks, subtasks }) => {
    const path = fixture(file);
    const text = readFileSync(path, 'utf8');
    const { plan } = parseTasksText(text, path, tag === undefined ? {} : { tag });
    expect(countTasks(plan!)).toEqual({ tasks, subtasks });
    for (const task of allTasks(plan!.tasks)) {
      const other = task.status === 'blocked' ? 'review' : 'blocked';
      const changed = editStatusInText(text, path, task.path, other);
      const after = allTasks(parseTasksText(changed, path, tag === undefined ? {} : { tag }).plan!.tasks);
      expect(after[allTasks(plan!.tasks).indexOf(task)]?.status, `${file} ${task.id}`).toBe(other);
      const written = (task.raw as { status?: unknown }).status;
      if (typeof written === 'string') expect(editStatusInText(changed, path, task.path, written) === text, `${file} ${task.id}`).toBe(true);
    }
  });

  it('set-status finds subtasks by the id as written ("42-1", 29.1, a slug) and writes only that value', async () => {
    const directory = makeTempDir();
    for (const [name, id, as] of [['legacy-42-1.json', '42-1', '42.1'], ['float-subtask-ids.json', '29.1', '29.1'], ['slug-ids.json', 'rust-conversion-core.rust-config', 'rust-conversion-core.rust-config']] as const) {
      const copy = join(directory, name);
      copyFileSync(fixture(name), copy);
      const original = readFileSync(copy, 'utf8');
      const change = await setTaskStatus(copy, id, 'blocked');
      expect(change.task.id).toBe(as);
      expect(readFileSync(copy, 'utf8')).toBe(editStatusInText(original, copy, change.task.path, 'blocked'));
      await setTaskStatus(copy, id, change.previous);
      expect(readFileSync(copy, 'utf8') === original, name).toBe(true);
    }
  });
});
