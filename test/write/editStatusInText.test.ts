import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { EditStatusError, editStatus, editStatusInText } from '../../src/write/editStatusInText.js';

const lines = (...parts: string[]) => parts.join('\n');
const crlf = (text: string) => text.replaceAll('\n', '\r\n');

describe('editStatusInText, JSON', () => {
  it('replaces only the value, 2-space indentation', () => {
    const text = lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "status": "pending",', '      "zeta": 1.50', '    }', '  ]', '}', '');
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe(text.replace('"pending"', '"done"'));
  });

  it('replaces only the value, 4-space indentation, tagged layout', () => {
    const text = lines('{', '    "master": {', '        "tasks": [', '            {"id": 1, "status": "pending"},', '            {', '                "id": 2,', '                "status": "review"', '            }', '        ]', '    }', '}');
    expect(editStatusInText(text, 'tasks.json', ['master', 'tasks', 1], 'in-progress')).toBe(text.replace('"review"', '"in-progress"'));
  });

  it('keeps tabs, CRLF and a BOM', () => {
    const text = '\uFEFF' + crlf(lines('{', '\t"tasks": [', '\t\t{', '\t\t\t"id": 7,', '\t\t\t"status": "done"', '\t\t}', '\t]', '}', ''));
    const edited = editStatusInText(text, 'tasks.json', ['tasks', 0], 'blocked');
    expect(edited).toBe(text.replace('"done"', '"blocked"'));
    expect(edited.startsWith('\uFEFF{\r\n')).toBe(true);
  });

  it('adds a missing status after the last field, matching 2-space indentation', () => {
    const text = lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "title": "A"', '    }', '  ]', '}', '');
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe(lines('{', '  "tasks": [', '    {', '      "id": 1,', '      "title": "A",', '      "status": "done"', '    }', '  ]', '}', ''));
  });

  it('adds a missing status with tabs and CRLF', () => {
    const text = crlf(lines('{', '\t"tasks": [', '\t\t{', '\t\t\t"id": 1', '\t\t}', '\t]', '}'));
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'review')).toBe(crlf(lines('{', '\t"tasks": [', '\t\t{', '\t\t\t"id": 1,', '\t\t\t"status": "review"', '\t\t}', '\t]', '}')));
  });

  it('adds a missing status with 4-space indentation and a spaced colon', () => {
    const text = lines('{"tasks": [', '    {', '        "id" : 1,', '        "title" : "A"', '    }', ']}');
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe(lines('{"tasks": [', '    {', '        "id" : 1,', '        "title" : "A",', '        "status" : "done"', '    }', ']}'));
  });

  it('edits compact one-line JSON, replacing and inserting', () => {
    const text = '{"tasks":[{"id":1,"status":"pending"},{"id":2,"title":"B"},{"id":3}]}';
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe('{"tasks":[{"id":1,"status":"done"},{"id":2,"title":"B"},{"id":3}]}');
    expect(editStatusInText(text, 'tasks.json', ['tasks', 1], 'done')).toBe('{"tasks":[{"id":1,"status":"pending"},{"id":2,"title":"B","status":"done"},{"id":3}]}');
    expect(editStatusInText(text, 'tasks.json', ['tasks', 2], 'done')).toBe('{"tasks":[{"id":1,"status":"pending"},{"id":2,"title":"B"},{"id":3,"status":"done"}]}');
    expect(editStatusInText('{"tasks": [{ "id": 3 }]}', 'tasks.json', ['tasks', 0], 'done')).toBe('{"tasks": [{ "id": 3, "status": "done" }]}');
  });

  it('edits subtasks', () => {
    const text = lines('{', '  "tasks": [', '    {', '      "id": 42,', '      "status": "pending",', '      "subtasks": [', '        { "id": "42-1", "status": "pending" },', '        { "id": "42-2", "status": "pending" }', '      ]', '    }', '  ]', '}');
    const edited = editStatusInText(text, 'tasks.json', ['tasks', 0, 'subtasks', 1], 'done');
    expect(edited).toBe(text.replace('{ "id": "42-2", "status": "pending" }', '{ "id": "42-2", "status": "done" }'));
  });

  it('replaces a non-string status and reports what it was', () => {
    const text = '{"tasks": [{"id": 1, "status": null}]}';
    expect(editStatus(text, 'tasks.json', ['tasks', 0], 'pending')).toEqual({ text: '{"tasks": [{"id": 1, "status": "pending"}]}', previous: null });
    expect(editStatus('{"tasks": [{"id": 1, "status": "completed"}]}', 'tasks.json', ['tasks', 0], 'done').previous).toBe('completed');
  });

  it('with a repeated status key, edits the last one (the one JSON.parse keeps)', () => {
    const text = '{"tasks": [{"id": 1, "status": "pending", "status": "review"}]}';
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe('{"tasks": [{"id": 1, "status": "pending", "status": "done"}]}');
  });

  it('leaves the text identical when the status is already the one asked for', () => {
    const text = '{"tasks": [{"id": 1, "status": "done"}]}';
    expect(editStatusInText(text, 'tasks.json', ['tasks', 0], 'done')).toBe(text);
  });

  it('refuses broken JSON and a path that is not a task object', () => {
    expect(() => editStatusInText('{"tasks": [{"id": 1,}]}', 'tasks.json', ['tasks', 0], 'done')).toThrow(EditStatusError);
    expect(() => editStatusInText('{"tasks": [{"id": 1}]}', 'tasks.json', ['tasks', 1], 'done')).toThrow(/no task object at tasks\.1/);
    expect(() => editStatusInText('{"tasks": [1]}', 'tasks.json', ['tasks', 0], 'done')).toThrow(EditStatusError);
  });
});

describe('editStatusInText, YAML', () => {
  it('keeps comments and a plain status plain', () => {
    const text = lines('# backlog', 'tasks:', '  - id: 1 # first', '    status: pending # was todo', '    title: A', '  # between', '  - id: 2', '    status: done', '');
    expect(editStatusInText(text, 'waves.yml', ['tasks', 0], 'in-progress')).toBe(text.replace('status: pending # was todo', 'status: in-progress # was todo'));
  });

  it('keeps double and single quotes', () => {
    const text = lines('tasks:', '  - id: 1', '    status: "pending"', '  - id: 2', "    status: 'pending'", '');
    expect(editStatusInText(text, 'waves.yaml', ['tasks', 0], 'done')).toBe(text.replace('"pending"', '"done"'));
    expect(editStatusInText(text, 'waves.yaml', ['tasks', 1], 'done')).toBe(text.replace("'pending'", "'done'"));
  });

  it('edits flow maps', () => {
    const text = lines('tasks:', '  - {id: 1, status: pending}', '  - {id: 2, title: B}', '  - {id: 3}', '');
    expect(editStatusInText(text, 'waves.yml', ['tasks', 0], 'done')).toBe(text.replace('{id: 1, status: pending}', '{id: 1, status: done}'));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 1], 'done')).toBe(text.replace('{id: 2, title: B}', '{id: 2, title: B, status: done}'));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 2], 'done')).toBe(text.replace('{id: 3}', '{id: 3, status: done}'));
  });

  it('adds a missing status line at the map indentation, after its last key', () => {
    const text = lines('tasks:', '  - id: 1', '    title: A # note', '    subtasks:', '      - id: 1', '        title: S', '  - id: 2', '    title: B', '');
    expect(editStatusInText(text, 'waves.yml', ['tasks', 0], 'done')).toBe(lines('tasks:', '  - id: 1', '    title: A # note', '    subtasks:', '      - id: 1', '        title: S', '    status: done', '  - id: 2', '    title: B', ''));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 0, 'subtasks', 0], 'review')).toBe(lines('tasks:', '  - id: 1', '    title: A # note', '    subtasks:', '      - id: 1', '        title: S', '        status: review', '  - id: 2', '    title: B', ''));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 1], 'done')).toBe(lines('tasks:', '  - id: 1', '    title: A # note', '    subtasks:', '      - id: 1', '        title: S', '  - id: 2', '    title: B', '    status: done', ''));
  });

  it('adds a missing status at the end of a file with no final line break, and in a one-key map', () => {
    expect(editStatusInText('tasks:\n  - id: 1\n    title: A', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - id: 1\n    title: A\n    status: done');
    expect(editStatusInText('tasks:\n  - id: 1\n  - id: 2\n', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - id: 1\n    status: done\n  - id: 2\n');
  });

  it('keeps CRLF and a BOM', () => {
    const text = '\uFEFF' + crlf(lines('tasks:', '  - id: 1', '    status: pending', '  - id: 2', '    title: B', ''));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 0], 'done')).toBe(text.replace('status: pending', 'status: done'));
    expect(editStatusInText(text, 'waves.yml', ['tasks', 1], 'done')).toBe('\uFEFF' + crlf(lines('tasks:', '  - id: 1', '    status: pending', '  - id: 2', '    title: B', '    status: done', '')));
  });

  it('fills an empty status, keeps a tag, and handles block scalars', () => {
    expect(editStatusInText('tasks:\n  - id: 1\n    status:\n    title: A\n', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - id: 1\n    status: done\n    title: A\n');
    expect(editStatusInText('tasks:\n  - id: 1\n    status: !!str pending\n', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - id: 1\n    status: !!str done\n');
    expect(editStatusInText('tasks:\n  - id: 1\n    status: |\n      pending\n    title: A\n', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - id: 1\n    status: done\n    title: A\n');
  });

  it('refuses an anchored status, which would change its aliases too', () => {
    const text = 'tasks:\n  - id: 1\n    status: &s pending\n  - id: 2\n    status: *s\n';
    expect(() => editStatusInText(text, 'waves.yml', ['tasks', 0], 'done')).toThrow(/anchor &s/);
    expect(editStatus(text, 'waves.yml', ['tasks', 1], 'done')).toEqual({ text: 'tasks:\n  - id: 1\n    status: &s pending\n  - id: 2\n    status: done\n', previous: 'pending' });
  });

  it('adds a quoted key when the map writes its keys quoted', () => {
    expect(editStatusInText('tasks:\n  - {"id": 1, "title": "A"}\n', 'waves.yml', ['tasks', 0], 'done')).toBe('tasks:\n  - {"id": 1, "title": "A", "status": "done"}\n');
  });
});

describe('editStatusInText, properties', () => {
  const statuses = fc.constantFrom('pending', 'in-progress', 'review', 'done', 'cancelled', 'deferred', 'blocked');
  const task = fc.record(
    {
      id: fc.integer({ min: 1, max: 999 }),
      title: fc.string(),
      status: statuses,
      details: fc.oneof(fc.string(), fc.constant(null)),
      extra: fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())),
      subtasks: fc.array(fc.record({ id: fc.integer({ min: 1, max: 9 }), title: fc.string(), status: statuses }, { requiredKeys: ['id'] }), { maxLength: 3 }),
    },
    { requiredKeys: ['id'] },
  );
  const layout = fc.record({ tasks: fc.array(task, { minLength: 1, maxLength: 5 }), indent: fc.constantFrom(0, 2, 4, '\t'), crlf: fc.boolean(), bom: fc.boolean(), pick: fc.nat(), sub: fc.nat(), status: statuses });

  it('JSON: the result is what JSON.stringify would write with that status set, and setting it back restores every byte', () => {
    fc.assert(fc.property(layout, ({ tasks, indent, crlf: useCrlf, bom, pick, sub, status }) => {
      const render = (data: unknown) => (bom ? '\uFEFF' : '') + (useCrlf ? crlf : (text: string) => text)(JSON.stringify(data, null, indent) + '\n');
      const original = { tasks };
      const index = pick % tasks.length;
      const chosen = tasks[index] as { subtasks?: Record<string, unknown>[] };
      const path: (string | number)[] = chosen.subtasks?.length ? ['tasks', index, 'subtasks', sub % chosen.subtasks.length] : ['tasks', index];
      const expected = structuredClone(original) as unknown as Record<string | number, Record<string, unknown>>;
      const target = path.reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, expected);
      const before = target.status;
      target.status = status;
      const text = render(original);
      const edited = editStatusInText(text, 'tasks.json', path, status);
      expect(edited).toBe(render(expected));
      if (typeof before === 'string') expect(editStatusInText(edited, 'tasks.json', path, before)).toBe(text);
    }));
  });

  it('YAML: the result is what the yaml library would write with that status set', () => {
    fc.assert(fc.property(layout, ({ tasks, crlf: useCrlf, bom, pick, status }) => {
      const render = (data: unknown) => (bom ? '\uFEFF' : '') + (useCrlf ? crlf : (text: string) => text)(stringify(data));
      const index = pick % tasks.length;
      const expected = structuredClone({ tasks });
      const before = expected.tasks[index]?.status;
      (expected.tasks[index] as { status?: string }).status = status;
      const text = render({ tasks });
      const edited = editStatusInText(text, 'waves.yml', ['tasks', index], status);
      expect(edited).toBe(render(expected));
      if (before !== undefined) expect(editStatusInText(edited, 'waves.yml', ['tasks', index], before)).toBe(text);
    }));
  });
});
