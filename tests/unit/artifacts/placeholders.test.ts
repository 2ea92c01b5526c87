/**
 * The placeholder model and the previews built from it: invalid or empty values become
 * fixed placeholders, valid ones stay, every artifact keeps its structure.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, previewArtifacts } from '../../../src/core/generate.ts';
import { isPlaceholder, PLACEHOLDERS, placeholderModel } from '../../../src/core/placeholders.ts';
import type { FieldName, GuideInputs } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { parsePreview, sourceExampleInputs } from './helpers.ts';

const HOSTILE = "x'\"$(id)`id`\n#: {*}&\\ü";

const emptyInputs: GuideInputs = {
  accountId: '',
  vendorAccountId: '',
  region: '',
  clusters: [],
  repoPatterns: [],
  repos: [],
  roleNames: { repoPusher: '', eksDeployer: '' },
  policyNames: { repoPusher: '', eksDeployer: '' },
  kubernetes: { username: '', group: '', namespace: '' },
  externalId: '',
};

describe('placeholderModel', () => {
  it('replaces every empty field by its placeholder, keeps the commercial layout', () => {
    const result = validateInputs(emptyInputs);
    if (result.ok) throw new Error('expected errors');
    expect(placeholderModel(emptyInputs, result.errors)).toEqual({
      accountId: '<YOUR_ACCOUNT_ID>',
      vendorAccountId: '<VENDOR_ACCOUNT_ID>',
      region: '<REGION>',
      clusters: ['<CLUSTER_NAME>'],
      repoPatterns: ['<REPOSITORY_PATTERN>'],
      repos: [],
      roleNames: PLACEHOLDERS.roleNames,
      policyNames: PLACEHOLDERS.policyNames,
      kubernetes: PLACEHOLDERS.kubernetes,
      externalId: '<EXTERNAL_ID>',
      // Optional fields stay empty rather than showing a placeholder.
      trustedVendorRoleArns: [],
      permissionsBoundary: '',
      tags: [],
      previousExternalId: '',
      partition: 'aws',
      dnsSuffix: 'amazonaws.com',
    });
  });

  it('replaces only the invalid item of a list, and only the invalid key of a nested field', () => {
    const inputs: GuideInputs = {
      ...sourceExampleInputs(),
      clusters: ['portal-dev', HOSTILE, 'portal-prod'],
      kubernetes: { username: 'system:admin', group: 'vendor:portal:deployer', namespace: 'portal' },
    };
    const result = validateInputs(inputs);
    if (result.ok) throw new Error('expected errors');
    const model = placeholderModel(inputs, result.errors);
    expect(model.clusters).toEqual(['portal-dev', '<CLUSTER_NAME>', 'portal-prod']);
    expect(model.kubernetes).toEqual({ username: '<K8S_USERNAME>', group: 'vendor:portal:deployer', namespace: 'portal' });
    expect(model.accountId).toBe('123456789012');
  });

  it('keeps a valid region\'s partition and DNS suffix', () => {
    const inputs = { ...sourceExampleInputs(), region: 'cn-northwest-1', accountId: 'bad' };
    const result = validateInputs(inputs);
    if (result.ok) throw new Error('expected errors');
    expect(placeholderModel(inputs, result.errors)).toMatchObject({
      region: 'cn-northwest-1',
      partition: 'aws-cn',
      dnsSuffix: 'amazonaws.com.cn',
      accountId: '<YOUR_ACCOUNT_ID>',
    });
  });

  it('ignores warnings', () => {
    const inputs = sourceExampleInputs();
    const result = validateInputs(inputs);
    if (!result.ok) throw new Error('invalid');
    expect(result.warnings.length).toBeGreaterThan(0);
    const { partition, dnsSuffix, ...rest } = placeholderModel(inputs, result.warnings);
    expect(rest).toEqual(inputs);
    expect([partition, dnsSuffix]).toEqual(['aws', 'amazonaws.com']);
  });

  it('recognises its placeholders and nothing valid', () => {
    expect(isPlaceholder('<YOUR_ACCOUNT_ID>')).toBe(true);
    expect(isPlaceholder('portal-dev')).toBe(false);
    expect(isPlaceholder('<x>')).toBe(false);
  });
});

describe('previewArtifacts', () => {
  it('renders every artifact from empty inputs, all parseable, none ready except those using nothing invalid', () => {
    const previews = previewArtifacts(emptyInputs);
    expect(previews.map((p) => p.fileName)).toEqual(ARTIFACTS.map((a) => a.fileName));
    for (const p of previews) {
      parsePreview(p.language, p.fileName, p.text);
      expect(p.ready).toBe(false);
      expect(p.blocking.length).toBeGreaterThan(0);
    }
    const pusher = previews.find((p) => p.id === 'repoPusherPolicy');
    expect(pusher?.text).toContain('"arn:aws:ecr:<REGION>:<YOUR_ACCOUNT_ID>:repository/<REPOSITORY_PATTERN>"');
    const deploy = previews.find((p) => p.id === 'deployStack');
    expect(deploy?.text).toContain("'ExternalId=<EXTERNAL_ID>'");
  });

  // One hostile value in one field at a time: it must vanish from every preview, and exactly
  // the artifacts using that field must be blocked by it.
  const hostile: Record<FieldName, Partial<GuideInputs>> = {
    accountId: { accountId: HOSTILE },
    vendorAccountId: { vendorAccountId: HOSTILE },
    region: { region: HOSTILE },
    clusters: { clusters: ['portal-dev', HOSTILE] },
    repoPatterns: { repoPatterns: [HOSTILE] },
    repos: { repos: ['portal-api', HOSTILE] },
    roleNames: { roleNames: { repoPusher: HOSTILE, eksDeployer: 'VendorEKSDeployer' } },
    policyNames: { policyNames: { repoPusher: 'VendorRepoPusherPolicy', eksDeployer: HOSTILE } },
    kubernetes: { kubernetes: { username: 'vendor-eks-deployer', group: HOSTILE, namespace: 'portal' } },
    externalId: { externalId: HOSTILE },
    trustedVendorRoleArns: { trustedVendorRoleArns: [HOSTILE] },
    permissionsBoundary: { permissionsBoundary: HOSTILE },
    tags: { tags: ['team=portal', HOSTILE] },
    previousExternalId: { previousExternalId: HOSTILE },
  };
  for (const field of Object.keys(hostile) as FieldName[]) {
    it(`hides an invalid ${field} and blocks exactly the artifacts that use it`, () => {
      const previews = previewArtifacts({ ...sourceExampleInputs(), ...hostile[field] });
      for (const p of previews) {
        expect(p.text).not.toContain(HOSTILE);
        expect(p.text).not.toContain('$(id)');
        parsePreview(p.language, p.fileName, p.text);
        const uses = ARTIFACTS.find((a) => a.id === p.id)?.uses ?? [];
        expect(p.ready, p.fileName).toBe(!uses.includes(field));
        expect(p.blocking.every((issue) => issue.field === field)).toBe(true);
        // The placeholder shows wherever the artifact reads that very value. Not shown: the trust
        // policy and verify.sh read the region only for its partition (kept `aws` by design), and the
        // Kubernetes mappings read only the deployer's role name, not the pusher's.
        const readsOtherPart =
          (field === 'region' && (p.id === 'trustPolicy' || p.id === 'verify')) ||
          (field === 'roleNames' && (p.id === 'awsAuth' || p.id === 'accessEntry'));
        if (uses.includes(field) && !readsOtherPart) expect(p.text, p.fileName).toMatch(/<[A-Z][A-Z0-9_]*>/);
      }
    });
  }
});
