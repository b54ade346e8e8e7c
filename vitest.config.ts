import { defineConfig } from 'vitest/config';
import { SlowestFirstSequencer } from './test/setup/slowestFirstSequencer.js';

/** What every run shares: the temp-dir isolation and end-of-run check, and the closing line. */
export const common = {
  // Most of a test's time is spent waiting: on git and node subprocesses, and on the GitHub client's
  // own spacing (GitHub asks for a second between writes; Octokit's throttling spaces every GraphQL
  // request and waits 3 s between comment-creating writes). Four files at a time on two cores keep
  // the CPUs busy through those waits.
  // Forked workers, not threads: Node starts every child process with fork(), which copies the
  // parent's page tables and makes the parent fault on each page it writes afterwards, so a spawn
  // costs kernel time in proportion to the spawning process's memory. Four threads share one
  // process that grows to 1.3 GB over a run; four forks hold a quarter each. Measured on the whole
  // suite, back to back: 580 s of CPU (247 s of it kernel) and 317 s with threads, 488 s (196 s
  // kernel) and 281 s with forks. (A spawn from a 2 GB process costs 20 ms of kernel time; from a
  // 50 MB one, 2 ms.)
  pool: 'forks' as const,
  maxWorkers: 4,
  // Test files run one after another in the same four workers, not each in a fresh one: the module
  // cache carries over, so GitHub's GraphQL schema (about 0.6 s of CPU to build) and its OpenAPI
  // description (13 MB of JSON) are read once per worker instead of once per file, and 80 worker
  // starts go away: about 55 s of the suite's 630 s of CPU. Nothing else carries over: tests use no
  // module mocks or fake timers, restore their spies, and set no environment of their own; each
  // file's temp dirs and children are still removed when it ends (test/setup/removeTempDirs.ts).
  isolate: false,
  // A test's own work (not its waits) takes two to four times as long with four files at a time on
  // two cores, and twice that again with two suites side by side, as a busy machine runs them: a
  // 60 s limit timed out the heavier action tests (six action runs) there.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // The slowest files first, also on a fresh clone that has no timings of its own yet.
  sequence: { sequencer: SlowestFirstSequencer },
  globalSetup: ['./test/setup/checkTempDirs.ts'],
  setupFiles: ['./test/setup/removeTempDirs.ts'],
  reporters: ['default', './test/summaryReporter.ts'],
};

// `npm test`: everything but the long soak tests (`*.soak.test.ts`, run by `npm run test:soak`).
export default defineConfig({
  test: {
    ...common,
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.soak.test.ts', '**/node_modules/**'],
  },
});
