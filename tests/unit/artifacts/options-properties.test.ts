/**
 * Property tests for issue 10's optional fields (vendor role ARNs, permissions boundary, tags,
 * previous ExternalId): whatever value they get, either validation rejects it with a message and
 * no preview carries it, or every artifact parses back to exactly the structure expected here
 * (written from the issue and AWS's formats, not from the builders), and the artifacts that do
 * not use the field are byte-identical to those without it. The run's seed is printed by the
 * global setup (tests/support/fast-check-seed.ts); replay a failure with `FC_SEED=<seed>`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, generateArtifacts, previewArtifacts } from '../../../src/core/generate.ts';
import { FIELDS } from '../../../src/core/fields.ts';
import { formatIssue } from '../../../src/core/messages.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import type { ArtifactId, FieldName, GuideInputs, GuideModel } from '../../../src/core/types.ts';
import { awsCommands, expectedCfnParameters, parsePreview, parseYaml, sourceExampleInputs } from './helpers.ts';

const RUNS = 250;

// ------------------------------------------------------------------ arbitraries

const SPECIAL = [
  "'", '"', '\\', '\n', '\r', '\t', ' ', ':', '#', '{', '}', '[', ']', '*', '?', '&', '$', '(', ')', '`', '|', ';',
  '<', '>', '!', '%', '@', ',', '=', '/', '.', '-', '_', '~', '\u0000', '\u2028', '\u202E', '\u3000', '\uE000', 'é', 'ポ', '😀',
  '１', 'a', 'Z', '0', '9',
];
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '$(curl evil.example)', "'; rm -rf / #", '"],"Action":"*"', 'a: b', '- x', '${AWS::AccountId}', '*',
      'arn:aws:iam::111122223333:role/${VendorAccountId}', 'arn:aws:iam::*:root', 'aws:tag=x', 'k=v\nAction: "*"',
      `arn:aws:iam::111122223333:role/${'p/'.repeat(300)}R`,
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '-', '=', ':', "'"), minLength: 300, maxLength: 2000 }) },
);
const fieldText = (valid: fc.Arbitrary<string>) => fc.oneof({ weight: 1, arbitrary: valid }, { weight: 1, arbitrary: anyText });
const list = (item: fc.Arbitrary<string>) => fc.array(fieldText(item), { minLength: 0, maxLength: 4 });

const validish = {
  roleArn: fc.stringMatching(/^arn:aws:iam::111122223333:role(\/[A-Za-z0-9+=,.@_-]{1,10}){1,3}$/),
  boundary: fc.oneof(
    fc.stringMatching(/^arn:aws:iam::123456789012:policy(\/[A-Za-z0-9+=,.@_-]{1,10}){1,3}$/),
    fc.stringMatching(/^arn:aws:iam::aws:policy(\/[A-Za-z0-9+=,.@_-]{1,10}){1,2}$/),
  ),
  tag: fc.stringMatching(/^[A-Za-z0-9_.:/+@-](?:[A-Za-z0-9 _.:/+@-]{0,8}[A-Za-z0-9_.:/+@-])?=(?:[A-Za-z0-9_.:/=+@-][A-Za-z0-9 _.:/=+@-]{0,10})?$/),
  externalId: fc.stringMatching(/^[\w+=,.@:/-]{2,60}$/),
};

const ARBITRARIES: Record<string, fc.Arbitrary<Partial<GuideInputs>>> = {
  trustedVendorRoleArns: list(validish.roleArn).map((trustedVendorRoleArns) => ({ trustedVendorRoleArns })),
  permissionsBoundary: fieldText(validish.boundary).map((permissionsBoundary) => ({ permissionsBoundary })),
  tags: list(validish.tag).map((tags) => ({ tags })),
  previousExternalId: fieldText(validish.externalId).map((previousExternalId) => ({ previousExternalId })),
};

// ------------------------------------------------------------------ the oracle

const one = <T>(items: readonly T[]): T | T[] => (items.length === 1 ? (items[0] as T) : [...items]);

function expectedTrust(m: GuideModel) {
  const principal = m.trustedVendorRoleArns.length === 0 ? `arn:${m.partition}:iam::${m.vendorAccountId}:root` : one(m.trustedVendorRoleArns);
  const ids = m.previousExternalId === '' ? m.externalId : [m.externalId, m.previousExternalId];
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': ids } } }],
  };
}

function expectedParameters(m: GuideModel): Array<[string, string]> {
  const base = expectedCfnParameters(m);
  const [vendor, externalId, ...rest] = base as [[string, string], [string, string], ...Array<[string, string]>];
  return [
    vendor,
    externalId,
    ...(m.previousExternalId ? [['PreviousExternalId', m.previousExternalId] as [string, string]] : []),
    ...rest,
    ...(m.permissionsBoundary ? [['PermissionsBoundary', m.permissionsBoundary] as [string, string]] : []),
  ];
}

const expectedTags = (m: GuideModel) =>
  m.tags.map((item) => ({ Key: item.slice(0, item.indexOf('=')), Value: item.slice(item.indexOf('=') + 1) }));

interface Template {
  Parameters: Record<string, unknown>;
  Conditions?: unknown;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

function checkTemplate(text: string, m: GuideModel): void {
  const t = parseYaml(text) as Template;
  expect(Object.keys(t.Parameters)).toEqual(expectedParameters(m).map(([k]) => k));
  expect(Object.keys(t.Resources)).toEqual(['VendorRepoPusherPolicy', 'VendorEKSDeployerPolicy', 'VendorRepoPusherRole', 'VendorEKSDeployerRole']);
  expect(t.Conditions !== undefined).toBe(m.permissionsBoundary !== '');
  for (const id of ['VendorRepoPusherRole', 'VendorEKSDeployerRole']) {
    const props = t.Resources[id]!.Properties;
    const keys = ['RoleName', 'Description', 'AssumeRolePolicyDocument', 'ManagedPolicyArns', 'MaxSessionDuration'];
    if (m.permissionsBoundary) keys.push('PermissionsBoundary');
    if (m.tags.length > 0) keys.push('Tags');
    expect(Object.keys(props)).toEqual(keys);
    if (m.tags.length > 0) expect(props['Tags']).toEqual(expectedTags(m));
    if (m.permissionsBoundary) {
      expect(props['PermissionsBoundary']).toEqual({ 'Fn::If': ['HasPermissionsBoundary', { Ref: 'PermissionsBoundary' }, { Ref: 'AWS::NoValue' }] });
      expect((t.Parameters['PermissionsBoundary'] as { Default: string }).Default).toBe(m.permissionsBoundary);
    }
    const trust = props['AssumeRolePolicyDocument'] as ReturnType<typeof expectedTrust>;
    const expected = expectedTrust(m);
    const subs = m.trustedVendorRoleArns.map((arn) => ({
      'Fn::Sub': `arn:\${AWS::Partition}:iam::\${VendorAccountId}:role${arn.slice(arn.indexOf(':role') + 5)}`,
    }));
    expect(trust.Statement[0]!.Principal.AWS).toEqual(
      subs.length === 0 ? { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${VendorAccountId}:root' } : one(subs),
    );
    expect(trust.Statement[0]!.Condition.StringEquals['sts:ExternalId']).toEqual(
      m.previousExternalId ? [{ Ref: 'ExternalId' }, { Ref: 'PreviousExternalId' }] : { Ref: 'ExternalId' },
    );
    expect(Object.keys(expected.Statement[0]!)).toEqual(Object.keys(trust.Statement[0]!));
  }
  // The managed policies carry no tags in CloudFormation (no such property).
  expect(Object.keys(t.Resources['VendorRepoPusherPolicy']!.Properties)).toEqual(['ManagedPolicyName', 'Description', 'PolicyDocument']);
}

function checkStructure(id: ArtifactId, text: string, m: GuideModel, baseline: string): void {
  switch (id) {
    case 'trustPolicy':
      expect(JSON.parse(text)).toEqual(expectedTrust(m));
      break;
    case 'cfnTemplate':
      checkTemplate(text, m);
      break;
    case 'cfnParameters':
      expect(JSON.parse(text)).toEqual(expectedParameters(m).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })));
      break;
    case 'deployStack':
      expect(awsCommands(text)[0]).toEqual([
        'aws', 'cloudformation', 'deploy', '--stack-name', 'vendor-roles', '--template-file', 'vendor-roles.cfn.yaml',
        '--region', m.region, '--capabilities', 'CAPABILITY_NAMED_IAM', '--no-fail-on-empty-changeset',
        '--parameter-overrides', ...expectedParameters(m).map(([k, v]) => `${k}=${v}`),
      ]);
      expect(awsCommands(text)).toHaveLength(2);
      break;
    case 'terraformRoles':
    case 'terraformTfvars':
      // Their structure for every option is checked with HashiCorp's own parser, hostile values
      // included, in tests/validators/terraform.test.ts.
      break;
    default:
      // Every other artifact ignores these fields entirely.
      expect(text).toBe(baseline);
  }
}

// ------------------------------------------------------------------ the property

const source = sourceExampleInputs();
const baseline = generateArtifacts(source);
if (!baseline.ok) throw new Error('source example invalid');
const baselineText = new Map(baseline.artifacts.map((a) => [a.id, a.text]));

describe('optional fields: rejected with a message, or every artifact exactly as expected', () => {
  for (const field of Object.keys(ARBITRARIES) as FieldName[]) {
    it(`${field} (${RUNS} runs)`, () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(ARBITRARIES[field]!, (patch) => {
          const inputs: GuideInputs = { ...source, ...patch };
          const result = generateArtifacts(inputs);
          const previews = previewArtifacts(inputs);
          for (const p of previews) parsePreview(p.language, p.fileName, p.text);
          if (!result.ok) {
            rejected++;
            for (const issue of result.errors) {
              expect(issue.field).toBe(field);
              for (const lang of ['ja', 'en'] as const) expect(formatIssue(issue, lang)).not.toMatch(/[\n\r\u2028\u2029]|undefined/);
            }
            // The rejected values have no influence: the same preview as with placeholders typed in their place.
            const placeholder = FIELDS[field as keyof typeof FIELDS].placeholder;
            const value = inputs[field];
            const bad = (index?: number) =>
              result.errors.some((e) => e.index === undefined || index === undefined || e.index === index);
            const masked = Array.isArray(value) ? value.map((item, i) => (bad(i) ? placeholder : item)) : placeholder;
            const reference = previewArtifacts({ ...source, [field]: masked });
            expect(previews.map((p) => p.text)).toEqual(reference.map((p) => p.text));
            for (const p of previews) {
              const uses = ARTIFACTS.find((a) => a.id === p.id)?.uses ?? [];
              expect(p.ready, p.fileName).toBe(!uses.includes(field));
            }
            return;
          }
          accepted++;
          expect(previews.map((p) => p.text)).toEqual(result.artifacts.map((a) => a.text));
          const validation = validateInputs(inputs);
          if (!validation.ok) throw new Error('generate and validate disagree');
          const m = validation.model;
          for (const artifact of result.artifacts) checkStructure(artifact.id, artifact.text, m, baselineText.get(artifact.id) ?? '');
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThan(RUNS / 20);
      expect(rejected).toBeGreaterThan(RUNS / 20);
    });
  }
});

describe('every option at once, valid', () => {
  it('has the expected structure in every artifact that creates the roles, and absent when not set', () => {
    const inputs: GuideInputs = {
      ...source,
      trustedVendorRoleArns: ['arn:aws:iam::111122223333:role/ci/Deployer'],
      permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      tags: ['Team=Portal', 'Owner=山田'],
      previousExternalId: 'vnd-old-0123456789',
    };
    const all = generateArtifacts(inputs);
    const validation = validateInputs(inputs);
    if (!all.ok || !validation.ok) throw new Error('invalid');
    for (const a of all.artifacts) checkStructure(a.id, a.text, validation.model, baselineText.get(a.id) ?? '');
    const template = all.artifacts.find((a) => a.id === 'cfnTemplate')?.text ?? '';
    expect(template.match(/^ {6}PermissionsBoundary:$/gm)).toHaveLength(2);
    expect(template.match(/^ {6}Tags:$/gm)).toHaveLength(2);
    const plain = baselineText.get('cfnTemplate') ?? '';
    expect(plain).not.toMatch(/PermissionsBoundary|Tags:|PreviousExternalId|Conditions/);
  });
});
