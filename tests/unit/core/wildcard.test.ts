import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCovered, matchesEverything, uncoveredNames, wildcardMatch } from '../../../src/core/wildcard.ts';

// Reference implementation: the wildcard translated into an anchored regex (dotAll so `*` crosses newlines).
function reference(pattern: string, value: string): boolean {
  const body = Array.from(pattern)
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'su').test(value);
}

describe('IAM wildcard semantics', () => {
  test.each([
    ['portal-*', 'portal-api', true],
    ['portal-*', 'portal-', true],
    ['portal-*', 'cron-runner', false],
    ['portal-*', 'Portal-api', false],
    ['portal-*', 'team/portal-api', false],
    ['portal/*', 'portal/a/b/c', true],
    ['*', '', true],
    ['*', 'anything/at/all', true],
    ['**', 'x', true],
    ['*-api', 'portal-api', true],
    ['*-api', 'portal-api2', false],
    ['p?rtal', 'portal', true],
    ['p?rtal', 'prtal', false],
    ['p?rtal', 'pooortal', false],
    ['?', '😀', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['', '', true],
    ['', 'a', false],
    ['abc', 'abcd', false],
    ['a*', 'a\nb', true],
  ] as const)('%j vs %j → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
    expect(reference(pattern, value)).toBe(expected);
  });

  test('large inputs do not blow up', () => {
    const value = 'a'.repeat(100_000);
    expect(wildcardMatch('*a*a*a*b', value)).toBe(false);
    expect(wildcardMatch('*a', value)).toBe(true);
  });
});

describe('coverage of planned names', () => {
  test('the source guide’s claim: portal-* does not cover cron-runner', () => {
    expect(uncoveredNames(['portal-*'], ['portal-api', 'cron-runner'])).toEqual(['cron-runner']);
  });
  test('any pattern may cover; order is kept', () => {
    expect(uncoveredNames(['portal-*', 'cron-*'], ['z', 'portal-api', 'cron-runner', 'a'])).toEqual(['z', 'a']);
    expect(isCovered(['x', 'cron-*'], 'cron-runner')).toBe(true);
  });
  test('no patterns cover nothing', () => {
    expect(uncoveredNames([], ['a', 'b'])).toEqual(['a', 'b']);
  });
  test('matchesEverything only for patterns made of stars', () => {
    expect(matchesEverything('*')).toBe(true);
    expect(matchesEverything('***')).toBe(true);
    expect(matchesEverything('')).toBe(false);
    expect(matchesEverything('*/*')).toBe(false);
    expect(matchesEverything('a*')).toBe(false);
  });
});

describe('properties against the reference regex', () => {
  const small = fc.string({ unit: fc.constantFrom('a', 'b', '/', '-', '*', '?'), maxLength: 8 });
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', '-', '😀', '\n'), maxLength: 12 });

  test('agrees with the reference on small alphabets', () => {
    fc.assert(fc.property(small, text, (p, v) => wildcardMatch(p, v) === reference(p, v)), { numRuns: 5000 });
  });
  test('agrees with the reference on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 20 }), (p, v) =>
        wildcardMatch(p, v) === reference(p, v),
      ),
      { numRuns: 2000 },
    );
  });
  test('a pattern without wildcards matches exactly itself', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', '-', '/'), maxLength: 10 });
    fc.assert(fc.property(plain, plain, (p, v) => wildcardMatch(p, v) === (p === v)));
  });
  test('prefix* matches every extension of the prefix', () => {
    fc.assert(fc.property(text, text, (prefix, rest) => wildcardMatch(`${prefix.replaceAll('*', '')}*`, prefix.replaceAll('*', '') + rest)));
  });
});
