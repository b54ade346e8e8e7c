import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { expect, onTestFinished } from 'vitest';

// The one way tests make temporary directories. A directory made inside a test (or its
// beforeEach) is removed when that test finishes, passed or failed; one made in beforeAll or at
// the top of a file is removed after the file's last test (test/setup/removeTempDirs.ts). The name
// carries the test file's name, so the suite-end check (test/setup/checkTempDirs.ts) can say
// which file left a directory behind.

/** Directories made outside any test, removed when their test file ends. */
const madeOutsideTests = new Set<string>();

/** `waves-<test file base name>-`: the prefix of every temporary directory this test file makes. */
export function tempDirPrefix(): string {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('makeTempDir() runs only inside a vitest test file (expect.getState().testPath is not set)');
  return `waves-${testFileBaseName(testPath)}-`;
}

/** `runCommand` for test/run/runCommand.test.ts: the file name up to `.test.` (or its extension). */
export function testFileBaseName(path: string): string {
  const name = basename(path);
  const end = name.indexOf('.test.');
  return end > 0 ? name.slice(0, end) : name.replace(/\.[^.]*$/, '');
}

/**
 * A fresh empty directory `waves-<test file>-[label-]XXXXXX` in os.tmpdir(), removed by itself:
 * at the end of the test that made it, or at the end of the file when made outside a test.
 */
export function makeTempDir(label?: string): string {
  const directory = mkdtempSync(join(tmpdir(), `${tempDirPrefix()}${label ? `${label}-` : ''}`));
  try {
    onTestFinished(() => removeTempDir(directory));
  } catch {
    // Not inside a test (beforeAll, describe body, top of the file): the file's afterAll removes it.
    madeOutsideTests.add(directory);
  }
  return directory;
}

/** A fresh directory holding the given files (path -> text), removed like makeTempDir's. */
export function tempDirWith(files: Record<string, string>, label?: string): string {
  const directory = makeTempDir(label);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return directory;
}

/** Removes every directory this file made outside a test (called once per file, after its last test). */
export function removeTempDirsMadeOutsideTests(): void {
  for (const directory of madeOutsideTests) removeTempDir(directory);
  madeOutsideTests.clear();
}

function removeTempDir(directory: string): void {
  // Retries: a child process that was just killed may still be closing files in it.
  rmSync(directory, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Every file under a directory with its bytes, to prove a command wrote nothing. */
export function snapshotDir(directory: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(directory, path)] = readFileSync(path, 'latin1');
    }
  };
  walk(directory);
  return result;
}
