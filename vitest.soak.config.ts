import { defineConfig } from 'vitest/config';
import { common } from './vitest.config.js';

// `npm run test:soak`: the long soak tests only, kept out of `npm test` so it stays under 5 minutes.
export default defineConfig({
  test: {
    ...common,
    include: ['test/**/*.soak.test.ts'],
    testTimeout: 600_000,
  },
});
