/**
 * The common setup mistakes, each as a change to the correct fixtures (tests/fixtures/setup/
 * correct/, outputs in the shapes the AWS CLI v2 and kubectl print), the check and message
 * code that must catch it, and what its fix does when applied (the fix's command or
 * console step, carried out on the fixture: the generated document replaces the found one,
 * the attachment moves, the entry is added…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEksDeployerPolicy } from '../../../src/core/artifacts/eks-deployer-policy.ts';
import { mapRoleEntry, type MapRoleEntry } from '../../../src/core/artifacts/aws-auth.ts';
import { rbacRole, rbacRoleBinding } from '../../../src/core/artifacts/rbac.ts';
import { buildRepoPusherPolicy } from '../../../src/core/artifacts/repo-pusher-policy.ts';
import { expectedTrust } from '../../../src/core/check/checks.ts';
import type { GuideInputs, GuideModel } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/setup/', import.meta.url));
export const FIXTURE_FILES = [
  'get-account-authorization-details.json',
  'eks-describe-cluster.json',
  'eks-describe-access-entry.json',
  'kubectl-aws-auth.json',
  'kubectl-rbac.json',
] as const;
export type FixtureName = (typeof FIXTURE_FILES)[number];
/** Parsed fixture files; a missing key means the output was not collected. */
export type Fixtures = Partial<Record<FixtureName, any>>;

/** The ExternalId the fixtures' trust policies hold. */
export const FIXTURE_EXTERNAL_ID = 'vnd-3Fz7K4q9Example0ExternalId0Golden';

/** The values the correct fixtures were made for. */
export { BOUNDARY, TAGS, setBoundary, setTags };

export function fixtureInputs(): GuideInputs {
  return {
    accountId: '123456789012',
    vendorAccountId: '111122223333',
    region: 'ap-northeast-1',
    clusters: ['portal-dev'],
    repoPatterns: ['portal-*'],
    repos: ['portal-api', 'portal-web'],
    roleNames: { repoPusher: 'VendorRepoPusher', eksDeployer: 'VendorEKSDeployer' },
    policyNames: { repoPusher: 'VendorRepoPusherPolicy', eksDeployer: 'VendorEKSDeployerPolicy' },
    kubernetes: { username: 'vendor-eks-deployer', group: 'vendor:portal:deployer', namespace: 'portal' },
    externalId: FIXTURE_EXTERNAL_ID,
  };
}

export function modelFor(inputs: GuideInputs): GuideModel {
  const r = validateInputs(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.model;
}

/** The correct fixtures, freshly parsed (tests mutate them). */
export function correctFixtures(): Fixtures {
  return Object.fromEntries(FIXTURE_FILES.map((f) => [f, JSON.parse(readFileSync(join(FIXTURE_DIR, 'correct', f), 'utf8'))]));
}

/** The fixtures pasted together as the CLI prints them (4-space JSON), in the given order. */
export function pasted(fixtures: Fixtures, order: readonly FixtureName[] = FIXTURE_FILES): string {
  return order.filter((f) => fixtures[f] !== undefined).map((f) => JSON.stringify(fixtures[f], null, 4)).join('\n');
}

const role = (f: Fixtures, name: string) => f['get-account-authorization-details.json'].RoleDetailList.find((r: any) => r.RoleName === name);
const policy = (f: Fixtures, name: string) => f['get-account-authorization-details.json'].Policies.find((p: any) => p.PolicyName === name);
const setPolicyDoc = (f: Fixtures, name: string, doc: unknown) => {
  policy(f, name).PolicyVersionList[0].Document = doc;
};
const mapRolesYaml = (entries: readonly MapRoleEntry[]) =>
  entries.map((e) => `- groups:\n${e.groups.map((g) => `  - ${g}\n`).join('')}  rolearn: ${e.rolearn}\n  username: ${e.username}\n`).join('');
const NODE_ENTRY: MapRoleEntry = { rolearn: 'arn:aws:iam::123456789012:role/eksNodeRole', username: 'system:node:{{EC2PrivateDNSName}}', groups: ['system:bootstrappers', 'system:nodes'] };

/** `aws iam update-assume-role-policy --policy-document file://vendor-trust-policy.json` on both roles. */
const fixTrust = (f: Fixtures, m: GuideModel) => {
  for (const r of f['get-account-authorization-details.json'].RoleDetailList) r.AssumeRolePolicyDocument = expectedTrust(m);
};
/** `aws iam create-policy-version --set-as-default` with the generated documents. */
const fixPolicies = (f: Fixtures, m: GuideModel) => {
  setPolicyDoc(f, m.policyNames.repoPusher, JSON.parse(buildRepoPusherPolicy(m)));
  setPolicyDoc(f, m.policyNames.eksDeployer, JSON.parse(buildEksDeployerPolicy(m)));
};
/** `kubectl apply -f vendor-portal-rbac.yaml`. */
const fixRbac = (f: Fixtures, m: GuideModel) => {
  const list = f['kubectl-rbac.json'];
  list.items = list.items.filter((i: any) => i.metadata.name !== 'vendor-deployer');
  list.items.push(rbacRole(m), rbacRoleBinding(m));
};

/** One mistake. */
export interface Mistake {
  id: string;
  /** What the reader did wrong. */
  title: string;
  /** Values different from {@link fixtureInputs} (the reader's values of this case). */
  values?: Partial<GuideInputs>;
  mutate: (f: Fixtures, m: GuideModel) => void;
  /** The failing check and the problem code it must report. */
  check: string;
  code: string;
  /** Applies the reported fix; may change the values too (returned). */
  fix: (f: Fixtures, m: GuideModel) => Partial<GuideInputs> | void;
}

/** A boundary and tags the reader asked for (issue 10's guard-rails). */
const BOUNDARY = 'arn:aws:iam::123456789012:policy/DeveloperBoundary';
const TAGS = ['team=platform', 'cost-center=4200 / ops'];
/** `aws iam put-role-permissions-boundary` on both roles. */
const setBoundary = (f: Fixtures, arn: string) => {
  for (const r of f['get-account-authorization-details.json'].RoleDetailList) r.PermissionsBoundary = { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn };
};
/** `aws iam tag-role` with the tags on both roles (what get-account-authorization-details then prints). */
const setTags = (f: Fixtures, tags: readonly string[]) => {
  for (const r of f['get-account-authorization-details.json'].RoleDetailList) {
    r.Tags = tags.map((t) => ({ Key: t.slice(0, t.indexOf('=')), Value: t.slice(t.indexOf('=') + 1) }));
  }
};

export const MISTAKES: readonly Mistake[] = [
  {
    id: 'policy-on-wrong-role',
    title: 'VendorRepoPusherPolicy attached to VendorEKSDeployer',
    mutate: (f) => {
      const pusher = role(f, 'VendorRepoPusher');
      const deployer = role(f, 'VendorEKSDeployer');
      deployer.AttachedManagedPolicies.push(...pusher.AttachedManagedPolicies);
      pusher.AttachedManagedPolicies = [];
    },
    check: 'role.repoPusher.policy',
    code: 'policy.wrongRole',
    fix: (f) => {
      const pusher = role(f, 'VendorRepoPusher');
      const deployer = role(f, 'VendorEKSDeployer');
      pusher.AttachedManagedPolicies = deployer.AttachedManagedPolicies.filter((p: any) => p.PolicyName === 'VendorRepoPusherPolicy');
      deployer.AttachedManagedPolicies = deployer.AttachedManagedPolicies.filter((p: any) => p.PolicyName !== 'VendorRepoPusherPolicy');
    },
  },
  {
    id: 'require-external-id-unticked',
    title: 'Require external ID left unticked (no sts:ExternalId condition)',
    mutate: (f) => {
      delete role(f, 'VendorRepoPusher').AssumeRolePolicyDocument.Statement[0].Condition;
    },
    check: 'role.repoPusher.externalId',
    code: 'trust.externalIdMissing',
    fix: fixTrust,
  },
  {
    id: 'old-external-id',
    title: 'the trust policy still holds an old ExternalId',
    mutate: (f) => {
      role(f, 'VendorEKSDeployer').AssumeRolePolicyDocument.Statement[0].Condition.StringEquals['sts:ExternalId'] = 'vnd-OldValue0000000000000000000000';
    },
    check: 'role.eksDeployer.externalId',
    code: 'trust.externalIdMismatch',
    fix: fixTrust,
  },
  {
    id: 'external-id-string-like',
    title: 'sts:ExternalId compared with StringLike',
    mutate: (f) => {
      const s = role(f, 'VendorRepoPusher').AssumeRolePolicyDocument.Statement[0];
      s.Condition = { StringLike: s.Condition.StringEquals };
    },
    check: 'role.repoPusher.externalId',
    code: 'trust.externalIdOperator',
    fix: fixTrust,
  },
  {
    id: 'cluster-arn-wrong-region',
    title: 'the cluster ARN in the deployer policy names another region',
    mutate: (f) => {
      policy(f, 'VendorEKSDeployerPolicy').PolicyVersionList[0].Document.Statement[0].Resource = ['arn:aws:eks:us-east-1:123456789012:cluster/portal-dev'];
    },
    check: 'role.eksDeployer.permissions',
    code: 'arn.region',
    fix: fixPolicies,
  },
  {
    id: 'pattern-misses-cron-runner',
    title: 'repository/portal-* does not cover the planned cron-runner',
    values: { repos: ['portal-api', 'cron-runner'] },
    mutate: () => {},
    check: 'role.repoPusher.permissions',
    code: 'permissions.repoNotCovered',
    fix: (f, m) => {
      const values = { repoPatterns: [...m.repoPatterns, 'cron-runner'] };
      fixPolicies(f, { ...m, ...values });
      return values;
    },
  },
  {
    id: 'aws-auth-role-path',
    title: 'aws-auth rolearn with a path, cluster in CONFIG_MAP mode',
    mutate: (f, m) => {
      f['eks-describe-cluster.json'].cluster.accessConfig.authenticationMode = 'CONFIG_MAP';
      delete f['eks-describe-access-entry.json'];
      const entry = { ...mapRoleEntry(m), rolearn: 'arn:aws:iam::123456789012:role/vendor/VendorEKSDeployer' };
      f['kubectl-aws-auth.json'].data.mapRoles = mapRolesYaml([NODE_ENTRY, entry]);
    },
    check: 'cluster.portal-dev.access',
    code: 'awsAuth.rolePath',
    fix: (f, m) => {
      f['kubectl-aws-auth.json'].data.mapRoles = mapRolesYaml([NODE_ENTRY, mapRoleEntry(m)]);
    },
  },
  {
    id: 'mfa-condition',
    title: 'Require MFA ticked in the trust policy',
    mutate: (f) => {
      role(f, 'VendorEKSDeployer').AssumeRolePolicyDocument.Statement[0].Condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
    },
    check: 'role.eksDeployer.trust',
    code: 'trust.mfa',
    fix: fixTrust,
  },
  {
    id: 'star-principal',
    title: 'Principal "*" in the trust policy',
    mutate: (f) => {
      role(f, 'VendorRepoPusher').AssumeRolePolicyDocument.Statement[0].Principal = { AWS: '*' };
    },
    check: 'role.repoPusher.trust',
    code: 'trust.wildcardPrincipal',
    fix: fixTrust,
  },
  {
    id: 'extra-trust-statement',
    title: 'an extra trust statement admits another account without ExternalId',
    mutate: (f) => {
      role(f, 'VendorRepoPusher').AssumeRolePolicyDocument.Statement.push({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' });
    },
    check: 'role.repoPusher.trust',
    code: 'trust.extraStatement',
    fix: fixTrust,
  },
  {
    id: 'missing-describe-cluster',
    title: 'the deployer policy lacks eks:DescribeCluster',
    mutate: (f) => {
      policy(f, 'VendorEKSDeployerPolicy').PolicyVersionList[0].Document.Statement[0].Action = ['eks:ListClusters'];
    },
    check: 'role.eksDeployer.permissions',
    code: 'permissions.clusterNotCovered',
    fix: fixPolicies,
  },
  {
    id: 'wrong-partition',
    title: 'repository ARNs written with arn:aws-cn: for a Tokyo account',
    mutate: (f) => {
      const s = policy(f, 'VendorRepoPusherPolicy').PolicyVersionList[0].Document.Statement[1];
      s.Resource = s.Resource.map((r: string) => r.replace('arn:aws:', 'arn:aws-cn:'));
    },
    check: 'role.repoPusher.permissions',
    code: 'arn.partition',
    fix: fixPolicies,
  },
  {
    id: 'wrong-username',
    title: 'access entry with another Kubernetes username',
    mutate: (f) => {
      f['eks-describe-access-entry.json'].accessEntry.username = 'vendor';
    },
    check: 'cluster.portal-dev.access',
    code: 'access.wrongUsername',
    fix: (f, m) => {
      f['eks-describe-access-entry.json'].accessEntry.username = m.kubernetes.username;
    },
  },
  {
    id: 'wrong-group',
    title: 'access entry with system:masters instead of our group',
    mutate: (f) => {
      f['eks-describe-access-entry.json'].accessEntry.kubernetesGroups = ['system:masters'];
    },
    check: 'cluster.portal-dev.access',
    code: 'access.wrongGroup',
    fix: (f, m) => {
      f['eks-describe-access-entry.json'].accessEntry.kubernetesGroups = [m.kubernetes.group];
    },
  },
  {
    id: 'config-map-without-entry',
    title: 'authentication mode CONFIG_MAP and no aws-auth entry',
    mutate: (f) => {
      f['eks-describe-cluster.json'].cluster.accessConfig.authenticationMode = 'CONFIG_MAP';
      delete f['eks-describe-access-entry.json'];
    },
    check: 'cluster.portal-dev.access',
    code: 'access.configMapNoEntry',
    fix: (f, m) => {
      f['kubectl-aws-auth.json'].data.mapRoles = mapRolesYaml([NODE_ENTRY, mapRoleEntry(m)]);
    },
  },
  {
    id: 'access-entry-ignored',
    title: 'an access entry on a CONFIG_MAP cluster',
    mutate: (f) => {
      f['eks-describe-cluster.json'].cluster.accessConfig.authenticationMode = 'CONFIG_MAP';
    },
    check: 'cluster.portal-dev.access',
    code: 'access.entryIgnored',
    fix: (f) => {
      f['eks-describe-cluster.json'].cluster.accessConfig.authenticationMode = 'API_AND_CONFIG_MAP';
    },
  },
  {
    id: 'rbac-rule-missing',
    title: 'the Role lacks the pods/log rule',
    mutate: (f) => {
      const r = f['kubectl-rbac.json'].items.find((i: any) => i.kind === 'Role');
      r.rules = r.rules.filter((rule: any) => !rule.resources.includes('pods/log'));
    },
    check: 'k8s.rbac.role',
    code: 'rbac.missing',
    fix: fixRbac,
  },
  {
    id: 'rbac-wildcard',
    title: 'the Role grants * on everything',
    mutate: (f) => {
      f['kubectl-rbac.json'].items.find((i: any) => i.kind === 'Role').rules = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
    },
    check: 'k8s.rbac.role',
    code: 'rbac.extra',
    fix: fixRbac,
  },
  {
    id: 'rbac-binding-group',
    title: 'the RoleBinding names another group',
    mutate: (f) => {
      f['kubectl-rbac.json'].items.find((i: any) => i.kind === 'RoleBinding').subjects[0].name = 'vendor:deployer';
    },
    check: 'k8s.rbac.binding',
    code: 'rbac.bindingGroup',
    fix: fixRbac,
  },
  {
    id: 'extra-actions',
    title: 'ecr:* instead of the nine repository actions',
    mutate: (f) => {
      policy(f, 'VendorRepoPusherPolicy').PolicyVersionList[0].Document.Statement[1].Action = 'ecr:*';
    },
    check: 'role.repoPusher.permissions',
    code: 'permissions.extraActions',
    fix: fixPolicies,
  },
  {
    id: 'role-missing',
    title: 'the deployer role was never created',
    mutate: (f) => {
      const d = f['get-account-authorization-details.json'];
      d.RoleDetailList = d.RoleDetailList.filter((r: any) => r.RoleName !== 'VendorEKSDeployer');
    },
    check: 'role.eksDeployer.exists',
    code: 'role.missing',
    fix: (f) => {
      f['get-account-authorization-details.json'] = correctFixtures()['get-account-authorization-details.json'];
    },
  },
  {
    id: 'boundary-not-set',
    title: 'a permissions boundary was entered but the roles were created without it',
    values: { permissionsBoundary: BOUNDARY },
    mutate: () => {},
    check: 'role.repoPusher.boundary',
    code: 'boundary.wrong',
    fix: (f) => setBoundary(f, BOUNDARY),
  },
  {
    id: 'boundary-other',
    title: 'the deployer role has another permissions boundary than the one entered',
    values: { permissionsBoundary: BOUNDARY },
    mutate: (f) => {
      setBoundary(f, BOUNDARY);
      role(f, 'VendorEKSDeployer').PermissionsBoundary.PermissionsBoundaryArn = 'arn:aws:iam::123456789012:policy/OldBoundary';
    },
    check: 'role.eksDeployer.boundary',
    code: 'boundary.wrong',
    fix: (f) => setBoundary(f, BOUNDARY),
  },
  {
    id: 'tags-not-set',
    title: 'tags were entered but the roles were created without them',
    values: { tags: TAGS },
    mutate: () => {},
    check: 'role.repoPusher.tags',
    code: 'tags.wrong',
    fix: (f) => setTags(f, TAGS),
  },
  {
    id: 'tag-value-differs',
    title: "a tag's value (and its key's case) differs from what was entered",
    values: { tags: TAGS },
    mutate: (f) => {
      setTags(f, TAGS);
      role(f, 'VendorEKSDeployer').Tags[0] = { Key: 'Team', Value: 'platfrom' };
    },
    check: 'role.eksDeployer.tags',
    code: 'tags.wrong',
    fix: (f) => setTags(f, TAGS),
  },
];
