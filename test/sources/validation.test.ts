import { describe, expect, it } from 'vitest';
import { parseTasksText } from '../../src/sources/parseTasksText.js';
import { problemsOf } from '../helpers/planFromYaml.js';

const brief = (text: string, file = 'waves.yml') =>
  problemsOf(text, file).map((problem) => ({ severity: problem.severity, code: problem.code, taskId: problem.taskId, field: problem.field, line: problem.line, message: problem.message }));

describe('syntax errors', () => {
  it('reports invalid JSON with line and column', () => {
    const problems = brief('{\n  "tasks": [\n    { "id": 1, "title": "a" }\n    { "id": 2 }\n  ]\n}\n', 'tasks.json');
    expect(problems).toEqual([{ severity: 'error', code: 'invalid-json', taskId: undefined, field: undefined, line: 4, message: 'invalid JSON at line 4, column 5: expected a comma' }]);
  });

  it('reports invalid YAML with line and column', () => {
    const problems = brief('tasks:\n  - id: 1\n    title: "unterminated\n  - id: 2\n');
    expect(problems).toMatchObject([{ code: 'invalid-yaml', line: 5, message: 'invalid YAML at line 5, column 1: Missing closing "quote' }]);
    expect(brief('tasks:\n  - id: 1\n   title: x\n').map((problem) => [problem.code, problem.line])).toEqual([['invalid-yaml', 3]]);
  });

  it('finds no task list', () => {
    expect(brief('{"todo": []}', 'waves.json').map((problem) => problem.code)).toEqual(['no-task-list']);
    expect(brief('[{"id": 1}]', 'waves.json').map((problem) => problem.message)).toEqual(['the file is a bare list; expected an object with a "tasks" list']);
  });
});

describe('every problem at once, each naming the task and the field', () => {
  const text = `tasks:
  - { id: 1, title: one, status: started }
  - { id: 1, title: one again }
  - { id: 2, title: two, status: waiting, priority: asap, dependencies: [2, 99] }
  - { id: [3], title: bad id }
  - { id: 4, title: four, priority: HIGH, status: Done, complexity: 12, estimate: soon }
  - { id: 5, title: five, dependencies: "1" }
`;
  const problems = brief(text);

  it('collects them all, in file order', () => {
    expect(problems.map((problem) => [problem.severity, problem.code, problem.taskId, problem.field, problem.line])).toEqual([
      ['warning', 'mapped-status', '1', 'status', 2],
      ['error', 'duplicate-id', '1', 'id', 3],
      ['error', 'unknown-status', '2', 'status', 4],
      ['error', 'unknown-priority', '2', 'priority', 4],
      ['error', 'self-dependency', '2', 'dependencies', 4],
      ['error', 'missing-dependency', '2', 'dependencies', 4],
      ['error', 'bad-id', undefined, 'id', 5],
      ['warning', 'mapped-status', '4', 'status', 6],
      ['warning', 'mapped-priority', '4', 'priority', 6],
      ['warning', 'bad-complexity', '4', 'complexity', 6],
      ['error', 'bad-estimate', '4', 'estimate', 6],
      ['error', 'bad-field', '5', 'dependencies', 7],
    ]);
    expect(problems.find((problem) => problem.code === 'bad-id')!.message).toBe('task #4: an id must be a string or a number');
    expect(problems.find((problem) => problem.code === 'bad-field')!.message).toBe('task 5: dependencies must be a list of task ids');
  });

  it('says what is wrong and what to do', () => {
    const missing = problemsOf(text).find((problem) => problem.code === 'missing-dependency')!;
    expect(missing.message).toBe('task 2 depends on 99, which is not a task or subtask in this file');
    expect(missing.hint).toBe('remove 99 from dependencies of 2, or add the missing task');
    expect(problemsOf(text).find((problem) => problem.code === 'unknown-status')!.hint).toContain('pending, in-progress, review, done, cancelled, deferred, blocked');
  });
});

describe('cycles', () => {
  it('reports the whole path', () => {
    const problems = brief(`tasks:
  - { id: 12, title: a, dependencies: [15] }
  - { id: 15, title: b, dependencies: [12] }
  - { id: 3, title: c, dependencies: [4] }
  - { id: 4, title: d, dependencies: [5] }
  - { id: 5, title: e, dependencies: [3] }
`);
    expect(problems.map((problem) => problem.message)).toEqual(['dependency cycle: 12 -> 15 -> 12', 'dependency cycle: 3 -> 4 -> 5 -> 3']);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('downgrades a cycle among finished tasks to a warning', () => {
    const problems = brief(`tasks:
  - id: 7
    title: old
    status: done
    subtasks:
      - { id: 2, title: x, status: done, dependencies: [5] }
      - { id: 5, title: y, status: done, dependencies: [2] }
`);
    expect(problems).toMatchObject([{ severity: 'warning', code: 'cycle', message: 'dependency cycle: 7.2 -> 7.5 -> 7.2 (all finished, so it holds nothing up)' }]);
  });
});

describe('ids and references', () => {
  it('resolves bare subtask references to siblings, dotted ones anywhere, and reports missing subtasks', () => {
    const result = parseTasksText(`tasks:
  - id: 1
    title: a
    subtasks:
      - { id: 1, title: a1 }
      - { id: 2, title: a2, dependencies: [1, "2.1"] }
      - { id: 3, title: a3, dependencies: ["1.9"] }
  - { id: 2, title: b, dependencies: ["1.2"], subtasks: [{ id: 1, title: b1 }] }
`, 'waves.yml');
    expect(result.plan!.tasks[0]!.subtasks[1]!.dependencies).toEqual(['1.1', '2.1']);
    expect(result.plan!.tasks[1]!.dependencies).toEqual(['1.2']);
    expect(result.problems.map((problem) => [problem.code, problem.taskId])).toEqual([['missing-dependency', '1.3']]);
  });

  it('finds subtasks the same way whether every task id is a number (looked up under the task) or not (by name)', () => {
    // Sibling references by number and by string (a bare 1 in task 2 is its subtask 2.1, already
    // named as "2-1"), a bare number with no such sibling (a task),
    // dotted references across tasks, ids written with the parent ("2-1", 3.1), repeated subtask
    // ids (the first counts), and references to nothing.
    const tasks = [
      { id: 1, title: 'a', subtasks: [{ id: 1, title: 'a1' }, { id: 2, title: 'a2', dependencies: [1, '2.1', 3] }, { id: 2, title: 'a2 again' }, { id: 4, title: 'a4', dependencies: ['2', '1.9', '1.2.3', '2-1'] }] },
      { id: 2, title: 'b', dependencies: ['1.2', 1, '3.1'], subtasks: [{ id: '2-1', title: 'b1' }, { id: '2-2', title: 'b2', dependencies: ['2-1', 1, '3.1'] }] },
      { id: 3, title: 'c', dependencies: ['2.2', '2-2'], subtasks: [{ id: 3.1, title: 'c1', dependencies: ['1.1'] }] },
    ];
    const resolve = (extra: object[]) => {
      const result = parseTasksText(JSON.stringify({ tasks: [...tasks, ...extra] }), 'tasks.json');
      const plan = result.plan!;
      return {
        dependencies: plan.tasks.slice(0, tasks.length).flatMap((task) => [task, ...task.subtasks]).map((task) => [task.id, task.dependencies]),
        problems: result.problems.map((problem) => [problem.code, problem.taskId, problem.message]),
        edges: Array.from(plan.graph!.targets),
      };
    };
    const byNumber = resolve([]);
    expect(byNumber.dependencies).toEqual([
      ['1', []],
      ['1.1', []],
      ['1.2', ['1.1', '2.1', '3']],
      ['1.2', []],
      ['1.4', ['1.2', '2.1']],
      ['2', ['1.2', '1', '3.1']],
      ['2.1', []],
      ['2.2', ['2.1', '3.1']],
      ['3', ['2.2']],
      ['3.1', ['1.1']],
    ]);
    expect(byNumber.problems).toEqual([
      ['duplicate-subtask-id', '1.2', 'subtask id 1.2 is used more than once in task 1'],
      ['missing-dependency', '1.4', 'task 1.4 depends on 1.9, which is not a subtask of task 1 or a task in this file'],
      ['missing-dependency', '1.4', 'task 1.4 depends on 1.2.3, which is not a subtask of task 1 or a task in this file'],
    ]);
    // A task with a name for an id, or a subtask whose own id has a dot, puts subtasks in the
    // by-name index instead: the same references must find the same tasks.
    expect(resolve([{ id: 'setup', title: 'named' }])).toEqual(byNumber);
    expect(resolve([{ id: 9, title: 'dotted subtask', subtasks: [{ id: '9.1.1', title: 'x' }] }])).toEqual(byNumber);
  });

  it('compares numbers and strings as strings', () => {
    const result = parseTasksText('{"tasks":[{"id":"1","title":"a"},{"id":2,"title":"b","dependencies":["1"]},{"id":3,"title":"c","dependencies":[2]}]}', 'tasks.json');
    expect(result.problems).toEqual([]);
    expect(result.plan!.tasks.map((task) => [task.id, task.dependencies])).toEqual([['1', []], ['2', ['1']], ['3', ['2']]]);
  });
});

describe('encodings and layouts', () => {
  it('reads a UTF-8 BOM and CRLF line ends', () => {
    const text = '\uFEFF{\r\n  "master": {\r\n    "tasks": [\r\n      { "id": 1, "title": "a", "status": "pendng" }\r\n    ]\r\n  }\r\n}\r\n';
    const result = parseTasksText(text, 'tasks.json');
    expect(result.plan!.tag).toBe('master');
    expect(result.problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([['unknown-status', 4, 32]]);
  });

  it('picks the tag: explicit, state.json, master, the only tag; otherwise asks', () => {
    const text = JSON.stringify({ alpha: { tasks: [{ id: 1, title: 'a' }] }, beta: { tasks: [{ id: 1, title: 'b' }] } });
    expect(parseTasksText(text, 'tasks.json', { tag: 'beta' }).plan!.tasks[0]!.title).toBe('b');
    expect(parseTasksText(text, 'tasks.json', { stateTag: 'alpha' }).plan!.tag).toBe('alpha');
    expect(parseTasksText(text, 'tasks.json').problems.map((problem) => problem.message)).toEqual(['the file has several tags and none is current: alpha, beta']);
    expect(parseTasksText(text, 'tasks.json', { tag: 'gamma' }).problems.map((problem) => problem.hint)).toEqual(['use one of: alpha, beta']);
    const withMaster = JSON.stringify({ master: { tasks: [] }, other: { tasks: [] } });
    expect(parseTasksText(withMaster, 'tasks.json').plan!.tag).toBe('master');
    expect(parseTasksText(JSON.stringify({ only: { tasks: [] } }), 'tasks.json').plan!.tag).toBe('only');
  });

  it('keeps unknown fields and reads the optional fields of the plan format', () => {
    const result = parseTasksText(`tasks:
  - id: 1
    title: a
    agent: rust-engineer-agent
    estimate: 2-3h
    resources: cpu
    paths: src/**
    deliverables: [one, two]
    metadata: { owner: ops }
    testStrategy: run it
    x-custom: { keep: true }
`, 'waves.yml');
    const task = result.plan!.tasks[0]!;
    expect(task).toMatchObject({ agent: 'rust-engineer-agent', estimateHours: 2.5, resources: 'cpu', paths: ['src/**'], deliverables: ['one', 'two'], metadata: { owner: 'ops' } });
    expect(task.raw).toMatchObject({ testStrategy: 'run it', 'x-custom': { keep: true } });
  });
});

describe('ids that could carry shell or expression syntax', () => {
  it('refuses them, naming the task', () => {
    const problems = brief('tasks:\n  - { id: "$(curl x)", title: a }\n  - { id: "ok-1.2_b", title: b }\n  - { id: "two words", title: c }\n');
    expect(problems.map((problem) => [problem.code, problem.taskId, problem.line])).toEqual([['unsafe-id', '$(curl x)', 2], ['unsafe-id', 'two words', 4]]);
  });
});
