/**
 * The pure parts of the browser state: reading untrusted storage, reading and planning links,
 * the checklist's auto-ticks, and the shared store outside a browser (as during the build).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { CHECKLIST_ITEMS, checklistProgress, checklistState } from '../../../src/stores/checklist.ts';
import {
  $inputs,
  $validation,
  browserSettings,
  defaultValues,
  externalIdWasUsed,
  initGuideStore,
  serverSnapshot,
  setValue,
  toGuideInputs,
} from '../../../src/stores/guide.ts';
import { planLink, readLinkValues, sameValue, valuesQuery, withoutQuery } from '../../../src/stores/link.ts';
import { MAX_FIELD_LENGTH, parsePersistedState, READER_KEYS, serializeState } from '../../../src/stores/storage.ts';

const settings = browserSettings(vendorSettings);
const defaults = defaultValues(settings);

describe('parsePersistedState (storage is untrusted)', () => {
  test.each([null, '', 'not json', '[]', '42', 'null', '{"values":"x"}', '{"values":[1,2]}'])('%j → empty state', (raw) => {
    expect(parsePersistedState(raw)).toEqual({ values: {}, used: {}, checks: {}, fromLink: [] });
  });

  test('keeps only reader fields that are strings, never settings-owned keys', () => {
    const raw = JSON.stringify({
      values: {
        accountId: '123456789012',
        region: 42,
        clusters: ['a'],
        repos: 'x'.repeat(MAX_FIELD_LENGTH + 1),
        vendorAccountId: '999999999999',
        kubernetes: { group: 'system:masters' },
        externalId: 'evil',
        __proto__: { polluted: true },
      },
      used: { 'externalId.copied': true, bad: 'yes', 'has space': true, ['x'.repeat(100)]: true },
      checks: { roles: false, trust: 1 },
      fromLink: ['accountId', 'vendorAccountId', 7],
    });
    const state = parsePersistedState(raw);
    expect(state.values).toEqual({ accountId: '123456789012' });
    expect(state.used).toEqual({ 'externalId.copied': true });
    expect(state.checks).toEqual({ roles: false });
    expect(state.fromLink).toEqual(['accountId']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('round-trips what the guide writes', () => {
    const state = {
      values: { ...defaults, accountId: '012345678901' },
      used: { 'artifact.handoff.downloaded': true },
      checks: { verify: true },
      fromLink: ['region' as const],
    };
    expect(parsePersistedState(serializeState(state))).toEqual(state);
  });

  test('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void parsePersistedState(raw)), { numRuns: 500 });
  });
});

describe('links with values', () => {
  test('only reader fields are read; the ExternalId and settings-owned keys are ignored', () => {
    const link = readLinkValues(
      '?accountId=123456789012&externalId=evil&vendorAccountId=999999999999&kubernetes.group=system:masters&region=us-east-1&region=eu-west-1&x=1',
    );
    expect(link.values).toEqual({ accountId: '123456789012', region: 'us-east-1' });
    expect(link.strip).toBe(true);
    expect(readLinkValues('?externalId=evil')).toEqual({ values: {}, strip: true });
    expect(readLinkValues('?utm_source=mail')).toEqual({ values: {}, strip: false });
    expect(readLinkValues(`?accountId=${'1'.repeat(MAX_FIELD_LENGTH + 1)}`).values).toEqual({});
  });

  test('the query carries the five fields in form order, lists comma-separated, nothing else', () => {
    const q = valuesQuery({ ...defaults, accountId: '123456789012', clusters: 'a\nb', repos: '' });
    expect(q).toBe('accountId=123456789012&region=ap-northeast-1&clusters=a%2Cb&repoPatterns=portal-*');
    expect(readLinkValues(`?${q}`).values).toEqual({ accountId: '123456789012', region: 'ap-northeast-1', clusters: 'a,b', repoPatterns: 'portal-*' });
  });

  test('values round-trip through a link', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(READER_KEYS.map((k) => [k, fc.string({ maxLength: 30 })])) as Record<(typeof READER_KEYS)[number], fc.Arbitrary<string>>), (values) => {
        const back = readLinkValues(`?${valuesQuery(values)}`).values;
        for (const key of READER_KEYS) expect(sameValue(key, back[key] ?? '', values[key])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a link replaces defaults at once and asks before replacing what the reader has', () => {
    const current = { ...defaults, accountId: '123123123123' };
    const plan = planLink(current, defaults, { accountId: '999988887777', region: 'eu-west-1', clusters: 'portal-dev', repos: 'portal-api,cron-runner' });
    expect(plan.apply).toEqual({ region: 'eu-west-1' });
    expect(plan.conflicts).toEqual(['accountId']);
  });

  test('the address bar keeps the hash without the query', () => {
    expect(withoutQuery('https://x.example/roles/?accountId=1&externalId=e#external-id')).toBe('https://x.example/roles/#external-id');
  });
});

describe('checklist', () => {
  test('items tick themselves from used marks; the reader’s own tick wins', () => {
    const used = { 'externalId.copied': true, 'artifact.repoPusherPolicy.copied': true };
    let state = checklistState(used, {});
    expect(state['trust']).toEqual({ checked: true, auto: true });
    expect(state['stored']).toEqual({ checked: true, auto: true });
    expect(state['policies']).toEqual({ checked: false, auto: false });
    state = checklistState({ ...used, 'artifact.eksDeployerPolicy.downloaded': true }, { trust: false, roles: true });
    expect(state['policies']?.checked).toBe(true);
    expect(state['trust']).toEqual({ checked: false, auto: false });
    expect(checklistProgress(state)).toEqual({ done: 3, total: CHECKLIST_ITEMS.length });
  });
});

describe('the shared store outside a browser', () => {
  test('settings-owned fields always come from the settings; validation uses the vendor account', () => {
    expect($inputs.get()).toBeNull();
    initGuideStore(settings);
    const snapshot = serverSnapshot($inputs);
    setValue('accountId', '111122223333');
    const inputs = $inputs.get();
    expect(inputs).toEqual(toGuideInputs(settings, { ...defaults, accountId: '111122223333' }, ''));
    expect(inputs?.kubernetes.group).toBe(vendorSettings.kubernetes.group);
    // The customer's account equal to the vendor's is a warning.
    expect($validation.get()?.warnings.some((w) => w.code === 'accountId.sameAsVendor')).toBe(true);
    // What the server rendered stays what it was.
    expect(serverSnapshot($inputs)).toBe(snapshot);
    expect(snapshot?.accountId).toBe('');
  });

  test('regenerating asks once the ID or an artifact holding it has left the page', () => {
    expect(externalIdWasUsed({})).toBe(false);
    expect(externalIdWasUsed({ 'externalId.generated': true, 'artifact.rbac.copied': true })).toBe(false);
    expect(externalIdWasUsed({ 'externalId.copied': true })).toBe(true);
    expect(externalIdWasUsed({ 'artifact.cfnParameters.downloaded': true })).toBe(true);
  });
});
