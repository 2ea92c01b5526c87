/**
 * Vitest global setup: one fast-check seed per run, printed at the start, so that any property
 * failure can be replayed exactly with `FC_SEED=<seed> npx vitest run <file>`. A given
 * `FC_SEED` is used as is. Workers receive it through `provide`/`inject` (see fast-check-setup.ts).
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

/** Chooses (or takes) the seed, prints it, and hands it to every test file. */
export default function setup(project: TestProject): void {
  const given = process.env['FC_SEED'];
  const seed = given !== undefined && given !== '' ? Number(given) : Math.floor(Math.random() * 0x7fffffff);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(given)}`);
  process.stdout.write(`fast-check seed ${seed} (replay: FC_SEED=${seed} npx vitest run …)\n`);
  project.provide('fcSeed', seed);
}
