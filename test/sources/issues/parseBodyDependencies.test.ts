import { describe, expect, it } from 'vitest';
import { parseBodyDependencies } from '../../../src/sources/issues/parseBodyDependencies.js';

describe('parseBodyDependencies', () => {
  it('reads Depends on and Blocked by lines, in any case, with lists, links and other repositories', () => {
    const body = ['Intro mentions #99 which is not a dependency.', 'Depends on #12, #15', '* **Blocked by**: octo/other#7 and https://github.com/octo/site/issues/3', '> depends on #12'].join('\n');
    expect(parseBodyDependencies(body, 'octo/backlog')).toEqual([
      { repository: 'octo/backlog', number: 12 },
      { repository: 'octo/backlog', number: 15 },
      { repository: 'octo/other', number: 7 },
      { repository: 'octo/site', number: 3 },
    ]);
  });

  it('ignores lines inside fenced code and mentions elsewhere', () => {
    expect(parseBodyDependencies('```\nDepends on #1\n```\nSee #2.\nThis depends on #3 in the middle of a sentence.', 'o/r')).toEqual([]);
  });

  it('survives hostile text: huge bodies, zero and giant numbers', () => {
    expect(parseBodyDependencies('Depends on #0, #99999999999999999999, #5', 'o/r')).toEqual([{ repository: 'o/r', number: 5 }]);
    const started = performance.now();
    parseBodyDependencies(`Depends on ${'#1 '.repeat(20_000)}\n${'x'.repeat(200_000)}`, 'o/r');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
