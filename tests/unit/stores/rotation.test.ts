/**
 * The rotation store (src/stores/rotation.ts) against the core: with a previous ExternalId the
 * panel's files are exactly the artifacts `--previous-external-id` changes (what the CLI's
 * generateArtifacts writes with and without it), each version byte for byte; an invalid
 * previous ID keeps the files (placeholder in place) but blocks only the overlap side; without
 * a previous ID only the trust policy, with no overlap.
 */
import { describe, expect, it } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { ARTIFACT_IDS } from '../../../src/core/artifacts/catalog.ts';
import { BUILDERS, generateArtifacts } from '../../../src/core/generate.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../../src/stores/browser-settings.ts';
import { artifactsFor } from '../../../src/stores/preview.ts';
import { rotationOf, type BuildArtifacts } from '../../../src/stores/rotation.ts';

const settings = browserSettings(vendorSettings);
const NEW_ID = `${vendorSettings.externalIdPrefix}Zx81Kq0Lm2Nb3Vc4Xz5Aq6Ws7Ed8Rf9T`;
const OLD_ID = `${vendorSettings.externalIdPrefix}previous0123456789abcdef`;
const values = { ...defaultValues(settings), accountId: '444455556666' };

// Every builder loaded, as on a page that has asked for every artifact (the store does once a previous ID is entered).
const build: BuildArtifacts = (inputs, validation, ids) => artifactsFor(inputs, validation, BUILDERS, ids).artifacts;

/** The rotation the store computes for the page's preview of these values and `previous`. */
function files(previous: string) {
  const inputs = toGuideInputs(settings, values, NEW_ID);
  const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
  const { model, artifacts } = artifactsFor(inputs, validation, BUILDERS, ARTIFACT_IDS);
  const r = rotationOf(settings, { inputs, validation, model, sized: true, artifacts, linkPending: [] }, previous, build);
  if (!r) throw new Error('no rotation state');
  return r;
}

function cli(previous: string) {
  const result = generateArtifacts({ ...toGuideInputs(settings, values, NEW_ID), previousExternalId: previous }, { vendorAccountId: settings.vendorAccountId });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return new Map(result.artifacts.map((a) => [a.id, a.text]));
}

describe('rotationOf (the $rotation store\'s computation)', () => {
  it('holds the files --previous-external-id changes, overlap and final byte for byte the CLI\'s', () => {
    const overlap = cli(OLD_ID);
    const final = cli('');
    const changed = [...overlap.keys()].filter((id) => overlap.get(id) !== final.get(id));
    expect(changed).toEqual(expect.arrayContaining(['trustPolicy', 'cfnParameters', 'terraformTfvars']));
    const r = files(OLD_ID);
    expect(r.files.map((f) => f.id)).toEqual(changed);
    for (const f of r.files) {
      expect(f.overlap?.text, f.id).toBe(overlap.get(f.id));
      expect(f.final.text, f.id).toBe(final.get(f.id));
      expect(f.overlap?.ready && f.final.ready, f.id).toBe(true);
    }
    expect(r.overlap?.text).toBe(overlap.get('trustPolicy'));
    expect(r.previousIssues).toEqual([]);
  });

  it('an invalid previous ID: its message, the same files with its placeholder, never the value', () => {
    const r = files('has space');
    expect(r.previousIssues.some((i) => i.severity === 'error')).toBe(true);
    expect(r.files.map((f) => f.id)).toContain('cfnParameters');
    for (const f of r.files) expect(f.overlap?.text, f.id).not.toContain('has space');
    expect(r.files.find((f) => f.id === 'cfnParameters')?.overlap?.text).toContain('<PREVIOUS_EXTERNAL_ID>');
    expect(r.files.find((f) => f.id === 'cfnParameters')?.overlap?.ready).toBe(false);
  });

  it('the previous ID equal to the new one is refused with the core\'s message', () => {
    expect(files(NEW_ID).previousIssues.map((i) => i.code)).toContain('previousExternalId.same');
  });

  it('without a previous ID: only the trust policy, no overlap', () => {
    const r = files('');
    expect(r.files.map((f) => f.id)).toEqual(['trustPolicy']);
    expect(r.files[0]?.overlap).toBeNull();
    expect(r.final.text).toBe(cli('').get('trustPolicy'));
  });
});
