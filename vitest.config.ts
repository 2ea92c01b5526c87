import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/support/sequencer.ts';

// Unit, property and validator tests of the pure core and the CLI. Browser tests live in
// tests/e2e and run with Playwright against the production build instead.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/validators/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 120_000,
    // Hooks do real work too (templates.test.ts compiles every artifact's templates in beforeAll):
    // with several files at once on a loaded 2-core machine, Vitest's 10 s default was seen to expire.
    hookTimeout: 120_000,
    // One fast-check seed per run, printed first; FC_SEED=<n> replays it.
    globalSetup: ['tests/support/fast-check-seed.ts'],
    setupFiles: ['tests/support/fast-check-setup.ts'],
    // Vitest's default is one worker fewer than the CPUs: ONE on a 2-core machine, so the files ran
    // one after another. Many files wait for other processes (astro build, cfn-lint, bash, pip), so
    // one worker more than the CPUs keeps them all busy.
    maxWorkers: availableParallelism() + 1,
    // Files whose time their test durations do not show start first (tests/support/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
  },
});
