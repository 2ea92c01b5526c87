/**
 * The Terraform validation conditions of `vendor-roles.tf` (src/core/artifacts/terraform-rules.ts)
 * are the core's rules: each regex is in the subset RE2 (Terraform's `regex`) shares with
 * JavaScript (no lookaround, no back-reference, repetition counts ≤ 1000), and the condition,
 * read in JavaScript, accepts exactly what the core's validator accepts, for hand-picked edge
 * cases and fast-check values (the run's seed is printed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TF_PATTERNS, charRunPattern } from '../../../src/core/artifacts/terraform-rules.ts';
import { isValidExternalId } from '../../../src/core/external-id.ts';
import { validatePermissionsBoundary, validateTags } from '../../../src/core/rules/options.ts';
import { parseTag } from '../../../src/core/rules/tags.ts';
import { isValidAccountId, isValidClusterName, isValidRepoPattern } from '../../../src/core/validate.ts';
import { sourceExampleInputs } from './helpers.ts';

const RE = Object.fromEntries(Object.entries(TF_PATTERNS).map(([k, v]) => [k, new RegExp(v, 'u')])) as Record<keyof typeof TF_PATTERNS, RegExp>;
const chars = (s: string) => Array.from(s).length;
const RUNS = 300;

describe('RE2 subset', () => {
  it('no lookaround, no back-reference, no repetition count above 1000', () => {
    for (const [name, source] of Object.entries(TF_PATTERNS)) {
      expect(source, name).not.toMatch(/\(\?[=!<]/);
      expect(source, name).not.toMatch(/\\[1-9]/);
      for (const m of source.matchAll(/\{(\d+)(?:,(\d+))?\}/g)) expect(Number(m[2] ?? m[1]), name).toBeLessThanOrEqual(1000);
    }
  });

  it('the check is real: the lookahead form the core once had is caught, and a non-class pattern is refused', () => {
    expect('^(?![^*]{0,2}\\*)[a-z0-9*]+$').toMatch(/\(\?[=!<]/);
    expect(() => charRunPattern(/^[a-z]{2,3}$/, '+')).toThrow();
  });
});

/** The conditions of terraform-rules.ts, read in JavaScript (one value each). */
const tf = {
  repoPattern: (p: string) => chars(p) >= 2 && chars(p) <= 256 && RE.repoName.test(p.replaceAll('*', 'a')) && !RE.tooBroad.test(p),
  cluster: (c: string) => RE.cluster.test(c),
  externalId: (e: string) => chars(e) >= 2 && chars(e) <= 1224 && RE.externalId.test(e),
  accountId: (a: string) => RE.accountId.test(a),
  boundary: (b: string) => RE.policyArn.test(b),
  tag: (k: string, v: string) =>
    chars(k) >= 1 && chars(k) <= 128 && chars(v) <= 256 && RE.tagText.test(k) && RE.tagText.test(v) && !k.endsWith(' ') && !v.startsWith(' ') && !k.toLowerCase().startsWith('aws:'),
};

const text = (alphabet: string, maxLength = 12) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

describe('the conditions accept what the core accepts', () => {
  it('repository patterns (breadth rule included)', () => {
    for (const p of ['portal-*', 'team/*/app', 'abc*', 'abc*-y', 'ab*', '*', '**', '*-y', 'x*', 'a?bcd', 'Portal-*', 'portal--*', 'po', 'p', 'a//b', 'abc/*', `${'a'.repeat(256)}`, `${'a'.repeat(257)}`]) {
      expect(tf.repoPattern(p), p).toBe(isValidRepoPattern(p));
    }
    fc.assert(fc.property(text('abc01-_./*?A '), (p) => tf.repoPattern(p) === isValidRepoPattern(p)), { numRuns: RUNS });
  });

  it('cluster names, ExternalIds, account IDs', () => {
    for (const c of ['portal-dev', '_x', '-x', 'a'.repeat(100), 'a'.repeat(101), 'a b']) expect(tf.cluster(c), c).toBe(isValidClusterName(c));
    for (const e of ['X9', 'a', 'has space', 'a'.repeat(1224), 'a'.repeat(1225), 'ü1', 'a+=,.@:/-_']) expect(tf.externalId(e), e).toBe(isValidExternalId(e));
    for (const a of ['111122223333', '11112222333', '1111222233334', '11112222333a']) expect(tf.accountId(a), a).toBe(isValidAccountId(a));
    fc.assert(
      fc.property(text('aZ09_-+=,.@:/ ü$', 8), (v) => tf.cluster(v) === isValidClusterName(v) && tf.externalId(v) === isValidExternalId(v)),
      { numRuns: RUNS },
    );
  });

  it('permissions boundary: the form (account and partition stay the guide\'s checks)', () => {
    const base = sourceExampleInputs();
    const formOk = (b: string) => !validatePermissionsBoundary({ ...base, permissionsBoundary: b }).some((i) => i.code === 'permissionsBoundary.format');
    for (const b of ['arn:aws:iam::123456789012:policy/boundaries/B', 'arn:aws:iam::aws:policy/PowerUserAccess', 'arn:aws:iam::123:policy/B', 'arn:aws:iam::123456789012:policy/', 'x', 'arn:aws:iam::123456789012:role/B']) {
      expect(tf.boundary(b), b).toBe(formOk(b));
    }
  });

  it('tags', () => {
    const base = sourceExampleInputs();
    const coreOk = (item: string) => validateTags({ ...base, tags: [item] }).length === 0;
    for (const item of ['CostCenter=1234', 'Owner=山田 太郎', 'empty=', '=v', 'aws:x=y', 'AWS:x=y', 'k =v', 'k= v', 'k=v"', 'k=v\u3000', `${'k'.repeat(129)}=v`, `k=${'v'.repeat(257)}`, 'a:b/c=d+e@f.g_h-i=j']) {
      const { Key, Value } = parseTag(item);
      expect(tf.tag(Key, Value), item).toBe(coreOk(item));
    }
    fc.assert(
      fc.property(text('aZ9 _.:/=+@-"$ü\u3000', 6), text('aZ9 _.:/=+@-"$ü\u3000', 6), (k, v) => {
        fc.pre(!k.includes('='));
        return tf.tag(k, v) === coreOk(`${k}=${v}`);
      }),
      { numRuns: RUNS },
    );
  });
});
