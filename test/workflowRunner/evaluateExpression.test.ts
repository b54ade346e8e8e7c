import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateExpression, evaluateTemplate, StrictObject } from './evaluateExpression.js';
import { expandMatrix } from './expandMatrix.js';

const scope = (status = { success: () => true, failure: () => false, cancelled: () => false }) => ({
  contexts: {
    github: { event_name: 'issues', event: { label: { name: 'Waves' }, issue: { labels: [{ name: 'wave-task' }, { name: 'bug' }] } }, ref: 'refs/heads/main' },
    needs: new StrictObject({ plan: { result: 'success', outputs: new StrictObject({ count: '0', matrix: '{"include":[{"task":"1"}]}' }, () => "job 'plan' declares no such output") } }, () => 'not a job this job needs'),
    matrix: new StrictObject({ task: '7' }, (name) => `the matrix row has no key '${name}'`),
    vars: { LEVEL: '3' },
  },
  status,
});

describe('evaluateExpression: GitHub expression semantics', () => {
  it('reads contexts case-insensitively, null-safe on missing payload fields', () => {
    expect(evaluateExpression("github.event.label.name == 'waves'", scope())).toBe(true); // strings compare without case
    expect(evaluateExpression('github.event.nothing.deeper', scope())).toBe(null);
    expect(evaluateExpression('GITHUB.EVENT_NAME', scope())).toBe('issues');
  });

  it('filters with .* and calls contains/startsWith/endsWith/format/join/toJSON/fromJSON', () => {
    expect(evaluateExpression("contains(github.event.issue.labels.*.name, 'wave-task')", scope())).toBe(true);
    expect(evaluateExpression("contains(github.event.issue.labels.*.name, 'nope')", scope())).toBe(false);
    expect(evaluateExpression("startsWith(github.ref, 'refs/HEADS/')", scope())).toBe(true);
    expect(evaluateExpression("endsWith(github.ref, '/main')", scope())).toBe(true);
    expect(evaluateExpression("format('{0}-{1} {{x}}', github.event_name, 2)", scope())).toBe('issues-2 {x}');
    expect(evaluateExpression("join(github.event.issue.labels.*.name, '+')", scope())).toBe('wave-task+bug');
    expect(evaluateExpression('fromJSON(needs.plan.outputs.matrix).include[0].task', scope())).toBe('1');
    expect(evaluateExpression("toJSON(fromJSON('[1,2]'))", scope())).toBe('[\n  1,\n  2\n]');
  });

  it('coerces like GitHub: mismatched types compare as numbers, && and || return operands', () => {
    expect(evaluateExpression("needs.plan.outputs.count != '0'", scope())).toBe(false);
    expect(evaluateExpression('needs.plan.outputs.count == 0', scope())).toBe(true);
    expect(evaluateExpression("vars.LEVEL > 2 && 'yes' || 'no'", scope())).toBe('yes');
    expect(evaluateExpression("'' || null || 'last'", scope())).toBe('last');
    expect(evaluateExpression('!(1 < 0x2)', scope())).toBe(false);
    expect(evaluateExpression('null == 0', scope())).toBe(true);
    expect(evaluateExpression("'abc' < 'ABD'", scope())).toBe(true);
  });

  it('names what is unknown instead of reading it as an empty string', () => {
    expect(() => evaluateExpression('needs.plna.outputs.count', scope())).toThrow("needs.plna: not a job this job needs");
    expect(() => evaluateExpression('needs.plan.outputs.cnt', scope())).toThrow("needs.plan.outputs.cnt: job 'plan' declares no such output");
    expect(() => evaluateExpression('matrix.agent', scope())).toThrow("matrix.agent: the matrix row has no key 'agent'");
    expect(() => evaluateExpression('secrets.TOKEN', scope())).toThrow("the context 'secrets' is not available here");
    expect(() => evaluateExpression("hashFiles('**/package-lock.json')", scope())).toThrow('the function hashfiles() is not supported by the test runner');
    expect(() => evaluateExpression("fromJSON('{nope')", scope())).toThrow('fromJSON(): the value is not JSON');
    expect(() => evaluateExpression("github.ref ==", scope())).toThrow('expected more at the end');
    expect(() => evaluateExpression('always()', { contexts: {} })).toThrow('always() is only available in if: conditions');
  });

  it('if: implies success() unless a status function is called', () => {
    const failed = { success: () => false, failure: () => true, cancelled: () => false };
    expect(evaluateCondition("github.event_name == 'issues'", scope(failed))).toBe(false);
    expect(evaluateCondition("always() && github.event_name == 'issues'", scope(failed))).toBe(true);
    expect(evaluateCondition('${{ failure() }}', scope(failed))).toBe(true);
    expect(() => evaluateCondition('${{ success() }} && true', scope())).toThrow('mixes ${{ }} with other text');
  });

  it('templates keep the type of a lone expression and write text into mixed ones', () => {
    expect(evaluateTemplate('${{ fromJSON(needs.plan.outputs.matrix) }}', scope())).toEqual({ include: [{ task: '1' }] });
    expect(evaluateTemplate('task ${{ matrix.task }} of ${{ github.event_name }}', scope())).toBe('task 7 of issues');
    expect(evaluateTemplate('${{ 1 == 1 }}', scope())).toBe(true);
  });
});

describe('expandMatrix: GitHub matrix expansion', () => {
  it('takes the product, drops exclusions, extends matching rows with include and appends the rest', () => {
    expect(expandMatrix({ os: ['a', 'b'], node: [1, 2], exclude: [{ os: 'b', node: 2 }], include: [{ os: 'a', extra: true }, { os: 'c', node: 3 }] })).toEqual([
      { os: 'a', node: 1, extra: true },
      { os: 'a', node: 2, extra: true },
      { os: 'b', node: 1 },
      { os: 'c', node: 3 },
    ]);
  });

  it('an include-only matrix (our plan output) is one row per entry; an empty one is an error as on GitHub', () => {
    expect(expandMatrix({ include: [{ task: '1' }, { task: '2' }] })).toEqual([{ task: '1' }, { task: '2' }]);
    expect(() => expandMatrix({ include: [] })).toThrow('Matrix must define at least one vector');
    expect(() => expandMatrix({ task: Array.from({ length: 257 }, (_, index) => index) })).toThrow('more than 256 jobs');
  });
});
