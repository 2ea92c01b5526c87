import fc from 'fast-check';
import { isTooBroad } from '../../../src/core/rules/pattern-breadth.ts';
import { sizeLimitIssues } from '../../../src/core/limits.ts';
import { rawModel } from '../artifacts/helpers.ts';
import { describe, expect, test } from 'vitest';
import { ISSUE_CODES, formatIssue } from '../../../src/core/messages.ts';
import type { FieldIssue, FieldName, GuideInputs } from '../../../src/core/types.ts';
import { FIELD_NAMES, isValidRepoPattern, validateField, validateInputs } from '../../../src/core/validate.ts';
import { HOSTILE, validInputs } from './fixtures.ts';

/** A field (and sub-key, for nested fields) that holds one string the reader types. */
type Slot =
  | { field: 'accountId' | 'vendorAccountId' | 'region' | 'externalId' }
  | { field: 'clusters' | 'repoPatterns' | 'repos' }
  | { field: 'roleNames' | 'policyNames'; key: 'repoPusher' | 'eksDeployer' }
  | { field: 'kubernetes'; key: 'username' | 'group' | 'namespace' };

const SLOTS: readonly Slot[] = [
  { field: 'accountId' },
  { field: 'vendorAccountId' },
  { field: 'region' },
  { field: 'clusters' },
  { field: 'repoPatterns' },
  { field: 'repos' },
  { field: 'roleNames', key: 'repoPusher' },
  { field: 'roleNames', key: 'eksDeployer' },
  { field: 'policyNames', key: 'repoPusher' },
  { field: 'policyNames', key: 'eksDeployer' },
  { field: 'kubernetes', key: 'username' },
  { field: 'kubernetes', key: 'group' },
  { field: 'kubernetes', key: 'namespace' },
  { field: 'externalId' },
];

const slotName = (s: Slot): string => ('key' in s ? `${s.field}.${s.key}` : s.field);

/** The documented safe character set (and length) of each slot; written here independently of the implementation. */
const SAFE: Record<string, RegExp> = {
  accountId: /^[0-9]{12}$/,
  vendorAccountId: /^[0-9]{12}$/,
  region: /^[a-z]{2}(-gov)?-[a-z]+-[0-9]$/,
  clusters: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
  repoPatterns: /^[a-z0-9._/*-]{2,256}$/,
  repos: /^[a-z0-9._/-]{2,256}$/,
  'roleNames.repoPusher': /^[A-Za-z0-9_+=,.@-]{1,64}$/,
  'roleNames.eksDeployer': /^[A-Za-z0-9_+=,.@-]{1,64}$/,
  'policyNames.repoPusher': /^[A-Za-z0-9_+=,.@-]{1,128}$/,
  'policyNames.eksDeployer': /^[A-Za-z0-9_+=,.@-]{1,128}$/,
  'kubernetes.username': /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,252}$/,
  'kubernetes.group': /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,252}$/,
  'kubernetes.namespace': /^[a-z0-9-]{1,63}$/,
  externalId: /^[A-Za-z0-9_+=,.@:/-]{2,1224}$/,
};

/** Valid inputs with one slot replaced by `value` (list fields get it as their only item). */
function withValue(slot: Slot, value: string): GuideInputs {
  const inputs = validInputs();
  switch (slot.field) {
    case 'clusters':
    case 'repoPatterns':
    case 'repos':
      inputs[slot.field] = [value];
      if (slot.field === 'repoPatterns') inputs.repos = [];
      break;
    case 'roleNames':
    case 'policyNames':
      inputs[slot.field][slot.key] = value;
      break;
    case 'kubernetes':
      inputs.kubernetes[slot.key] = value;
      break;
    default:
      inputs[slot.field] = value;
  }
  return inputs;
}

function issuesOf(slot: Slot, value: string): FieldIssue[] {
  const key = 'key' in slot ? slot.key : undefined;
  return validateField(slot.field, withValue(slot, value)).filter((i) => key === undefined || i.key === key);
}

const errorsOf = (slot: Slot, value: string): FieldIssue[] => issuesOf(slot, value).filter((i) => i.severity === 'error');

// Every code seen by the tests below; the last test checks that the catalogue has no dead codes.
const seen = new Set<string>();
function record(issues: readonly FieldIssue[]): readonly FieldIssue[] {
  for (const i of issues) seen.add(i.code);
  return issues;
}

function expectCodes(slot: Slot, value: string, expected: string[]): void {
  const issues = record(issuesOf(slot, value));
  expect(issues.map((i) => i.code)).toEqual(expected);
}

describe('whole inputs', () => {
  test('valid inputs give a model with partition and DNS suffix', () => {
    const result = validateInputs(validInputs(), { vendorAccountId: '111122223333' });
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) throw new Error('unreachable');
    expect(result.model).toMatchObject({ ...validInputs(), partition: 'aws', dnsSuffix: 'amazonaws.com' });
  });

  test('China gives aws-cn / amazonaws.com.cn and a partition warning', () => {
    const result = validateInputs({ ...validInputs(), region: 'cn-north-1' });
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error('unreachable');
    expect(result.model.partition).toBe('aws-cn');
    expect(result.model.dnsSuffix).toBe('amazonaws.com.cn');
    expect(record(result.warnings).map((w) => w.code)).toEqual(['region.otherPartition']);
  });

  test('GovCloud gives aws-us-gov', () => {
    const result = validateInputs({ ...validInputs(), region: 'us-gov-west-1' });
    expect(result.ok && result.model.partition).toBe('aws-us-gov');
  });

  test('the model is a copy: later edits of the inputs do not reach it', () => {
    const inputs = validInputs();
    const result = validateInputs(inputs);
    inputs.clusters.push('other');
    inputs.kubernetes.group = 'x';
    expect(result.ok && result.model.clusters).toEqual(['portal-dev']);
    expect(result.ok && result.model.kubernetes.group).toBe('vendor:portal:deployer');
  });

  test('errors of several fields are all reported; warnings are kept apart', () => {
    const result = validateInputs({ ...validInputs(), accountId: '', externalId: '', repos: ['portal-api', 'cron-runner'] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['accountId.required', 'externalId.required']);
    expect(result.warnings.map((w) => w.code)).toEqual(['repos.uncovered']);
  });

  test('the empty default state (no account, no ExternalId) is not ok but does not throw', () => {
    const result = validateInputs({ ...validInputs(), accountId: '', externalId: '' });
    expect(result.ok).toBe(false);
  });

  test('untyped garbage never throws', () => {
    const garbage = [null, undefined, 42, 'str', [], { clusters: 'a' }, { roleNames: null, kubernetes: 7, repos: [null, 1] }];
    for (const g of garbage) {
      expect(() => validateInputs(g as unknown as GuideInputs)).not.toThrow();
      expect(validateInputs(g as unknown as GuideInputs).ok).toBe(false);
      for (const f of FIELD_NAMES) expect(() => validateField(f, g as unknown as GuideInputs)).not.toThrow();
    }
    expect(validateField('nope' as FieldName, validInputs())).toEqual([]);
    expect(validateField('__proto__' as FieldName, validInputs())).toEqual([]);
  });
});

describe('accountId and vendorAccountId', () => {
  const account = { field: 'accountId' } as const;
  const vendor = { field: 'vendorAccountId' } as const;

  test.each(['012345678901', '000000000000', '999999999999', '001122334455'])('%j is valid and kept as a string', (v) => {
    expectCodes(account, v, []);
    expectCodes(vendor, v === '111122223333' ? '000000000000' : v, []);
    const result = validateInputs({ ...validInputs(), accountId: v });
    expect(result.ok && result.model.accountId).toBe(v);
  });

  test.each([
    '12345', '1234567890123', '1111-2222-3333', ' 012345678901', '012345678901 ', '０１２３４５６７８９０１',
    '01234567890a', '+12345678901', '1e11', '٠١٢٣٤٥٦٧٨٩٠١', '012345678901\n',
  ])('%j is refused (accountId.pattern / vendorAccountId.pattern)', (v) => {
    expectCodes(account, v, ['accountId.pattern']);
    expectCodes(vendor, v, ['vendorAccountId.pattern']);
  });

  test('empty is required', () => {
    expectCodes(account, '', ['accountId.required']);
    expectCodes(vendor, '', ['vendorAccountId.required']);
  });

  test('the vendor account as the customer account is a warning, not an error', () => {
    expectCodes(account, '111122223333', ['accountId.sameAsVendor']);
    const viaOpts = validateField('accountId', { ...validInputs(), accountId: '444455556666' }, { vendorAccountId: '444455556666' });
    expect(viaOpts).toEqual([{ field: 'accountId', severity: 'warning', code: 'accountId.sameAsVendor', params: { value: '444455556666' } }]);
    expect(validateInputs({ ...validInputs(), accountId: '111122223333' }).ok).toBe(true);
  });

  test('a vendor account differing from the configured one is a warning (tampered link)', () => {
    const issues = record(validateField('vendorAccountId', { ...validInputs(), vendorAccountId: '999999999999' }, { vendorAccountId: '111122223333' }));
    expect(issues).toEqual([
      { field: 'vendorAccountId', severity: 'warning', code: 'vendorAccountId.differs', params: { value: '999999999999', expected: '111122223333' } },
    ]);
  });
});

describe('region', () => {
  const region = { field: 'region' } as const;
  test.each(['ap-northeast-1', 'us-east-1', 'me-central-1', 'ap-southeast-7', 'mx-central-1'])('%j is valid', (v) => expectCodes(region, v, []));
  test.each(['AP-NORTHEAST-1', 'tokyo', 'ap-northeast-9', ' ap-northeast-1', 'ap-northeast-1a', '__proto__'])('%j is unknown', (v) =>
    expectCodes(region, v, ['region.unknown']),
  );
  test('empty is required', () => expectCodes(region, '', ['region.required']));
});

describe('clusters', () => {
  const clusters = { field: 'clusters' } as const;
  test.each(['portal-dev', 'a', '0', 'A_b-9', 'x'.repeat(100)])('%j is valid', (v) => expectCodes(clusters, v, []));
  test.each([
    ['', 'clusters.length'],
    ['x'.repeat(101), 'clusters.length'],
    ['foo bar', 'clusters.chars'],
    ['a.b', 'clusters.chars'],
    ['クラスター', 'clusters.chars'],
    ['-abc', 'clusters.start'],
    ['_abc', 'clusters.start'],
  ])('%j → %s', (v, code) => expectCodes(clusters, v, [code]));

  test('the message names the cluster and the character, in both languages', () => {
    const [issue] = errorsOf(clusters, 'foo bar');
    expect(issue).toMatchObject({ index: 0, params: { value: 'foo bar', char: ' ' } });
    expect(formatIssue(issue!, 'ja')).toContain('「foo bar」');
    expect(formatIssue(issue!, 'en')).toContain('"foo bar"');
  });

  test('an empty list is required', () => {
    expect(record(validateField('clusters', { ...validInputs(), clusters: [] })).map((i) => i.code)).toEqual(['clusters.required']);
  });

  test('duplicates are errors on the later occurrence (not deduplicated)', () => {
    const issues = record(validateField('clusters', { ...validInputs(), clusters: ['a', 'b', 'a', 'A'] }));
    expect(issues).toEqual([{ field: 'clusters', severity: 'error', code: 'clusters.duplicate', index: 2, params: { value: 'a' } }]);
  });
});

describe('repoPatterns', () => {
  const patterns = { field: 'repoPatterns' } as const;
  test.each(['portal-*', 'portal/*', 'api*', 'team/portal-*', 'abc*', 'a/b*', 'a__b*', 'a--*', 'portal-api', 'ab', 'abc*b*c', 'x'.repeat(256)])(
    '%j is valid',
    (v) => {
      expectCodes(patterns, v, []);
      expect(isValidRepoPattern(v)).toBe(true);
    },
  );
  test.each([
    ['*', 'repoPatterns.matchesAll'],
    ['**', 'repoPatterns.matchesAll'],
    ['*'.repeat(300), 'repoPatterns.matchesAll'],
    ['a', 'repoPatterns.length'],
    ['', 'repoPatterns.length'],
    ['x'.repeat(257), 'repoPatterns.length'],
    ['portal-?', 'repoPatterns.questionMark'],
    ['Portal-*', 'repoPatterns.chars'],
    ['portal *', 'repoPatterns.chars'],
    ['portal-*/', 'repoPatterns.format'],
    ['-portal*', 'repoPatterns.format'],
    ['portal..*', 'repoPatterns.format'],
    ['a._*', 'repoPatterns.format'],
    ['a//*', 'repoPatterns.format'],
    ['/a*', 'repoPatterns.format'],
    // Broad enough to match arbitrary repositories, alone or a few together (rules/pattern-breadth.ts).
    ['*/*', 'repoPatterns.tooBroad'],
    ['*-*', 'repoPatterns.tooBroad'],
    ['*.*', 'repoPatterns.tooBroad'],
    ['*a*', 'repoPatterns.tooBroad'],
    ['*a', 'repoPatterns.tooBroad'],
    ['*-api', 'repoPatterns.tooBroad'],
    ['a*', 'repoPatterns.tooBroad'],
    ['ab*', 'repoPatterns.tooBroad'],
    ['a*b*c', 'repoPatterns.tooBroad'],
    ['a-*', 'repoPatterns.tooBroad'],
  ])('%j → %s', (v, code) => expectCodes(patterns, v, [code]));

  test('a too-broad pattern is told why, with the minimum and an example, in both languages', () => {
    const [issue] = errorsOf(patterns, '*a*');
    expect(issue?.params).toMatchObject({ prefix: '', min: 3 });
    expect(formatIssue(issue!, 'ja')).toMatch(/3 文字以上.*portal-\*/);
    expect(formatIssue(issue!, 'en')).toMatch(/at least 3 fixed characters.*portal-\*/);
  });

  test('"*" is refused with its own message in both languages', () => {
    const [issue] = errorsOf(patterns, '*');
    expect(formatIssue(issue!, 'ja')).toContain('すべてのリポジトリ');
    expect(formatIssue(issue!, 'en')).toContain('every repository');
  });

  test('an empty list is required; duplicates are errors', () => {
    expect(record(validateField('repoPatterns', { ...validInputs(), repoPatterns: [] })).map((i) => i.code)).toEqual(['repoPatterns.required']);
    expect(record(validateField('repoPatterns', { ...validInputs(), repoPatterns: ['pp-*', 'pp-*'] })).map((i) => [i.code, i.index])).toEqual([
      ['repoPatterns.duplicate', 1],
    ]);
  });

  // Exactness of the "replace * by a" rule: whenever some filling of the stars gives a valid ECR
  // name, the pattern must be accepted; and an accepted pattern always has such a filling.
  const ECR = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
  const piece = fc.string({ unit: fc.constantFrom('a', '0', '.', '_', '-', '/'), maxLength: 4 });
  test('accepted ⇔ some filling of the stars is a valid name (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 5 }), fc.array(piece, { minLength: 4, maxLength: 4 }), (parts, fills) => {
        const pattern = parts.join('*');
        if (pattern.length < 2 || /^\*+$/.test(pattern)) return;
        const filled = parts.reduce((acc, part, i) => (i === 0 ? part : acc + (fills[(i - 1) % fills.length] ?? '') + part), '');
        // The breadth rule refuses some well-formed patterns on purpose; the grammar part stays exact.
        if (ECR.test(filled) && !isTooBroad(pattern)) expect(isValidRepoPattern(pattern)).toBe(true);
        if (isValidRepoPattern(pattern)) expect(ECR.test(pattern.replaceAll('*', 'a'))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('repos (planned names)', () => {
  const repos = { field: 'repos' } as const;
  test.each(['portal-api', 'ab', 'team/portal-api', 'a__b', 'portal---api', 'a.b_c-d/e', 'x'.repeat(256)])('%j is valid', (v) => {
    const inputs = { ...validInputs(), repoPatterns: ['*a*', '*b*', '*x*', '*e*'], repos: [v] };
    expect(record(validateField('repos', inputs))).toEqual([]);
  });
  test.each([
    ['a', 'repos.length'],
    ['x'.repeat(257), 'repos.length'],
    ['portal-*', 'repos.wildcard'],
    ['portal-?', 'repos.wildcard'],
    ['Portal', 'repos.chars'],
    ['portal api', 'repos.chars'],
    ['a..b', 'repos.format'],
    ['-ab', 'repos.format'],
    ['ab/', 'repos.format'],
    ['a/_b', 'repos.format'],
    ['a_-b', 'repos.format'],
  ])('%j → %s', (v, code) => expectCodes(repos, v, [code]));

  test('the list may be empty', () => {
    expect(validateField('repos', { ...validInputs(), repos: [] })).toEqual([]);
  });

  test('cron-runner is not covered by portal-* (the source guide’s mistake): a warning naming both', () => {
    const issues = record(validateField('repos', { ...validInputs(), repos: ['portal-api', 'cron-runner'] }));
    expect(issues).toEqual([
      { field: 'repos', severity: 'warning', code: 'repos.uncovered', index: 1, params: { name: 'cron-runner', patterns: 'portal-*' } },
    ]);
    expect(formatIssue(issues[0]!, 'ja')).toContain('「cron-runner」');
    expect(formatIssue(issues[0]!, 'ja')).toContain('portal-*');
    expect(formatIssue(issues[0]!, 'en')).toContain('"cron-runner"');
    const result = validateInputs({ ...validInputs(), repos: ['portal-api', 'cron-runner'] });
    expect(result.ok).toBe(true);
  });

  test('coverage uses IAM semantics: case-sensitive, * crosses /', () => {
    const inputs = { ...validInputs(), repoPatterns: ['team/*'], repos: ['team/a/b', 'teams/a'] };
    expect(validateField('repos', inputs).map((i) => [i.code, i.index])).toEqual([['repos.uncovered', 1]]);
  });

  test('no coverage warnings while no pattern is valid; invalid patterns are ignored for coverage', () => {
    expect(validateField('repos', { ...validInputs(), repoPatterns: ['*'], repos: ['cron-runner'] })).toEqual([]);
    const mixed = validateField('repos', { ...validInputs(), repoPatterns: ['*', 'portal-*'], repos: ['cron-runner'] });
    expect(mixed.map((i) => i.params?.['patterns'])).toEqual(['portal-*']);
  });

  test('duplicates are errors and are not warned twice', () => {
    const issues = record(validateField('repos', { ...validInputs(), repos: ['zz', 'zz'] }));
    expect(issues.map((i) => [i.code, i.index])).toEqual([
      ['repos.uncovered', 0],
      ['repos.duplicate', 1],
    ]);
  });
});

describe('role and policy names', () => {
  for (const [field, max] of [['roleNames', 64], ['policyNames', 128]] as const) {
    const slot = { field, key: 'repoPusher' } as const;
    test.each(['VendorRepoPusher', 'a', 'x'.repeat(max), 'a+=,.@_-9'])(`${field}: %j is valid`, (v) => expectCodes(slot, v, []));
    test.each([
      ['', `${field}.required`],
      ['x'.repeat(max + 1), `${field}.length`],
      ['has space', `${field}.chars`],
      ['path/name', `${field}.chars`],
      ['ロール', `${field}.chars`],
      ['a:b', `${field}.chars`],
    ])(`${field}: %j → %s`, (v, code) => expectCodes(slot, v, [code]));

    test(`${field}: the two names must differ (case-insensitively, as IAM compares them)`, () => {
      const inputs = validInputs();
      inputs[field] = { repoPusher: 'Same', eksDeployer: 'same' };
      expect(record(validateField(field, inputs))).toEqual([
        { field, key: 'eksDeployer', severity: 'error', code: `${field}.same`, params: { value: 'same' } },
      ]);
    });
  }
});

describe('kubernetes identity', () => {
  const username = { field: 'kubernetes', key: 'username' } as const;
  const group = { field: 'kubernetes', key: 'group' } as const;
  const namespace = { field: 'kubernetes', key: 'namespace' } as const;

  test.each(['vendor-eks-deployer', 'a', 'user@example.com', 'vendor:deployer', 'x'.repeat(253), 'systemx'])('username %j is valid', (v) =>
    expectCodes(username, v, []),
  );
  test.each(['vendor:portal:deployer', 'deployers', 'my.group_1', 'system'])('group %j is valid', (v) => expectCodes(group, v, []));

  test.each([
    ['', 'required'],
    ['x'.repeat(254), 'length'],
    ['system:admin', 'reserved'],
    ['SYSTEM:admin', 'reserved'],
    ['eks:x', 'reserved'],
    ['aws:x', 'reserved'],
    ['Amazon:x', 'reserved'],
    ['iam:x', 'reserved'],
    ['has space', 'chars'],
    ['{{SessionName}}', 'chars'],
    [':leading', 'chars'],
    ['-leading', 'chars'],
    ['ユーザー', 'chars'],
  ])('username/group %j → %s', (v, rule) => {
    expectCodes(username, v, [`kubernetes.username.${rule}`]);
    expectCodes(group, v, [`kubernetes.group.${rule}`]);
  });

  test('system:masters is refused, with a message that says why', () => {
    const [issue] = errorsOf(group, 'system:masters');
    expect(issue?.code).toBe('kubernetes.group.reserved');
    expect(formatIssue(issue!, 'ja')).toContain('system:masters');
    expect(formatIssue(issue!, 'en')).toContain('cluster administrator');
  });

  test.each(['portal', 'a', '0', 'my-ns-1', 'x'.repeat(63)])('namespace %j is valid', (v) => expectCodes(namespace, v, []));
  test.each([
    ['', 'kubernetes.namespace.required'],
    ['x'.repeat(64), 'kubernetes.namespace.length'],
    ['Portal', 'kubernetes.namespace.format'],
    ['-a', 'kubernetes.namespace.format'],
    ['a-', 'kubernetes.namespace.format'],
    ['a_b', 'kubernetes.namespace.format'],
    ['a.b', 'kubernetes.namespace.format'],
  ])('namespace %j → %s', (v, code) => expectCodes(namespace, v, [code]));
  test('kube-system is allowed with a warning', () => expectCodes(namespace, 'kube-system', ['kubernetes.namespace.system']));
});

describe('externalId', () => {
  const externalId = { field: 'externalId' } as const;
  test.each(['ab', 'vnd-3Fz7K4q9', 'a'.repeat(1224), 'A_z0+=,.@:/-'])('%j is valid', (v) => expectCodes(externalId, v, []));
  test.each([
    ['', 'externalId.required'],
    ['a', 'externalId.length'],
    ['a'.repeat(1225), 'externalId.length'],
    ['ab cd', 'externalId.chars'],
    ['ab#', 'externalId.chars'],
    ['秘密の合言葉', 'externalId.chars'],
  ])('%j → %s', (v, code) => expectCodes(externalId, v, [code]));
});

describe('hostile strings', () => {
  for (const slot of SLOTS) {
    test.each(HOSTILE.map((h) => [h.length > 40 ? `${h.slice(0, 10)}…(${h.length})` : h, h]))(
      `${slotName(slot)}: %j is rejected with a printable message in both languages`,
      (_label, value) => {
        const errors = record(errorsOf(slot, value));
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) {
          for (const lang of ['ja', 'en'] as const) {
            const text = formatIssue(e, lang);
            expect(text.length).toBeGreaterThan(10);
            expect(text.length).toBeLessThan(600);
            expect(text).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
          }
        }
      },
    );
  }
});

describe('fuzzing: an error, or the value is in the documented safe set', () => {
  const hostileChars = fc.constantFrom(...'"\'`$(){}[]\\;|&<>#!*?~ \n\r\t\u0000\u202E\u3000é漢😀:@./_-+=,aZ09');
  const arbitrary = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: hostileChars, maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.stringMatching(/^[A-Za-z0-9._:@*\/-]{1,20}$/),
    fc.stringMatching(/^[0-9]{10,14}$/),
    fc.constantFrom('ap-northeast-1', 'cn-north-1', 'portal-*', 'system:masters', 'kube-system'),
  );
  for (const slot of SLOTS) {
    test(`${slotName(slot)} (1,000 runs)`, () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          const issues = record(issuesOf(slot, value));
          const hasError = issues.some((i) => i.severity === 'error');
          const safe = SAFE[slotName(slot)]!;
          expect(hasError || safe.test(value)).toBe(true);
          for (const i of issues) {
            expect(formatIssue(i, 'ja')).not.toBe('');
            expect(formatIssue(i, 'en')).not.toBe('');
          }
        }),
        { numRuns: 1000 },
      );
    });
  }
});

describe('list caps and AWS size limits (limits.ts) report catalogued codes', () => {
  test('too many items; documents over AWS limits', () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
    const over = { ...validInputs(), clusters: many(21, (i) => `c${i}`), repoPatterns: many(21, (i) => `p${i}-*`), repos: many(51, (i) => `portal-${i}`) };
    expect(record(FIELD_NAMES.flatMap((f) => validateField(f, over))).map((i) => i.code)).toEqual(['clusters.tooMany', 'repoPatterns.tooMany', 'repos.tooMany']);
    const huge = rawModel({ clusters: many(300, (i) => `cluster-${i}`.padEnd(100, 'x')), repoPatterns: many(30, (i) => `p${i}-`.padEnd(255, 'x') + '*'), externalId: 'x'.repeat(2100) });
    expect(record(sizeLimitIssues(huge)).length).toBe(7);
  });
});

describe('catalogue and validators agree', () => {
  test('every catalogued code is reachable, and every code reported is catalogued', () => {
    expect([...seen].filter((c) => !ISSUE_CODES.includes(c as never))).toEqual([]);
    expect(ISSUE_CODES.filter((c) => !seen.has(c))).toEqual([]);
  });
});

describe('validateField matches validateInputs', () => {
  test('per-field issues are exactly the issues of the whole validation', () => {
    const inputs = { ...validInputs(), accountId: 'x', clusters: ['-a'], repos: ['cron-runner'], kubernetes: { username: '', group: 'system:masters', namespace: 'kube-system' } };
    const result = validateInputs(inputs);
    const all = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    const perField = FIELD_NAMES.flatMap((f) => validateField(f, inputs));
    expect(new Set(all.map((i) => JSON.stringify(i)))).toEqual(new Set(perField.map((i) => JSON.stringify(i))));
  });
});
