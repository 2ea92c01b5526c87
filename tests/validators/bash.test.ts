/**
 * The generated scripts run by a real bash, with `aws` and `eksctl` replaced by stubs that
 * record their arguments: bash must pass each value as exactly one argument, unchanged,
 * whatever it contains (also for values validation would refuse), and must never run
 * anything a value says. verify.sh is also run against a stub that refuses, and one that
 * wrongly accepts, AssumeRole without an ExternalId.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAccessEntry } from '../../src/core/artifacts/access-entry.ts';
import { buildAwsAuth } from '../../src/core/artifacts/aws-auth.ts';
import { buildDeployStack } from '../../src/core/artifacts/deploy-stack.ts';
import { buildVerify } from '../../src/core/artifacts/verify.ts';
import type { GuideModel } from '../../src/core/types.ts';
import { expectedAwsCalls, expectedEksctlCalls, modelOf, rawModel, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'bash-artifacts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A stub CLI: appends "<name> NUL <argc> NUL <arg> NUL…" to $STUB_LOG. `aws sts assume-role`
// without --external-id fails like AWS does (AccessDenied), unless STUB_TRUST=open.
const STUB = `#!/usr/bin/env bash
{ printf '%s\\0%s\\0' "$(basename "$0")" "$#"; for a in "$@"; do printf '%s\\0' "$a"; done; } >> "$STUB_LOG"
if [ "$(basename "$0")" = aws ] && [ "$1 $2" = "sts assume-role" ] && [ "\${STUB_TRUST:-}" != open ]; then
  for a in "$@"; do [ "$a" = --external-id ] && exit 0; done
  echo 'An error occurred (AccessDenied) when calling the AssumeRole operation: not authorized' >&2
  exit 254
fi
exit 0
`;
const bin = join(root, 'bin');
mkdirSync(bin);
for (const name of ['aws', 'eksctl']) {
  writeFileSync(join(bin, name), STUB);
  chmodSync(join(bin, name), 0o755);
}

/** Reads the stub log back into argv lists (the stub's own name first). */
function readLog(path: string): string[][] {
  if (!existsSync(path)) return [];
  const fields = readFileSync(path, 'utf8').split('\0');
  const calls: string[][] = [];
  let i = 0;
  while (i < fields.length - 1) {
    const name = fields[i] ?? '';
    const argc = Number(fields[i + 1]);
    calls.push([name, ...fields.slice(i + 2, i + 2 + argc)]);
    i += 2 + argc;
  }
  return calls;
}

let runId = 0;
/** Runs `script` with bash in a fresh folder; returns status, output and the recorded calls. */
function runScript(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const dir = join(root, `run-${runId++}`);
  mkdirSync(dir);
  const path = join(dir, 'script.sh');
  writeFileSync(path, script);
  const log = join(dir, 'calls.log');
  const result = spawnSync('bash', [path, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, STUB_LOG: log, HOME: dir, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls: readLog(log), dir };
}

const example = modelOf(sourceExampleInputs());
const several = modelOf({ ...sourceExampleInputs(), region: 'us-gov-west-1', clusters: ['a', 'b_2', 'C-3'], repoPatterns: ['portal-*', 'xyz/*'] });

describe('bash runs the generated scripts as written', () => {
  it('bash -n accepts all of them', () => {
    for (const build of [buildDeployStack, buildAccessEntry, buildVerify]) {
      const dir = join(root, `syntax-${runId++}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 's.sh'), build(several));
      const r = spawnSync('bash', ['-n', join(dir, 's.sh')], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  for (const m of [example, several]) {
    it(`deploy-stack.sh calls aws with exactly the expected arguments (${m.region})`, () => {
      const r = runScript(buildDeployStack(m));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.calls).toEqual(expectedAwsCalls('deployStack', m));
    });

    it(`eks-access-entry.sh creates one access entry per cluster (${m.region})`, () => {
      const r = runScript(buildAccessEntry(m));
      expect(r.status).toBe(0);
      expect(r.calls).toEqual(expectedAwsCalls('accessEntry', m));
    });

    it(`the eksctl commands in aws-auth-maproles.yaml run as documented (${m.region})`, () => {
      const commands = buildAwsAuth(m)
        .split('\n')
        .filter((l) => l.startsWith('#   eksctl '))
        .map((l) => l.slice(4));
      const r = runScript(`set -euo pipefail\n${commands.join('\n')}\n`);
      expect(r.status).toBe(0);
      expect(r.calls).toEqual(expectedEksctlCalls(m));
    });
  }

  it('verify.sh customer: reads both roles, assumes nothing', () => {
    const r = runScript(buildVerify(several), ['customer']);
    expect(r.status).toBe(0);
    const calls = expectedAwsCalls('verify', several);
    expect(r.calls).toEqual(calls.filter((c) => c[1] === 'iam'));
  });

  it('verify.sh vendor: passes when AWS refuses the call without ExternalId', () => {
    const r = runScript(buildVerify(example), ['vendor'], { EXTERNAL_ID: 'secret-from-elsewhere' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/OK: refused with AccessDenied/g)).toHaveLength(2);
    const expected = expectedAwsCalls('verify', example)
      .filter((c) => c.includes('assume-role'))
      .map((c) => (c[0] === 'expect_access_denied' ? c.slice(1) : c).map((a) => (a === '$EXTERNAL_ID' ? 'secret-from-elsewhere' : a)));
    expect(r.calls).toEqual(expected);
  });

  it('verify.sh vendor: FAILS when a role can be assumed without ExternalId', () => {
    const r = runScript(buildVerify(example), ['vendor'], { EXTERNAL_ID: 'x', STUB_TRUST: 'open' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('FAIL: the role was assumed WITHOUT the ExternalId');
  });

  it('verify.sh vendor: refuses to run without EXTERNAL_ID, verify.sh alone prints usage', () => {
    const missing = runScript(buildVerify(example), ['vendor']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Set EXTERNAL_ID');
    expect(missing.calls).toEqual([]);
    const usage = runScript(buildVerify(example));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: bash verify.sh customer');
  });
});

describe('bash never runs a value (quoting holds for any value, valid or not)', () => {
  const SPECIAL = ["'", '"', '\\', '\n', ' ', '$', '(', ')', '`', ';', '&', '|', '*', '?', '~', '#', '!', '{', '}', '<', '>', '=', 'a', 'é', '😀'];
  const value = fc
    .oneof(
      fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 24 }),
      fc.constantFrom("$(touch PWNED)", "'; touch PWNED; '", '`touch PWNED`', '"$(touch PWNED)"', '*', '~', '-', '--help', ''),
    );

  it('deploy-stack.sh, eks-access-entry.sh and verify.sh pass hostile values through unchanged (60 runs)', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const m: GuideModel = rawModel({
          region: a,
          clusters: [b, c],
          repoPatterns: [c],
          externalId: a,
          vendorAccountId: b,
          roleNames: { repoPusher: c, eksDeployer: a },
          kubernetes: { username: b, group: c, namespace: 'portal' },
        });
        for (const [build, id, args] of [
          [buildDeployStack, 'deployStack', []],
          [buildAccessEntry, 'accessEntry', []],
          [buildVerify, 'verify', ['customer']],
        ] as const) {
          const r = runScript(build(m), [...args]);
          expect(r.status, r.stderr).toBe(0);
          expect(existsSync(join(r.dir, 'PWNED'))).toBe(false);
          const expected = expectedAwsCalls(id, m).filter((call) => id !== 'verify' || call[1] === 'iam');
          expect(r.calls).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
