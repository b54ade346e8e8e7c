import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTasks } from '../../src/core/indexTasks.js';
import { TASK_STATUSES, type Task, type TaskStatus } from '../../src/core/model.js';
import { countTasks, parseTasksText } from '../../src/sources/parseTasksText.js';
import { editStatusInText } from '../../src/write/editStatusInText.js';
import { setTaskStatus } from '../../src/write/setTaskStatus.js';
import { CORPUS_DIR, CORPUS_FILES, CORPUS_SUITE, HAS_CORPUS } from '../helpers/corpus.js';
import { makeTempDir } from '../helpers/tempDir.js';

const corpus = CORPUS_DIR;
const files = HAS_CORPUS ? readdirSync(corpus).filter((name) => name.endsWith('.json')).sort() : CORPUS_FILES;

/** Ids worth a case of their own when a file has them: float, "42-1" and concatenated subtask ids. */
const SPECIAL_IDS = ['29.1', '30.1', '31.311', '42.1', '42.8'];

type Json = Record<string | number, unknown>;

function at(data: unknown, path: readonly (string | number)[]): Json {
  return path.reduce<unknown>((node, key) => (node as Json)[key], data) as Json;
}

/** A status other than the one written, to change to and back from. */
function otherStatus(written: unknown): TaskStatus {
  return written === 'blocked' ? 'review' : 'blocked';
}

/** A handful of tasks and subtasks of one tag: the ends, the middle, subtasks, and the special ids. */
function pickTasks(tasks: Task[]): Task[] {
  const all = allTasks(tasks);
  const withSubtasks = tasks.filter((task) => task.subtasks.length > 0);
  const picked = [
    tasks[0],
    tasks[Math.floor(tasks.length / 2)],
    tasks.at(-1),
    withSubtasks[0]?.subtasks[0],
    withSubtasks.at(-1)?.subtasks.at(-1),
    ...all.filter((task) => SPECIAL_IDS.includes(task.id)),
  ];
  return [...new Set(picked.filter((task): task is Task => task !== undefined))];
}

/** Tags of a file, or one undefined entry for the untagged layout. */
function tagsOf(text: string, file: string): (string | undefined)[] {
  const tags = parseTasksText(text, file).plan?.tags ?? [];
  return tags.length > 0 ? tags : [undefined];
}

// A clone without ../shared skips these cleanly.
describe('status edits round-trip byte for byte on the Task Master corpus', CORPUS_SUITE, () => {
  for (const name of files) {
    const file = join(corpus, name);
    it(name, () => {
      const original = readFileSync(file, 'utf8');
      const originalData = JSON.parse(original) as unknown;
      let cases = 0;
      for (const tag of tagsOf(original, file)) {
        const before = parseTasksText(original, file, tag === undefined ? {} : { tag });
        const plan = before.plan;
        expect(plan, `${name} ${tag}`).toBeDefined();
        if (!plan) continue;
        for (const task of pickTasks(plan.tasks)) {
          const where = `${name} [${tag ?? 'untagged'}] task ${task.id}`;
          const written = at(originalData, task.path).status;
          const target = otherStatus(written);
          const changed = editStatusInText(original, file, task.path, target);

          // Only that value differs: the parsed file equals the original with that one status set...
          const expected = structuredClone(originalData);
          at(expected, task.path).status = target;
          expect(JSON.parse(changed), where).toEqual(expected);
          // ...and in the bytes, only that one value's text changed.
          if (typeof written === 'string') {
            const [left, right] = [original.split('\n'), changed.split('\n')];
            expect(right.length, where).toBe(left.length);
            const differing = left.flatMap((line, index) => (line === right[index] ? [] : [index]));
            expect(differing, where).toHaveLength(1);
            const line = left[differing[0] as number] as string;
            expect(line, where).toMatch(/"status"/);
            expect(right[differing[0] as number], where).toBe(line.replace(JSON.stringify(written), JSON.stringify(target)));
          }

          // Our own reader still reads it, with the same counts and the same errors.
          const after = parseTasksText(changed, file, tag === undefined ? {} : { tag });
          expect(after.plan && countTasks(after.plan), where).toEqual(countTasks(plan));
          expect(after.problems.filter((p) => p.severity === 'error').length, where).toBe(before.problems.filter((p) => p.severity === 'error').length);
          expect(allTasks(after.plan?.tasks ?? []).find((t) => t.id === task.id)?.status, where).toBe(target);

          // And back: the original bytes exactly.
          if (typeof written === 'string') expect(editStatusInText(changed, file, task.path, written) === original, where).toBe(true);
          cases++;
        }
      }
      expect(cases).toBeGreaterThanOrEqual(3);
    }, 120_000);
  }

  it('covers the float, "42-1" and slug subtask ids', () => {
    const found = new Set<string>();
    for (const name of files) {
      const text = readFileSync(join(corpus, name), 'utf8');
      for (const tag of tagsOf(text, name)) {
        const tasks = parseTasksText(text, name, tag === undefined ? {} : { tag }).plan?.tasks ?? [];
        for (const task of pickTasks(tasks)) found.add(`${typeof task.rawId}:${String(task.rawId)}`);
      }
    }
    expect(found).toContain('number:29.1');
    expect(found).toContain('string:42-1');
    expect([...found].some((id) => /^string:[a-z]+(-[a-z]+)+$/.test(id))).toBe(true);
  });
});

describe('setTaskStatus on copies of the corpus', CORPUS_SUITE, () => {
  let directory = '';
  beforeAll(() => void (directory = makeTempDir()));

  for (const name of files) {
    it(name, async () => {
      const copy = join(directory, basename(name));
      copyFileSync(join(corpus, name), copy);
      const original = readFileSync(copy, 'utf8');
      const data = JSON.parse(original) as unknown;
      for (const tag of tagsOf(original, copy)) {
        const parsed = parseTasksText(original, copy, tag === undefined ? {} : { tag });
        const options = tag === undefined ? {} : { tag };
        if (parsed.problems.some((problem) => problem.severity === 'error')) {
          // A tag with errors (upstream's test-tag has a dangling dependency) still takes a status
          // change, which reports the problem; setting it back restores every byte.
          const task = parsed.plan!.tasks[0]!;
          const change = await setTaskStatus(copy, task.id, task.status === 'done' ? 'pending' : 'done', options);
          expect(change.otherErrors.length).toBeGreaterThan(0);
          await setTaskStatus(copy, task.id, task.status, options);
          expect(readFileSync(copy, 'utf8') === original).toBe(true);
          continue;
        }
        // Through the whole locked read-check-write path: fewer cases than above, each a full file write.
        for (const task of pickTasks(parsed.plan?.tasks ?? []).filter((_, index) => index === 0 || index >= 3)) {
          const written = at(data, task.path).status;
          const first = await setTaskStatus(copy, task.id, otherStatus(written), options);
          expect(first.changed).toBe(true);
          expect(first.previousWritten).toBe(written);
          if (typeof written === 'string' && (TASK_STATUSES as readonly string[]).includes(written)) {
            // Back by the id as written where that differs ("42-1", 29.1 under 29): the alias must find it too.
            const writtenId = String(task.rawId);
            const alias = task.parentId !== undefined && writtenId !== task.id && /^[.-]./.test(writtenId.slice(task.parentId.length)) && writtenId.startsWith(task.parentId) ? writtenId : task.id;
            const back = await setTaskStatus(copy, alias, written as TaskStatus, options);
            expect(back.task.id).toBe(task.id);
            expect(back.previous).toBe(otherStatus(written));
            expect(readFileSync(copy, 'utf8') === original, `${name} ${tag} ${task.id}`).toBe(true);
          } else {
            copyFileSync(join(corpus, name), copy);
          }
        }
      }
      expect(existsSync(`${copy}.lock`)).toBe(false);
    }, 120_000);
  }
});
