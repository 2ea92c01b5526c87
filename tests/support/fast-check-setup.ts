/** Vitest setup file: every property test of the file runs with the run's printed seed (fast-check-seed.ts). */
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ seed: inject('fcSeed') });
