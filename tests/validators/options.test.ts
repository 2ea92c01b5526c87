/**
 * Issue 10's optional fields through the real validators: cfn-lint on the template with every
 * option set in every partition, and iam-simulate on the trust they make — the named vendor
 * role with the ExternalId allowed; the vendor's other roles and its account root denied when
 * `trustedVendorRoleArns` is set; the rotation's overlap trust admits both IDs, the final one
 * only the new. The template's trust, resolved with its parameter values, is the JSON's.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { findCfnLint } from '../../scripts/validators.ts';
import { buildCfnTemplate, cfnParameterValues } from '../../src/core/artifacts/cfn-template.ts';
import { buildTrustPolicy } from '../../src/core/artifacts/trust-policy.ts';
import type { GuideInputs, GuideModel } from '../../src/core/types.ts';
import { resolveVendorSettings } from '../../src/config/resolve-settings.ts';
import { iamCliCommands } from '../../src/core/iam-cli.ts';
import { defaultInputs } from '../../src/core/inputs.ts';
import { ALL_OPTIONS_SETTINGS, ALL_OPTIONS_VENDOR_ROLE } from '../build/all-options-settings.ts';
import { cfnLintAll, slug } from '../support/cfn-lint.ts';
import { EXAMPLE_EXTERNAL_ID, modelOf, parseYaml, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const OLD_ID = 'vnd-previous0ExternalId0Rotated0Out';
const VENDOR = '111122223333';

/** Every option set, for the region's partition `p`. */
function allOptions(region: string, p: string): Partial<GuideInputs> {
  return {
    region,
    trustedVendorRoleArns: [`arn:${p}:iam::${VENDOR}:role/deploy/VendorDeployer`, `arn:${p}:iam::${VENDOR}:role/VendorPusher`],
    permissionsBoundary: `arn:${p}:iam::123456789012:policy/boundaries/VendorBoundary`,
    tags: ['CostCenter=1234', 'Owner=山田 太郎', 'empty=', 'a:b/c=d+e@f.g_h-i=j'],
    previousExternalId: OLD_ID,
  };
}
const PARTITIONS: Array<[region: string, partition: string]> = [
  ['ap-northeast-1', 'aws'],
  ['cn-north-1', 'aws-cn'],
  ['us-gov-west-1', 'aws-us-gov'],
];

// ------------------------------------------------------------------ cfn-lint

const CFN_LINT = findCfnLint() ?? ['cfn-lint'];

/** The cfn-lint cases: name → the reader's optional fields on top of the source example. */
const CFN_CASES: Record<string, Partial<GuideInputs>> = {};
for (const [region, p] of PARTITIONS) {
  CFN_CASES[`every option (${p})`] = allOptions(region, p);
  CFN_CASES[`one vendor role, AWS managed boundary (${p})`] = {
    region,
    trustedVendorRoleArns: [`arn:${p}:iam::${VENDOR}:role/Deployer`],
    permissionsBoundary: `arn:${p}:iam::aws:policy/PowerUserAccess`,
  };
}
CFN_CASES['50 tags at their longest'] = {
  tags: Array.from({ length: 50 }, (_, i) => `${String(i).padStart(2, '0')}${'k'.repeat(126)}=${'v'.repeat(256)}`),
};
CFN_CASES['rotation only'] = { previousExternalId: OLD_ID };

/** A template with Tags on a managed policy, which CloudFormation does not have: cfn-lint must refuse it. */
const tagged = modelOf({ ...sourceExampleInputs(), tags: ['a=b'] });
const BROKEN_TAGS = buildCfnTemplate(tagged).replace('      ManagedPolicyName: VendorRepoPusherPolicy\n', '      ManagedPolicyName: VendorRepoPusherPolicy\n      Tags:\n        - Key: a\n          Value: b\n');

/** The all-options build's settings with every reader option (the last describe below). */
const settings = resolveVendorSettings(ALL_OPTIONS_SETTINGS);
const boundary = 'arn:aws:iam::123456789012:policy/boundaries/AcmeBoundary';
const tags = ['CostCenter=1234', 'Owner=山田 太郎'];
const allOptionsBuild = modelOf({ ...defaultInputs(settings), accountId: '123456789012', externalId: EXAMPLE_EXTERNAL_ID, permissionsBoundary: boundary, tags });

const cfnModels = Object.entries(CFN_CASES).map(([name, patch]) => [name, modelOf({ ...sourceExampleInputs(), ...patch })] as const);
// cfn-lint ONCE over every template of this file, in every region of the cases (each template
// is thus checked in its own region and the others: stricter than one run per template).
const lint = cfnLintAll(
  CFN_LINT,
  {
    ...Object.fromEntries(cfnModels.map(([name, model]) => [slug(name), buildCfnTemplate(model)])),
    'broken-tags': BROKEN_TAGS,
    'all-options-build': buildCfnTemplate(allOptionsBuild),
  },
  [...new Set([...cfnModels.map(([, model]) => model.region), tagged.region, allOptionsBuild.region])],
);

describe('cfn-lint: the template with the optional fields', () => {
  for (const [name] of cfnModels) {
    it(`reports nothing: ${name}`, () => {
      expect(lint.findings.get(slug(name))).toEqual([]);
    });
  }

  it('does fail on tags where CloudFormation has none (the check is real)', () => {
    expect(BROKEN_TAGS).not.toBe(buildCfnTemplate(tagged));
    expect(lint.status).not.toBe(0);
    expect(lint.findings.get('broken-tags')?.join('\n')).toMatch(/Tags/);
  });
});

// ------------------------------------------------------------------ the template's trust = the JSON's

/** Resolves the template's `!Sub` / `!Ref` in the trust policy with the parameter values (and AWS::Partition). */
function resolveTemplateTrust(m: GuideModel, role: 'VendorRepoPusherRole' | 'VendorEKSDeployerRole'): unknown {
  const template = parseYaml(buildCfnTemplate(m)) as { Resources: Record<string, { Properties: { AssumeRolePolicyDocument: unknown } }> };
  const values = new Map<string, string>([...cfnParameterValues(m), ['AWS::Partition', m.partition]]);
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o['Ref'] === 'string') return values.get(o['Ref']) ?? `<unresolved ${o['Ref']}>`;
      if (typeof o['Fn::Sub'] === 'string') return o['Fn::Sub'].replace(/\$\{([^}]+)\}/g, (_, name: string) => values.get(name) ?? `<unresolved ${name}>`);
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v)]));
    }
    return node;
  };
  return resolve(template.Resources[role]?.Properties.AssumeRolePolicyDocument);
}

describe('the template trusts exactly what vendor-trust-policy.json trusts', () => {
  for (const [region, p] of PARTITIONS) {
    for (const [name, patch] of Object.entries({ 'no option': { region }, 'every option': allOptions(region, p) })) {
      it(`${name} (${p})`, () => {
        const m = modelOf({ ...sourceExampleInputs(), ...patch });
        const json = JSON.parse(buildTrustPolicy(m));
        expect(resolveTemplateTrust(m, 'VendorRepoPusherRole')).toEqual(json);
        expect(resolveTemplateTrust(m, 'VendorEKSDeployerRole')).toEqual(json);
      });
    }
  }
});

// ------------------------------------------------------------------ iam-simulate

type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

/** The vendor-side identity (`principal`) calling AssumeRole on one of the customer's roles under `trust`. */
async function assume(m: GuideModel, trust: unknown, principal: string, externalId: string | undefined, roleName = 'VendorRepoPusher') {
  const result = await runSimulation(
    {
      request: {
        principal,
        action: 'sts:AssumeRole',
        resource: { resource: `arn:${m.partition}:iam::${m.accountId}:role/${roleName}`, accountId: m.accountId },
        contextVariables: externalId === undefined ? {} : { 'sts:ExternalId': externalId },
      },
      // The vendor's side must allow AssumeRole too (cross-account needs both sides).
      identityPolicies: [
        { name: 'vendor-side', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } },
      ],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: trust,
    },
    {},
  );
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult as Decision;
}

describe('iam-simulate: trust narrowed to the vendor roles', () => {
  for (const [region, p] of PARTITIONS) {
    const m = modelOf({ ...sourceExampleInputs(), ...allOptions(region, p), previousExternalId: '' });
    const trust = JSON.parse(buildTrustPolicy(m));
    const deployer = `arn:${p}:iam::${VENDOR}:role/deploy/VendorDeployer`;

    it(`the named vendor roles with the ExternalId are allowed, on both roles (${p})`, async () => {
      expect(await assume(m, trust, deployer, EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
      expect(await assume(m, trust, deployer, EXAMPLE_EXTERNAL_ID, 'VendorEKSDeployer')).toBe('Allowed');
      expect(await assume(m, trust, `arn:${p}:iam::${VENDOR}:role/VendorPusher`, EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
    });

    it(`the named role without or with a wrong ExternalId is denied (${p})`, async () => {
      expect(await assume(m, trust, deployer, undefined)).toBe('ImplicitlyDenied');
      expect(await assume(m, trust, deployer, 'vnd-wrong')).toBe('ImplicitlyDenied');
    });

    it(`the vendor's other roles, its users and its account root are denied, even with the ExternalId (${p})`, async () => {
      for (const other of [
        `arn:${p}:iam::${VENDOR}:role/vendor-ci`,
        `arn:${p}:iam::${VENDOR}:role/other/VendorDeployer`,
        `arn:${p}:iam::${VENDOR}:user/alice`,
        `arn:${p}:iam::${VENDOR}:root`,
        `arn:${p}:iam::444455556666:role/deploy/VendorDeployer`,
      ]) {
        expect(await assume(m, trust, other, EXAMPLE_EXTERNAL_ID), other).toBe('ImplicitlyDenied');
      }
    });
  }

  it('without the setting, the whole vendor account (its IAM decides) with the ExternalId is allowed', async () => {
    const m = modelOf(sourceExampleInputs());
    const trust = JSON.parse(buildTrustPolicy(m));
    expect(await assume(m, trust, `arn:aws:iam::${VENDOR}:role/vendor-ci`, EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
  });
});

describe('iam-simulate: ExternalId rotation', () => {
  const principal = `arn:aws:iam::${VENDOR}:role/vendor-ci`;
  const overlap = modelOf({ ...sourceExampleInputs(), previousExternalId: OLD_ID });
  const final = modelOf(sourceExampleInputs());

  it('the overlap trust admits the new and the previous ID, nothing else', async () => {
    const trust = JSON.parse(buildTrustPolicy(overlap));
    expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId']).toEqual([EXAMPLE_EXTERNAL_ID, OLD_ID]);
    expect(await assume(overlap, trust, principal, EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
    expect(await assume(overlap, trust, principal, OLD_ID)).toBe('Allowed');
    expect(await assume(overlap, trust, principal, undefined)).toBe('ImplicitlyDenied');
    expect(await assume(overlap, trust, principal, `${OLD_ID}x`)).toBe('ImplicitlyDenied');
    expect(await assume(overlap, trust, principal, `${EXAMPLE_EXTERNAL_ID},${OLD_ID}`)).toBe('ImplicitlyDenied');
  });

  it('the final trust admits only the new ID', async () => {
    const trust = JSON.parse(buildTrustPolicy(final));
    expect(await assume(final, trust, principal, EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
    expect(await assume(final, trust, principal, OLD_ID)).toBe('ImplicitlyDenied');
  });

  it('the overlap template, resolved with its parameters, admits both IDs too', async () => {
    const trust = resolveTemplateTrust(overlap, 'VendorEKSDeployerRole');
    expect(await assume(overlap, trust, principal, OLD_ID, 'VendorEKSDeployer')).toBe('Allowed');
    expect(await assume(overlap, trust, principal, EXAMPLE_EXTERNAL_ID, 'VendorEKSDeployer')).toBe('Allowed');
  });
});

// ------------------------------------------------------------------ the all-options build's values

describe("the all-options build's settings with every reader option (issue 10's test build)", () => {
  // The settings as the build resolves them (VENDOR_* environment), the reader's fields on top.
  const m = allOptionsBuild;
  const trust = JSON.parse(buildTrustPolicy(m));
  const vendor = settings.vendorAccountId;

  it('cfn-lint reports nothing on its template (overridden names, vendor role, boundary, tags)', () => {
    expect(lint.findings.get('all-options-build')).toEqual([]);
  });

  it('iam-simulate: the named vendor role with the ExternalId is allowed on both roles; without it, denied', async () => {
    for (const role of [m.roleNames.repoPusher, m.roleNames.eksDeployer]) {
      expect(await assume(m, trust, ALL_OPTIONS_VENDOR_ROLE, EXAMPLE_EXTERNAL_ID, role)).toBe('Allowed');
      expect(await assume(m, trust, ALL_OPTIONS_VENDOR_ROLE, undefined, role)).toBe('ImplicitlyDenied');
    }
  });

  it("iam-simulate: the vendor's other roles (same name elsewhere in the path too), its users and its account root are denied", async () => {
    for (const other of [
      `arn:aws:iam::${vendor}:role/acme-onboarding`,
      `arn:aws:iam::${vendor}:role/ci/other`,
      `arn:aws:iam::${vendor}:user/ci`,
      `arn:aws:iam::${vendor}:root`,
      // The default vendor account's role of the same name: the setting replaced the account.
      'arn:aws:iam::111122223333:role/ci/acme-onboarding',
    ]) {
      expect(await assume(m, trust, other, EXAMPLE_EXTERNAL_ID, m.roleNames.repoPusher), other).toBe('ImplicitlyDenied');
    }
  });

  it('the boundary and the tags are on both roles in the template and in the AWS CLI commands', () => {
    const template = parseYaml(buildCfnTemplate(m)) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const roles = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Role');
    expect(roles.map((r) => r.Properties['RoleName'])).toEqual([m.roleNames.repoPusher, m.roleNames.eksDeployer]);
    // The boundary is a template parameter (empty = none), its value in the parameters file.
    expect(new Map(cfnParameterValues(m)).get('PermissionsBoundary')).toBe(boundary);
    for (const r of roles) {
      expect(r.Properties['PermissionsBoundary']).toEqual({ 'Fn::If': ['HasPermissionsBoundary', { Ref: 'PermissionsBoundary' }, { Ref: 'AWS::NoValue' }] });
      expect(r.Properties['Tags']).toEqual([{ Key: 'CostCenter', Value: '1234' }, { Key: 'Owner', Value: '山田 太郎' }]);
    }
    const cli = iamCliCommands(m);
    for (const key of ['repoPusher', 'eksDeployer'] as const) {
      expect(cli[key].createRole).toContain(`--permissions-boundary '${boundary}'`);
      expect(cli[key].createRole).toContain(`--tags '[{"Key":"CostCenter","Value":"1234"},{"Key":"Owner","Value":"山田 太郎"}]'`);
    }
  });
});
