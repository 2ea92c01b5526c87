/**
 * The generated CloudFormation template, checked by AWS's own linter `cfn-lint` (which also
 * resolves every `!Sub` with the parameter defaults and checks the resulting ARNs), for a
 * spread of inputs: one or several clusters and patterns, longest names, each partition.
 */
import { describe, expect, it } from 'vitest';
import { buildCfnTemplate } from '../../src/core/artifacts/cfn-template.ts';
import type { GuideInputs } from '../../src/core/types.ts';
import { cfnLintAll, cfnLintCommand, slug } from '../support/cfn-lint.ts';
import { modelOf, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

/**
 * How to run cfn-lint here: the one `npm test` installed (scripts/ensure-validators.ts) or one
 * found on the machine. The probe's `--version` output is kept for the test below.
 */
const { command: CFN_LINT, version: VERSION } = cfnLintCommand();

const CASES: Record<string, Partial<GuideInputs>> = {
  'source example (aws, one cluster, one pattern)': {},
  'several clusters and patterns': {
    clusters: ['portal-dev', 'portal_prod', 'a', 'Cluster-9'],
    repoPatterns: ['portal-*', 'cron-runner', 'team/*/app', 'abc*b', 'x.y_z'],
    repos: ['portal-api'],
  },
  'China (aws-cn)': { region: 'cn-north-1', clusters: ['c1', 'c2'] },
  'China Ningxia (aws-cn)': { region: 'cn-northwest-1' },
  'GovCloud (aws-us-gov)': { region: 'us-gov-west-1', repoPatterns: ['gov-*', 'shared/*'] },
  'GovCloud East': { region: 'us-gov-east-1' },
  'longest names': {
    clusters: [`C${'x'.repeat(99)}`],
    repoPatterns: [`p${'-a'.repeat(127)}*`],
    repos: [],
    roleNames: { repoPusher: 'R'.repeat(64), eksDeployer: `D${'_'.repeat(63)}` },
    policyNames: { repoPusher: 'P'.repeat(128), eksDeployer: `Q${'+=,.@-'.repeat(21)}` },
  },
  'names YAML could read as numbers': {
    clusters: ['0o17', '0x1F', '123', '1e3'],
    repoPatterns: ['0o0', '1e3*'],
    roleNames: { repoPusher: '1e3', eksDeployer: '0o7' },
    policyNames: { repoPusher: '0x10', eksDeployer: '1_000' },
  },
  'other vendor account, odd but valid names': {
    vendorAccountId: '000000000001',
    roleNames: { repoPusher: 'a+b=c,d.e@f-g_h', eksDeployer: 'Deployer' },
  },
};

const models = Object.entries(CASES).map(([name, patch]) => [name, modelOf({ ...sourceExampleInputs(), ...patch })] as const);
const source = modelOf(sourceExampleInputs());
const broken = buildCfnTemplate(source).replace('MaxSessionDuration: 3600', 'MaxSessionDuration: 60');
// cfn-lint ONCE on every case (tests/support/cfn-lint.ts).
const lint = cfnLintAll(
  CFN_LINT,
  { ...Object.fromEntries(models.map(([name, model]) => [slug(name), buildCfnTemplate(model)])), broken },
  [...new Set(models.map(([, model]) => model.region))],
);

describe('cfn-lint on vendor-roles.cfn.yaml', () => {
  it('cfn-lint is installed', () => {
    expect(VERSION, 'cfn-lint must be on PATH (pip install cfn-lint)').toMatch(/cfn-lint 1\./);
  });

  for (const [name] of models) {
    it(`reports nothing: ${name}`, () => {
      expect(lint.findings.get(slug(name))).toEqual([]);
    });
  }

  it('does fail on a broken template (the check is real)', () => {
    expect(lint.status).not.toBe(0);
    expect(lint.findings.get('broken')?.join('\n')).toMatch(/MaxSessionDuration|3600|less than the minimum/);
  });
});
