/**
 * `npm run check-setup` as support staff run it (a separate process on the project's Node):
 * the correct fixtures exit 0, each mistake exits 1 with its message, unreadable input exits 2
 * with what was expected; the ExternalId passed with --external-id is never printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { problemText } from '../../src/core/check/messages.ts';
import { runSetupCheck } from '../../src/core/check/run.ts';
import { BOUNDARY, correctFixtures, FIXTURE_DIR, FIXTURE_EXTERNAL_ID, fixtureInputs, MISTAKES, modelFor, pasted, setBoundary, setTags, TAGS, type Fixtures } from '../unit/check/mistakes.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const node = join(repoRoot, 'node_modules', '.bin', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'check-setup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VENDOR_')));

const VALUE_FLAGS = ['--account-id', '123456789012', '--region', 'ap-northeast-1', '--cluster', 'portal-dev', '--repo-pattern', 'portal-*', '--repo', 'portal-api', '--repo', 'portal-web'];

function cli(args: string[]) {
  const r = spawnSync(node, ['src/cli/check-setup.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env: cleanEnv });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let n = 0;
function writeFixtures(f: Fixtures): string[] {
  const dir = join(tmp, `case-${n++}`);
  mkdirSync(dir);
  return Object.entries(f).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const path = join(dir, name);
    writeFileSync(path, `${JSON.stringify(value, null, 4)}\n`);
    return [path];
  });
}

describe('npm run check-setup', () => {
  it('the correct fixtures (the files as saved): exit 0, every check passes, no ExternalId printed', () => {
    const files = readdirSync(join(FIXTURE_DIR, 'correct')).map((f) => join(FIXTURE_DIR, 'correct', f));
    for (const lang of ['ja', 'en']) {
      const r = cli([...VALUE_FLAGS, '--external-id', FIXTURE_EXTERNAL_ID, '--lang', lang, ...files]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(lang === 'en' ? '14 passed, 0 failed, 0 not checked' : '合格 14、不合格 0、未確認 0');
      expect(r.stdout).not.toContain(FIXTURE_EXTERNAL_ID);
    }
  });

  it('without --external-id: still 0, the comparison "not checked"', () => {
    const r = cli([...VALUE_FLAGS, '--lang', 'en', ...writeFixtures(correctFixtures())]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('not checked');
  });

  for (const mistake of MISTAKES.slice(0, 8)) {
    it(`${mistake.id}: exit 1 and its message`, () => {
      const inputs = { ...fixtureInputs(), ...mistake.values };
      const f = correctFixtures();
      mistake.mutate(f, modelFor(inputs));
      const repos = (mistake.values?.repos ?? fixtureInputs().repos).flatMap((r) => ['--repo', r]);
      const flags = [...VALUE_FLAGS.slice(0, 8), ...repos];
      const r = cli([...flags, '--external-id', FIXTURE_EXTERNAL_ID, '--lang', 'en', ...writeFixtures(f)]);
      expect(r.status).toBe(1);
      const check = runSetupCheck(inputs, pasted(f));
      const problem = check.ok ? check.report.results.find((x) => x.id === mistake.check)?.problems.find((p) => p.code === mistake.code) : undefined;
      expect(r.stdout).toContain(problemText(problem!, 'en').what);
      expect(r.stdout).not.toContain(FIXTURE_EXTERNAL_ID);
    });
  }

  it('--permissions-boundary and --tag: checked on both roles (exit 1 without them, 0 once set)', () => {
    const flags = [...VALUE_FLAGS, '--external-id', FIXTURE_EXTERNAL_ID, '--lang', 'en', '--permissions-boundary', BOUNDARY, ...TAGS.flatMap((t) => ['--tag', t])];
    const without = cli([...flags, ...writeFixtures(correctFixtures())]);
    expect(without.status).toBe(1);
    const inputs = { ...fixtureInputs(), permissionsBoundary: BOUNDARY, tags: TAGS };
    const check = runSetupCheck(inputs, pasted(correctFixtures()));
    if (!check.ok) throw new Error('fixtures do not parse');
    for (const id of ['role.repoPusher.boundary', 'role.eksDeployer.tags']) {
      expect(without.stdout).toContain(problemText(check.report.results.find((x) => x.id === id)!.problems[0]!, 'en').what);
    }
    expect(without.stdout).toContain('aws iam put-role-permissions-boundary');
    const f = correctFixtures();
    setBoundary(f, BOUNDARY);
    setTags(f, TAGS);
    const withThem = cli([...flags, ...writeFixtures(f)]);
    expect(withThem.stdout).toContain('18 passed, 0 failed, 0 not checked');
    expect(withThem.status).toBe(0);
  });

  it('unreadable input: exit 2 with what was expected', () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, 'An error occurred (AccessDenied) when calling the GetRole operation\n');
    const r = cli([...VALUE_FLAGS, '--lang', 'en', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('This is not JSON');
    const other = join(tmp, 'other.json');
    writeFileSync(other, '{"Buckets": []}');
    const r2 = cli([...VALUE_FLAGS, '--lang', 'ja', other]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('aws iam get-account-authorization-details');
    expect(cli([...VALUE_FLAGS, join(tmp, 'missing.json')]).status).toBe(2);
    expect(cli([...VALUE_FLAGS]).status).toBe(2);
    expect(cli(['--account-id', '12', join(FIXTURE_DIR, 'correct', 'eks-describe-cluster.json')]).status).toBe(2);
    expect(cli(['--bogus']).status).toBe(2);
  });

  it('--help exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('npm run check-setup');
  });
});
