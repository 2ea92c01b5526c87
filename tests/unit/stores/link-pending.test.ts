import { describe, expect, it } from 'vitest';
import { planLink } from '../../../src/stores/link.ts';
import { READER_KEYS, type ReaderValues } from '../../../src/stores/storage.ts';

const empty = Object.fromEntries(READER_KEYS.map((k) => [k, ''])) as ReaderValues;

describe('planLink with unconfirmed proposals', () => {
  it('replaces a pending link value without asking, but asks before replacing a typed one', () => {
    const current = { ...empty, accountId: 'a\u202Eb', region: 'eu-west-1' };
    const link = { accountId: 'a\u0000b', region: 'us-east-1' };
    expect(planLink(current, empty, link, ['accountId'])).toEqual({ apply: { accountId: 'a\u0000b' }, conflicts: ['region'] });
    expect(planLink(current, empty, link)).toEqual({ apply: {}, conflicts: ['accountId', 'region'] });
  });
});
