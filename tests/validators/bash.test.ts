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
// without --external-id fails like AWS does (AccessDenied), unless STUB_TRUST=open; with it,
// it prints the session like `--output text` does (ARN, key, secret, token), after refusing
// the first $STUB_PROPAGATION calls (a role IAM has not propagated yet). The session's calls
// (verify.sh's ECR/EKS calls) must carry its credentials (else ExpiredToken); the actions the roles are not granted fail
// with AccessDeniedException unless STUB_PERMS=open. `sleep` only records.
// The stub's name is taken with `${0##*/}` (no subshell, no basename process): the scripts call
// it dozens of times per run, and a fork per call was most of this file's time.
const STUB = `#!/bin/bash
name=\${0##*/}
{ printf '%s\\0%s\\0' "$name" "$#"; for a in "$@"; do printf '%s\\0' "$a"; done; } >> "$STUB_LOG"
[ "$name" = sleep ] && exit 0
if [ "$name" = aws ] && [ "$1 $2" = "sts assume-role" ]; then
  for a in "$@"; do
    if [ "$a" = --external-id ]; then
      count=$(( $(cat "$STUB_LOG.assumes" 2>/dev/null || echo 0) + 1 )); echo "$count" > "$STUB_LOG.assumes"
      if [ "$count" -le "\${STUB_PROPAGATION:-0}" ]; then
        echo 'An error occurred (AccessDenied) when calling the AssumeRole operation: not authorized' >&2
        exit 254
      fi
      printf 'arn:aws:sts::123456789012:assumed-role/R/vendor-method-b-verify\\tASIAKEY\\tSECRETKEY\\tSESSIONTOKEN\\n'
      exit 0
    fi
  done
  [ "\${STUB_TRUST:-}" = open ] && exit 0
  echo 'An error occurred (AccessDenied) when calling the AssumeRole operation: not authorized' >&2
  exit 254
fi
if [ "$name" = aws ] && case "$1 $2" in 'ecr describe-repositories'|'ecr get-repository-policy'|'eks describe-cluster'|'eks list-clusters') true ;; *) false ;; esac; then
  if [ "\${AWS_ACCESS_KEY_ID:-}/\${AWS_SECRET_ACCESS_KEY:-}/\${AWS_SESSION_TOKEN:-}" != ASIAKEY/SECRETKEY/SESSIONTOKEN ]; then
    echo 'An error occurred (ExpiredTokenException): not the assumed session' >&2
    exit 254
  fi
  case "$1 $2" in
    'ecr get-repository-policy'|'eks list-clusters')
      if [ "\${STUB_PERMS:-}" != open ]; then
        echo "An error occurred (AccessDeniedException) when calling the $2 operation" >&2
        exit 254
      fi
      ;;
  esac
fi
exit 0
`;
const bin = join(root, 'bin');
mkdirSync(bin);
for (const name of ['aws', 'eksctl', 'sleep']) {
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

  /** The vendor part's calls as the stub records them: wrappers stripped, the ExternalId filled in. */
  const vendorCalls = (m: GuideModel, externalId: string) =>
    expectedAwsCalls('verify', m)
      .filter((c) => c[1] !== 'iam')
      .map((c) => c.filter((a) => !['expect_access_denied', 'with_retry', 'as_session', 'expect_forbidden'].includes(a)))
      .map((c) => c.map((a) => (a === '$EXTERNAL_ID' ? externalId : a)));

  for (const m of [example, several]) {
    it(`verify.sh vendor: assumes with the ExternalId, uses each session, refused without it and for what is not granted (${m.region})`, () => {
      const r = runScript(buildVerify(m), ['vendor'], { EXTERNAL_ID: 'secret-from-elsewhere' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.match(/OK: refused with AccessDenied/g)).toHaveLength(2);
      expect(r.stdout.match(/OK: not granted, as it must be/g)).toHaveLength(m.repos.length > 0 ? 2 : 1);
      expect(r.stdout).toContain('OK: assumed as arn:aws:sts::123456789012:assumed-role/R/vendor-method-b-verify\n');
      // The session's credentials never reach the terminal.
      expect(r.stdout).not.toMatch(/ASIAKEY|SECRETKEY|SESSIONTOKEN/);
      expect(r.calls).toEqual(vendorCalls(m, 'secret-from-elsewhere'));
    });
  }

  it('verify.sh vendor: retries AssumeRole with growing waits while IAM propagates a new role, then goes on', () => {
    const r = runScript(buildVerify(example), ['vendor'], { EXTERNAL_ID: 'x', STUB_PROPAGATION: '3' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/IAM may still be propagating the role/g)).toHaveLength(3);
    expect(r.calls.filter((c) => c[0] === 'sleep')).toEqual([['sleep', '1'], ['sleep', '2'], ['sleep', '4']]);
  });

  it('verify.sh vendor: gives up after a few seconds (1+2+4+8), not minutes', () => {
    const r = runScript(buildVerify(example), ['vendor'], { EXTERNAL_ID: 'x', STUB_PROPAGATION: '99' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('FAIL: the role could not be assumed WITH the ExternalId');
    expect(r.calls.filter((c) => c[0] === 'sleep').map((c) => Number(c[1]))).toEqual([1, 2, 4, 8]);
  });

  it('verify.sh vendor: FAILS when a role may do what the guide does not grant', () => {
    const r = runScript(buildVerify(example), ['vendor'], { EXTERNAL_ID: 'x', STUB_PERMS: 'open' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('FAIL: the role was allowed an action the guide does not grant');
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
