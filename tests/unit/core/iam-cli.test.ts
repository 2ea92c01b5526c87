/**
 * The AWS CLI commands for creating the roles without CloudFormation (src/core/iam-cli.ts):
 * parsed back with the tests' own POSIX tokeniser, the options of issue 10 are present on both
 * roles (and the tags on both policies) when set, absent when not, and hostile-looking but valid
 * tag values stay one argument.
 */
import { describe, expect, it } from 'vitest';
import { iamCliCommands, iamTrustUpdateCommands } from '../../../src/core/iam-cli.ts';
import { modelOf, sourceExampleInputs, tokenizeShell } from '../artifacts/helpers.ts';

const words = (command: string) => {
  const parsed = tokenizeShell(command);
  expect(parsed).toHaveLength(1);
  return parsed[0]!.words;
};
const option = (w: string[], flag: string) => (w.includes(flag) ? w[w.indexOf(flag) + 1] : undefined);

describe('iamCliCommands', () => {
  it('without options: plain create-policy / create-role / attach-role-policy, no boundary, no tags', () => {
    const m = modelOf(sourceExampleInputs());
    const c = iamCliCommands(m);
    expect(words(c.repoPusher.createPolicy)).toEqual([
      'aws', 'iam', 'create-policy', '--policy-name', 'VendorRepoPusherPolicy', '--policy-document', 'file://vendor-repo-pusher-policy.json',
    ]);
    expect(words(c.eksDeployer.createRole)).toEqual([
      'aws', 'iam', 'create-role', '--role-name', 'VendorEKSDeployer',
      '--assume-role-policy-document', 'file://vendor-trust-policy.json', '--max-session-duration', '3600',
    ]);
    expect(words(c.eksDeployer.attachPolicy)).toEqual([
      'aws', 'iam', 'attach-role-policy', '--role-name', 'VendorEKSDeployer',
      '--policy-arn', 'arn:aws:iam::123456789012:policy/VendorEKSDeployerPolicy',
    ]);
  });

  it('with a boundary and tags: both roles carry both, both policies carry the tags', () => {
    const tags = ['CostCenter=1234', 'Owner=山田 太郎', 'expr=a=b', 'empty='];
    const m = modelOf({
      ...sourceExampleInputs(),
      region: 'us-gov-west-1',
      permissionsBoundary: 'arn:aws-us-gov:iam::123456789012:policy/org/Boundary',
      tags,
    });
    const expectedTags = [
      { Key: 'CostCenter', Value: '1234' },
      { Key: 'Owner', Value: '山田 太郎' },
      { Key: 'expr', Value: 'a=b' },
      { Key: 'empty', Value: '' },
    ];
    const c = iamCliCommands(m);
    for (const role of [c.repoPusher, c.eksDeployer]) {
      const create = words(role.createRole);
      expect(option(create, '--permissions-boundary')).toBe('arn:aws-us-gov:iam::123456789012:policy/org/Boundary');
      expect(JSON.parse(option(create, '--tags') ?? 'null')).toEqual(expectedTags);
      expect(JSON.parse(option(words(role.createPolicy), '--tags') ?? 'null')).toEqual(expectedTags);
      expect(option(words(role.attachPolicy), '--policy-arn')).toMatch(/^arn:aws-us-gov:iam::123456789012:policy\/Vendor/);
    }
  });

  it('trust updates for the rotation: one per role, reading vendor-trust-policy.json', () => {
    const m = modelOf({ ...sourceExampleInputs(), previousExternalId: 'vnd-old-0123456789' });
    expect(iamTrustUpdateCommands(m).map(words)).toEqual(
      ['VendorRepoPusher', 'VendorEKSDeployer'].map((name) => [
        'aws', 'iam', 'update-assume-role-policy', '--role-name', name, '--policy-document', 'file://vendor-trust-policy.json',
      ]),
    );
  });
});
