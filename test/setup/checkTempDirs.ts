import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testFileBaseName } from '../helpers/tempDir.js';
import { testTempBase } from './testTempBase.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * vitest globalSetup: the run gets a temp dir of its own (TMPDIR, inherited by the test workers
 * and every process they start; on a tmpfs when there is one, see testTempBase.ts), so suites
 * running side by side never see each other's directories. At the end, any `waves-*` entry still
 * in it fails the run, naming the test file its name points to; then the whole directory is
 * removed. A run that was killed cannot do that: run dirs untouched for a day are removed at the
 * start of the next run (a tmpfs holds them in memory).
 */
export function setup(): () => void {
  const previous = process.env.TMPDIR;
  const base = testTempBase();
  removeAbandonedRuns(base);
  const runTemp = mkdtempSync(join(base, 'waves-vitest-run-'));
  process.env.TMPDIR = runTemp;
  quietGitHousekeeping();
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (!existsSync(runTemp)) return;
    const leftovers = readdirSync(runTemp).filter((name) => name.startsWith('waves-')).sort();
    rmSync(runTemp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    if (leftovers.length === 0) return;
    process.stderr.write(leftoverReport(leftovers));
    process.exitCode = 1;
  };
}

/** Removes run dirs of killed runs: none of a live run's is a day old (it writes there all the time). */
function removeAbandonedRuns(base: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(base).filter((entry) => entry.startsWith('waves-vitest-run-'))) {
    const path = join(base, name);
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

/** Every test file under test/, by the base name its temp dirs carry. */
function testFilesByBaseName(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.test\.[cm]?[jt]s$/.test(entry.name)) {
        const name = testFileBaseName(entry.name);
        byName.set(name, [...(byName.get(name) ?? []), relative(ROOT, path)]);
      }
    }
  };
  walk(join(ROOT, 'test'));
  return byName;
}

/** The failure message: what was left, by which test file, and how to fix it. */
export function leftoverReport(leftovers: string[]): string {
  const files = testFilesByBaseName();
  // The longest matching name wins: `waves-runCommand-origin-x` is runCommand's, not run's.
  const names = [...files.keys()].sort((a, b) => b.length - a.length);
  const lines = leftovers.map((entry) => {
    const name = names.find((candidate) => entry.startsWith(`waves-${candidate}-`));
    const owner = name ? (files.get(name) as string[]).join(' or ') : 'no test file of that name: made by code under src/ or by a helper that does not use test/helpers/tempDir.ts';
    return `  ${entry}  <- ${owner}`;
  });
  return [
    '',
    `Temporary directories left behind (${leftovers.length}): the run fails; they are removed now.`,
    ...lines,
    'Fix: in tests, make temporary directories with makeTempDir() or tempDirWith() from test/helpers/tempDir.ts;',
    'they are named after the test file and removed when the test ends, on failure too. Code under src/ must',
    'remove what it makes itself (try/finally), as src/git/commitFileChange.ts does with its scratch directory. vitest runs no afterAll in a',
    'file whose tests are all skipped: make directories in beforeAll, beforeEach or the test, not in a describe body.',
    '',
  ].join('\n');
}

/**
 * The tests' own git commands (seeding origins, clones, stand-in agents) skip git's automatic
 * `maintenance run --auto` / `gc --auto`: thousands of throwaway repositories gain nothing from it,
 * and it was about one git process in twenty the suite started. Inherited by the workers and every
 * process that inherits their environment; the product sets the same on its own git commands.
 */
function quietGitHousekeeping(): void {
  const count = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
  const settings: [string, string][] = [['maintenance.auto', 'false'], ['gc.auto', '0']];
  settings.forEach(([key, value], index) => {
    process.env[`GIT_CONFIG_KEY_${count + index}`] = key;
    process.env[`GIT_CONFIG_VALUE_${count + index}`] = value;
  });
  process.env.GIT_CONFIG_COUNT = String(count + settings.length);
}
