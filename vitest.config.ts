import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the CLI and start databases: generous bounds, since CI machines are shared.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
