import { defineConfig } from 'vitest/config';

/** What every run shares: the temp-dir isolation and end-of-run check, and the closing line. */
export const common = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
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
