/**
 * The sample models the build highlights to make each artifact's templates. Together they
 * must produce every line shape a reader can meet: list lengths 1–3 (and none, for the
 * optional planned repositories), covered and uncovered repositories, each partition,
 * values YAML has to quote, placeholders (everything missing, some items invalid), with and
 * without an ExternalId. A shape they miss is not an error at runtime (that line is shown
 * uncoloured); the coverage test (`tests/unit/highlight`) looks for such gaps.
 */
import type { VendorSettings } from '../../config/settings-schema.ts';
import { defaultInputs, mergeInputs, type InputsPatch } from '../../core/inputs.ts';
import type { GuideModel } from '../../core/types.ts';
import { validateInputs } from '../../core/validate.ts';
import { regionInfo } from '../../core/regions.ts';
import { parseRoleArn } from '../../core/rules/iam-arn.ts';
import { previewModel } from '../runtime/model.ts';

/** A well-formed ExternalId with the vendor's prefix, for samples that have one. */
function sampleExternalId(settings: VendorSettings, tail: string): string {
  return `${settings.externalIdPrefix}${tail}`;
}

/**
 * Whether a reader in `partition` can have valid values: the vendor's role ARNs (when it
 * names roles) must be in the reader's partition, so a vendor in `aws` makes every China or
 * GovCloud sample invalid (it then shows placeholders, which other samples cover).
 */
function vendorIn(settings: VendorSettings, partition: string): boolean {
  return settings.trustedVendorRoleArns.every((arn) => arn.split(':')[1] === partition);
}

/**
 * Patches over the vendor's defaults, each one sample. `valid: true` samples must validate
 * (checked, so that a change of the rules cannot silently turn one into placeholders).
 */
function samplePatches(settings: VendorSettings): Array<{ patch: InputsPatch; valid: boolean }> {
  return [
    // The defaults as a reader who filled the account ID and created the ExternalId sees them.
    { valid: vendorIn(settings, 'aws'), patch: { accountId: '123456789012', externalId: sampleExternalId(settings, 'Q3xv9Jm2Tz8Lp4Rw7Yb1Nc6Hd5Kf0Gs') } },
    // What a first visit shows: no account ID, no ExternalId.
    { valid: false, patch: {} },
    // Everything missing.
    { valid: false, patch: { region: '', clusters: [], repoPatterns: [], repos: [] } },
    // Some list items invalid (placeholders between real items), unknown region.
    {
      valid: false,
      patch: {
        accountId: '12345',
        region: 'mars-north-1',
        clusters: ['alpha-one', 'bad cluster', 'gamma_3'],
        repoPatterns: ['BAD*', 'team-*', 'svc/*/app'],
        repos: ['team-web', 'Not Valid', 'other/thing'],
        externalId: 'has space',
      },
    },
    // Two of each, one planned repository outside the patterns; another commercial region.
    {
      valid: vendorIn(settings, 'aws'),
      patch: {
        accountId: '000011112222',
        region: 'us-west-2',
        clusters: ['prod-east', 'Staging_2'],
        repoPatterns: ['shop-*', 'batch/*'],
        repos: ['shop-front', 'batch/nightly', 'legacy-job'],
        externalId: sampleExternalId(settings, 'a+b=c,d.e@f:g/h-i_j0123456789'),
        // Issue 10's options: a customer boundary, one tag, the rotation overlap.
        permissionsBoundary: 'arn:aws:iam::000011112222:policy/org/Boundary',
        tags: ['Team=Shop'],
        previousExternalId: sampleExternalId(settings, 'previous0123456789'),
      },
    },
    // Three of each, China partition (aws-cn, amazonaws.com.cn).
    {
      valid: vendorIn(settings, 'aws-cn'),
      patch: {
        accountId: '555566667777',
        region: 'cn-north-1',
        clusters: ['c-one', 'c-two', 'c-three'],
        repoPatterns: ['alpha-*', 'beta*', 'gamma/*-x'],
        repos: ['alpha-web', 'betaworker', 'gamma/z-x'],
        externalId: sampleExternalId(settings, 'ZZZZyyyyXXXXwwww1111222233334444'),
        // An AWS managed boundary; tags YAML must quote, an empty value, Unicode.
        permissionsBoundary: 'arn:aws-cn:iam::aws:policy/PowerUserAccess',
        tags: ['CostCenter=1234', 'yes=', 'Owner=山田 太郎'],
      },
    },
    // GovCloud partition, no planned repositories.
    {
      valid: vendorIn(settings, 'aws-us-gov'),
      patch: {
        accountId: '987654321098',
        region: 'us-gov-west-1',
        clusters: ['gov-cluster'],
        repoPatterns: ['gov-*'],
        repos: [],
        externalId: 'X9',
      },
    },
    // Values YAML must quote (numbers, booleans, dates, null), four of each. (A leading `*` no
    // longer occurs: a pattern needs 3 fixed characters before its first wildcard.)
    {
      valid: vendorIn(settings, 'aws'),
      patch: {
        accountId: '101010101010',
        region: 'eu-central-1',
        clusters: ['2024', 'True', '0x1F', '2020-01-02'],
        repoPatterns: ['yes', 'null', 'no', 'off*'],
        repos: ['a-svc', 'b/c', 'no'],
        externalId: sampleExternalId(settings, '00000000000000000000000000000000'),
      },
    },
    // China again with placeholders (the placeholder model keeps the partition of a valid region).
    { valid: false, patch: { region: 'cn-northwest-1', clusters: ['ok-one', '-bad'], repos: ['nope!'] } },
    // Invalid options: placeholders for the boundary, a tag and the previous ExternalId.
    {
      valid: false,
      patch: { accountId: '333344445555', permissionsBoundary: 'nope', tags: ['ok=1', 'bad', 'aws:x=y'], previousExternalId: 'has space' },
    },
    // GovCloud with the ExternalId missing.
    { valid: false, patch: { accountId: '222233334444', region: 'us-gov-east-1' } },
  ];
}

/** Every sample model for these settings, the vendor's defaults first. */
export function sampleModels(settings: VendorSettings): GuideModel[] {
  const base = defaultInputs(settings);
  // With the vendor-role setting, a sample in another partition than the roles' is invalid (a
  // trusted role must be in the region's partition): expected so, it shows the placeholders.
  const rolePartitions = new Set(settings.trustedVendorRoleArns.map((arn) => parseRoleArn(arn)?.partition));
  return samplePatches(settings).map(({ patch, valid }, index) => {
    const inputs = mergeInputs(base, patch);
    const partition = regionInfo(String(inputs.region))?.partition;
    const expected = valid && (rolePartitions.size === 0 || rolePartitions.has(partition));
    const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
    if (validation.ok !== expected) {
      throw new Error(`Highlight sample ${index} should be ${expected ? 'valid' : 'invalid'}: ${JSON.stringify(validation)}`);
    }
    return previewModel(inputs, validation);
  });
}
