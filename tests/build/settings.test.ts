import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs the real `astro build` with extra environment variables into a throw-away folder. */
function build(env: Record<string, string>) {
  const outDir = mkdtempSync(join(tmpdir(), 'method-b-build-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('vendor settings are validated when the site builds', () => {
  test('a vendor account ID that is not 12 digits fails the build, naming the setting', () => {
    const { status, output } = build({ VENDOR_ACCOUNT_ID: '12345' });
    expect(status).not.toBe(0);
    expect(output).toContain('vendorAccountId');
    expect(output).toContain('VENDOR_ACCOUNT_ID');
  });

  test('several bad values are all named', () => {
    const { status, output } = build({ VENDOR_DEFAULT_REGION: 'mars-north-1', VENDOR_K8S_GROUP: 'system:masters' });
    expect(status).not.toBe(0);
    expect(output).toContain('defaultRegion');
    expect(output).toContain('kubernetes.group');
  });
});
