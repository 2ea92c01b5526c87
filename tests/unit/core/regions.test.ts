import { describe, expect, test } from 'vitest';
import { PARTITION_NAMES, REGIONS, isKnownRegion, regionInfo, regionName, regionOptions } from '../../../src/core/regions.ts';

describe('region table', () => {
  test('codes are unique and look like region codes', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}(-gov)?-[a-z]+-\d$/);
  });

  test('every region has non-empty, different Japanese and English names', () => {
    for (const r of REGIONS) {
      expect(r.name.ja.trim()).not.toBe('');
      expect(r.name.en.trim()).not.toBe('');
      expect(r.name.en).not.toBe(r.code);
    }
  });

  test.each([
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-south-1', 'ap-south-2',
    'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
    'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1',
    'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1',
    'il-central-1', 'me-south-1', 'me-central-1', 'mx-central-1', 'sa-east-1',
  ])('commercial region %s is in the aws partition', (code) => {
    expect(regionInfo(code)).toMatchObject({ code, partition: 'aws', dnsSuffix: 'amazonaws.com' });
  });
});

describe('partitions and DNS suffixes', () => {
  test.each(['cn-north-1', 'cn-northwest-1'])('%s is China: aws-cn, amazonaws.com.cn', (code) => {
    expect(regionInfo(code)).toMatchObject({ partition: 'aws-cn', dnsSuffix: 'amazonaws.com.cn' });
  });
  test.each(['us-gov-west-1', 'us-gov-east-1'])('%s is GovCloud: aws-us-gov, amazonaws.com', (code) => {
    expect(regionInfo(code)).toMatchObject({ partition: 'aws-us-gov', dnsSuffix: 'amazonaws.com' });
  });
  test('only China uses the .cn suffix', () => {
    for (const r of REGIONS) expect(r.dnsSuffix === 'amazonaws.com.cn').toBe(r.partition === 'aws-cn');
  });
});

describe('lookups', () => {
  test('Tokyo in both languages', () => {
    expect(regionInfo('ap-northeast-1')?.name).toEqual({ ja: 'アジアパシフィック (東京)', en: 'Asia Pacific (Tokyo)' });
    expect(regionName('ap-northeast-1', 'ja')).toBe('アジアパシフィック (東京)');
  });
  test.each(['', 'AP-NORTHEAST-1', ' ap-northeast-1', 'ap-northeast-9', '__proto__', 'constructor', 'toString'])(
    'unknown code %j is not found',
    (code) => {
      expect(regionInfo(code)).toBeUndefined();
      expect(isKnownRegion(code)).toBe(false);
      expect(regionName(code, 'en')).toBe(code);
    },
  );
  test('select options cover every region, labelled in the language', () => {
    const ja = regionOptions('ja');
    expect(ja.map((o) => o.value)).toEqual(REGIONS.map((r) => r.code));
    expect(ja.find((o) => o.value === 'ap-northeast-1')?.label).toContain('東京');
    expect(regionOptions('en').find((o) => o.value === 'cn-north-1')).toMatchObject({ group: 'aws-cn' });
    for (const p of ['aws', 'aws-cn', 'aws-us-gov'] as const) expect(PARTITION_NAMES[p].ja).not.toBe('');
  });
});
