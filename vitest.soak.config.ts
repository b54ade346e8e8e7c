import { defineConfig } from 'vitest/config';
import { common } from './vitest.config.js';

// `npm run test:soak`: the long soak tests only, kept out of `npm test` so it stays under 5 minutes.
export default defineConfig({
  test: {
    ...common,
    include: ['test/**/*.soak.test.ts'],
    // Each soak file is a crowd of processes of its own (a 200-task loop, 16 racing writers): two at
    // a time, not four, so one file's crowd does not starve another's past its limits.
    maxWorkers: 2,
    testTimeout: 600_000,
  },
});
