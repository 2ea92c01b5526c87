import { defineConfig } from 'vitest/config';

// Unit, property and validator tests of the pure core and the CLI. Browser tests live in
// tests/e2e and run with Playwright against the production build instead.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/validators/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 120_000,
    // One fast-check seed per run, printed first; FC_SEED=<n> replays it.
    globalSetup: ['tests/support/fast-check-seed.ts'],
    setupFiles: ['tests/support/fast-check-setup.ts'],
  },
});
