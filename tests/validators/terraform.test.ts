/**
 * The Terraform artifacts against HashiCorp's own HCL parser (`@cdktf/hcl2json`, the Go
 * `hcl` package compiled to WebAssembly) and the AWS provider's schema:
 * - every `.tf` / `.tfvars` parses, for one and several clusters/patterns and each partition,
 *   to exactly the expected structure (written here from the issue and the JSON artifacts,
 *   not from the builders): block types, labels, arguments, and no others;
 * - every resource / data-source type and every argument exists in the provider's schema
 *   (snapshot `terraform/aws-provider-schema.json`: @cdktf/provider-aws 21.22.1, generated
 *   from hashicorp/aws 6.25.0; see `terraform/extract-schema.mjs`);
 * - the `aws_iam_policy_document` blocks, evaluated with the variables' defaults, are the JSON
 *   policies, and the IAM simulator gives the same allow/deny matrix for both;
 * - hostile values are refused by validation, or (builders given anything) leave the parsed
 *   structure unchanged (property tests with the run's printed seed).
 */
import { readFileSync } from 'node:fs';
import { parse } from '@cdktf/hcl2json';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEksDeployerPolicy } from '../../src/core/artifacts/eks-deployer-policy.ts';
import { hclString } from '../../src/core/artifacts/hcl.ts';
import { buildRepoPusherPolicy } from '../../src/core/artifacts/repo-pusher-policy.ts';
import { buildTerraformEksAccess } from '../../src/core/artifacts/terraform-eks-access.ts';
import { buildTerraformRoles } from '../../src/core/artifacts/terraform-roles.ts';
import { buildTerraformTfvars } from '../../src/core/artifacts/terraform-tfvars.ts';
import { buildTrustPolicy } from '../../src/core/artifacts/trust-policy.ts';
import { generateArtifacts } from '../../src/core/generate.ts';
import type { GuideInputs, GuideModel } from '../../src/core/types.ts';
import { HOSTILE } from '../unit/core/fixtures.ts';
import { EXAMPLE_EXTERNAL_ID, modelOf, rawModel, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

type Json = any;

const SCHEMA = JSON.parse(readFileSync(new URL('./terraform/aws-provider-schema.json', import.meta.url), 'utf8')) as {
  package: string;
  providerVersion: string;
  resource: Record<string, BlockSchema>;
  data: Record<string, BlockSchema>;
  provider: Record<string, BlockSchema>;
};
interface BlockSchema {
  attributes: Record<string, string>;
  blocks: Record<string, BlockSchema & { nesting: string }>;
}

const hcl = (name: string, text: string): Promise<Json> => parse(name, text);

/** How hcl2json reports a literal string: Terraform JSON syntax keeps `$${` / `%%{` escaped. */
const lit = (s: string) => s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

// ------------------------------------------------------------------ inputs

const OLD_ID = 'vnd-previous0ExternalId0Rotated0Out';

/** Every option of issue 10 set, for the region's partition `p` (as tests/validators/options.test.ts). */
function allOptions(region: string, p: string): Partial<GuideInputs> {
  return {
    region,
    trustedVendorRoleArns: [`arn:${p}:iam::111122223333:role/deploy/VendorDeployer`, `arn:${p}:iam::111122223333:role/VendorPusher`],
    permissionsBoundary: `arn:${p}:iam::123456789012:policy/boundaries/VendorBoundary`,
    tags: ['CostCenter=1234', 'Owner=山田 太郎', 'empty=', 'a:b/c=d+e@f.g_h-i=j'],
    previousExternalId: OLD_ID,
  };
}

const INPUTS: Array<[string, GuideInputs]> = [
  ['source example, ap-northeast-1', sourceExampleInputs()],
  [
    'two clusters and patterns, cn-north-1',
    { ...sourceExampleInputs(), region: 'cn-north-1', clusters: ['portal-dev', 'portal_prod'], repoPatterns: ['portal-*', 'team/*/app'], repos: ['portal-api', 'team/x/app'] },
  ],
  [
    'three clusters, no planned repositories, us-gov-west-1',
    { ...sourceExampleInputs(), region: 'us-gov-west-1', clusters: ['a1', 'B-2', 'c_3'], repoPatterns: ['gov-*', 'xyz*', 'abc*-y'], repos: [], externalId: 'X9' },
  ],
  ['every option, ap-northeast-1', { ...sourceExampleInputs(), ...allOptions('ap-northeast-1', 'aws') }],
  ['every option, two clusters, cn-north-1', { ...sourceExampleInputs(), ...allOptions('cn-north-1', 'aws-cn'), clusters: ['portal-dev', 'portal_prod'] }],
  ['every option, one vendor role, AWS managed boundary, us-gov-west-1', {
    ...sourceExampleInputs(),
    ...allOptions('us-gov-west-1', 'aws-us-gov'),
    trustedVendorRoleArns: ['arn:aws-us-gov:iam::111122223333:role/Deployer'],
    permissionsBoundary: 'arn:aws-us-gov:iam::aws:policy/PowerUserAccess',
  }],
  ['rotation only', { ...sourceExampleInputs(), previousExternalId: OLD_ID }],
];

// ------------------------------------------------------------------ expected structure

/** The expected parse of `vendor-roles.tf` (hcl2json's JSON). */
function expectedRoles(m: GuideModel): Json {
  const anyText = expect.any(String);
  const forList = (name: string, variable: string, service: string, what: string) =>
    `\${[for ${name} in var.${variable} : "arn:\${local.partition}:${service}:\${local.region}:\${local.account_id}:${what}/\${${name}}"]}`;
  const validation = [{ condition: anyText, error_message: anyText }];
  // Issue 10's options: present exactly when set.
  const rotating = m.previousExternalId !== '';
  const boundary = m.permissionsBoundary !== '';
  const tags = m.tags.length > 0;
  const tagged = tags ? { tags: '${local.tags}' } : {};
  const role = (name: string) => [
    {
      name: lit(name),
      description: anyText,
      assume_role_policy: '${data.aws_iam_policy_document.vendor_trust.json}',
      max_session_duration: 3600,
      ...(boundary ? { permissions_boundary: '${var.permissions_boundary}' } : {}),
      ...tagged,
    },
  ];
  const policy = (name: string, doc: string) => [
    { name: lit(name), description: anyText, policy: `\${data.aws_iam_policy_document.${doc}.json}`, ...tagged },
  ];
  // A tag item as the builder splits it (at the first `=`), written here independently.
  const tagEntries = m.tags.map((item) => {
    const at = item.indexOf('=');
    return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
  });
  const attachment = (key: string) => [{ role: `\${aws_iam_role.${key}.name}`, policy_arn: `\${aws_iam_policy.${key}.arn}` }];
  return {
    terraform: [{ required_providers: [{ aws: { source: 'hashicorp/aws', version: '~> 6.0' } }] }],
    provider: { aws: [{ region: lit(m.region) }] },
    variable: {
      vendor_account_id: [{ description: anyText, type: '${string}', default: lit(m.vendorAccountId), validation }],
      external_id: [{ description: anyText, type: '${string}', sensitive: true, validation }],
      ...(rotating ? { previous_external_id: [{ description: anyText, type: '${string}', sensitive: true, validation }] } : {}),
      cluster_names: [{ description: anyText, type: '${list(string)}', default: m.clusters.map(lit), validation }],
      repository_patterns: [{ description: anyText, type: '${list(string)}', default: m.repoPatterns.map(lit), validation }],
      ...(boundary ? { permissions_boundary: [{ description: anyText, type: '${string}', default: lit(m.permissionsBoundary), validation }] } : {}),
      ...(tags
        ? {
            tags: [
              {
                description: anyText,
                type: '${list(object({ key = string, value = string }))}',
                default: tagEntries.map(([k, v]) => ({ key: lit(k!), value: lit(v!) })),
                validation,
              },
            ],
          }
        : {}),
    },
    data: {
      aws_partition: { current: [{}] },
      aws_region: { current: [{}] },
      aws_caller_identity: { current: [{}] },
      aws_iam_policy_document: {
        repo_pusher: [
          {
            version: '2012-10-17',
            statement: [
              { sid: 'ECRAuth', effect: 'Allow', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] },
              {
                sid: 'ECRRepositoryActions',
                effect: 'Allow',
                actions: JSON.parse(buildRepoPusherPolicy(m)).Statement[1].Action,
                resources: forList('pattern', 'repository_patterns', 'ecr', 'repository'),
              },
            ],
          },
        ],
        eks_deployer: [
          {
            version: '2012-10-17',
            statement: [
              { sid: 'DescribeTargetCluster', effect: 'Allow', actions: ['eks:DescribeCluster'], resources: forList('name', 'cluster_names', 'eks', 'cluster') },
            ],
          },
        ],
        vendor_trust: [
          {
            version: '2012-10-17',
            statement: [
              {
                effect: 'Allow',
                actions: ['sts:AssumeRole'],
                principals: [
                  {
                    type: 'AWS',
                    identifiers:
                      m.trustedVendorRoleArns.length > 0 ? m.trustedVendorRoleArns.map(lit) : ['arn:${local.partition}:iam::${var.vendor_account_id}:root'],
                  },
                ],
                condition: [
                  {
                    test: 'StringEquals',
                    variable: 'sts:ExternalId',
                    values: rotating ? ['${var.external_id}', '${var.previous_external_id}'] : ['${var.external_id}'],
                  },
                ],
              },
            ],
          },
        ],
      },
    },
    locals: [
      {
        partition: '${data.aws_partition.current.partition}',
        dns_suffix: '${data.aws_partition.current.dns_suffix}',
        region: '${data.aws_region.current.region}',
        account_id: '${data.aws_caller_identity.current.account_id}',
        repository_names: m.repos.map(lit),
        ...(tags ? { tags: '${{ for tag in var.tags : tag.key => tag.value }}' } : {}),
      },
    ],
    resource: {
      aws_iam_policy: { repo_pusher: policy(m.policyNames.repoPusher, 'repo_pusher'), eks_deployer: policy(m.policyNames.eksDeployer, 'eks_deployer') },
      aws_iam_role: { repo_pusher: role(m.roleNames.repoPusher), eks_deployer: role(m.roleNames.eksDeployer) },
      aws_iam_role_policy_attachment: { repo_pusher: attachment('repo_pusher'), eks_deployer: attachment('eks_deployer') },
    },
    output: {
      repo_pusher_role_arn: [{ description: anyText, value: '${aws_iam_role.repo_pusher.arn}' }],
      eks_deployer_role_arn: [{ description: anyText, value: '${aws_iam_role.eks_deployer.arn}' }],
      ecr_registry: [{ description: anyText, value: '${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}' }],
      ecr_repository_uris: [
        {
          description: anyText,
          value: '${{ for name in local.repository_names : name => "${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}/${name}" }}',
        },
      ],
    },
  };
}

/** The expected parse of `vendor-roles.auto.tfvars`: the ExternalId, and the previous one while rotating. */
function expectedTfvars(m: GuideModel): Json {
  return { external_id: lit(m.externalId), ...(m.previousExternalId === '' ? {} : { previous_external_id: lit(m.previousExternalId) }) };
}

/** The expected parse of `vendor-eks-access.tf`: one entry per cluster of `cluster_names`. */
function expectedEksAccess(m: GuideModel): Json {
  return {
    resource: {
      aws_eks_access_entry: {
        vendor_deployer: [
          {
            for_each: '${toset(var.cluster_names)}',
            cluster_name: '${each.value}',
            principal_arn: '${aws_iam_role.eks_deployer.arn}',
            kubernetes_groups: [lit(m.kubernetes.group)],
            user_name: lit(m.kubernetes.username),
            type: 'STANDARD',
          },
        ],
      },
    },
  };
}

// ------------------------------------------------------------------ a tiny evaluator

/** Scope of the evaluator: `var.*` from defaults and tfvars, `local.*`, and `for` variables. */
type Scope = Record<string, unknown>;

/** Evaluates a string as Terraform would for the expression forms the artifacts use. */
function evaluate(value: string, scope: Scope): unknown {
  const forList = /^\$\{\[for (\w+) in ([\w.]+) : "(.*)"\]\}$/.exec(value);
  if (forList) {
    const [, name = '', list = '', template = ''] = forList;
    return (scope[list] as string[]).map((item) => evaluate(template.replace(/\\"/g, '"'), { ...scope, [name]: item }));
  }
  const whole = /^\$\{([\w.]+)\}$/.exec(value);
  if (whole) {
    if (!(whole[1]! in scope)) throw new Error(`unknown reference ${whole[1]}`);
    return scope[whole[1]!];
  }
  return value.replace(/\$\$\{|%%\{|\$\{([\w.]+)\}/g, (match, ref: string | undefined) => {
    if (ref === undefined) return match.slice(1);
    if (!(ref in scope)) throw new Error(`unknown reference ${ref}`);
    return String(scope[ref]);
  });
}

/** The data sources' values when the file is applied in the customer's account in `m.region`. */
function scopeOf(parsedRoles: Json, parsedTfvars: Json, m: GuideModel): Scope {
  const vars = parsedRoles.variable;
  const unlit = (v: unknown) => evaluate(String(v), {});
  const scope: Scope = {
    'data.aws_partition.current.partition': m.partition,
    'data.aws_partition.current.dns_suffix': m.dnsSuffix,
    'data.aws_region.current.region': m.region,
    'data.aws_caller_identity.current.account_id': m.accountId,
    'var.vendor_account_id': unlit(vars.vendor_account_id[0].default),
    'var.cluster_names': vars.cluster_names[0].default.map(unlit),
    'var.repository_patterns': vars.repository_patterns[0].default.map(unlit),
    'var.external_id': unlit(parsedTfvars.external_id),
  };
  if (parsedTfvars.previous_external_id !== undefined) scope['var.previous_external_id'] = unlit(parsedTfvars.previous_external_id);
  for (const [key, value] of Object.entries(parsedRoles.locals[0])) {
    if (key === 'tags') continue; // a map for the resources' tags, not used by the policy documents
    scope[`local.${key}`] = Array.isArray(value) ? value.map(unlit) : evaluate(value as string, scope);
  }
  return scope;
}

/** An `aws_iam_policy_document` block as the IAM JSON the provider renders from it. */
function policyJson(doc: Json, scope: Scope): Json {
  const ev = (v: unknown) => (typeof v === 'string' ? evaluate(v, scope) : (v as unknown[]).map((x) => evaluate(String(x), scope)));
  return {
    Version: doc.version,
    Statement: doc.statement.map((s: Json) => ({
      ...(s.sid === undefined ? {} : { Sid: s.sid }),
      Effect: s.effect,
      Action: ev(s.actions),
      ...(s.resources === undefined ? {} : { Resource: ev(s.resources) }),
      ...(s.principals === undefined ? {} : { Principal: Object.fromEntries(s.principals.map((p: Json) => [p.type, ev(p.identifiers)])) }),
      ...(s.condition === undefined
        ? {}
        : { Condition: Object.fromEntries(s.condition.map((c: Json) => [c.test, { [c.variable]: ev(c.values) }])) }),
    })),
  };
}

/** Single-item lists as their item: the provider writes them so, and IAM reads both alike. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? normalise(value[0]) : value.map(normalise);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

// ------------------------------------------------------------------ schema

const META_ARGUMENTS = new Set(['for_each', 'count', 'depends_on', 'provider', 'lifecycle']);
/** Set by AWS, not by a configuration (computed-only in the provider). */
const COMPUTED = new Set(['id', 'tags_all']);

/** Every argument of `body` (one instance of a block) is in `schema`; returns the problems. */
function schemaProblems(where: string, body: Json, schema: BlockSchema): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(key)) continue;
    if (COMPUTED.has(key)) out.push(`${where}.${key} is computed, not an argument`);
    else if (key in schema.attributes) continue;
    else if (key in schema.blocks) for (const item of value as Json[]) out.push(...schemaProblems(`${where}.${key}`, item, schema.blocks[key]!));
    else out.push(`${where}.${key} is not in the provider schema`);
  }
  return out;
}

function allSchemaProblems(parsed: Json): string[] {
  const out: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, instances] of Object.entries((parsed[kind] ?? {}) as Record<string, Record<string, Json[]>>)) {
      const schema = SCHEMA[kind][type];
      if (!schema) {
        out.push(`${kind} type ${type} does not exist`);
        continue;
      }
      for (const [name, bodies] of Object.entries(instances)) for (const body of bodies) out.push(...schemaProblems(`${kind}.${type}.${name}`, body, schema));
    }
  }
  for (const [name, bodies] of Object.entries((parsed.provider ?? {}) as Record<string, Json[]>)) {
    for (const body of bodies) out.push(...schemaProblems(`provider.${name}`, body, SCHEMA.provider[name]!));
  }
  return out;
}

// ------------------------------------------------------------------ tests

describe('HCL parser: exact structure of every Terraform file', () => {
  for (const [label, inputs] of INPUTS) {
    it(label, async () => {
      const m = modelOf(inputs);
      expect(await hcl('vendor-roles.tf', buildTerraformRoles(m))).toEqual(expectedRoles(m));
      expect(await hcl('vendor-eks-access.tf', buildTerraformEksAccess(m))).toEqual(expectedEksAccess(m));
      expect(await hcl('vendor-roles.auto.tfvars', buildTerraformTfvars(m))).toEqual(expectedTfvars(m));
    });
  }

  it('without options, no option argument is there; with them, each is', async () => {
    const none = JSON.stringify(await hcl('vendor-roles.tf', buildTerraformRoles(modelOf(sourceExampleInputs()))));
    for (const word of ['permissions_boundary', '"tags"', 'previous_external_id', ':role/']) expect(none).not.toContain(word);
    const all = JSON.stringify(await hcl('vendor-roles.tf', buildTerraformRoles(modelOf({ ...sourceExampleInputs(), ...allOptions('ap-northeast-1', 'aws') }))));
    for (const word of ['permissions_boundary', '"tags"', 'previous_external_id', ':role/deploy/VendorDeployer']) expect(all).toContain(word);
  });

  it('the parser is real: a broken file is refused', async () => {
    await expect(hcl('x.tf', 'variable "x" {\n  default = "a\n}\n')).rejects.toThrow();
    await expect(hcl('x.tf', buildTerraformRoles(modelOf(sourceExampleInputs())).replace('}\n', ''))).rejects.toThrow();
  });
});

describe(`AWS provider schema (${SCHEMA.package}, hashicorp/aws ${SCHEMA.providerVersion})`, () => {
  it('every resource and data-source type and every argument exists', async () => {
    for (const [, inputs] of INPUTS) {
      const m = modelOf(inputs);
      for (const [name, text] of [['vendor-roles.tf', buildTerraformRoles(m)], ['vendor-eks-access.tf', buildTerraformEksAccess(m)]] as const) {
        expect(allSchemaProblems(await hcl(name, text)), name).toEqual([]);
      }
    }
  });

  it('the check is real: an unknown argument, block or type is reported', () => {
    expect(allSchemaProblems({ resource: { aws_iam_role: { r: [{ name: 'x', role_name: 'y' }] } } })).toEqual([
      'resource.aws_iam_role.r.role_name is not in the provider schema',
    ]);
    expect(allSchemaProblems({ data: { aws_iam_policy_document: { d: [{ statement: [{ principal: [{}] }] }] } } })).toHaveLength(1);
    expect(allSchemaProblems({ resource: { aws_iam_rol: { r: [{}] } } })).toEqual(['resource type aws_iam_rol does not exist']);
    expect(allSchemaProblems({ resource: { aws_iam_role: { r: [{ id: 'x' }] } } })).toHaveLength(1);
  });
});

// ------------------------------------------------------------------ policies

type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';
async function decide(simulation: Simulation): Promise<Decision> {
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult as Decision;
}

/** The three documents of `vendor-roles.tf` for `m`, evaluated. */
async function terraformPolicies(m: GuideModel) {
  const roles = await hcl('vendor-roles.tf', buildTerraformRoles(m));
  const tfvars = await hcl('vendor-roles.auto.tfvars', buildTerraformTfvars(m));
  const scope = scopeOf(roles, tfvars, m);
  const docs = roles.data.aws_iam_policy_document;
  return {
    repoPusher: policyJson(docs.repo_pusher[0], scope),
    eksDeployer: policyJson(docs.eks_deployer[0], scope),
    trust: policyJson(docs.vendor_trust[0], scope),
  };
}

describe('aws_iam_policy_document blocks = the JSON policies', () => {
  for (const [label, inputs] of INPUTS) {
    it(label, async () => {
      const m = modelOf(inputs);
      const tf = await terraformPolicies(m);
      expect(normalise(tf.repoPusher)).toEqual(normalise(JSON.parse(buildRepoPusherPolicy(m))));
      expect(normalise(tf.eksDeployer)).toEqual(normalise(JSON.parse(buildEksDeployerPolicy(m))));
      expect(normalise(tf.trust)).toEqual(normalise(JSON.parse(buildTrustPolicy(m))));
    });
  }

  it('the check is real: another pattern gives another document', async () => {
    const m = modelOf(sourceExampleInputs());
    const tf = await terraformPolicies({ ...m, repoPatterns: ['other-*'] });
    expect(normalise(tf.repoPusher)).not.toEqual(normalise(JSON.parse(buildRepoPusherPolicy(m))));
  });
});

describe('iam-simulate: the same allow/deny matrix for the Terraform and the JSON policies', () => {
  const PUSH_PULL = ['ecr:PutImage', 'ecr:BatchGetImage', 'ecr:InitiateLayerUpload', 'ecr:ListImages', 'ecr:DeleteRepository', 'ecr:SetRepositoryPolicy'];

  for (const [label, inputs] of INPUTS) {
    it(label, async () => {
      const m = modelOf(inputs);
      const tf = await terraformPolicies(m);
      const json = { repoPusher: JSON.parse(buildRepoPusherPolicy(m)), eksDeployer: JSON.parse(buildEksDeployerPolicy(m)), trust: JSON.parse(buildTrustPolicy(m)) };
      const asRole = (policy: unknown, action: string, resource: string, account = m.accountId) =>
        decide({
          request: {
            principal: `arn:${m.partition}:sts::${m.accountId}:assumed-role/R/vendor-session`,
            action,
            resource: { resource, accountId: account },
            contextVariables: {},
          },
          identityPolicies: [{ name: 'R', policy }],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
        });
      const repos = [...new Set([...m.repos, 'portal-api', 'cron-runner', 'team/x/app', 'gov-1', 'xy', 'a-y', 'zzz'])];
      const matrix: Array<[string, (p: typeof json) => Promise<Decision>]> = [];
      matrix.push(['ecr:GetAuthorizationToken', (p) => asRole(p.repoPusher, 'ecr:GetAuthorizationToken', '*')]);
      for (const repo of repos) {
        for (const action of PUSH_PULL) {
          for (const account of [m.accountId, '999988887777']) {
            const arn = `arn:${m.partition}:ecr:${m.region}:${account}:repository/${repo}`;
            matrix.push([`${action} ${arn}`, (p) => asRole(p.repoPusher, action, arn, account)]);
          }
        }
      }
      for (const cluster of [...m.clusters, 'other-cluster']) {
        for (const action of ['eks:DescribeCluster', 'eks:DeleteCluster']) {
          const arn = `arn:${m.partition}:eks:${m.region}:${m.accountId}:cluster/${cluster}`;
          matrix.push([`${action} ${arn}`, (p) => asRole(p.eksDeployer, action, arn)]);
        }
      }
      const vendorIdentity = {
        name: 'vendor-ci',
        policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] },
      };
      // The callers: a vendor role, the vendor's root, another account's role, and each trusted
      // vendor role (with the setting, only those may assume; without it, the vendor account).
      const callers = [
        ...new Set([
          `arn:${m.partition}:iam::${m.vendorAccountId}:role/vendor-ci`,
          `arn:${m.partition}:iam::${m.vendorAccountId}:root`,
          `arn:${m.partition}:iam::444455556666:role/vendor-ci`,
          `arn:${m.partition}:iam::444455556666:role/deploy/VendorDeployer`,
          ...m.trustedVendorRoleArns,
        ]),
      ];
      const accepted = m.previousExternalId === '' ? [m.externalId] : [m.externalId, m.previousExternalId];
      const trusted = (caller: string) =>
        m.trustedVendorRoleArns.length > 0 ? m.trustedVendorRoleArns.includes(caller) : caller.split(':')[4] === m.vendorAccountId;
      const expectedAllowed: string[] = [];
      for (const caller of callers) {
        for (const externalId of [...accepted, undefined, `${m.externalId}0`, m.externalId.toLowerCase(), '*', OLD_ID, accepted.join(',')]) {
          const name = `AssumeRole from ${caller} with ${externalId}`;
          if (trusted(caller) && externalId !== undefined && accepted.includes(externalId) && !matrix.some(([n]) => n === name)) expectedAllowed.push(name);
          if (matrix.some(([n]) => n === name)) continue;
          matrix.push([
            name,
            (p) =>
              decide({
                request: {
                  principal: caller,
                  action: 'sts:AssumeRole',
                  resource: { resource: `arn:${m.partition}:iam::${m.accountId}:role/VendorRepoPusher`, accountId: m.accountId },
                  contextVariables: externalId === undefined ? {} : { 'sts:ExternalId': externalId },
                },
                identityPolicies: [vendorIdentity],
                serviceControlPolicies: [],
                resourceControlPolicies: [],
                resourcePolicy: p.trust,
              }),
          ]);
        }
      }
      const fromTf = await Promise.all(matrix.map(([, run]) => run(tf)));
      const fromJson = await Promise.all(matrix.map(([, run]) => run(json)));
      expect(fromTf).toEqual(fromJson);
      // The matrix is not trivial: it holds both decisions.
      expect(new Set(fromJson)).toEqual(new Set(['Allowed', 'ImplicitlyDenied']));
      // The trusted callers with an accepted ExternalId (both while rotating), and only those, may assume.
      const trustRows = matrix.map(([name], i) => [name, fromTf[i]]).filter(([name]) => name!.startsWith('AssumeRole'));
      expect(trustRows.filter(([, d]) => d === 'Allowed').map(([name]) => name)).toEqual(expectedAllowed);
      expect(expectedAllowed.length).toBe(callers.filter(trusted).length * accepted.length);
    });
  }
});

// ------------------------------------------------------------------ hostile values

// The seed is the run's, printed at the start (tests/support/fast-check-seed.ts; FC_SEED replays).
const RUNS = 150;

const TEMPLATE_HOSTILE = ['${', '%{', '$${', '%%{', '${var.x}', '%{ if true }x%{ endif }', '<<EOT\nx\nEOT', '"', '\\', '\\"', '\n', '\r\n', '\t', '\u0000', '\u2028', '#', '//', '/*', '}', '{', ']', 'EOT', '$', '%'];
const hostileText = fc.oneof(
  fc.constantFrom(...TEMPLATE_HOSTILE, ...HOSTILE.map((h) => h.slice(0, 120))),
  fc.array(fc.constantFrom(...TEMPLATE_HOSTILE, 'a', '1', '-', ' '), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
);

describe('hostile values', () => {
  it(`are refused by validation: no Terraform file is made (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'accountId', 'vendorAccountId', 'region', 'clusters', 'repoPatterns', 'repos', 'externalId',
          'trustedVendorRoleArns', 'permissionsBoundary', 'tags', 'previousExternalId',
        ),
        hostileText,
        (field, value) => {
        fc.pre(/[${}"\\\n%<]/.test(value));
        const inputs = sourceExampleInputs() as unknown as Record<string, unknown>;
        const patched = { ...inputs, [field]: Array.isArray(inputs[field]) ? [value] : value } as unknown as GuideInputs;
        expect(generateArtifacts(patched).ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`given to the builders anyway, leave the parsed structure unchanged (${RUNS} runs)`, async () => {
    const list = fc.array(hostileText, { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          region: hostileText,
          vendorAccountId: hostileText,
          clusters: list,
          repoPatterns: list,
          repos: fc.array(hostileText, { maxLength: 3 }),
          roleNames: fc.record({ repoPusher: hostileText, eksDeployer: hostileText }),
          policyNames: fc.record({ repoPusher: hostileText, eksDeployer: hostileText }),
          kubernetes: fc.record({ username: hostileText, group: hostileText, namespace: hostileText }),
          externalId: hostileText,
          // Issue 10's options: empty (absent) or hostile.
          trustedVendorRoleArns: fc.array(hostileText, { maxLength: 2 }),
          permissionsBoundary: fc.oneof(fc.constant(''), hostileText),
          tags: fc.array(fc.tuple(hostileText.filter((k) => !k.includes('=')), hostileText), { maxLength: 3 }).map((pairs) =>
            pairs.map(([k, v]) => `${k}=${v}`),
          ),
          previousExternalId: fc.oneof(fc.constant(''), hostileText),
        }),
        async (values) => {
          const m = rawModel(values);
          expect(await hcl('vendor-roles.tf', buildTerraformRoles(m))).toEqual(expectedRoles(m));
          expect(await hcl('vendor-eks-access.tf', buildTerraformEksAccess(m))).toEqual(expectedEksAccess(m));
          expect(await hcl('vendor-roles.auto.tfvars', buildTerraformTfvars(m))).toEqual(expectedTfvars(m));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('hclString: escapes and round trip through the parser', async () => {
    expect(hclString('a${b}%{c}$d%e"\\\n\t\u0001')).toBe('"a$${b}%%{c}$d%e\\"\\\\\\n\\t\\u0001"');
    const value = 'x${y} %{z} "q" \\ \n <<EOT';
    expect((await hcl('t.tfvars', `v = ${hclString(value)}\n`)).v).toBe(lit(value));
  });

  it('the ExternalId of the golden example is in the tfvars file only', () => {
    const m = modelOf(sourceExampleInputs());
    expect(buildTerraformTfvars(m)).toContain(EXAMPLE_EXTERNAL_ID);
    expect(buildTerraformRoles(m)).not.toContain(EXAMPLE_EXTERNAL_ID);
    expect(buildTerraformEksAccess(m)).not.toContain(EXAMPLE_EXTERNAL_ID);
  });
});
