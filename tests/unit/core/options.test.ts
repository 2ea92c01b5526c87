/**
 * Issue 10's optional fields: every rule of every field in a table (value → issue code), the
 * ja/en message of each, every catalogued code of these fields reached, and the trust-policy
 * size bound computed for the worst cases.
 */
import { describe, expect, test } from 'vitest';
import { buildTrustPolicy } from '../../../src/core/artifacts/trust-policy.ts';
import { FIELDS } from '../../../src/core/fields.ts';
import { formatIssue, ISSUE_CODES } from '../../../src/core/messages.ts';
import { policyLength, TRUST_POLICY_MAX_LENGTH, trustPolicySize } from '../../../src/core/rules/trust-size.ts';
import type { FieldIssue, FieldName, GuideInputs } from '../../../src/core/types.ts';
import { validateField, validateInputs } from '../../../src/core/validate.ts';
import { validInputs } from './fixtures.ts';

const OPTIONAL: readonly FieldName[] = ['trustedVendorRoleArns', 'permissionsBoundary', 'tags', 'previousExternalId'];
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const seen = new Set<string>();

function issuesOf(field: FieldName, patch: Partial<GuideInputs>): FieldIssue[] {
  const issues = validateField(field, { ...validInputs(), ...patch });
  for (const i of issues) seen.add(i.code);
  return issues;
}

const A = 'arn:aws:iam::111122223333:role';
const long = (n: number, ch = 'a') => ch.repeat(n);

// [description, field, patch, expected codes (in order; [] = valid)]
const TABLE: Array<[string, FieldName, Partial<GuideInputs>, string[]]> = [
  // ---- trustedVendorRoleArns (settings; the vendor account is 111122223333, the region ap-northeast-1)
  ['no vendor role: the account root', 'trustedVendorRoleArns', { trustedVendorRoleArns: [] }, []],
  ['a role', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/VendorDeployer`] }, []],
  ['a role with a path', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/ci/deploy/Deployer`] }, []],
  ['name chars + = , . @ _ -', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/a+b=c,d.e@f_g-h`] }, []],
  ['ten roles', 'trustedVendorRoleArns', { trustedVendorRoleArns: Array.from({ length: 10 }, (_, i) => `${A}/R${i}`) }, []],
  ['eleven roles', 'trustedVendorRoleArns', { trustedVendorRoleArns: Array.from({ length: 11 }, (_, i) => `${A}/R${i}`) }, ['trustedVendorRoleArns.tooMany']],
  ['not an ARN', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['VendorDeployer'] }, ['trustedVendorRoleArns.format']],
  ['a user, not a role', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws:iam::111122223333:user/alice'] }, ['trustedVendorRoleArns.format']],
  ['the account root', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws:iam::111122223333:root'] }, ['trustedVendorRoleArns.format']],
  ['an assumed-role session', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws:sts::111122223333:assumed-role/R/s'] }, ['trustedVendorRoleArns.format']],
  ['a wildcard', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/*`] }, ['trustedVendorRoleArns.format']],
  ['a path without trailing name', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/ci/`] }, ['trustedVendorRoleArns.format']],
  ['a $() in the path', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/$(id)/R`] }, ['trustedVendorRoleArns.format']],
  ['a Sub reference in the path', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/AWS::AccountId}/R`] }, ['trustedVendorRoleArns.format']],
  ['a quote', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/R"`] }, ['trustedVendorRoleArns.format']],
  ['unknown partition', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws-iso:iam::111122223333:role/R'] }, ['trustedVendorRoleArns.format']],
  ['role name of 65', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/${long(65)}`] }, ['trustedVendorRoleArns.length']],
  ['role name of 64', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/${long(64)}`] }, []],
  ['path of 513', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/${long(511)}/R`] }, ['trustedVendorRoleArns.length']],
  ['another account', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws:iam::444455556666:role/R'] }, ['trustedVendorRoleArns.account']],
  ['another partition', 'trustedVendorRoleArns', { trustedVendorRoleArns: ['arn:aws-cn:iam::111122223333:role/R'] }, ['trustedVendorRoleArns.partition']],
  ['China region, China ARN', 'trustedVendorRoleArns', { region: 'cn-north-1', trustedVendorRoleArns: ['arn:aws-cn:iam::111122223333:role/R'] }, []],
  ['GovCloud region, commercial ARN', 'trustedVendorRoleArns', { region: 'us-gov-east-1', trustedVendorRoleArns: [`${A}/R`] }, ['trustedVendorRoleArns.partition']],
  ['duplicate, case-insensitive', 'trustedVendorRoleArns', { trustedVendorRoleArns: [`${A}/Deployer`, `${A}/deployer`] }, ['trustedVendorRoleArns.duplicate']],
  [
    'ten long-path roles: over the trust policy quota',
    'trustedVendorRoleArns',
    { trustedVendorRoleArns: Array.from({ length: 10 }, (_, i) => `${A}/${long(200)}/R${i}`) },
    ['trustedVendorRoleArns.trustPolicySize'],
  ],
  // ---- permissionsBoundary (reader; the customer's account is 012345678901)
  ['no boundary', 'permissionsBoundary', { permissionsBoundary: '' }, []],
  ['customer managed', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::012345678901:policy/Boundary' }, []],
  ['customer managed with a path', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::012345678901:policy/org/b/Boundary' }, []],
  ['AWS managed', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' }, []],
  ['AWS managed with a path', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' }, []],
  ['a role ARN', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::012345678901:role/R' }, ['permissionsBoundary.format']],
  ['a policy name only', 'permissionsBoundary', { permissionsBoundary: 'Boundary' }, ['permissionsBoundary.format']],
  ['a space', 'permissionsBoundary', { permissionsBoundary: ' arn:aws:iam::aws:policy/PowerUserAccess' }, ['permissionsBoundary.format']],
  ['a wildcard', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::012345678901:policy/*' }, ['permissionsBoundary.format']],
  ['name of 129', 'permissionsBoundary', { permissionsBoundary: `arn:aws:iam::012345678901:policy/${long(129)}` }, ['permissionsBoundary.length']],
  ['name of 128', 'permissionsBoundary', { permissionsBoundary: `arn:aws:iam::012345678901:policy/${long(128)}` }, []],
  ['another account', 'permissionsBoundary', { permissionsBoundary: 'arn:aws:iam::111122223333:policy/Boundary' }, ['permissionsBoundary.account']],
  ['another partition', 'permissionsBoundary', { permissionsBoundary: 'arn:aws-us-gov:iam::aws:policy/PowerUserAccess' }, ['permissionsBoundary.partition']],
  ['account not yet valid: only the form is checked', 'permissionsBoundary', { accountId: '', permissionsBoundary: 'arn:aws:iam::111122223333:policy/B' }, []],
  // ---- tags (reader)
  ['no tags', 'tags', { tags: [] }, []],
  ['key=value', 'tags', { tags: ['CostCenter=1234'] }, []],
  ['empty value', 'tags', { tags: ['Team='] }, []],
  ['= in the value', 'tags', { tags: ['expr=a=b'] }, []],
  ['all allowed symbols and a space', 'tags', { tags: ['a_b.c:d/e+f-g@h i=_.:/=+-@ x'] }, []],
  ['Unicode letters and digits', 'tags', { tags: ['担当者=山田 太郎', 'Ünïcode=１２３'] }, []],
  ['fifty', 'tags', { tags: Array.from({ length: 50 }, (_, i) => `k${i}=v`) }, []],
  ['fifty-one', 'tags', { tags: Array.from({ length: 51 }, (_, i) => `k${i}=v`) }, ['tags.tooMany']],
  ['no =', 'tags', { tags: ['CostCenter'] }, ['tags.format']],
  ['empty key', 'tags', { tags: ['=value'] }, ['tags.keyLength']],
  ['key of 129', 'tags', { tags: [`${long(129)}=v`] }, ['tags.keyLength']],
  ['key of 128, value of 256', 'tags', { tags: [`${long(128)}=${long(256, 'v')}`] }, []],
  ['value of 257', 'tags', { tags: [`k=${long(257)}`] }, ['tags.valueLength']],
  ['a quote', 'tags', { tags: ['k="v"'] }, ['tags.chars']],
  ['a comma-free shell breakout', 'tags', { tags: ['k=$(id)'] }, ['tags.chars']],
  ['a full-width space', 'tags', { tags: ['k=a\u3000b'] }, ['tags.chars']],
  ['a tab', 'tags', { tags: ['k=a\tb'] }, ['tags.chars']],
  ['a private-use character', 'tags', { tags: ['k=\uE000'] }, ['tags.chars']],
  ['space before =', 'tags', { tags: ['env =prod'] }, ['tags.spaces']],
  ['space after =', 'tags', { tags: ['env= prod'] }, ['tags.spaces']],
  ['aws: prefix', 'tags', { tags: ['aws:cloudformation=x'] }, ['tags.reserved']],
  ['AWS: prefix, any case', 'tags', { tags: ['AwS:x=y'] }, ['tags.reserved']],
  ['aws: in a value is fine', 'tags', { tags: ['source=aws:thing'] }, []],
  ['duplicate key', 'tags', { tags: ['Env=a', 'Env=b'] }, ['tags.duplicate']],
  ['duplicate key differing in case', 'tags', { tags: ['Env=a', 'env=a'] }, ['tags.duplicate']],
  // ---- previousExternalId (secret)
  ['no previous ID: the final version', 'previousExternalId', { previousExternalId: '' }, []],
  ['a previous ID', 'previousExternalId', { previousExternalId: 'vnd-old-0123456789' }, []],
  ['one character', 'previousExternalId', { previousExternalId: 'x' }, ['previousExternalId.length']],
  ['1225 characters', 'previousExternalId', { previousExternalId: long(1225) }, ['previousExternalId.length']],
  ['a space', 'previousExternalId', { previousExternalId: 'old id' }, ['previousExternalId.chars']],
  ['a quote', 'previousExternalId', { previousExternalId: 'old"id' }, ['previousExternalId.chars']],
  ['the same as the new one', 'previousExternalId', { previousExternalId: validInputs().externalId }, ['previousExternalId.same']],
  [
    'two IDs of 1224: over the trust policy quota',
    'previousExternalId',
    { externalId: long(1224, 'n'), previousExternalId: long(1224, 'o') },
    ['previousExternalId.trustPolicySize'],
  ],
  [
    'vendor roles and two IDs: the size is reported on the previous ID',
    'previousExternalId',
    { trustedVendorRoleArns: [`${A}/${long(500)}/R`], externalId: long(700, 'n'), previousExternalId: long(700, 'o') },
    ['previousExternalId.trustPolicySize'],
  ],
];

describe('validation table of the optional fields', () => {
  test.each(TABLE)('%s', (_, field, patch, codes) => {
    const issues = issuesOf(field, patch);
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) {
      expect(issue.severity).toBe('error');
      expect(issue.field).toBe(field);
      const ja = formatIssue(issue, 'ja');
      const en = formatIssue(issue, 'en');
      expect(ja).toMatch(JAPANESE);
      expect(en).not.toMatch(JAPANESE);
      for (const text of [ja, en]) {
        expect(text).not.toMatch(/undefined|\$\{|\[object|[\n\r\u2028\u2029]/);
        expect(text).not.toContain(issue.code);
      }
    }
    // The whole inputs agree with the one field (no other field is affected by these values).
    const all = validateInputs({ ...validInputs(), ...patch });
    expect(all.ok).toBe(codes.length === 0 && patch.accountId !== '');
  });

  test('the size issue of the vendor roles waits for the previous ID when both are set', () => {
    const patch = {
      trustedVendorRoleArns: Array.from({ length: 10 }, (_, i) => `${A}/${long(200)}/R${i}`),
      previousExternalId: 'vnd-old-0123456789',
    };
    expect(issuesOf('trustedVendorRoleArns', patch)).toEqual([]);
    expect(issuesOf('previousExternalId', patch).map((i) => i.code)).toEqual(['previousExternalId.trustPolicySize']);
  });

  test('every code of these fields is reached by the table', () => {
    const codes = ISSUE_CODES.filter((c) => OPTIONAL.some((f) => c.startsWith(`${f}.`)));
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((c) => !seen.has(c))).toEqual([]);
  });

  test('rows: optional, the secret one never in a link, the vendor one settings-only', () => {
    for (const f of OPTIONAL) expect(FIELDS[f as keyof typeof FIELDS].required).toBe(false);
    expect(FIELDS.previousExternalId.owner).toBe('secret');
    expect(FIELDS.previousExternalId.link).toBe(false);
    expect(FIELDS.trustedVendorRoleArns.owner).toBe('settings');
    expect(FIELDS.trustedVendorRoleArns.link).toBe(false);
    expect(FIELDS.trustedVendorRoleArns.env).toBe('VENDOR_TRUSTED_ROLE_ARNS');
  });
});

describe('trust policy size (IAM quota: 2,048 characters without white space)', () => {
  test('the counted size is that of the generated file without white space', () => {
    const inputs = { ...validInputs(), trustedVendorRoleArns: [`${A}/R1`, `${A}/R2`], previousExternalId: 'vnd-old-0123456789' };
    const result = validateInputs(inputs);
    if (!result.ok) throw new Error('invalid');
    expect(trustPolicySize(inputs)).toBe(policyLength(buildTrustPolicy(result.model)));
  });

  test('without options, the longest ExternalId fits in every partition', () => {
    for (const region of ['ap-northeast-1', 'cn-north-1', 'us-gov-west-1']) {
      const size = trustPolicySize({ ...validInputs(), region, externalId: long(1224) });
      expect(size).toBeLessThanOrEqual(TRUST_POLICY_MAX_LENGTH);
    }
  });

  test('ten vendor roles with 64-character names and two 32-character IDs fit (GovCloud, longest partition)', () => {
    const arns = Array.from({ length: 10 }, (_, i) => `arn:aws-us-gov:iam::111122223333:role/${String(i).padStart(64, 'R')}`);
    const size = trustPolicySize({
      ...validInputs(),
      region: 'us-gov-west-1',
      trustedVendorRoleArns: arns,
      externalId: `vnd-${long(32)}`,
      previousExternalId: `vnd-${long(32, 'b')}`,
    });
    expect(size).toBeLessThanOrEqual(TRUST_POLICY_MAX_LENGTH);
  });
});
