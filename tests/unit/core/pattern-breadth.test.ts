/**
 * Repository patterns that cannot cover everything (issue 9, finding 2): `*` was refused,
 * but `*`+`/`+`*`, `*-*`, `*.*` and `*a*` each passed, and `*a` … `*z`, `*0` … `*9` together
 * matched every valid ECR name. Each pattern now needs 3 fixed characters before its first
 * wildcard, checked here rule by rule and, as a property, for whole sets of patterns against
 * generated valid ECR names.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../../src/core/messages.ts';
import { isTooBroad, literalPrefix, MIN_LITERAL_PREFIX } from '../../../src/core/rules/pattern-breadth.ts';
import { MAX_ITEMS } from '../../../src/core/rules/list-limits.ts';
import { ECR_REPO_NAME_PATTERN, isValidRepoName, isValidRepoPattern, validateRepoPatterns } from '../../../src/core/validate.ts';
import { wildcardMatch } from '../../../src/core/wildcard.ts';
import { resolveVendorSettings, VendorSettingsError } from '../../../src/config/resolve-settings.ts';
import { validInputs } from './fixtures.ts';

// Printed so that a failure can be replayed with FC_SEED=<seed>.
const seed = Number(process.env['FC_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`pattern-breadth.test.ts: fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const errorsOf = (patterns: string[]) => validateRepoPatterns({ ...validInputs(), repoPatterns: patterns }).filter((i) => i.severity === 'error');

describe('the breadth rule, pattern by pattern', () => {
  const slashStarStar = ['*', '/', '*'].join('');
  test.each([slashStarStar, '*-*', '*.*', '*a*', '*a', 'a*', 'ab*', 'a-*', 'a/*', '*-api', 'a*b', '*portal', '**a', 'a**'])(
    '%j is too broad: refused with its own code',
    (pattern) => {
      expect(isTooBroad(pattern)).toBe(true);
      expect(isValidRepoPattern(pattern)).toBe(false);
      expect(errorsOf([pattern]).map((i) => i.code)).toEqual(['repoPatterns.tooBroad']);
    },
  );

  test.each(['portal-*', 'abc*', 'api*', 'a/b*', 'a--*', 'a__*', 'team/portal-*', 'team/*/app', 'abc*b*c', 'ab', 'portal-api', 'cron-runner'])(
    '%j passes',
    (pattern) => {
      expect(isTooBroad(pattern)).toBe(false);
      expect(errorsOf([pattern])).toEqual([]);
    },
  );

  test('the literal prefix stops at the first wildcard; exact names are their own prefix', () => {
    expect(literalPrefix('portal-*-x*')).toBe('portal-');
    expect(literalPrefix('*a')).toBe('');
    expect(literalPrefix('ab?c')).toBe('ab');
    expect(literalPrefix('cron-runner')).toBe('cron-runner');
    expect(MIN_LITERAL_PREFIX).toBe(3);
  });

  test('the 36 single-character-suffix patterns that together matched every name are each refused', () => {
    const patterns = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `*${c}`);
    for (const p of patterns) expect(errorsOf([p]).map((i) => i.code), p).toEqual(['repoPatterns.tooBroad']);
    // As many of them as a list takes are each refused; all 36 are over the item cap anyway.
    const max = MAX_ITEMS.repoPatterns;
    expect(errorsOf(patterns.slice(0, max)).map((i) => i.code)).toEqual(Array(max).fill('repoPatterns.tooBroad'));
    expect(errorsOf(patterns).map((i) => i.code)).toEqual(['repoPatterns.tooMany']);
  });

  test('the message says why and gives an example, in both languages', () => {
    const [issue] = errorsOf(['*-*']);
    expect(formatIssue(issue!, 'ja')).toContain('「*-*」は範囲が広すぎます');
    expect(formatIssue(issue!, 'ja')).toContain('portal-*');
    expect(formatIssue(issue!, 'en')).toContain('"*-*" is too broad');
    expect(formatIssue(issue!, 'en')).toContain('portal-*');
  });
});

describe('sets of accepted patterns against generated valid ECR names (property)', () => {
  // Valid ECR names, from the grammar itself.
  const name = fc.stringMatching(ECR_REPO_NAME_PATTERN).filter(isValidRepoName);
  // Candidate patterns: a valid name with a wildcard put at a random place (often right at the
  // start, the broad case), short hand-made broad ones, and exact names. The validator decides.
  const derived = fc
    .tuple(name, fc.nat(), fc.nat(), fc.boolean())
    .map(([n, at, len, keepTail]) => {
      const i = at % (n.length + 1);
      const j = Math.min(n.length, i + (len % 4));
      return `${n.slice(0, i)}*${keepTail ? n.slice(j) : ''}`;
    });
  const broad = fc.constantFrom('*a', '*-*', '*.*', '*a*', '*0', 'a*', 'ab*', '*/*');
  const pattern = fc.oneof(derived, broad, name);

  test('no accepted set matches a name outside its literal prefixes', () => {
    let acceptedSets = 0;
    let matchedNames = 0;
    fc.assert(
      fc.property(fc.uniqueArray(pattern, { minLength: 1, maxLength: 12 }), fc.array(name, { minLength: 1, maxLength: 40 }), (patterns, names) => {
        const accepted = errorsOf(patterns).length === 0;
        if (!accepted) return;
        acceptedSets++;
        const prefixes = patterns.map(literalPrefix);
        for (const p of patterns) if (/[*?]/.test(p)) expect(p.indexOf('*')).toBeGreaterThanOrEqual(MIN_LITERAL_PREFIX);
        // Names the patterns were made from, and unrelated ones: the union never reaches past the prefixes.
        const sample = [...names, ...patterns.map((p) => p.replaceAll('*', 'x'))];
        for (const n of sample) {
          if (!patterns.some((p) => wildcardMatch(p, n))) continue;
          matchedNames++;
          expect(prefixes.some((prefix) => prefix.length >= MIN_LITERAL_PREFIX && n.startsWith(prefix)) || patterns.includes(n), n).toBe(true);
        }
      }),
      { seed, numRuns: 200 },
    );
    // The property must have had something to check: accepted sets that do match names.
    expect(acceptedSets).toBeGreaterThan(20);
    expect(matchedNames).toBeGreaterThan(20);
  });

  test('a set with a too-broad pattern is always refused, whatever else it holds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(derived, broad), { minLength: 1, maxLength: 8 }), (patterns) => {
        const codes = errorsOf(patterns).map((i) => i.code);
        const short = patterns.filter(isTooBroad);
        expect(codes.filter((c) => c === 'repoPatterns.tooBroad').length).toBeLessThanOrEqual(short.length);
        if (short.length > 0) expect(codes.length).toBeGreaterThan(0);
      }),
      { seed, numRuns: 200 },
    );
  });
});

describe('vendor settings use the same rule', () => {
  test('the default patterns pass; a broad VENDOR_REPO_PATTERNS stops with the setting named', () => {
    expect(resolveVendorSettings({}).repoPatterns).toEqual(['portal-*']);
    expect(() => resolveVendorSettings({ VENDOR_REPO_PATTERNS: 'portal-*,*a*' })).toThrow(VendorSettingsError);
    expect(() => resolveVendorSettings({ VENDOR_REPO_PATTERNS: 'portal-*,*a*' })).toThrow(/VENDOR_REPO_PATTERNS/);
  });
});
