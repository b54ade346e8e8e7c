import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, that any CI can read; then,
 * on a line of their own, the tests skipped for a stated reason (`meta.skipReason`, e.g. the
 * corpus suites when ../shared/corpus is absent), counted, so no skip goes unseen.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skippedFor = new Map<string, number>();
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) counts.failed++;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          const reason = test.meta().skipReason;
          if (reason) skippedFor.set(reason, (skippedFor.get(reason) ?? 0) + 1);
        }
      }
    }
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    for (const [reason, count] of skippedFor) process.stdout.write(`skipped: ${count} ${reason}\n`);
  }
}

declare module 'vitest' {
  interface TaskMeta {
    /** Why a suite is skipped, counted in the closing line (set with `describe(name, { skip, meta: { skipReason } })`). */
    skipReason?: string;
  }
}
