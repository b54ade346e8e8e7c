import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnForTest } from '../helpers/spawnForTest.js';
import { makeTempDir, tempDirWith, testFileBaseName } from '../helpers/tempDir.js';
import { leftoverReport } from './checkTempDirs.js';

// The helpers every test relies on to leave nothing behind, and the suite-end check's message.

describe('makeTempDir', () => {
  let fromBeforeAll = '';
  beforeAll(() => void (fromBeforeAll = makeTempDir()));
  afterAll(() => expect(existsSync(fromBeforeAll)).toBe(true)); // removed after this file's own hooks
  const made: string[] = [];

  it('names a directory in the run\'s temp dir after the test file', () => {
    made.push(tempDirWith({ 'a/b.txt': 'x' }, 'label'));
    expect(dirname(made[0]!)).toBe(tmpdir());
    expect(basename(made[0]!)).toMatch(/^waves-tempDirs-label-[A-Za-z0-9]{6}$/);
    expect(existsSync(join(made[0]!, 'a/b.txt'))).toBe(true);
    expect(process.env.TMPDIR).toMatch(/waves-vitest-run-/);
  });

  it('removed it when that test ended; keeps one made in beforeAll until the file ends', () => {
    expect(existsSync(made[0]!)).toBe(false);
    expect(existsSync(fromBeforeAll)).toBe(true);
  });

  it.fails('removes a failing test\'s directory too', () => {
    made.push(makeTempDir());
    writeFileSync(join(made[1]!, 'file'), 'x');
    throw new Error('this test fails on purpose');
  });

  it('...as this test shows', () => {
    expect(made[1]).toBeDefined();
    expect(existsSync(made[1]!)).toBe(false);
  });

  it('takes the base name up to .test.', () => {
    expect(testFileBaseName('/r/test/run/runCommand.test.ts')).toBe('runCommand');
    expect(testFileBaseName('/r/test/core/scheduler.property.test.ts')).toBe('scheduler.property');
    expect(testFileBaseName('/r/test/action/loop.soak.test.ts')).toBe('loop.soak');
  });
});

describe('spawnForTest', () => {
  let pid = 0;
  it('starts a child', () => {
    const child = spawnForTest(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    pid = child.pid!;
    expect(isAlive(pid)).toBe(true);
  });

  it('...stopped when its test ended', async () => {
    for (let waited = 0; isAlive(pid) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isAlive(pid)).toBe(false);
  });
});

describe('the suite-end check', () => {
  it('names the test file behind each leftover, and says how to fix it', () => {
    const report = leftoverReport(['waves-runCommand-XyZ123', 'waves-loop.soak-origin-AbC123', 'waves-worktree-QwE123']);
    expect(report).toContain('Temporary directories left behind (3)');
    expect(report).toContain('waves-runCommand-XyZ123  <- test/run/runCommand.test.ts');
    expect(report).toContain('waves-loop.soak-origin-AbC123  <- test/action/loop.soak.test.ts');
    expect(report).toContain('waves-worktree-QwE123  <- no test file of that name: made by code under src/');
    expect(report).toContain('makeTempDir() or tempDirWith() from test/helpers/tempDir.ts');
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
