/**
 * The CLI, run as a user runs it (`node src/cli/generate.ts` on the project's Node 22):
 * it writes exactly what the core generates, prints the file list, and on bad input
 * explains every problem in the chosen language and writes nothing at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/generate.ts';
import { FLAG_OF } from '../../src/core/fields.ts';
import { ARTIFACTS, generateArtifacts } from '../../src/core/generate.ts';
import type { GuideInputs } from '../../src/core/types.ts';
import { EXAMPLE_EXTERNAL_ID, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const node = join(repoRoot, 'node_modules', '.bin', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The environment without any VENDOR_* override, so the defaults of vendor.ts apply.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VENDOR_')));

/** Runs the CLI as a separate process on the project's Node. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(node, ['src/cli/generate.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...cleanEnv, ...env } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The source example as CLI flags (role/policy/Kubernetes names are the vendor defaults). */
const EXAMPLE_FLAGS = [
  '--account-id', '123456789012',
  '--vendor-account-id', '111122223333',
  '--region', 'ap-northeast-1',
  '--cluster', 'portal-dev',
  '--repo-pattern', 'portal-*',
  '--repo', 'portal-api',
  '--repo', 'cron-runner',
  '--external-id', EXAMPLE_EXTERNAL_ID,
];

function expectFilesEqualCore(dir: string, inputs: GuideInputs): void {
  const result = generateArtifacts(inputs);
  if (!result.ok) throw new Error('inputs invalid');
  expect(readdirSync(dir).sort()).toEqual(ARTIFACTS.map((a) => a.fileName).sort());
  for (const artifact of result.artifacts) {
    expect(readFileSync(join(dir, artifact.fileName), 'utf8'), artifact.fileName).toBe(artifact.text);
  }
}

describe('npm run generate', () => {
  it('writes the eleven files byte-identical to the core (and to the golden files), lists them', () => {
    const out = join(tmp, 'example');
    const r = cli([...EXAMPLE_FLAGS, '--out-dir', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    expectFilesEqualCore(out, sourceExampleInputs());
    const golden = join(repoRoot, 'tests', 'golden', 'source-example');
    for (const name of readdirSync(golden)) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(golden, name), 'utf8'));
    expect(r.stdout).toContain(`Wrote ${ARTIFACTS.length} files to ${out}:`);
    for (const a of ARTIFACTS) expect(r.stdout).toContain(join(out, a.fileName));
    // Scripts are executable; the rest is not.
    expect(statSync(join(out, 'verify.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(join(out, 'handoff.md')).mode & 0o111).toBe(0);
    // The uncovered planned repository is a warning: printed, not fatal.
    expect(r.stderr).toMatch(/^Warning: --repo: .*cron-runner/m);
    // The secret notice names every file that holds the ExternalId (derived from the artifact table).
    const secretFiles = readdirSync(out).filter((name) => readFileSync(join(out, name), 'utf8').includes(EXAMPLE_EXTERNAL_ID));
    expect(secretFiles.sort()).toEqual(['deploy-stack.sh', 'vendor-roles.parameters.json', 'vendor-trust-policy.json']);
    expect(r.stdout).toContain(
      'vendor-trust-policy.json, vendor-roles.parameters.json and deploy-stack.sh contain the ExternalId: do not commit or share them.',
    );
  });

  it('generates, prints and uses an ExternalId with the vendor prefix when none is given', () => {
    const out = join(tmp, 'generated-id');
    const r = cli(['--account-id', '123456789012', '--repo', 'portal-api', '--out-dir', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    const id = /Generated ExternalId[^\n]*\n {2}(\S+)/.exec(r.stdout)?.[1] ?? '';
    expect(id).toMatch(/^vnd-[0-9A-Za-z]{32}$/);
    expect(JSON.parse(readFileSync(join(out, 'vendor-trust-policy.json'), 'utf8')).Statement[0].Condition.StringEquals['sts:ExternalId']).toBe(id);
    expectFilesEqualCore(out, { ...sourceExampleInputs(), repos: ['portal-api'], externalId: id });
  });

  it('takes its defaults from the VENDOR_* environment', () => {
    const out = join(tmp, 'env');
    const r = cli(['--account-id', '123456789012', '--external-id', EXAMPLE_EXTERNAL_ID, '--out-dir', out], {
      VENDOR_DEFAULT_REGION: 'cn-north-1',
      VENDOR_DEFAULT_CLUSTERS: 'a,b',
      VENDOR_PLANNED_REPOS: 'portal-api',
    });
    expect(r.status).toBe(0);
    expectFilesEqualCore(out, { ...sourceExampleInputs(), region: 'cn-north-1', clusters: ['a', 'b'], repos: ['portal-api'] });
  });

  it('accepts repeated and comma-separated list flags', () => {
    const out = join(tmp, 'lists');
    const r = cli([...EXAMPLE_FLAGS, '--cluster', 'b,c', '--repo-pattern', 'cron-*', '--out-dir', out]);
    expect(r.status).toBe(0);
    expectFilesEqualCore(out, { ...sourceExampleInputs(), clusters: ['portal-dev', 'b', 'c'], repoPatterns: ['portal-*', 'cron-*'] });
  });

  it('bad input (en): exit 1, one message per bad value naming its flag, nothing written', () => {
    const out = join(tmp, 'bad-en');
    const r = cli(['--account-id', '12', '--cluster', 'ok', '--cluster=-bad', '--region', 'tokyo', '--external-id', 'x', '--out-dir', out, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Warning: '));
    expect(lines[0]).toBe('Nothing was written. Fix these values and run again:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}--account-id: AWS account ID "12" is not valid/),
      expect.stringMatching(/^ {2}--region: "tokyo" is not an AWS region code/),
      expect.stringMatching(/^ {2}--cluster: Cluster name "-bad" must start with a letter or digit/),
      expect.stringMatching(/^ {2}--external-id: .*/),
    ]);
  });

  it('bad input (ja): the same in Japanese, and an existing folder is left untouched', () => {
    const out = join(tmp, 'bad-ja');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = cli(['--account-id', '1234-5678-9012', '--out-dir', out, '--lang', 'ja']);
    expect(r.status).toBe(1);
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(r.stderr).toContain('ファイルは作成していません');
    expect(r.stderr).toMatch(/--account-id: AWS アカウント ID「1234-5678-9012」は正しくありません/);
  });

  it('unknown flags, a bad --lang and invalid vendor settings exit 1 without writing', () => {
    const out = join(tmp, 'bad-usage');
    const unknown = cli(['--acount-id', '123456789012', '--out-dir', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/acount-id/);
    const lang = cli([...EXAMPLE_FLAGS, '--lang', 'fr', '--out-dir', out]);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toContain('--lang must be "ja" or "en"');
    const settings = cli([...EXAMPLE_FLAGS, '--out-dir', out], { VENDOR_ACCOUNT_ID: '12345' });
    expect(settings.status).toBe(1);
    expect(settings.stderr).toMatch(/VENDOR_ACCOUNT_ID/);
    expect(existsSync(out)).toBe(false);
  });

  it('--help prints the flags and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--account-id', '--vendor-account-id', '--region', '--cluster', '--repo-pattern', '--repo', '--external-id', '--lang', '--out-dir']) {
      expect(r.stdout).toContain(flag);
    }
    // Every flag of the field table is documented (the usage text is written by hand).
    for (const flag of Object.values(FLAG_OF)) expect(r.stdout).toMatch(new RegExp(`^ {2}${flag} `, 'm'));
  });
});

describe('run() in-process', () => {
  const io = (cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: cleanEnv, cwd }, out, err };
  };

  it('defaults --out-dir to ./out under the working directory', async () => {
    const cwd = join(tmp, 'cwd');
    mkdirSync(cwd);
    const { io: streams } = io(cwd);
    expect(await run(EXAMPLE_FLAGS, streams)).toBe(0);
    expectFilesEqualCore(join(cwd, 'out'), sourceExampleInputs());
  });

  it('reports every error of every field (one line each)', async () => {
    const cwd = join(tmp, 'cwd-bad');
    mkdirSync(cwd);
    const { io: streams, err } = io(cwd);
    const code = await run(
      ['--account-id', '', '--vendor-account-id', 'x', '--cluster=-a', '--cluster=-b', '--repo-pattern', '*', '--repo', 'UPPER', '--external-id', ' ', '--lang', 'en'],
      streams,
    );
    expect(code).toBe(1);
    const lines = err.join('').trim().split('\n').slice(1);
    expect(lines.map((l) => l.trim().split(':')[0])).toEqual([
      '--account-id', '--vendor-account-id', '--cluster', '--cluster', '--repo-pattern', '--repo', '--external-id',
    ]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
