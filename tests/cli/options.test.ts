/**
 * The CLI's flags for issue 10's optional fields: `--vendor-role-arn` (repeatable, overrides
 * the `trustedVendorRoleArns` setting), `--permissions-boundary`, `--tag` (repeatable) and
 * `--previous-external-id` (with `--external-id`: the rotation's overlap versions). Run
 * in-process through `run()` (the separate-process behaviour is generate.test.ts's).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/generate.ts';
import { generateArtifacts } from '../../src/core/generate.ts';
import type { GuideInputs } from '../../src/core/types.ts';
import { EXAMPLE_EXTERNAL_ID, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cli-options-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: tmp };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

const EXAMPLE_FLAGS = [
  '--account-id', '123456789012',
  '--cluster', 'portal-dev',
  '--repo-pattern', 'portal-*',
  '--repo', 'portal-api',
  '--repo', 'cron-runner',
  '--external-id', EXAMPLE_EXTERNAL_ID,
];
const OLD_ID = 'vnd-previous0ExternalId0Rotated0Out';

function expectFiles(dir: string, inputs: GuideInputs): void {
  const result = generateArtifacts(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  for (const a of result.artifacts) expect(readFileSync(join(dir, a.fileName), 'utf8'), a.fileName).toBe(a.text);
}

describe('optional-field flags', () => {
  it('every option at once: the files are the core\'s for those values', async () => {
    const out = join(tmp, 'all');
    const r = await cli([
      ...EXAMPLE_FLAGS,
      '--vendor-role-arn', 'arn:aws:iam::111122223333:role/ci/Deployer',
      '--vendor-role-arn', 'arn:aws:iam::111122223333:role/Pusher',
      '--permissions-boundary', 'arn:aws:iam::123456789012:policy/Boundary',
      '--tag', 'CostCenter=1234',
      '--tag', 'Owner=山田 太郎',
      '--previous-external-id', OLD_ID,
      '--out-dir', out,
      '--lang', 'en',
    ]);
    expect(r.stderr).toMatch(/^(Warning: .*\n)*$/);
    expect(r.status).toBe(0);
    expectFiles(out, {
      ...sourceExampleInputs(),
      trustedVendorRoleArns: ['arn:aws:iam::111122223333:role/ci/Deployer', 'arn:aws:iam::111122223333:role/Pusher'],
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/Boundary',
      tags: ['CostCenter=1234', 'Owner=山田 太郎'],
      previousExternalId: OLD_ID,
    });
    const trust = JSON.parse(readFileSync(join(out, 'vendor-trust-policy.json'), 'utf8'));
    expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId']).toEqual([EXAMPLE_EXTERNAL_ID, OLD_ID]);
    expect(r.stdout).toContain('Rotation: these files accept both');
  });

  it('without --previous-external-id the final versions: only the new ID, no rotation note', async () => {
    const out = join(tmp, 'final');
    const r = await cli([...EXAMPLE_FLAGS, '--out-dir', out, '--lang', 'ja']);
    expect(r.status).toBe(0);
    expectFiles(out, sourceExampleInputs());
    expect(readFileSync(join(out, 'vendor-roles.cfn.yaml'), 'utf8')).not.toContain('PreviousExternalId');
    expect(r.stdout).not.toContain('ローテーション');
  });

  it('--previous-external-id without --external-id: a new ID is generated, printed, and both are accepted', async () => {
    const out = join(tmp, 'generated');
    const r = await cli([...EXAMPLE_FLAGS.slice(0, -2), '--previous-external-id', OLD_ID, '--out-dir', out, '--lang', 'ja']);
    expect(r.status).toBe(0);
    const id = /\n {2}(\S+)\n/.exec(r.stdout)?.[1] ?? '';
    expect(id).toMatch(/^vnd-/);
    const trust = JSON.parse(readFileSync(join(out, 'vendor-trust-policy.json'), 'utf8'));
    expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId']).toEqual([id, OLD_ID]);
    expect(r.stdout).toContain('ローテーション');
  });

  it('--vendor-role-arn overrides the setting, as --vendor-account-id does', async () => {
    const env = { VENDOR_TRUSTED_ROLE_ARNS: 'arn:aws:iam::111122223333:role/FromSettings' };
    const fromSettings = join(tmp, 'settings');
    expect((await cli([...EXAMPLE_FLAGS, '--out-dir', fromSettings], env)).status).toBe(0);
    expect(JSON.parse(readFileSync(join(fromSettings, 'vendor-trust-policy.json'), 'utf8')).Statement[0].Principal.AWS).toBe(
      'arn:aws:iam::111122223333:role/FromSettings',
    );
    const fromFlag = join(tmp, 'flag');
    expect((await cli([...EXAMPLE_FLAGS, '--vendor-role-arn', 'arn:aws:iam::111122223333:role/FromFlag', '--out-dir', fromFlag], env)).status).toBe(0);
    expect(JSON.parse(readFileSync(join(fromFlag, 'vendor-trust-policy.json'), 'utf8')).Statement[0].Principal.AWS).toBe(
      'arn:aws:iam::111122223333:role/FromFlag',
    );
  });

  it('the help lists the four flags', async () => {
    const r = await cli(['--help']);
    for (const flag of ['--vendor-role-arn', '--permissions-boundary', '--tag', '--previous-external-id']) expect(r.stdout).toContain(flag);
  });

  it.each([
    [['--vendor-role-arn', 'arn:aws:iam::444455556666:role/Stranger'], '--vendor-role-arn', /444455556666/],
    [['--permissions-boundary', 'arn:aws:iam::111122223333:policy/NotYours'], '--permissions-boundary', /111122223333/],
    [['--tag', 'aws:owner=x'], '--tag', /aws:/],
    [['--tag', 'Env=a', '--tag', 'env=b'], '--tag', /env/],
    [['--previous-external-id', EXAMPLE_EXTERNAL_ID], '--previous-external-id', /same|同じ/],
    [['--previous-external-id', 'has space'], '--previous-external-id', /has space/],
  ])('refuses %j: names the flag, writes nothing', async (extra, flag, detail) => {
    const out = join(tmp, `bad-${flag.slice(2)}-${Math.random().toString(36).slice(2)}`);
    for (const lang of ['ja', 'en']) {
      const r = await cli([...EXAMPLE_FLAGS, ...extra, '--out-dir', out, '--lang', lang]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`  ${flag}: `);
      expect(r.stderr).toMatch(detail);
      expect(readdirSync(tmp)).not.toContain(out.slice(tmp.length + 1));
    }
  });

  it('a bad trustedVendorRoleArns setting stops the CLI naming the setting and its variable', async () => {
    const r = await cli([...EXAMPLE_FLAGS], { VENDOR_TRUSTED_ROLE_ARNS: 'arn:aws:iam::111122223333:user/alice' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/trustedVendorRoleArns \(env VENDOR_TRUSTED_ROLE_ARNS\)/);
  });
});
