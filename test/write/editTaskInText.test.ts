import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { allTasks } from '../../src/core/indexTasks.js';
import type { Task, TaskStatus } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { EditStatusError } from '../../src/write/editStatusInText.js';
import { EditTaskError, editTaskInText, type TaskEdit } from '../../src/write/editTaskInText.js';
import { UpdateTaskError, updateTaskInFile } from '../../src/write/updateTaskInFile.js';
import { CORPUS_DIR, CORPUS_FILES, CORPUS_SUITE, HAS_CORPUS } from '../helpers/corpus.js';
import { makeTempDir } from '../helpers/tempDir.js';

const lines = (...parts: string[]) => parts.join('\n');
const crlf = (text: string) => text.replaceAll('\n', '\r\n');
const CLAIM = { attempts: 1, claimedAt: '2026-11-25T12:00:00Z', runId: '4242' };
const FAILED = { attempts: 2, lastRun: 'https://github.com/o/r/actions/runs/4243', lastError: 'exit code 1' };

describe('editTaskInText, JSON', () => {
  it('adds metadata.waves where there is no metadata, 2-space indentation, with the status', () => {
    const text = lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "pending",', '      "zeta": 1.50', '    }', '  ]', '}', '');
    const edited = editTaskInText(text, 'tasks.json', ['tasks', 0], { status: 'in-progress', waves: CLAIM });
    expect(edited).toBe(lines(
      '{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "in-progress",', '      "zeta": 1.50,',
      '      "metadata": {', '        "waves": {', '          "attempts": 1,', '          "claimedAt": "2026-11-25T12:00:00Z",', '          "runId": "4242"', '        }', '      }',
      '    }', '  ]', '}', ''));
    // Removing the waves removes the metadata we created: the original bytes come back.
    expect(editTaskInText(edited, 'tasks.json', ['tasks', 0], { status: 'pending', waves: null })).toBe(text);
  });

  it('adds waves after the other metadata keys, 4-space indentation, and removes only them', () => {
    const text = lines('{', '    "tasks": [', '        {', '            "id": 1,', '            "metadata": {', '                "owner": "ana"', '            },', '            "x-extra": 1.50', '        }', '    ]', '}');
    const edited = editTaskInText(text, 'tasks.json', ['tasks', 0], { waves: { attempts: 1 } });
    expect(edited).toBe(lines(
      '{', '    "tasks": [', '        {', '            "id": 1,', '            "metadata": {', '                "owner": "ana",',
      '                "waves": {', '                    "attempts": 1', '                }',
      '            },', '            "x-extra": 1.50', '        }', '    ]', '}'));
    expect(editTaskInText(edited, 'tasks.json', ['tasks', 0], { waves: null })).toBe(text);
  });

  it('keeps tabs, CRLF and a BOM', () => {
    const text = '\uFEFF' + crlf(lines('{', '\t"tasks": [', '\t\t{', '\t\t\t"id": 7,', '\t\t\t"status": "pending"', '\t\t}', '\t]', '}', ''));
    const edited = editTaskInText(text, 'tasks.json', ['tasks', 0], { status: 'done', waves: { attempts: 0, tags: ['a', 'b'], empty: {} } });
    expect(edited).toBe('\uFEFF' + crlf(lines(
      '{', '\t"tasks": [', '\t\t{', '\t\t\t"id": 7,', '\t\t\t"status": "done",',
      '\t\t\t"metadata": {', '\t\t\t\t"waves": {', '\t\t\t\t\t"attempts": 0,', '\t\t\t\t\t"tags": [', '\t\t\t\t\t\t"a",', '\t\t\t\t\t\t"b"', '\t\t\t\t\t],', '\t\t\t\t\t"empty": {}', '\t\t\t\t}', '\t\t\t}',
      '\t\t}', '\t]', '}', '')));
    expect(editTaskInText(edited, 'tasks.json', ['tasks', 0], { status: 'pending', waves: null })).toBe(text);
  });

  it('writes one-line objects on one line, compact or spaced, as the object around them is', () => {
    const compact = '{"tasks":[{"id":1,"status":"pending"},{"id":2}]}';
    expect(editTaskInText(compact, 'tasks.json', ['tasks', 1], { waves: CLAIM })).toBe('{"tasks":[{"id":1,"status":"pending"},{"id":2,"metadata":{"waves":{"attempts":1,"claimedAt":"2026-11-25T12:00:00Z","runId":"4242"}}}]}');
    const spaced = lines('{', '  "tasks": [', '    {"id": 1, "title": "One", "status": "pending"},', '    { "id": 2, "metadata": { "owner": "ana" } }', '  ]', '}');
    expect(editTaskInText(spaced, 'tasks.json', ['tasks', 0], { waves: { attempts: 1, list: [1, 2] } })).toBe(spaced.replace('"status": "pending"}', '"status": "pending", "metadata": {"waves": {"attempts": 1, "list": [1, 2]}}}'));
    expect(editTaskInText(spaced, 'tasks.json', ['tasks', 1], { waves: { attempts: 1 } })).toBe(spaced.replace('{ "owner": "ana" }', '{ "owner": "ana", "waves": { "attempts": 1 } }'));
  });

  it('copies a spaced colon', () => {
    const text = lines('{"tasks": [', '    {', '        "id" : 1,', '        "title" : "A"', '    }', ']}');
    expect(editTaskInText(text, 'tasks.json', ['tasks', 0], { waves: { attempts: 1 } })).toBe(lines(
      '{"tasks": [', '    {', '        "id" : 1,', '        "title" : "A",', '        "metadata" : {', '            "waves" : {', '                "attempts" : 1', '            }', '        }', '    }', ']}'));
  });

  it('replaces the whole waves record in place, and leaves the text identical when it is the same', () => {
    const text = lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "in-progress",', '      "metadata": {',
      '        "waves": {', '          "attempts": 1,', '          "claimedAt": "2026-11-25T12:00:00Z",', '          "runId": "4242"', '        },', '        "owner": "ana"',
      '      },', '      "title": "A"', '    }', '  ]', '}', '');
    const edited = editTaskInText(text, 'tasks.json', ['tasks', 0], { status: 'pending', waves: FAILED });
    expect(edited).toBe(lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "pending",', '      "metadata": {',
      '        "waves": {', '          "attempts": 2,', '          "lastRun": "https://github.com/o/r/actions/runs/4243",', '          "lastError": "exit code 1"', '        },', '        "owner": "ana"',
      '      },', '      "title": "A"', '    }', '  ]', '}', ''));
    expect(editTaskInText(edited, 'tasks.json', ['tasks', 0], { status: 'in-progress', waves: CLAIM })).toBe(text);
    expect(editTaskInText(text, 'tasks.json', ['tasks', 0], { status: 'in-progress', waves: { ...CLAIM } }) === text).toBe(true);
    // Removing waves when metadata holds more keeps the rest.
    expect(editTaskInText(text, 'tasks.json', ['tasks', 0], { waves: null })).toBe(lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "in-progress",', '      "metadata": {',
      '        "owner": "ana"', '      },', '      "title": "A"', '    }', '  ]', '}', ''));
  });

  it('removes a metadata that only held waves, wherever it sits', () => {
    const text = '{"tasks": [{"id": 1, "metadata": {"waves": {"attempts": 1}}, "title": "A"}, {"metadata": {"waves": {}}, "id": 2}]}';
    expect(editTaskInText(text, 'tasks.json', ['tasks', 0], { waves: null })).toBe('{"tasks": [{"id": 1, "title": "A"}, {"metadata": {"waves": {}}, "id": 2}]}');
    expect(editTaskInText(text, 'tasks.json', ['tasks', 1], { waves: null })).toBe('{"tasks": [{"id": 1, "metadata": {"waves": {"attempts": 1}}, "title": "A"}, {"id": 2}]}');
  });

  it('edits subtasks, tagged layout', () => {
    const text = lines('{', '  "master": {', '    "tasks": [', '      {', '        "id": 42,', '        "status": "pending",', '        "subtasks": [',
      '          { "id": "42-1", "status": "pending" },', '          {', '            "id": 2,', '            "status": "pending"', '          }', '        ]', '      }', '    ]', '  }', '}', '');
    expect(editTaskInText(text, 'tasks.json', ['master', 'tasks', 0, 'subtasks', 0], { status: 'done', waves: { attempts: 0 } }))
      .toBe(text.replace('{ "id": "42-1", "status": "pending" }', '{ "id": "42-1", "status": "done", "metadata": { "waves": { "attempts": 0 } } }'));
    expect(editTaskInText(text, 'tasks.json', ['master', 'tasks', 0, 'subtasks', 1], { waves: { attempts: 0 } }))
      .toBe(text.replace('"status": "pending"\n          }', '"status": "pending",\n            "metadata": {\n              "waves": {\n                "attempts": 0\n              }\n            }\n          }'));
  });

  it('fills a null or empty metadata, and refuses one that is not an object', () => {
    const text = (metadata: string) => lines('{', '  "tasks": [', '    {', '      "id": 1,', `      "metadata": ${metadata},`, '      "title": "A"', '    }', '  ]', '}');
    const filled = text('{\n        "waves": {\n          "attempts": 1\n        }\n      }');
    expect(editTaskInText(text('null'), 'tasks.json', ['tasks', 0], { waves: { attempts: 1 } })).toBe(filled);
    expect(editTaskInText(text('{}'), 'tasks.json', ['tasks', 0], { waves: { attempts: 1 } })).toBe(filled);
    // The rule that makes the round trip exact when we created metadata: an empty {} is not written back.
    expect(editTaskInText(filled, 'tasks.json', ['tasks', 0], { waves: null })).toBe(lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "title": "A"', '    }', '  ]', '}'));
    expect(editTaskInText(text('null'), 'tasks.json', ['tasks', 0], { waves: null })).toBe(text('null'));
    expect(() => editTaskInText(text('[1]'), 'tasks.json', ['tasks', 0], { waves: { attempts: 1 } })).toThrow(/metadata is a list, not an object/);
  });

  it('writes values as JSON.stringify would: undefined fields left out', () => {
    const text = '{"tasks":[{"id":1}]}';
    expect(editTaskInText(text, 'tasks.json', ['tasks', 0], { waves: { attempts: 1, lastError: undefined } })).toBe('{"tasks":[{"id":1,"metadata":{"waves":{"attempts":1}}}]}');
  });

  it('refuses broken JSON, a path that is not a task, and a status it cannot write, naming the file', () => {
    expect(() => editTaskInText('{"tasks": [{"id": 1,}]}', 'tasks.json', ['tasks', 0], { waves: {} })).toThrow(EditTaskError);
    expect(() => editTaskInText('{"tasks": [{"id": 1}]}', 'tasks.json', ['tasks', 1], { waves: {} })).toThrow(/^tasks\.json: task at tasks\.1: no task object there$/);
    let error: unknown;
    try {
      editTaskInText('{"tasks": [1]}', 'tasks.json', ['tasks', 0], { status: 'done' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EditTaskError);
    expect((error as Error).cause).toBeInstanceOf(EditStatusError);
  });
});

describe('editTaskInText, YAML', () => {
  it('adds metadata as a block map at the task indentation, keeping every comment', () => {
    const text = lines('# backlog', 'tasks:', '  - id: 1 # first', '    status: pending # was todo', '    title: A', '  # between', '  - id: 2', '    status: done', '');
    const edited = editTaskInText(text, 'waves.yml', ['tasks', 0], { status: 'in-progress', waves: CLAIM });
    expect(edited).toBe(lines('# backlog', 'tasks:', '  - id: 1 # first', '    status: in-progress # was todo', '    title: A',
      '    metadata:', '      waves:', '        attempts: 1', '        claimedAt: 2026-11-25T12:00:00Z', '        runId: "4242"',
      '  # between', '  - id: 2', '    status: done', ''));
    expect(editTaskInText(edited, 'waves.yml', ['tasks', 0], { status: 'pending', waves: null })).toBe(text);
  });

  it('adds, replaces and removes waves in a block metadata with other keys and comments', () => {
    const text = lines('tasks:', '  - id: 1', '    metadata: # ours and theirs', '      owner: ana # the owner', '      # nothing below', '    title: A', '');
    const added = editTaskInText(text, 'waves.yaml', ['tasks', 0], { waves: CLAIM });
    expect(added).toBe(lines('tasks:', '  - id: 1', '    metadata: # ours and theirs', '      owner: ana # the owner',
      '      waves:', '        attempts: 1', '        claimedAt: 2026-11-25T12:00:00Z', '        runId: "4242"', '      # nothing below', '    title: A', ''));
    const replaced = editTaskInText(added, 'waves.yaml', ['tasks', 0], { waves: { ...FAILED, lastError: 'exit code 1\nline two' } });
    expect(replaced).toBe(lines('tasks:', '  - id: 1', '    metadata: # ours and theirs', '      owner: ana # the owner',
      '      waves:', '        attempts: 2', '        lastRun: https://github.com/o/r/actions/runs/4243', '        lastError: |-', '          exit code 1', '          line two', '      # nothing below', '    title: A', ''));
    expect(editTaskInText(replaced, 'waves.yaml', ['tasks', 0], { waves: null })).toBe(text);
  });

  it('keeps a comment after the waves key and the indentation of its map', () => {
    const text = lines('tasks:', '  - id: 1', '    metadata:', '        waves: # bookkeeping', '            attempts: 1', '        other: 2', '');
    expect(editTaskInText(text, 'waves.yml', ['tasks', 0], { waves: { attempts: 2, runId: '7' } })).toBe(
      lines('tasks:', '  - id: 1', '    metadata:', '        waves: # bookkeeping', '            attempts: 2', '            runId: "7"', '        other: 2', ''));
  });

  it('detects a 4-space indentation', () => {
    const text = lines('settings:', '    maxParallel: 2', 'tasks:', '    -   id: 1', '        status: pending', '');
    expect(editTaskInText(text, 'waves.yml', ['tasks', 0], { waves: { attempts: 1 } })).toBe(
      lines('settings:', '    maxParallel: 2', 'tasks:', '    -   id: 1', '        status: pending', '        metadata:', '            waves:', '                attempts: 1', ''));
  });

  it('writes flow maps into flow maps, and removes them again', () => {
    const text = lines('tasks:', '  - {id: 1, status: pending}', '  - { id: 2, metadata: { owner: ana } }', '  - {id: 3, metadata: {waves: {attempts: 1}}, title: C}', '');
    const first = editTaskInText(text, 'waves.yml', ['tasks', 0], { waves: { attempts: 1, runId: '4242', url: 'https://x/y' } });
    expect(first).toBe(text.replace('{id: 1, status: pending}', '{id: 1, status: pending, metadata: {waves: {attempts: 1, runId: "4242", url: "https://x/y"}}}'));
    expect(editTaskInText(first, 'waves.yml', ['tasks', 0], { waves: null })).toBe(text);
    const second = editTaskInText(text, 'waves.yml', ['tasks', 1], { waves: { attempts: 1 } });
    expect(second).toBe(text.replace('{ owner: ana }', '{ owner: ana, waves: { attempts: 1 } }'));
    expect(editTaskInText(second, 'waves.yml', ['tasks', 1], { waves: null })).toBe(text);
    expect(editTaskInText(text, 'waves.yml', ['tasks', 2], { waves: { attempts: 2 } })).toBe(text.replace('{waves: {attempts: 1}}', '{waves: {attempts: 2}}'));
    expect(editTaskInText(text, 'waves.yml', ['tasks', 2], { waves: null })).toBe(text.replace(', metadata: {waves: {attempts: 1}}', ''));
  });

  it('fills an empty, null or {} metadata with a block map', () => {
    const expected = lines('tasks:', '  - id: 1', '    metadata:', '      waves:', '        attempts: 1', '    title: A', '');
    for (const empty of ['metadata:', 'metadata: null', 'metadata: {}', 'metadata: ~ # none']) {
      expect(editTaskInText(lines('tasks:', '  - id: 1', `    ${empty}`, '    title: A', ''), 'waves.yml', ['tasks', 0], { waves: { attempts: 1 } }), empty).toBe(expected);
    }
  });

  it('keeps CRLF and a BOM, and a file without a final line break', () => {
    const text = '\uFEFF' + crlf(lines('tasks:', '  - id: 1', '    status: pending', '  - id: 2', '    title: B'));
    const edited = editTaskInText(text, 'waves.yml', ['tasks', 1], { status: 'review', waves: { attempts: 0 } });
    expect(edited).toBe('\uFEFF' + crlf(lines('tasks:', '  - id: 1', '    status: pending', '  - id: 2', '    title: B', '    status: review', '    metadata:', '      waves:', '        attempts: 0')));
    const back = editTaskInText(edited, 'waves.yml', ['tasks', 1], { waves: null });
    expect(back).toBe('\uFEFF' + crlf(lines('tasks:', '  - id: 1', '    status: pending', '  - id: 2', '    title: B', '    status: review')));
  });

  it('removes a metadata that opens a list item, keeping the dash', () => {
    const text = lines('tasks:', '  - metadata:', '      waves: {attempts: 1}', '    id: 1', '');
    expect(editTaskInText(text, 'waves.yml', ['tasks', 0], { waves: null })).toBe(lines('tasks:', '  - id: 1', ''));
  });

  it('refuses an anchored metadata and a metadata that is not a map', () => {
    const anchored = lines('tasks:', '  - id: 1', '    metadata: &m', '      owner: ana', '  - id: 2', '    metadata: *m', '');
    expect(() => editTaskInText(anchored, 'waves.yml', ['tasks', 0], { waves: {} })).toThrow(/anchor or alias/);
    expect(() => editTaskInText(anchored, 'waves.yml', ['tasks', 1], { waves: {} })).toThrow(EditTaskError);
    expect(() => editTaskInText(lines('tasks:', '  - id: 1', '    metadata: [1]', ''), 'waves.yml', ['tasks', 0], { waves: {} })).toThrow(/metadata is not a map/);
  });
});

// ---------------------------------------------------------------- properties

type Json = Record<string | number, unknown>;
const at = (data: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((node, key) => (node as Json)[key], data) as Json;

/** The task data as editTaskInText's rule says it reads after the edit. */
function applyEdit(task: Json, edit: TaskEdit): void {
  if (edit.status !== undefined) task.status = edit.status;
  if (edit.waves === undefined) return;
  const metadata = task.metadata as Json | null | undefined;
  if (edit.waves !== null) task.metadata = metadata ? { ...metadata, waves: edit.waves } : { waves: edit.waves };
  else if (metadata && 'waves' in metadata) {
    delete metadata.waves;
    if (Object.keys(metadata).length === 0) delete task.metadata;
  }
}

/** Every task without `raw` and `subtasks`; the edited one without status and metadata either. */
function comparable(tasks: Task[], edited: string): unknown[] {
  return allTasks(tasks).map(({ raw: _raw, subtasks: _subtasks, ...task }) => (task.id === edited ? { ...task, status: undefined, metadata: undefined } : task));
}

/** Strings that YAML and JSON writers must quote, fold or escape, and any Unicode. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('exit code 1\nline two', 'a\n\nb\n', ' lead', 'trail ', 'x: y', '# c', '- d', '"q"', "'s'", 'null', '123', '{a}', '[b, c]', '\t', 'é\u2028'),
);
const statuses = fc.constantFrom<TaskStatus>('pending', 'in-progress', 'review', 'done', 'cancelled', 'deferred', 'blocked');
const wavesRecord = fc.record(
  { attempts: fc.nat(9), claimedAt: fc.constant('2026-11-25T12:00:00Z'), runId: fc.stringMatching(/^\d{1,6}$/), lastError: text, extra: fc.jsonValue({ maxDepth: 2 }) },
  { requiredKeys: ['attempts'] },
).map((record) => JSON.parse(JSON.stringify(record)) as Record<string, unknown>); // as a file holds it: no -0
const metadata = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant({}),
  fc.record({ owner: text }),
  wavesRecord.map((waves) => ({ waves })),
  fc.tuple(text, wavesRecord, fc.boolean()).map(([owner, waves, first]) => (first ? { waves, owner } : { owner, waves })),
);
const taskFields = { title: text, status: fc.option(statuses, { nil: undefined }), metadata, extra: fc.array(fc.oneof(fc.integer(), fc.boolean())) };
const layout = fc.record({
  tasks: fc.array(fc.record({ ...taskFields, subtasks: fc.array(fc.record(taskFields, { requiredKeys: [] }), { maxLength: 3 }) }, { requiredKeys: [] }), { minLength: 1, maxLength: 4 }),
  indent: fc.constantFrom(0, 2, 4, '\t'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  pick: fc.nat(),
  sub: fc.nat(),
  edit: fc.record({ status: statuses, waves: fc.option(wavesRecord, { nil: null }) }, { requiredKeys: [] }),
});

/** Tasks with ids by position (so ids are unique) and `undefined` fields dropped, as a file would hold them. */
function buildData(tasks: Json[]): Json {
  const clean = (task: Json, id: number): Json => JSON.parse(JSON.stringify({ id, ...task })) as Json;
  return { tasks: tasks.map((task, index) => ({ ...clean(task, index + 1), subtasks: ((task.subtasks as Json[] | undefined) ?? []).map((subtask, sub) => clean(subtask, sub + 1)) })) };
}

/**
 * The edit that undoes `edit` on `task`, byte for byte, when there is one: not for a status that
 * was added, waves written into a `{}` or null metadata (removing them removes the metadata), or
 * waves that were removed (written back, they go last, wherever they were).
 */
function inverse(task: Json, edit: TaskEdit): TaskEdit | undefined {
  const metadata = task.metadata as Json | null | undefined;
  if (edit.status !== undefined && typeof task.status !== 'string') return undefined;
  if (edit.waves !== undefined && edit.waves !== null && (metadata === null || (metadata && Object.keys(metadata).length === 0))) return undefined;
  if (edit.waves === null && metadata && 'waves' in metadata) return undefined;
  const back: TaskEdit = {};
  if (edit.status !== undefined) back.status = task.status as TaskStatus;
  if (edit.waves !== undefined) back.waves = metadata && 'waves' in metadata ? (metadata.waves as Json) : null;
  return back;
}

function checkProperty(render: (data: unknown) => string, file: string, value: { tasks: Json[]; pick: number; sub: number; edit: TaskEdit }): void {
  const data = buildData(value.tasks);
  const index = value.pick % (data.tasks as Json[]).length;
  const subtasks = (data.tasks as Json[])[index]?.subtasks as Json[];
  const path: (string | number)[] = subtasks.length > 0 && value.sub % 2 === 1 ? ['tasks', index, 'subtasks', value.sub % subtasks.length] : ['tasks', index];
  const text = render(data);
  const edited = editTaskInText(text, file, path, value.edit);

  // The result is what the serializer would write for the edited data.
  const expected = structuredClone(data);
  applyEdit(at(expected, path), value.edit);
  expect(edited).toBe(render(expected));

  // Our reader sees the same tasks, but for the edited fields.
  const id = path.length === 2 ? String(index + 1) : `${index + 1}.${(path[3] as number) + 1}`;
  const before = parseTasksText(text, file).plan?.tasks ?? [];
  const after = parseTasksText(edited, file).plan?.tasks ?? [];
  expect(comparable(after, id)).toEqual(comparable(before, id));
  const task = allTasks(after).find((candidate) => candidate.id === id);
  if (value.edit.status !== undefined) expect(task?.status).toBe(value.edit.status);
  if (value.edit.waves !== undefined) expect(task?.metadata.waves).toEqual(value.edit.waves ?? undefined);

  // And the inverse edit restores every byte.
  const back = inverse(at(data, path), value.edit);
  if (back) expect(editTaskInText(edited, file, path, back)).toBe(text);
}

describe('editTaskInText, properties', () => {
  it('JSON: writes what JSON.stringify would for the edited data; the inverse edit restores every byte', () => {
    fc.assert(fc.property(layout, (value) => {
      const render = (data: unknown) => (value.bom ? '\uFEFF' : '') + (value.crlf ? crlf : (text: string) => text)(JSON.stringify(data, null, value.indent) + '\n');
      checkProperty(render, 'tasks.json', value);
    }), { numRuns: 300 });
  });

  it('YAML: writes what the yaml library would for the edited data; the inverse edit restores every byte', () => {
    fc.assert(fc.property(layout, (value) => {
      const render = (data: unknown) => (value.bom ? '\uFEFF' : '') + (value.crlf ? crlf : (text: string) => text)(stringify(data, { lineWidth: 0 }));
      checkProperty(render, 'waves.yml', value);
    }), { numRuns: 300 });
  });
});

// ---------------------------------------------------------------- corpus

const files = HAS_CORPUS ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.json')).sort() : CORPUS_FILES;

/** A few tasks and subtasks of one tag: the ends, the middle, the first and last subtask. */
function pickTasks(tasks: Task[]): Task[] {
  const withSubtasks = tasks.filter((task) => task.subtasks.length > 0);
  const picked = [tasks[0], tasks[Math.floor(tasks.length / 2)], tasks.at(-1), withSubtasks[0]?.subtasks[0], withSubtasks.at(-1)?.subtasks.at(-1)];
  return [...new Set(picked.filter((task): task is Task => task !== undefined))];
}

describe('editTaskInText round-trips byte for byte on the Task Master corpus', CORPUS_SUITE, () => {
  for (const name of files) {
    it(name, () => {
      const file = join(CORPUS_DIR, name);
      const original = readFileSync(file, 'utf8');
      const tags = parseTasksText(original, file).plan?.tags ?? [];
      let text = original;
      const undo: { path: (string | number)[]; edit: TaskEdit }[] = [];
      for (const tag of tags.length > 0 ? tags : [undefined]) {
        const options = tag === undefined ? {} : { tag };
        const plan = parseTasksText(original, file, options).plan;
        expect(plan, `${name} ${tag}`).toBeDefined();
        for (const [index, task] of pickTasks(plan?.tasks ?? []).entries()) {
          const written = at(JSON.parse(original), task.path);
          const waves = { attempts: index, claimedAt: '2026-11-25T12:00:00Z', runId: String(4242 + index), runUrl: `https://github.com/o/r/actions/runs/${4242 + index}` };
          // A status that was written goes back; one that was not is left alone (an edit cannot delete it).
          const edit: TaskEdit = typeof written.status === 'string' ? { status: written.status === 'in-progress' ? 'done' : 'in-progress', waves } : { waves };
          text = editTaskInText(text, file, task.path, edit);
          const after = parseTasksText(text, file, options);
          const found = allTasks(after.plan?.tasks ?? []).find((candidate) => candidate.id === task.id);
          expect(found?.metadata.waves, `${name} ${tag} ${task.id}`).toEqual(waves);
          if (edit.status) expect(found?.status).toBe(edit.status);
          undo.push({ path: task.path, edit: typeof written.status === 'string' ? { status: written.status as TaskStatus, waves: null } : { waves: null } });
        }
      }
      expect(undo.length).toBeGreaterThanOrEqual(3);
      expect(text).not.toBe(original);
      for (const { path, edit } of undo.reverse()) text = editTaskInText(text, file, path, edit);
      expect(text === original).toBe(true);
    }, 120_000);
  }
});

// ---------------------------------------------------------------- updateTaskInFile

describe('updateTaskInFile', () => {
  let directory = '';
  beforeAll(() => void (directory = makeTempDir()));
  const TAGGED = lines('{', '  "master": {', '    "tasks": [',
    '      {"id": 1, "title": "One", "status": "pending", "dependencies": []},',
    '      {"id": 2, "title": "Two", "status": "pending", "dependencies": [1], "subtasks": [', '        {"id": 1, "title": "Two a", "status": "pending"}', '      ]}',
    '    ]', '  },', '  "feature": {', '    "tasks": [', '      {"id": 1, "title": "Feature one", "status": "pending"}', '    ]', '  }', '}', '');
  let count = 0;
  const fresh = (files: Record<string, string> = { 'tasks.json': TAGGED }) => {
    const project = join(directory, `project-${++count}`);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(project, path, '..'), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    return project;
  };

  it('decides on the task as the file holds it now, and writes only that edit', async () => {
    const file = join(fresh(), 'tasks.json');
    const update = await updateTaskInFile(file, '2.1', (task) => ({ status: 'in-progress', waves: { attempts: task.subtasks.length, runId: '42' } }));
    expect(update).toMatchObject({ changed: true, edit: { status: 'in-progress', waves: { attempts: 0, runId: '42' } }, task: { id: '2.1', status: 'pending' } });
    expect(readFileSync(file, 'utf8')).toBe(TAGGED.replace('"Two a", "status": "pending"}', '"Two a", "status": "in-progress", "metadata": {"waves": {"attempts": 0, "runId": "42"}}}'));
    const second = await updateTaskInFile(file, '2.1', (task) => ({ waves: { ...(task.metadata.waves as object), attempts: 1 } }));
    expect(second.task.metadata.waves).toEqual({ attempts: 0, runId: '42' });
    expect(readFileSync(file, 'utf8')).toContain('"metadata": {"waves": {"attempts": 1, "runId": "42"}}');
  });

  it('writes nothing when decide returns undefined or what is already there', async () => {
    const file = join(fresh(), 'tasks.json');
    const before = statSync(file).mtimeMs;
    expect(await updateTaskInFile(file, '1', () => undefined)).toMatchObject({ changed: false, edit: undefined, task: { id: '1' } });
    expect(await updateTaskInFile(file, '1', () => ({ status: 'pending', waves: null }))).toMatchObject({ changed: false });
    expect(readFileSync(file, 'utf8')).toBe(TAGGED);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('reads the tag from .taskmaster/state.json, or from the option', async () => {
    const project = fresh({ '.taskmaster/tasks/tasks.json': TAGGED, '.taskmaster/state.json': '{"currentTag": "feature"}' });
    const file = join(project, '.taskmaster/tasks/tasks.json');
    expect((await updateTaskInFile(file, '1', () => ({ status: 'review' }))).task.title).toBe('Feature one');
    expect((await updateTaskInFile(file, '1', () => ({ status: 'blocked' }), { tag: 'master' })).task.title).toBe('One');
    expect(readFileSync(file, 'utf8')).toBe(TAGGED.replace('"Feature one", "status": "pending"', '"Feature one", "status": "review"').replace('"One", "status": "pending"', '"One", "status": "blocked"'));
  });

  it('refuses an unknown id and an unreadable file with UpdateTaskError, and lets what decide throws through', async () => {
    const file = join(fresh(), 'tasks.json');
    await expect(updateTaskInFile(file, '7', () => ({ status: 'done' }))).rejects.toThrow(`${file} (tag master): no task or subtask with id 7; known ids: 1, 2, 2.1; nothing was written`);
    const broken = join(fresh({ 'tasks.json': TAGGED.replace('"title": "One",', '"title": "One"') }), 'tasks.json');
    const refusal = updateTaskInFile(broken, '1', () => ({ status: 'done' }));
    await expect(refusal).rejects.toBeInstanceOf(UpdateTaskError);
    await expect(refusal).rejects.toMatchObject({ problems: [{ code: 'invalid-json', line: 4 }] });
    await expect(updateTaskInFile(join(directory, 'missing.json'), '1', () => ({ status: 'done' }))).rejects.toThrow(/the file does not exist/);
    const mine = new RangeError('not mine to decide');
    await expect(updateTaskInFile(file, '1', () => { throw mine; })).rejects.toBe(mine);
    expect(readFileSync(file, 'utf8')).toBe(TAGGED);
  });

  it('loses no update when 16 writers in one process each count an attempt on the same task', async () => {
    const file = join(fresh(), 'tasks.json');
    const bump = (task: Task): TaskEdit => ({ waves: { attempts: ((task.metadata.waves as { attempts?: number } | undefined)?.attempts ?? 0) + 1 } });
    await Promise.all(Array.from({ length: 16 }, () => updateTaskInFile(file, '1', bump)));
    expect(parseTasksText(readFileSync(file, 'utf8'), file).plan?.tasks[0]?.metadata.waves).toEqual({ attempts: 16 });
  });
});
