import { describe, expect, test } from 'vitest';
import { ISSUE_CODES, displayChar, displayValue, fieldLabel, formatIssue, isIssueCode } from '../../../src/core/messages.ts';
import type { FieldIssue, FieldName, Lang } from '../../../src/core/types.ts';

const FIELDS: FieldName[] = [
  'accountId', 'vendorAccountId', 'region', 'clusters', 'repoPatterns', 'repos', 'roleNames', 'policyNames', 'kubernetes', 'externalId',
];
const SAMPLE = { value: 'VALUE', char: 'C', length: 300, min: 2, max: 256, name: 'NAME', patterns: 'PATS', expected: 'EXPECTED', partition: 'aws-cn' };
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

function issueFor(code: string): FieldIssue {
  const field = code.split('.')[0] as FieldName;
  const key = field === 'kubernetes' ? code.split('.')[1] : field === 'roleNames' || field === 'policyNames' ? 'repoPusher' : undefined;
  return { field, code, severity: 'error', params: SAMPLE, ...(key ? { key } : {}) };
}

describe('catalogue completeness', () => {
  test('there are codes, all prefixed by a field name', () => {
    expect(ISSUE_CODES.length).toBeGreaterThan(40);
    for (const code of ISSUE_CODES) expect(FIELDS).toContain(code.split('.')[0]);
  });

  test.each(ISSUE_CODES.map((c) => [c]))('%s has distinct, non-empty ja and en messages', (code) => {
    const issue = issueFor(code);
    const ja = formatIssue(issue, 'ja');
    const en = formatIssue(issue, 'en');
    for (const text of [ja, en]) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toContain(code);
      expect(text).not.toMatch(/undefined|\$\{|\[object/);
    }
    expect(ja).not.toBe(en);
    expect(ja).toMatch(JAPANESE);
    expect(en).not.toMatch(JAPANESE);
  });

  test.each(ISSUE_CODES.map((c) => [c]))('%s names the offending item when it has one', (code) => {
    const issue = issueFor(code);
    for (const lang of ['ja', 'en'] as Lang[]) {
      const text = formatIssue(issue, lang);
      const named = ['VALUE', 'NAME'].some((v) => text.includes(v));
      const isRequired = code.endsWith('.required');
      // Codes about a whole list or document (item caps, AWS size limits) name the limit instead.
      const namesLimit = /\.(tooMany|policySize|trustPolicySize|cfnParameters|cfnTemplateSize)$/.test(code) && text.includes('256');
      expect(named || isRequired || namesLimit).toBe(true);
    }
  });
});

describe('formatIssue robustness', () => {
  test('an unknown code still gives a sentence naming the field', () => {
    expect(isIssueCode('nope.nope')).toBe(false);
    expect(isIssueCode('toString')).toBe(false);
    const issue: FieldIssue = { field: 'clusters', code: 'nope.nope', severity: 'error' };
    expect(formatIssue(issue, 'ja')).toContain('EKS クラスター名');
    expect(formatIssue(issue, 'en')).toContain('EKS cluster names');
  });
  test('missing params render empty, never "undefined"', () => {
    const text = formatIssue({ field: 'clusters', code: 'clusters.chars', severity: 'error' }, 'en');
    expect(text).not.toContain('undefined');
  });
  test('a space as the offending character is named', () => {
    const issue: FieldIssue = { field: 'clusters', code: 'clusters.chars', severity: 'error', params: { value: 'foo bar', char: ' ' } };
    expect(formatIssue(issue, 'ja')).toBe(
      'クラスター名「foo bar」に使用できない文字「空白」が含まれています。英数字・ハイフン・アンダースコアのみ使用できます(先頭は英数字)。',
    );
    expect(formatIssue(issue, 'en')).toContain('"space"');
  });
});

describe('field labels', () => {
  test.each(FIELDS.map((f) => [f]))('%s has labels in both languages', (field) => {
    expect(fieldLabel(field, 'ja')).toMatch(JAPANESE);
    expect(fieldLabel(field, 'en')).not.toMatch(JAPANESE);
  });
  test('sub-keys have their own labels; unknown keys fall back to the field', () => {
    expect(fieldLabel('roleNames', 'en', 'repoPusher')).toBe('ECR push role name');
    expect(fieldLabel('kubernetes', 'ja', 'group')).toBe('Kubernetes グループ');
    expect(fieldLabel('roleNames', 'en', 'nope')).toBe('role names');
    expect(fieldLabel('roleNames', 'en', '__proto__')).toBe('role names');
    expect(fieldLabel('toString' as FieldName, 'en')).toBe('toString');
  });
});

describe('displayValue', () => {
  test('escapes control, format and odd whitespace characters', () => {
    expect(displayValue('a\nb\tc\r')).toBe('a\\nb\\tc\\r');
    expect(displayValue('x\u202Ey')).toBe('x\\u{202E}y');
    expect(displayValue('\u0000')).toBe('\\u{0}');
    expect(displayValue('a\u3000b')).toBe('a\\u{3000}b');
    expect(displayValue('foo bar')).toBe('foo bar');
    expect(displayChar('é')).toBe('é');
  });
  test('cuts long values and notes their length', () => {
    const shown = displayValue('x'.repeat(100_000));
    expect(shown.length).toBeLessThan(80);
    expect(shown).toContain('100000');
  });
  test('never splits a surrogate pair', () => {
    const shown = displayValue('😀'.repeat(100));
    expect(shown.startsWith('😀'.repeat(60))).toBe(true);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
