/**
 * The generated CloudFormation template, checked by AWS's own linter `cfn-lint` (which also
 * resolves every `!Sub` with the parameter defaults and checks the resulting ARNs), for a
 * spread of inputs: one or several clusters and patterns, longest names, each partition.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCfnTemplate } from '../../src/core/artifacts/cfn-template.ts';
import { findCfnLint } from '../../scripts/validators.ts';
import type { GuideInputs } from '../../src/core/types.ts';
import { modelOf, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cfn-lint-'));

/** How to run cfn-lint here: the one `npm test` installed (scripts/ensure-validators.ts) or one found on the machine. */
const CFN_LINT: [string, ...string[]] = findCfnLint() ?? ['cfn-lint'];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs cfn-lint on `text` for `region`; returns its exit status and findings. */
function cfnLint(name: string, text: string, region: string): { status: number | null; output: string } {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, text);
  const run = spawnSync(CFN_LINT[0], [...CFN_LINT.slice(1), '--format', 'parseable', '--regions', region, '--', path], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const CASES: Record<string, Partial<GuideInputs>> = {
  'source example (aws, one cluster, one pattern)': {},
  'several clusters and patterns': {
    clusters: ['portal-dev', 'portal_prod', 'a', 'Cluster-9'],
    repoPatterns: ['portal-*', 'cron-runner', 'team/*/app', 'a*b', 'x.y_z'],
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

describe('cfn-lint on vendor-roles.cfn.yaml', () => {
  it('cfn-lint is installed', () => {
    const version = spawnSync(CFN_LINT[0], [...CFN_LINT.slice(1), '--version'], { encoding: 'utf8' });
    expect(version.error, 'cfn-lint must be on PATH (pip install cfn-lint)').toBeUndefined();
    expect(version.stdout).toMatch(/cfn-lint 1\./);
  });

  for (const [name, patch] of Object.entries(CASES)) {
    it(`reports nothing: ${name}`, () => {
      const model = modelOf({ ...sourceExampleInputs(), ...patch });
      const { status, output } = cfnLint(name.replace(/\W+/g, '-'), buildCfnTemplate(model), model.region);
      expect(output).toBe('');
      expect(status).toBe(0);
    });
  }

  it('does fail on a broken template (the check is real)', () => {
    const model = modelOf(sourceExampleInputs());
    const broken = buildCfnTemplate(model).replace('MaxSessionDuration: 3600', 'MaxSessionDuration: 60');
    const { status, output } = cfnLint('broken', broken, model.region);
    expect(status).not.toBe(0);
    expect(output).toMatch(/MaxSessionDuration|3600|less than the minimum/);
  });
});
