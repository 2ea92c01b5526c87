import fc from 'fast-check';
import { expect, inject, test } from 'vitest';

test('property tests run with the printed seed of this run (FC_SEED replays it)', () => {
  expect(fc.readConfigureGlobal().seed).toBe(inject('fcSeed'));
  if (process.env['FC_SEED']) expect(inject('fcSeed')).toBe(Number(process.env['FC_SEED']));
});
