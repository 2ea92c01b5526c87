/**
 * The pure parts of the state layer: the per-key merge of two tabs, ExternalId marks that
 * belong to one ID, the one preview (same artifacts as the core's previewArtifacts), and the
 * address-bar cleanup script.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { ARTIFACT_IDS } from '../../../src/core/artifacts/catalog.ts';
import { ARTIFACT_LOADERS } from '../../../src/core/artifacts/loaders.ts';
import { BUILDERS, previewArtifacts } from '../../../src/core/generate.ts';
import { AWS_LIMITS, LIMITED_ARTIFACTS } from '../../../src/core/size-limits.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { BROWSER_SETTING_KEYS, browserSettings, defaultValues, toGuideInputs } from '../../../src/stores/browser-settings.ts';
import { fingerprint } from '../../../src/stores/fingerprint.ts';
import { mergeRecord, mergeState } from '../../../src/stores/merge.ts';
import { migrateUseMarks } from '../../../src/stores/persistence.ts';
import { artifactsFor } from '../../../src/stores/preview.ts';
import { queryCleanupScript } from '../../../src/stores/query-cleanup.ts';
import { EXTERNAL_ID_USE_KEYS, externalIdUseKey, externalIdWasUsed, usedFor } from '../../../src/stores/state.ts';

const settings = browserSettings(vendorSettings);
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
console.log(`state-layer property tests: seed ${seed} (FC_SEED=${seed} to replay)`);

describe('browserSettings (what of the vendor settings reaches the page)', () => {
  test('exactly the named keys, as deep copies; never the support contact', () => {
    const picked = browserSettings(vendorSettings);
    expect(Object.keys(picked).sort()).toEqual([...BROWSER_SETTING_KEYS].sort());
    expect(picked).not.toHaveProperty('supportContact');
    for (const key of BROWSER_SETTING_KEYS) expect(picked[key], key).toEqual(vendorSettings[key]);
    // A copy: the page's settings never alias the build's.
    expect(picked.roleNames).not.toBe(vendorSettings.roleNames);
    expect(picked.repoPatterns).not.toBe(vendorSettings.repoPatterns);
  });
});

describe('mergeRecord / mergeState (two tabs)', () => {
  test('a key this tab did not change takes the other tab\'s value; a key it changed keeps its own', () => {
    const base = { accountId: '', clusters: 'a' };
    const local = { accountId: '123456789012', clusters: 'a' };
    const remote = { accountId: '', clusters: 'a,b' };
    expect(mergeRecord(base, local, remote)).toEqual({ accountId: '123456789012', clusters: 'a,b' });
  });

  test('the focused key keeps the local value even when it is unchanged', () => {
    expect(mergeRecord({ x: '1' }, { x: '1' }, { x: '2' }, new Set(['x']))).toEqual({ x: '1' });
  });

  test('property: edits in disjoint fields of two tabs both survive, whichever saves first', () => {
    const keys = ['accountId', 'region', 'clusters', 'repoPatterns', 'repos'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string()), fc.dictionary(fc.constantFrom(...keys), fc.string()), fc.boolean(), (editA, editB, aFirst) => {
        const base = Object.fromEntries(keys.map((k) => [k, `base-${k}`]));
        const onlyB = Object.fromEntries(Object.entries(editB).filter(([k]) => !(k in editA)));
        const a = { ...base, ...editA };
        const b = { ...base, ...onlyB };
        // First saver writes over base; the second merges against what it last saw (base).
        const [first, second] = aFirst ? [a, b] : [b, a];
        const stored = mergeRecord(base, first, base);
        const result = mergeRecord(base, second, stored);
        expect(result).toEqual({ ...base, ...editA, ...onlyB });
      }),
      { seed },
    );
  });

  test('mergeState merges values, marks, ticks and link marks per key', () => {
    const base = { values: { accountId: '' }, used: {}, checks: {}, fromLink: [] };
    const local = { values: { accountId: '111122223333' }, used: { 'externalId.generated': true }, checks: {}, fromLink: [] };
    const remote = { values: { accountId: '' }, used: {}, checks: { roles: true }, fromLink: ['region' as const] };
    expect(mergeState(base, local, remote)).toEqual({
      values: { accountId: '111122223333' },
      used: { 'externalId.generated': true },
      checks: { roles: true },
      fromLink: ['region'],
    });
  });
});

describe('ExternalId marks belong to the ID', () => {
  const id = 'vnd-AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH';
  const other = 'vnd-ZZZZBBBBCCCCDDDDEEEEFFFFGGGGHHHH';

  test('fingerprints are stable, short, and never contain the ID', () => {
    expect(fingerprint(id)).toBe(fingerprint(id));
    expect(fingerprint(id)).not.toBe(fingerprint(other));
    expect(fingerprint(id)).toMatch(/^[0-9a-f]{14}$/);
    expect(externalIdUseKey(id, 'externalId.copied')).not.toContain(id.slice(4));
  });

  test('a mark of one ID does not make another ID "used"; it still does for its own', () => {
    const used = { [externalIdUseKey(id, 'externalId.copied')]: true, 'externalId.generated': true };
    expect(externalIdWasUsed(usedFor(used, id))).toBe(true);
    expect(externalIdWasUsed(usedFor(used, other))).toBe(false);
    expect(usedFor(used, other)).toEqual({ 'externalId.generated': true });
  });

  test('the artifacts that contain the ExternalId are the ones whose marks belong to it', () => {
    expect(EXTERNAL_ID_USE_KEYS).toContain('artifact.trustPolicy.copied');
    expect(EXTERNAL_ID_USE_KEYS).toContain('artifact.deployStack.downloaded');
    expect(EXTERNAL_ID_USE_KEYS).not.toContain('artifact.rbac.copied');
  });

  test('marks stored by the previous version move under the current ID', () => {
    const migrated = migrateUseMarks({ 'externalId.copied': true, 'artifact.rbac.copied': true }, id);
    expect(migrated).toEqual({ [externalIdUseKey(id, 'externalId.copied')]: true, 'artifact.rbac.copied': true });
    expect(migrateUseMarks({ 'externalId.copied': true }, '')).toEqual({});
  });
});

describe('one preview per change', () => {
  test.each([
    ['defaults', defaultValues(settings)],
    ['valid', { ...defaultValues(settings), accountId: '123456789012' }],
    ['invalid', { ...defaultValues(settings), accountId: '12', clusters: 'a"]' }],
  ])('%s: every artifact exactly as previewArtifacts builds it, from one validation', (_name, values) => {
    const inputs = toGuideInputs(settings, values, 'vnd-AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH');
    const opts = { vendorAccountId: settings.vendorAccountId };
    const { artifacts } = artifactsFor(inputs, validateInputs(inputs, opts), BUILDERS, ARTIFACT_IDS);
    const expected = previewArtifacts(inputs, opts);
    expect([...artifacts.values()]).toEqual(expected);
  });

  test('each artifact\'s loader (one chunk per builder in the browser) gives the CLI\'s builder', async () => {
    for (const id of ARTIFACT_IDS) expect(await ARTIFACT_LOADERS[id](), id).toBe(BUILDERS[id]);
  });

  // A page builds only its snippets' artifacts (plus the limited ones): each of them, and the
  // model, exactly as the whole set, also when a size limit turns values into placeholders.
  const patterns = Array.from({ length: 16 }, (_, i) => `p${String(i).padStart(2, '0')}-`.padEnd(250, 'x') + '*').join(',');
  test.each([
    ['valid', { ...defaultValues(settings), accountId: '123456789012' }],
    ['invalid', { ...defaultValues(settings), accountId: '12' }],
    ['over a size limit', { ...defaultValues(settings), accountId: '123456789012', repoPatterns: patterns }],
  ])('%s: one artifact at a time, with only its own and the limited builders', (name, values) => {
    const inputs = toGuideInputs(settings, values, 'vnd-AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH');
    const opts = { vendorAccountId: settings.vendorAccountId };
    const validation = validateInputs(inputs, opts);
    // The longest lists fit AWS's limits: a lower limit makes the policy exceed it (as limits.test.ts does).
    const limits = AWS_LIMITS as { managedPolicyChars: number };
    const saved = limits.managedPolicyChars;
    if (name === 'over a size limit') limits.managedPolicyChars = 5000;
    try {
      const expected = previewArtifacts(inputs, opts);
      const whole = artifactsFor(inputs, validation, BUILDERS, ARTIFACT_IDS);
      if (name === 'over a size limit') {
        expect(expected.find((a) => a.id === 'repoPusherPolicy')?.blocking.map((i) => i.code)).toEqual(['repoPatterns.policySize']);
      }
      for (const id of ARTIFACT_IDS) {
        const builders = Object.fromEntries([...LIMITED_ARTIFACTS, id].map((i) => [i, BUILDERS[i]]));
        const { model, artifacts } = artifactsFor(inputs, validation, builders, [id]);
        expect(model).toEqual(whole.model);
        expect(artifacts.get(id)).toEqual(expected.find((a) => a.id === id));
        expect([...artifacts.keys()].sort()).toEqual([...new Set([...LIMITED_ARTIFACTS, id])].sort());
      }
    } finally {
      limits.managedPolicyChars = saved;
    }
  });
});

describe('queryCleanupScript', () => {
  function run(search: string, hasPanel: boolean): string {
    let href = `https://guide.example.com/roles/${search}#top`;
    let onParsed: (() => void) | undefined;
    const env = {
      location: {
        get href() {
          return href;
        },
        get search() {
          return new URL(href).search;
        },
      },
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => (href = url) },
      document: {
        addEventListener: (_type: string, fn: () => void) => (onParsed = fn),
        querySelector: () => (hasPanel ? {} : null),
      },
    };
    new Function('location', 'history', 'document', 'URL', queryCleanupScript())(env.location, env.history, env.document, URL);
    onParsed?.();
    return href;
  }

  test('the ExternalId, settings-owned and unknown keys go at once; link fields stay for the panel', () => {
    const out = run('?accountId=123456789012&externalId=vnd-x&vendorAccountId=9&kubernetes.group=system:masters&x=1', true);
    expect(out).toBe('https://guide.example.com/roles/?accountId=123456789012#top');
  });

  test('without the values panel, the link fields go too', () => {
    expect(run('?accountId=123456789012&externalId=vnd-x', false)).toBe('https://guide.example.com/roles/#top');
  });

  test('an address without a query is left alone', () => {
    expect(run('', false)).toBe('https://guide.example.com/roles/#top');
  });
});
