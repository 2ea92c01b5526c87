/**
 * collect-setup.sh run by a real bash with stub `aws` and `kubectl` that record their
 * arguments and answer with the fixtures (tests/fixtures/setup/correct/): it makes only
 * read calls, passes every value as exactly one argument, records what it may not read,
 * never prints the ExternalId, and the JSON it writes is accepted by the checker (all green).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roleArns } from '../../src/core/arn.ts';
import { buildCollectSetup, COLLECT_SETUP_OUTPUT } from '../../src/core/artifacts/collect-setup.ts';
import { parseSetupText } from '../../src/core/check/parse.ts';
import { reportPasses, runSetupCheck } from '../../src/core/check/run.ts';
import type { GuideModel } from '../../src/core/types.ts';
import { FIXTURE_DIR, FIXTURE_EXTERNAL_ID, fixtureInputs, modelFor } from '../unit/check/mistakes.ts';

const root = mkdtempSync(join(tmpdir(), 'collect-setup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Only the tools the script needs, so "kubectl not installed" can be tested on a machine that has it.
const tools = join(root, 'tools');
mkdirSync(tools);
for (const tool of ['mktemp', 'rm', 'head', 'cut', 'mv', 'cat', 'tr', 'basename', 'env']) {
  const found = ['/usr/bin', '/bin'].map((d) => join(d, tool)).find((p) => existsSync(p));
  if (found) symlinkSync(found, join(tools, tool));
}

// Logs "<name> NUL <argc> NUL <arg> NUL…" to $STUB_LOG, then answers like the real CLI would.
// (The name is `${0##*/}` rather than `$(basename "$0")`: no fork per call.)
const STUB = `#!/bin/bash
name=\${0##*/}
{ printf '%s\\0%s\\0' "$name" "$#"; for a in "$@"; do printf '%s\\0' "$a"; done; } >> "$STUB_LOG"
fix="$STUB_FIXTURES"
case "$name $1 $2" in
  "aws iam get-account-authorization-details")
    if [ "\${STUB_DENY:-}" = iam ]; then echo 'An error occurred (AccessDenied) when calling the GetAccountAuthorizationDetails operation: not authorized' >&2; exit 254; fi
    cat "$fix/get-account-authorization-details.json" ;;
  "aws iam get-role") cat "$STUB_DIR/get-role-$4.json" ;;
  "aws eks describe-cluster") cat "$fix/eks-describe-cluster.json" ;;
  "aws eks list-access-entries") printf '{\\n    "accessEntries": [\\n        "%s"\\n    ]\\n}\\n' "$STUB_DEPLOYER" ;;
  "aws eks describe-access-entry") cat "$fix/eks-describe-access-entry.json" ;;
  "kubectl get configmap") cat "$fix/kubectl-aws-auth.json" ;;
  "kubectl get role,rolebinding") cat "$fix/kubectl-rbac.json" ;;
  *) echo "stub: unexpected call" >&2; exit 1 ;;
esac
`;
const bin = join(root, 'bin');
mkdirSync(bin);
for (const name of ['aws', 'kubectl']) {
  writeFileSync(join(bin, name), STUB);
  chmodSync(join(bin, name), 0o755);
}
const awsOnly = join(root, 'aws-only');
mkdirSync(awsOnly);
writeFileSync(join(awsOnly, 'aws'), STUB);
chmodSync(join(awsOnly, 'aws'), 0o755);

// get-role answers, cut from the authorization details (the same role as get-role prints it).
const details = JSON.parse(readFileSync(join(FIXTURE_DIR, 'correct', 'get-account-authorization-details.json'), 'utf8'));
for (const role of details.RoleDetailList) {
  const { Path, RoleName, RoleId, Arn, CreateDate, AssumeRolePolicyDocument } = role;
  writeFileSync(join(root, `get-role-${RoleName}.json`), JSON.stringify({ Role: { Path, RoleName, RoleId, Arn, CreateDate, AssumeRolePolicyDocument, MaxSessionDuration: 3600, RoleLastUsed: {} } }, null, 4));
}

function readLog(path: string): string[][] {
  if (!existsSync(path)) return [];
  const fields = readFileSync(path, 'utf8').split('\0');
  const calls: string[][] = [];
  let i = 0;
  while (i < fields.length - 1) {
    const argc = Number(fields[i + 1]);
    calls.push([fields[i] ?? '', ...fields.slice(i + 2, i + 2 + argc)]);
    i += 2 + argc;
  }
  return calls;
}

let runId = 0;
function run(model: GuideModel, opts: { path?: string; env?: Record<string, string> } = {}) {
  const dir = join(root, `run-${runId++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'collect-setup.sh'), buildCollectSetup(model));
  const log = join(dir, 'calls.log');
  const r = spawnSync('/bin/bash', ['collect-setup.sh'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${opts.path ?? bin}:${tools}`,
      STUB_LOG: log,
      STUB_FIXTURES: join(FIXTURE_DIR, 'correct'),
      STUB_DIR: root,
      STUB_DEPLOYER: roleArns(model).eksDeployer,
      HOME: dir,
      ...opts.env,
    },
  });
  const out = join(dir, COLLECT_SETUP_OUTPUT);
  return { ...r, calls: readLog(log), json: existsSync(out) ? readFileSync(out, 'utf8') : undefined };
}

/** Read-only verbs only: get/describe/list, nothing that creates, updates, deletes, attaches or assumes. */
const READ_ONLY = /^(get-|describe-|list-)/;

const model = modelFor(fixtureInputs());

describe('collect-setup.sh with stub aws and kubectl', () => {
  it('bash -n accepts it', () => {
    const dir = join(root, 'syntax');
    mkdirSync(dir);
    writeFileSync(join(dir, 's.sh'), buildCollectSetup(modelFor({ ...fixtureInputs(), clusters: ['a', 'b_2', 'C-3'], region: 'us-gov-west-1' })));
    const r = spawnSync('/bin/bash', ['-n', join(dir, 's.sh')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('makes only read calls, each value one argument, and writes JSON the checker accepts: all green', () => {
    const r = run(model);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const deployer = roleArns(model).eksDeployer;
    expect(r.calls).toEqual([
      ['aws', 'iam', 'get-account-authorization-details', '--filter', 'Role', 'LocalManagedPolicy', '--query',
        "{RoleDetailList: RoleDetailList[?RoleName=='VendorRepoPusher' || RoleName=='VendorEKSDeployer'], Policies: Policies[?PolicyName=='VendorRepoPusherPolicy' || PolicyName=='VendorEKSDeployerPolicy']}",
        '--output', 'json'],
      ['aws', 'eks', 'describe-cluster', '--name', 'portal-dev', '--region', 'ap-northeast-1', '--output', 'json'],
      ['aws', 'eks', 'list-access-entries', '--cluster-name', 'portal-dev', '--region', 'ap-northeast-1', '--output', 'json'],
      ['aws', 'eks', 'describe-access-entry', '--cluster-name', 'portal-dev', '--principal-arn', deployer, '--region', 'ap-northeast-1', '--output', 'json'],
      ['kubectl', 'get', 'configmap', 'aws-auth', '-n', 'kube-system', '-o', 'json'],
      ['kubectl', 'get', 'role,rolebinding', '-n', 'portal', '-o', 'json'],
    ]);
    for (const call of r.calls) expect(call[0] === 'aws' ? call[2] : call[1], call.join(' ')).toMatch(call[0] === 'aws' ? READ_ONLY : /^get$/);
    // The outputs go to the file only; the ExternalId (in the trust policies) never reaches the terminal.
    expect(r.stdout).not.toContain(FIXTURE_EXTERNAL_ID);
    expect(r.json).toBeDefined();
    expect(() => JSON.parse(r.json!)).not.toThrow();
    const check = runSetupCheck(fixtureInputs(), r.json!);
    expect(check.ok && reportPasses(check.report), JSON.stringify(check, null, 1).slice(0, 3000)).toBe(true);
  });

  it('without permission for get-account-authorization-details: falls back to get-role, records the skip', () => {
    const r = run(model, { env: { STUB_DENY: 'iam' } });
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => c[2] === 'get-role')).toEqual([
      ['aws', 'iam', 'get-role', '--role-name', 'VendorRepoPusher', '--output', 'json'],
      ['aws', 'iam', 'get-role', '--role-name', 'VendorEKSDeployer', '--output', 'json'],
    ]);
    const parsed = parseSetupText(r.json!);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.notes).toContainEqual({ code: 'skipped', params: { what: 'aws iam get-account-authorization-details', why: 'An error occurred (AccessDenied) when calling the GetAccountAuthorizationDetails operation: not authorized' } });
    const check = runSetupCheck(fixtureInputs(), r.json!);
    if (!check.ok) throw new Error('not ok');
    // Trust is still checked from get-role; the attachments are not known, so those are "not checked", not failed.
    expect(check.report.results.find((x) => x.id === 'role.repoPusher.externalId')?.status).toBe('pass');
    expect(check.report.results.find((x) => x.id === 'role.repoPusher.policy')?.status).toBe('not-checked');
  });

  it('without kubectl: records it as skipped, the Kubernetes checks are "not checked"', () => {
    const r = run(model, { path: awsOnly });
    expect(r.status).toBe(0);
    expect(r.calls.every((c) => c[0] === 'aws')).toBe(true);
    const parsed = parseSetupText(r.json!);
    expect(parsed.ok && parsed.data.notes).toContainEqual({ code: 'skipped', params: { what: 'kubectl', why: 'kubectl is not installed' } });
    const check = runSetupCheck(fixtureInputs(), r.json!);
    expect(check.ok && check.report.results.find((x) => x.id === 'k8s.rbac.role')?.status).toBe('not-checked');
  });

  it('several clusters: one set of EKS calls per cluster, each name one argument', () => {
    const m = modelFor({ ...fixtureInputs(), clusters: ['portal-dev', 'portal_prod-2', 'X9'] });
    const r = run(m);
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => c[2] === 'describe-cluster').map((c) => c[4])).toEqual(['portal-dev', 'portal_prod-2', 'X9']);
  });
});
