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
import type { GuideInputs } from '../../src/core/types.ts';
import { modelOf, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cfn-lint-'));

/**
 * How to run cfn-lint here: from PATH, else the machine image's pyenv shim (CI may run with a
 * PATH without it), else as a Python module. The probe's `--version` output is kept for the test below.
 */
const [CFN_LINT, VERSION]: [[string, ...string[]], string] = (() => {
  for (const candidate of [['cfn-lint'], ['/root/.pyenv/shims/cfn-lint'], ['python3', '-m', 'cfnlint']] as [string, ...string[]][]) {
    const probe = spawnSync(candidate[0], [...candidate.slice(1), '--version'], { encoding: 'utf8' });
    if (!probe.error && probe.status === 0) return [candidate, probe.stdout];
  }
  return [['cfn-lint'], ''];
})();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs cfn-lint ONCE on every template of `files` (name → text) for every region of `regions`
 * (cfn-lint starts a Python interpreter and loads its specs: about two seconds each time, so one
 * run for all cases instead of one per case). Each template is thus checked in every region,
 * which is stricter than its own region only. Returns the exit status and the findings per name.
 */
function cfnLintAll(files: Record<string, string>, regions: readonly string[]): { status: number | null; findings: Map<string, string[]> } {
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, `${name}.yaml`);
    writeFileSync(path, text);
    return [name, path] as const;
  });
  const run = spawnSync(
    CFN_LINT[0],
    [...CFN_LINT.slice(1), '--format', 'parseable', '--regions', ...regions, '--', ...paths.map(([, path]) => path)],
    { encoding: 'utf8' },
  );
  if (run.error) throw run.error;
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line !== '');
  const findings = new Map(paths.map(([name, path]) => [name, lines.filter((line) => line.startsWith(`${path}:`))]));
  // Anything not attributed to one file (a crash, a usage error) is reported on every file.
  const stray = lines.filter((line) => !paths.some(([, path]) => line.startsWith(`${path}:`)));
  for (const list of findings.values()) list.push(...stray);
  return { status: run.status, findings };
}

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

const slug = (name: string) => name.replace(/\W+/g, '-');
const models = Object.entries(CASES).map(([name, patch]) => [name, modelOf({ ...sourceExampleInputs(), ...patch })] as const);
const source = modelOf(sourceExampleInputs());
const broken = buildCfnTemplate(source).replace('MaxSessionDuration: 3600', 'MaxSessionDuration: 60');
const lint = cfnLintAll(
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
