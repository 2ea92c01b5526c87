/**
 * The preview's text cache (src/core/preview.ts): any sequence of inputs, valid or not, gives
 * through one cache exactly the texts, models and errors of the preview without it, while a
 * change of a field an artifact does not use builds that artifact no more. (That each builder
 * depends only on its row's fields is tests/unit/artifacts/properties.test.ts's property.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_IDS } from '../../../src/core/artifacts/catalog.ts';
import type { Builder } from '../../../src/core/artifacts/loaders.ts';
import { BUILDERS } from '../../../src/core/generate.ts';
import { createTextCache, previewSubset, type BuilderSet } from '../../../src/core/preview.ts';
import type { ArtifactId, GuideInputs } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { sourceExampleInputs } from '../artifacts/helpers.ts';

/** The builders, counting each call by artifact. */
function counted(): { builders: BuilderSet; calls: Map<ArtifactId, number> } {
  const calls = new Map<ArtifactId, number>();
  const builders = Object.fromEntries(
    ARTIFACT_IDS.map((id) => [
      id,
      ((model) => {
        calls.set(id, (calls.get(id) ?? 0) + 1);
        return BUILDERS[id](model);
      }) satisfies Builder,
    ]),
  ) as BuilderSet;
  return { builders, calls };
}

const preview = (inputs: GuideInputs, builders: BuilderSet, cache?: ReturnType<typeof createTextCache>) =>
  previewSubset(inputs, validateInputs(inputs), builders, ARTIFACT_IDS, cache);

/** One change a reader may make: a few values per field, some invalid, so values come back. */
const change: fc.Arbitrary<Partial<GuideInputs>> = fc.oneof(
  fc.record({ accountId: fc.constantFrom('123456789012', '444455556666', '12345', '') }),
  fc.record({ region: fc.constantFrom('ap-northeast-1', 'cn-north-1', 'us-gov-west-1', 'nowhere') }),
  fc.record({ clusters: fc.constantFrom<string[]>(['portal-dev'], ['a', 'b'], ['bad name']) }),
  fc.record({ repoPatterns: fc.constantFrom<string[]>(['portal-*'], ['billing-*', 'portal-*'], ['*']) }),
  fc.record({ previousExternalId: fc.constantFrom('', 'vnd-previous-7f3a9c2e41b8d605', 'has space') }),
  fc.record({ tags: fc.constantFrom<string[]>([], ['team=portal'], ['=']) }),
  fc.record({ kubernetes: fc.constantFrom<GuideInputs['kubernetes']>(sourceExampleInputs().kubernetes, { username: 'u', group: 'g', namespace: 'n' }) }),
);

describe('the preview text cache', () => {
  it('any sequence of changes: the same preview as without a cache (100 sequences)', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        const cache = createTextCache();
        let inputs = sourceExampleInputs();
        for (const step of changes) {
          inputs = { ...inputs, ...step };
          expect(preview(inputs, BUILDERS, cache)).toEqual(preview(inputs, BUILDERS));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('typing an account ID rebuilds only the artifacts that contain it', () => {
    const { builders, calls } = counted();
    const cache = createTextCache();
    preview(sourceExampleInputs(), builders, cache);
    calls.clear();
    preview({ ...sourceExampleInputs(), accountId: '444455556666' }, builders, cache);
    expect([...calls.keys()].sort()).toEqual(['accessEntry', 'awsAuth', 'collectSetup', 'eksDeployerPolicy', 'handoff', 'repoPusherPolicy', 'verify']);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps the last few texts of each artifact: going back builds nothing', () => {
    const { builders, calls } = counted();
    const cache = createTextCache(2);
    const a = sourceExampleInputs();
    const b = { ...a, previousExternalId: 'vnd-previous-7f3a9c2e41b8d605' };
    const c = { ...a, previousExternalId: 'vnd-previous-0000000000000000' };
    preview(a, builders, cache);
    preview(b, builders, cache);
    calls.clear();
    preview(a, builders, cache);
    preview(b, builders, cache);
    expect(calls.size).toBe(0);
    // A third state evicts the least recently used (a's texts of the files c changes).
    preview(c, builders, cache);
    calls.clear();
    preview(a, builders, cache);
    expect(calls.get('trustPolicy')).toBe(1);
  });
});
