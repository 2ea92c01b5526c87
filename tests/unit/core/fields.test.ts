import { describe, expect, test } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { buildCfnTemplate } from '../../../src/core/artifacts/cfn-template.ts';
import { buildEksDeployerPolicy } from '../../../src/core/artifacts/eks-deployer-policy.ts';
import { buildRepoPusherPolicy } from '../../../src/core/artifacts/repo-pusher-policy.ts';
import {
  coerce,
  emptyInputs,
  FIELD_PATHS,
  FIELDS,
  FLAG_OF,
  inputsFromSettings,
  LINK_PATHS,
  maxTextLength,
  READER_PATHS,
  readerTexts,
  SECRET_FIELDS,
  SETTINGS_PATHS,
  withReaderTexts,
} from '../../../src/core/fields.ts';
import { ISSUE_CODES } from '../../../src/core/messages.ts';
import type { GuideModel } from '../../../src/core/types.ts';
import { FIELD_NAMES, validateInputs } from '../../../src/core/validate.ts';
import { validInputs } from './fixtures.ts';

describe('the field table', () => {
  test('covers every top-level field of the validators, in form order', () => {
    expect([...new Set(FIELD_PATHS.map((p) => FIELDS[p].field))]).toEqual(FIELD_NAMES);
  });
  test('trust rule: only reader fields may come from a link; settings and the secret never', () => {
    expect(READER_PATHS).toEqual(['accountId', 'region', 'clusters', 'repoPatterns', 'repos']);
    expect(LINK_PATHS).toEqual(READER_PATHS);
    expect(SETTINGS_PATHS).toContain('kubernetes.group');
    expect(SETTINGS_PATHS).toContain('vendorAccountId');
    expect([...SECRET_FIELDS]).toEqual(['externalId']);
  });
  test('every row has messages in the catalogue and a placeholder of the form <UPPER_SNAKE>', () => {
    for (const path of FIELD_PATHS) {
      const def = FIELDS[path];
      expect(ISSUE_CODES.some((code) => code.startsWith(`${def.issuePrefix}.`)), path).toBe(true);
      expect(def.placeholder).toMatch(/^<[A-Z][A-Z0-9_]*>$/);
      expect(def.minLength).toBeLessThanOrEqual(def.maxLength);
      expect(def.kind === 'list', path).toBe('maxItems' in def);
    }
  });
  test('CLI flags are derived from the rows', () => {
    expect(FLAG_OF).toEqual({
      accountId: '--account-id',
      vendorAccountId: '--vendor-account-id',
      region: '--region',
      clusters: '--cluster',
      repoPatterns: '--repo-pattern',
      repos: '--repo',
      externalId: '--external-id',
    });
  });
  test('maxTextLength bounds a list field by items × (length + separator)', () => {
    expect(maxTextLength('clusters')).toBe(20 * 101);
    expect(maxTextLength('accountId')).toBe(12);
  });
});

describe('coerce', () => {
  test('takes strings and string arrays verbatim, nothing else', () => {
    const junk = JSON.parse(
      '{"accountId":123456789012,"region":"x","clusters":["a",1],"repos":["b"],"roleNames":"x","kubernetes":{"group":"g","__proto__":{"namespace":"n"}},"zzz":1}',
    );
    const out = coerce(junk);
    expect(out.accountId).toBe('');
    expect(out.region).toBe('x');
    expect(out.clusters).toEqual([]);
    expect(out.repos).toEqual(['b']);
    expect(out.roleNames).toEqual({ repoPusher: '', eksDeployer: '' });
    expect(out.kubernetes).toEqual({ username: '', group: 'g', namespace: '' });
    expect(Object.keys(out)).not.toContain('zzz');
  });
  test('falls back to the base, copies lists, never throws', () => {
    const base = validInputs();
    const out = coerce({ region: 'us-east-1', clusters: null }, base);
    expect(out).toEqual({ ...base, region: 'us-east-1' });
    out.clusters.push('x');
    expect(base.clusters).toEqual(['portal-dev']);
    for (const raw of [null, undefined, 1, 'x', [], () => 0, Object.create(null)]) {
      expect(coerce(raw)).toEqual(emptyInputs());
    }
  });
  test('settings → inputs and reader texts round-trip', () => {
    const d = inputsFromSettings(vendorSettings);
    expect(d.region).toBe(vendorSettings.defaultRegion);
    expect(d.repos).toEqual(vendorSettings.plannedRepos);
    expect(d.kubernetes).toEqual(vendorSettings.kubernetes);
    expect(d.accountId).toBe('');
    const texts = readerTexts(d);
    expect(texts).toEqual({
      accountId: '',
      region: vendorSettings.defaultRegion,
      clusters: vendorSettings.defaultClusters.join('\n'),
      repoPatterns: vendorSettings.repoPatterns.join('\n'),
      repos: vendorSettings.plannedRepos.join('\n'),
    });
    // Only reader fields are read from texts: a stored vendorAccountId or ExternalId is ignored.
    const back = withReaderTexts(d, { ...texts, clusters: 'a, b', vendorAccountId: '999999999999', externalId: 'x' });
    expect(back).toEqual({ ...d, clusters: ['a', 'b'] });
  });
});

describe('list sizes fit AWS limits at their worst case', () => {
  // Each item at its maximum length, distinct, in the partition with the longest ARNs.
  function worst(): GuideModel {
    const base = validInputs();
    const clusters = Array.from({ length: FIELDS.clusters.maxItems }, (_, i) => `c${i}`.padEnd(FIELDS.clusters.maxLength, 'x'));
    const repoPatterns = Array.from({ length: FIELDS.repoPatterns.maxItems }, (_, i) =>
      `p${i}`.padEnd(FIELDS.repoPatterns.maxLength - 1, 'x') + '*',
    );
    const result = validateInputs({ ...base, region: 'us-gov-west-1', clusters, repoPatterns, repos: [] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    return result.model;
  }
  const nonWhitespace = (text: string) => text.replace(/\s/g, '').length;
  test('managed policies stay under 6,144 characters without whitespace', () => {
    const model = worst();
    expect(nonWhitespace(buildEksDeployerPolicy(model))).toBeLessThanOrEqual(6144);
    expect(nonWhitespace(buildRepoPusherPolicy(model))).toBeLessThanOrEqual(6144);
  });
  test('the CloudFormation template stays under 200 parameters', () => {
    const template = buildCfnTemplate(worst());
    const params = template.slice(template.indexOf('Parameters:'), template.indexOf('\nResources:'));
    expect(params.match(/^ {2}\w+:$/gm)?.length ?? 0).toBeLessThanOrEqual(200);
    expect(params.match(/^ {2}\w+:$/gm)?.length ?? 0).toBeGreaterThan(FIELDS.clusters.maxItems);
  });
});
