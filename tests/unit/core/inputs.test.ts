import { describe, expect, test } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { cloneInputs, defaultInputs, formatListField, mergeInputs, parseListField } from '../../../src/core/inputs.ts';
import { validInputs } from './fixtures.ts';

describe('parseListField', () => {
  test.each([
    ['portal-api\ncron-runner', ['portal-api', 'cron-runner']],
    ['portal-api, cron-runner', ['portal-api', 'cron-runner']],
    ['portal-api\r\n\r\n  cron-runner  \n', ['portal-api', 'cron-runner']],
    ['a,,b,\n,c', ['a', 'b', 'c']],
    ['a、b，c', ['a', 'b', 'c']],
    ['\u3000a\u3000', ['a']],
    ['b\na\nb', ['b', 'a', 'b']],
    ['', []],
    ['  \n , ', []],
    ['has space inside', ['has space inside']],
  ])('%j → %j', (text, expected) => {
    expect(parseListField(text)).toEqual(expected);
  });
  test('formatListField round-trips', () => {
    expect(parseListField(formatListField(['a', 'b/c', 'd']))).toEqual(['a', 'b/c', 'd']);
  });
});

describe('defaultInputs', () => {
  test('takes the vendor defaults, leaves the customer account and ExternalId empty', () => {
    const d = defaultInputs(vendorSettings);
    expect(d.accountId).toBe('');
    expect(d.externalId).toBe('');
    expect(d.vendorAccountId).toBe(vendorSettings.vendorAccountId);
    expect(d.region).toBe(vendorSettings.defaultRegion);
    expect(d.clusters).toEqual(vendorSettings.defaultClusters);
    expect(d.repos).toEqual(vendorSettings.plannedRepos);
    expect(d.kubernetes).toEqual(vendorSettings.kubernetes);
  });
  test('does not share arrays or objects with the settings', () => {
    const d = defaultInputs(vendorSettings);
    d.clusters.push('x');
    d.roleNames.repoPusher = 'changed';
    expect(vendorSettings.defaultClusters).not.toContain('x');
    expect(vendorSettings.roleNames.repoPusher).not.toBe('changed');
  });
});

describe('mergeInputs', () => {
  test('replaces present values, keeps the others, leaves the base alone', () => {
    const base = validInputs();
    const merged = mergeInputs(base, { accountId: '000000000001', kubernetes: { namespace: 'apps' }, repos: [] });
    expect(merged.accountId).toBe('000000000001');
    expect(merged.kubernetes).toEqual({ ...base.kubernetes, namespace: 'apps' });
    expect(merged.repos).toEqual([]);
    expect(merged.region).toBe(base.region);
    expect(base).toEqual(validInputs());
  });
  test('ignores undefined, wrongly typed and unknown values from untyped data', () => {
    const base = validInputs();
    const junk = JSON.parse('{"accountId":12,"region":null,"clusters":"a,b","repos":[1],"roleNames":"x","__proto__":{"x":1},"zzz":1}');
    expect(mergeInputs(base, junk)).toEqual(base);
    expect(mergeInputs(base, { accountId: undefined })).toEqual(base);
    expect(mergeInputs(base, null as never)).toEqual(base);
  });
  test('cloneInputs is deep', () => {
    const a = validInputs();
    const b = cloneInputs(a);
    b.clusters.push('x');
    b.kubernetes.group = 'g';
    expect(a).toEqual(validInputs());
  });
});
