import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Runs the real `astro build` with extra environment variables into a throw-away folder;
 * `read` lists built files (relative to the output folder) to return the text of.
 */
function build(env: Record<string, string>, read: string[] = []) {
  const outDir = mkdtempSync(join(tmpdir(), 'method-b-build-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 280_000,
    });
    const files = result.status === 0 ? read.map((f) => readFileSync(join(outDir, f), 'utf8')) : [];
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, files };
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

// What a valid setting changes in the built guide (vendor-issued ExternalIds, every name and
// option overridden) is one build for all of it: tests/build/all-options.test.ts.
