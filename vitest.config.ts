import { defineConfig } from 'vitest/config';

// Tests start real databases in containers: generous timeouts, and files run one at a time by default
// because the machines that run them have two cores (REHEARSE_TEST_PARALLEL=1 lifts that).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup-env.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: process.env.REHEARSE_TEST_PARALLEL === '1',
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: 'test-results/junit.xml' },
  },
});
