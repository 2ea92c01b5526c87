import { describe, expect, test } from 'vitest';
import {
  EXTERNAL_ID_ALPHABET,
  EXTERNAL_ID_RANDOM_LENGTH,
  generateExternalId,
  isValidExternalId,
  isValidExternalIdPrefix,
} from '../../../src/core/external-id.ts';

const N = 100_000;
// Critical value of chi-square with 61 degrees of freedom at p = 0.001.
const CHI2_CRIT_DF61_P001 = 100.9;

describe('generated ExternalIds', () => {
  const ids = Array.from({ length: N }, () => generateExternalId('vnd-'));

  test(`${N} IDs are all distinct, valid and prefixed`, () => {
    expect(new Set(ids).size).toBe(N);
    // One assertion over all IDs (400,000 expect() calls took most of this file's time); the
    // offending IDs, if any, are listed in the failure.
    const bad = ids.filter(
      (id) => !(id.startsWith('vnd-') && id.length === 4 + 32 && isValidExternalId(id) && /^[A-Za-z0-9]{32}$/.test(id.slice(4))),
    );
    expect(bad).toEqual([]);
  });

  test('the 32-character bodies are uniform over 62 characters (chi-square, p = 0.001)', () => {
    expect(EXTERNAL_ID_ALPHABET).toHaveLength(62);
    expect(new Set(EXTERNAL_ID_ALPHABET).size).toBe(62);
    const counts = new Map<string, number>([...EXTERNAL_ID_ALPHABET].map((c) => [c, 0]));
    for (const id of ids) for (const c of id.slice(4)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62); // no character outside the alphabet
    const expected = (N * EXTERNAL_ID_RANDOM_LENGTH) / 62;
    let chi2 = 0;
    for (const observed of counts.values()) chi2 += (observed - expected) ** 2 / expected;
    expect(chi2).toBeLessThan(CHI2_CRIT_DF61_P001);
  });

  test('the statistic would catch a biased source (the test can fail)', () => {
    // A body drawn with byte % 62 (the classic modulo bias) over 256 byte values.
    const counts = new Array<number>(62).fill(0);
    for (let i = 0; i < N * EXTERNAL_ID_RANDOM_LENGTH; i++) counts[(i % 256) % 62]!++;
    const expected = (N * EXTERNAL_ID_RANDOM_LENGTH) / 62;
    const chi2 = counts.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeGreaterThan(CHI2_CRIT_DF61_P001);
  });
});

describe('prefixes', () => {
  test.each(['', 'vnd-', 'VND_', 'a+b=c,d.e@f:g/h-', 'x'.repeat(64)])('prefix %j is accepted and kept', (prefix) => {
    expect(isValidExternalIdPrefix(prefix)).toBe(true);
    const id = generateExternalId(prefix);
    expect(id.startsWith(prefix)).toBe(true);
    expect(id.length).toBe(prefix.length + 32);
    expect(isValidExternalId(id)).toBe(true);
  });
  test.each(['x'.repeat(65), 'has space', 'ベンダー', 'quote"', 'new\nline', '$(x)'])('prefix %j is refused', (prefix) => {
    expect(isValidExternalIdPrefix(prefix)).toBe(false);
    expect(() => generateExternalId(prefix)).toThrow(RangeError);
  });
});

describe("AWS's ExternalId rule", () => {
  test.each(['ab', 'a'.repeat(1224), 'A_z0+=,.@:/-'])('%j is valid', (v) => expect(isValidExternalId(v)).toBe(true));
  test.each(['', 'a', 'a'.repeat(1225), 'ab cd', 'ab\n', 'ab"', 'äb', 'ab#'])('%j is invalid', (v) =>
    expect(isValidExternalId(v)).toBe(false),
  );
});
