/**
 * The eleven artifacts, one by one: parsed back and compared with the structure the source
 * guide and AWS's references prescribe; the spec table; what each artifact depends on.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, generateArtifacts, previewArtifacts } from '../../../src/core/generate.ts';
import { buildAccessEntry } from '../../../src/core/artifacts/access-entry.ts';
import { buildAwsAuth } from '../../../src/core/artifacts/aws-auth.ts';
import { buildCfnParameters } from '../../../src/core/artifacts/cfn-parameters.ts';
import { buildCfnTemplate, CFN_CONSTRAINTS } from '../../../src/core/artifacts/cfn-template.ts';
import { buildDeployStack } from '../../../src/core/artifacts/deploy-stack.ts';
import { buildEksDeployerPolicy } from '../../../src/core/artifacts/eks-deployer-policy.ts';
import { buildHandoff } from '../../../src/core/artifacts/handoff.ts';
import { mdCode } from '../../../src/core/artifacts/markdown.ts';
import { buildRbac, RBAC_RULES } from '../../../src/core/artifacts/rbac.ts';
import { buildRepoPusherPolicy } from '../../../src/core/artifacts/repo-pusher-policy.ts';
import { buildTrustPolicy } from '../../../src/core/artifacts/trust-policy.ts';
import { buildVerify } from '../../../src/core/artifacts/verify.ts';
import { shellCommand, shellQuote, shellScript } from '../../../src/core/shell.ts';
import type { FieldName, GuideInputs, GuideModel } from '../../../src/core/types.ts';
import {
  ALLOWED_HEADS,
  awsAuthEntries,
  awsCommands,
  eksctlCallsInComments,
  EXAMPLE_EXTERNAL_ID,
  expectedAwsCalls,
  expectedCfnParameters,
  expectedEksctlCalls,
  expectedEksDeployerPolicy,
  expectedMapRoles,
  expectedRepoPusherPolicy,
  expectedTrustPolicy,
  modelOf,
  parseYaml,
  parseYamlAll,
  sourceExampleInputs,
  tokenizeShell,
} from './helpers.ts';

const example = modelOf(sourceExampleInputs());

/** A richer valid model: several clusters and patterns, China partition. */
const several = modelOf({
  ...sourceExampleInputs(),
  region: 'cn-north-1',
  clusters: ['portal-dev', 'portal_prod', 'X1'],
  repoPatterns: ['portal-*', 'cron-runner', 'team/*/app'],
  repos: ['portal-api', 'cron-runner', 'team/x/app', 'other'],
});

describe('ARTIFACTS', () => {
  it('lists the artifacts in guide order with their exact file names', () => {
    expect(ARTIFACTS.map((a) => [a.id, a.fileName, a.language])).toEqual([
      ['repoPusherPolicy', 'vendor-repo-pusher-policy.json', 'json'],
      ['eksDeployerPolicy', 'vendor-eks-deployer-policy.json', 'json'],
      ['trustPolicy', 'vendor-trust-policy.json', 'json'],
      ['cfnTemplate', 'vendor-roles.cfn.yaml', 'yaml'],
      ['cfnParameters', 'vendor-roles.parameters.json', 'json'],
      ['deployStack', 'deploy-stack.sh', 'sh'],
      ['terraformRoles', 'vendor-roles.tf', 'hcl'],
      ['terraformEksAccess', 'vendor-eks-access.tf', 'hcl'],
      ['terraformTfvars', 'vendor-roles.auto.tfvars', 'hcl'],
      ['awsAuth', 'aws-auth-maproles.yaml', 'yaml'],
      ['accessEntry', 'eks-access-entry.sh', 'sh'],
      ['rbac', 'vendor-portal-rbac.yaml', 'yaml'],
      ['handoff', 'handoff.md', 'md'],
      ['verify', 'verify.sh', 'sh'],
      ['collectSetup', 'collect-setup.sh', 'sh'],
    ]);
  });

  // Two valid values per field; the artifact's text must change exactly when a used field changes.
  const alternatives: Record<FieldName, Partial<GuideInputs>> = {
    accountId: { accountId: '210987654321' },
    vendorAccountId: { vendorAccountId: '444455556666' },
    region: { region: 'us-gov-west-1' },
    clusters: { clusters: ['portal-dev', 'portal-prod'] },
    repoPatterns: { repoPatterns: ['portal-*', 'cron-*'] },
    repos: { repos: ['portal-web'] },
    roleNames: { roleNames: { repoPusher: 'Pusher', eksDeployer: 'Deployer' } },
    policyNames: { policyNames: { repoPusher: 'PusherPolicy', eksDeployer: 'DeployerPolicy' } },
    kubernetes: { kubernetes: { username: 'u1', group: 'g1', namespace: 'ns1' } },
    externalId: { externalId: 'another-external-id-0123456789' },
    trustedVendorRoleArns: { trustedVendorRoleArns: ['arn:aws:iam::111122223333:role/ci/Deployer'] },
    permissionsBoundary: { permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' },
    tags: { tags: ['team=portal'] },
    previousExternalId: { previousExternalId: 'the-previous-external-id-0123' },
  };
  // Fields that change an artifact's shape without their value being in it: while rotating, the
  // template gains the NoEcho PreviousExternalId parameter, but the ID itself is only in the parameters;
  // likewise vendor-roles.tf gains the sensitive previous_external_id variable (the ID is in the tfvars).
  const shapeOnly: Partial<Record<string, readonly FieldName[]>> = { cfnTemplate: ['previousExternalId'], terraformRoles: ['previousExternalId'] };
  for (const spec of ARTIFACTS) {
    it(`${spec.fileName} depends on exactly its \`uses\` fields`, () => {
      const base = spec.build(example);
      const dependsOn = (Object.keys(alternatives) as FieldName[]).filter(
        (field) => spec.build(modelOf({ ...sourceExampleInputs(), ...alternatives[field] })) !== base,
      );
      expect(dependsOn.sort()).toEqual([...spec.uses, ...(shapeOnly[spec.id] ?? [])].sort());
    });
  }

  it('is deterministic', () => {
    const a = generateArtifacts(sourceExampleInputs());
    const b = generateArtifacts(sourceExampleInputs());
    expect(a).toEqual(b);
  });

  it('generates nothing for invalid inputs, and reports every error', () => {
    const result = generateArtifacts({ ...sourceExampleInputs(), accountId: '12', clusters: ['-bad'] });
    expect(result.ok).toBe(false);
    expect('artifacts' in result).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field).sort()).toEqual(['accountId', 'clusters']);
  });

  it('passes warnings through (cron-runner is not covered by portal-*)', () => {
    const result = generateArtifacts(sourceExampleInputs());
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('repos.uncovered');
  });

  it('previews valid inputs with exactly the generated text, all ready', () => {
    const generated = generateArtifacts(sourceExampleInputs());
    if (!generated.ok) throw new Error('invalid');
    const previews = previewArtifacts(sourceExampleInputs());
    expect(previews.map((p) => p.text)).toEqual(generated.artifacts.map((a) => a.text));
    expect(previews.every((p) => p.ready && p.blocking.length === 0)).toBe(true);
  });
});

describe('IAM policies', () => {
  it('pusher policy = the source guide\'s, with one repository ARN per pattern', () => {
    expect(JSON.parse(buildRepoPusherPolicy(example))).toEqual(expectedRepoPusherPolicy(example));
    expect(JSON.parse(buildRepoPusherPolicy(several))).toEqual(expectedRepoPusherPolicy(several));
    expect(buildRepoPusherPolicy(several)).toContain('"arn:aws-cn:ecr:cn-north-1:123456789012:repository/team/*/app"');
  });

  it('deployer policy = DescribeTargetCluster on each named cluster', () => {
    expect(JSON.parse(buildEksDeployerPolicy(example))).toEqual(expectedEksDeployerPolicy(example));
    expect(JSON.parse(buildEksDeployerPolicy(several))).toEqual(expectedEksDeployerPolicy(several));
  });

  it('trust policy = vendor account root + exact ExternalId', () => {
    expect(JSON.parse(buildTrustPolicy(example))).toEqual(expectedTrustPolicy(example));
    expect(JSON.parse(buildTrustPolicy(several))).toEqual(expectedTrustPolicy(several));
  });

  it('JSON is two-space indented with a final newline', () => {
    const text = buildTrustPolicy(example);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('CloudFormation', () => {
  // The template as data, with the short-form tags resolved to their long forms.
  const template = (m: GuideModel) => parseYaml(buildCfnTemplate(m)) as Record<string, any>;
  const sub = (text: string) => ({ 'Fn::Sub': text });

  it('declares every parameter with the customer\'s values as defaults, ExternalId without one', () => {
    const t = template(several);
    expect(Object.keys(t['Parameters'])).toEqual(expectedCfnParameters(several).map(([k]) => k));
    for (const [key, value] of expectedCfnParameters(several)) {
      if (key === 'ExternalId') continue;
      expect(t['Parameters'][key]['Default']).toBe(value);
      expect(t['Parameters'][key]['Type']).toBe('String');
    }
    const externalId = t['Parameters']['ExternalId'];
    expect(externalId).not.toHaveProperty('Default');
    expect(externalId).toMatchObject({ NoEcho: true, MinLength: 2, MaxLength: 1224 });
    expect(t['Parameters']['VendorAccountId']['AllowedPattern']).toBe('^\\d{12}$');
  });

  it('builds every ARN with AWS::Partition, AWS::Region and AWS::AccountId, and the names from the model', () => {
    const t = template(several);
    const r = t['Resources'];
    expect(r['VendorRepoPusherPolicy']['Properties']['ManagedPolicyName']).toBe('VendorRepoPusherPolicy');
    expect(r['VendorRepoPusherPolicy']['Properties']['PolicyDocument']['Statement'][1]).toEqual({
      Sid: 'ECRRepositoryActions',
      Effect: 'Allow',
      Action: expectedRepoPusherPolicy(several) && (expectedRepoPusherPolicy(several) as any).Statement[1].Action,
      Resource: ['RepoPattern', 'RepoPattern2', 'RepoPattern3'].map((p) =>
        sub(`arn:\${AWS::Partition}:ecr:\${AWS::Region}:\${AWS::AccountId}:repository/\${${p}}`),
      ),
    });
    expect(r['VendorEKSDeployerPolicy']['Properties']['PolicyDocument']['Statement'][0]['Resource']).toEqual(
      ['EKSClusterName', 'EKSClusterName2', 'EKSClusterName3'].map((p) =>
        sub(`arn:\${AWS::Partition}:eks:\${AWS::Region}:\${AWS::AccountId}:cluster/\${${p}}`),
      ),
    );
    for (const [logicalId, roleName, policy] of [
      ['VendorRepoPusherRole', 'VendorRepoPusher', 'VendorRepoPusherPolicy'],
      ['VendorEKSDeployerRole', 'VendorEKSDeployer', 'VendorEKSDeployerPolicy'],
    ] as const) {
      expect(r[logicalId]['Type']).toBe('AWS::IAM::Role');
      expect(r[logicalId]['Properties']).toMatchObject({
        RoleName: roleName,
        MaxSessionDuration: 3600,
        ManagedPolicyArns: [{ Ref: policy }],
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: sub('arn:${AWS::Partition}:iam::${VendorAccountId}:root') },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
            },
          ],
        },
      });
    }
    expect(t['Outputs']['RepoPusherRoleArn']['Value']).toEqual({ 'Fn::GetAtt': ['VendorRepoPusherRole', 'Arn'] });
    expect(t['Outputs']['EKSDeployerRoleArn']['Value']).toEqual({ 'Fn::GetAtt': ['VendorEKSDeployerRole', 'Arn'] });
    expect(t['Description']).toContain('CAPABILITY_NAMED_IAM');
    expect(t['AWSTemplateFormatVersion']).toBe('2010-09-09');
  });

  it('never writes a customer value into a !Sub (values only reach the template as defaults)', () => {
    const text = buildCfnTemplate(several);
    for (const line of text.split('\n').filter((l) => l.includes('!Sub'))) {
      expect(line).not.toMatch(/portal|cron|team|123456789012|111122223333/);
    }
  });

  it('quotes the strings YAML 1.1 would read as dates or numbers', () => {
    const text = buildCfnTemplate(example);
    expect(text).toContain("AWSTemplateFormatVersion: '2010-09-09'");
    expect(text).toContain("Version: '2012-10-17'");
    expect(text).toContain("Default: '111122223333'");
    // Never anchors/aliases: the trust policy is spelled out for both roles.
    expect(text).not.toMatch(/[&*]a\d/);
  });

  it('valid names that YAML 1.1 or 1.2 would read as numbers stay strings (0o17, 0x1F, 123, 1e3)', () => {
    const m = modelOf({
      ...sourceExampleInputs(),
      clusters: ['0o17', '0x1F', '123', '1e3'],
      repoPatterns: ['0o0', '1e3*'],
      roleNames: { repoPusher: '1e3', eksDeployer: '0o7' },
      kubernetes: { username: '0o17', group: '1e3', namespace: '0x1f' },
    });
    const t = parseYaml(buildCfnTemplate(m)) as Record<string, any>;
    expect(['EKSClusterName', 'EKSClusterName2', 'EKSClusterName3', 'EKSClusterName4'].map((k) => t['Parameters'][k]['Default'])).toEqual(m.clusters);
    expect(t['Parameters']['RepoPattern']['Default']).toBe('0o0');
    expect(t['Resources']['VendorRepoPusherRole']['Properties']['RoleName']).toBe('1e3');
    expect(awsAuthEntries(buildAwsAuth(m))).toEqual(expectedMapRoles(m));
    expect((parseYamlAll(buildRbac(m)) as any[])[1].subjects[0].name).toBe('1e3');
  });

  it('parameter constraints accept exactly what validation accepts', () => {
    const re = (p: string) => new RegExp(p);
    const ext = re(CFN_CONSTRAINTS.externalId.allowedPattern);
    expect(ext.test(EXAMPLE_EXTERNAL_ID)).toBe(true);
    expect(ext.test('has space')).toBe(false);
    const pattern = re(CFN_CONSTRAINTS.repoPattern.allowedPattern);
    for (const ok of ['portal-*', 'abc*', 'api*', 'team/*/app', 'a__b*', 'x--y', 'ab']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['*', '**', 'Portal-*', 'a?', '-a', 'a-', 'a._b', '/a', 'a//b', 'a*', 'ab*', '*-api', '*/*', '*a*']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('parameters file lists every parameter with its value, ExternalId included', () => {
    expect(JSON.parse(buildCfnParameters(several))).toEqual(
      expectedCfnParameters(several).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
    );
  });
});

describe('shell scripts', () => {
  const scripts = [
    ['deployStack', buildDeployStack],
    ['accessEntry', buildAccessEntry],
    ['verify', buildVerify],
  ] as const;

  for (const [id, build] of scripts) {
    it(`${id}: strict bash header, only known commands, the expected AWS calls`, () => {
      for (const m of [example, several]) {
        const text = build(m);
        expect(text.startsWith('#!/usr/bin/env bash\n')).toBe(true);
        expect(text).toContain('\nset -euo pipefail\n');
        expect(text.endsWith('\n')).toBe(true);
        const commands = tokenizeShell(text);
        for (const c of commands) expect(ALLOWED_HEADS.has(c.words[0] ?? ''), c.words.join(' ')).toBe(true);
        expect(awsCommands(text)).toEqual(expectedAwsCalls(id, m));
      }
    });
  }

  it('deploy-stack.sh passes the ExternalId and warns that it is secret', () => {
    const text = buildDeployStack(example);
    expect(text).toContain(`'ExternalId=${EXAMPLE_EXTERNAL_ID}'`);
    expect(text).toMatch(/SECRET: this script contains the ExternalId\. Do not commit it/);
  });

  it('eks-access-entry.sh explains the authentication mode and associates no access policy', () => {
    const text = buildAccessEntry(several);
    expect(text).toContain('API_AND_CONFIG_MAP');
    expect(text).toContain('aws eks update-cluster-config --name <cluster> --access-config authenticationMode=API_AND_CONFIG_MAP');
    expect(text).not.toContain('associate-access-policy');
    expect(awsCommands(text)).toHaveLength(3);
  });

  it('verify.sh keeps the ExternalId out and separates the customer\'s part from the vendor\'s', () => {
    const text = buildVerify(example);
    expect(text).not.toContain(EXAMPLE_EXTERNAL_ID);
    expect(text).toMatch(/# Part 1: the CUSTOMER\.\ncustomer\(\) \{/);
    expect(text).toMatch(/# Part 2: the VENDOR\.\nvendor\(\) \{/);
    const customerPart = text.slice(text.indexOf('customer() {'), text.indexOf('# Part 2'));
    expect(customerPart).not.toContain('sts assume-role');
    const vendorPart = text.slice(text.indexOf('vendor() {'));
    expect(vendorPart).not.toContain('aws iam');
  });

  it('values only ever stand in single quotes, never in an expansion', () => {
    for (const [, build] of scripts) {
      for (const c of tokenizeShell(build(several))) {
        for (const e of c.expansions) expect(e).not.toMatch(/portal|123456789012|Vendor/);
      }
    }
  });
});

describe('shell quoting', () => {
  it.each([
    ['plain', "'plain'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['$(id) `id` "x" \\ * ~ # &', "'$(id) `id` \"x\" \\ * ~ # &'"],
    ['a\nb', "'a\nb'"],
  ])('shellQuote(%j)', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
    expect(tokenizeShell(`echo ${shellQuote(value)}`)[0]?.words).toEqual(['echo', value]);
  });

  it('shellCommand lays out one option per line, several values one per line', () => {
    expect(shellCommand('aws x', [['--a', 'v'], ['--flag'], ['--many', 'p', 'q']])).toBe(
      "aws x \\\n  --a 'v' \\\n  --flag \\\n  --many \\\n    'p' \\\n    'q'",
    );
  });

  it('shellScript flattens line breaks in comments so they cannot become commands', () => {
    const text = shellScript(['one\nrm -rf /'], ['true']);
    expect(text).toBe('#!/usr/bin/env bash\n# one rm -rf /\nset -euo pipefail\n\ntrue\n');
  });
});

describe('Kubernetes', () => {
  it('aws-auth entry: plain role ARN, username, one group; eksctl equivalents per cluster', () => {
    for (const m of [example, several]) {
      const text = buildAwsAuth(m);
      expect(awsAuthEntries(text)).toEqual(expectedMapRoles(m));
      expect(eksctlCallsInComments(text)).toEqual(expectedEksctlCalls(m));
    }
    expect(buildAwsAuth(example)).toContain('- rolearn: arn:aws:iam::123456789012:role/VendorEKSDeployer\n');
  });

  it('RBAC: a namespaced Role and its RoleBinding to the group', () => {
    const [role, binding] = parseYamlAll(buildRbac(example)) as any[];
    expect(role).toMatchObject({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { namespace: 'portal' } });
    expect(binding).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: role.metadata.name, namespace: 'portal' },
      subjects: [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'vendor:portal:deployer' }],
      roleRef: { kind: 'Role', apiGroup: 'rbac.authorization.k8s.io', name: role.metadata.name },
    });
    expect(role.rules).toEqual(RBAC_RULES);
  });

  it('RBAC grants no secrets, no wildcard, no privilege escalation, no exec', () => {
    const resources = RBAC_RULES.flatMap((r) => r.resources);
    const verbs = RBAC_RULES.flatMap((r) => r.verbs);
    expect(resources).not.toContain('secrets');
    expect(resources.filter((r) => r.includes('*'))).toEqual([]);
    expect(RBAC_RULES.flatMap((r) => r.apiGroups).filter((g) => g.includes('*'))).toEqual([]);
    expect(verbs.filter((v) => ['*', 'escalate', 'bind', 'impersonate', 'deletecollection'].includes(v))).toEqual([]);
    expect(resources.filter((r) => /^(pods\/(exec|attach|portforward)|serviceaccounts|roles|rolebindings)$/.test(r))).toEqual([]);
    // What deploying the vendor's workloads needs.
    for (const needed of ['deployments', 'services', 'configmaps', 'pods', 'pods/log', 'events', 'jobs', 'cronjobs']) {
      expect(resources).toContain(needed);
    }
  });
});

describe('handoff.md', () => {
  it('lists ARNs, account, region, URIs, patterns and clusters, and never the ExternalId', () => {
    const text = buildHandoff(example);
    for (const piece of [
      '`arn:aws:iam::123456789012:role/VendorRepoPusher`',
      '`arn:aws:iam::123456789012:role/VendorEKSDeployer`',
      '`123456789012`',
      '`ap-northeast-1`',
      '`123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/portal-api`',
      '`123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/cron-runner`',
      '`portal-*`',
      '`portal-dev`',
    ]) {
      expect(text).toContain(piece);
    }
    expect(text).not.toContain(EXAMPLE_EXTERNAL_ID);
    expect(text).toMatch(/separately, over a secure channel/);
  });

  it('says which planned repositories the patterns do not cover', () => {
    const lines = buildHandoff(example).split('\n');
    expect(lines.find((l) => l.includes('/cron-runner`'))).toContain('not covered by the patterns');
    expect(lines.find((l) => l.includes('/portal-api`'))).not.toContain('not covered');
  });

  it('uses the partition\'s DNS suffix (China: amazonaws.com.cn)', () => {
    expect(buildHandoff(several)).toContain('`123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/portal-api`');
    expect(buildHandoff(several)).toContain('`arn:aws-cn:iam::123456789012:role/VendorRepoPusher`');
  });

  it('mdCode fences values whatever backticks they hold', () => {
    expect(mdCode('abc')).toBe('`abc`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x')).toBe('`` `x ``');
    expect(mdCode('a\nb')).toBe('`a b`');
  });
});
