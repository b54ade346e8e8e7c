import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planWaves } from '../../src/core/planWaves.js';
import { loadPlan } from '../../src/sources/loadPlan.js';
import { countTasks, parseTasksText } from '../../src/sources/parseTasksText.js';
import { tagsOf } from '../../src/sources/chooseTaskList.js';
import { CORPUS_DIR, CORPUS_FILES, CORPUS_SUITE, corpusEntries } from '../helpers/corpus.js';

describe('real Task Master files (../shared/corpus/taskmaster)', CORPUS_SUITE, () => {
  const entries = corpusEntries();

  it('SOURCES.md describes every corpus file', () => {
    const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.json')).sort();
    expect(entries.map((entry) => entry.file).sort()).toEqual(files);
    expect([...CORPUS_FILES].sort()).toEqual(files);
  });

  for (const entry of entries) {
    describe(entry.file, () => {
      // Read when a case runs, not when it is collected: without the corpus the cases only skip.
      let cached: ReturnType<typeof loadEveryTag> | undefined;
      const loaded = () => (cached ??= loadEveryTag(entry.file));

      it('loads every tag with the task and subtask counts SOURCES.md gives', () => {
        let tasks = 0;
        let subtasks = 0;
        for (const { tag, result } of loaded()) {
          expect(result.plan, `tag ${tag}`).toBeDefined();
          const counts = countTasks(result.plan!);
          tasks += counts.tasks;
          subtasks += counts.subtasks;
          const expected = entry.tasksPerTag.get(tag) ?? (entry.tasksPerTag.size === 0 ? entry.totalTasks : undefined);
          expect(counts.tasks, `tasks in tag ${tag}`).toBe(expected);
          if (tag !== undefined && entry.subtasksPerTag.has(tag)) expect(counts.subtasks, `subtasks in tag ${tag}`).toBe(entry.subtasksPerTag.get(tag));
        }
        expect(tasks).toBe(entry.totalTasks);
        expect(subtasks).toBe(entry.totalSubtasks);
      });

      it('validates, with errors only where the file really is broken, and plans every tag', () => {
        for (const { tag, result } of loaded()) {
          const errors = result.problems.filter((problem) => problem.severity === 'error');
          if (entry.file.includes('tagged-multitag') && tag === 'test-tag') {
            // Upstream's own file has one dangling dependency (SOURCES.md).
            expect(errors.map((problem) => [problem.code, problem.taskId, problem.field, problem.line])).toEqual([['missing-dependency', '1', 'dependencies', 6365]]);
            continue;
          }
          expect(errors, `tag ${tag}`).toEqual([]);
          for (const granularity of ['task', 'subtask'] as const) {
            const plan = planWaves(result.plan!, { granularity });
            const blocking = plan.problems.filter((problem) => problem.severity === 'error');
            if (granularity === 'subtask' && blocking.length > 0) {
              // Task Master's normalizeTaskIds turned "42-1".."42-8" into 42 in upstream's master tag.
              expect(blocking.map((problem) => problem.code)).toEqual(['duplicate-id']);
              continue;
            }
            expect(blocking, `tag ${tag} at ${granularity} granularity`).toEqual([]);
            const { counts } = plan;
            expect(counts.done + counts.ready + counts.blocked + counts.inProgress + counts.review + counts.deferred + counts.cancelled).toBe(counts.total);
          }
        }
      });
    });
  }

  it('reads the quirks: string, slug, float and "42-1" ids, dotted and bare sibling references, completed', () => {
    const slug = loadPlan(CORPUS_DIR + '5dlabs__taskmaster-sync__slug-ids.json').plan!;
    expect(slug.tasks[1]?.id).toBe('rust-data-models');
    expect(slug.tasks[1]?.dependencies).toEqual(['rust-conversion-core']);
    expect(slug.tasks[0]?.subtasks[0]?.id).toBe('rust-conversion-core.rust-cli-setup');

    const floats = loadPlan(CORPUS_DIR + 'Alivanroy__Typosentinel__float-subtask-ids.json').plan!;
    const task29 = floats.tasks.find((task) => task.id === '29')!;
    expect(task29.subtasks.map((subtask) => subtask.id)).toEqual(['29.1', '29.2']);
    const task30 = floats.tasks.find((task) => task.id === '30')!;
    expect(task30.subtasks.every((subtask) => subtask.status === 'done')).toBe(true); // "completed"

    const legacy = loadPlan(CORPUS_DIR + 'eyaltoledano__claude-task-master__legacy-2025-06.json').plan!;
    expect(legacy.tasks.find((task) => task.id === '42')!.subtasks.map((subtask) => subtask.id)).toEqual(['42.1', '42.2', '42.3', '42.4', '42.5', '42.6', '42.7', '42.8']);

    const seed = loadPlan(CORPUS_DIR + 'ChrisGVE__workspace-qdrant-mcp__seed-2025-09-02.json', { tag: 'development' }).plan!;
    const dotted = seed.tasks.flatMap((task) => [task, ...task.subtasks]).flatMap((task) => task.dependencies).filter((id) => id.includes('.'));
    expect(dotted.length).toBeGreaterThan(0);
  });

  it('picks the file\'s own currentTag when there is no master and no state.json', () => {
    const result = loadPlan(CORPUS_DIR + 'ChrisGVE__workspace-qdrant-mcp__seed-2025-09-02.json');
    expect(result.plan?.tag).toBe('retrieve-audit');
    expect(result.plan?.tags).toEqual(['retrieve-audit', 'development']);
  });

  it('reports a merge-conflicted tasks.json (upstream committed one at c0b3f432) with the marker lines', () => {
    const lines = readFileSync(CORPUS_DIR + 'AojdevStudio__dental-dashboard__legacy-small.json', 'utf8').split('\n');
    const conflicted = [...lines.slice(0, 10), '<<<<<<< HEAD', ...lines.slice(10, 12), '=======', ...lines.slice(10, 12), '>>>>>>> feature', ...lines.slice(12)].join('\n');
    const { plan, problems } = parseTasksText(conflicted, 'tasks/tasks.json');
    expect(plan).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['merge-conflict', 11],
      ['merge-conflict', 14],
      ['merge-conflict', 17],
    ]);
  });
});

/** Each tag of a corpus file (or its one untagged list), parsed. */
function loadEveryTag(file: string) {
  const text = readFileSync(CORPUS_DIR + file, 'utf8');
  const tags = tagsOf(JSON.parse(text));
  return (tags.length > 0 ? tags : [undefined]).map((tag) => ({ tag, result: parseTasksText(text, file, tag === undefined ? {} : { tag }) }));
}
