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

// A full production build: minutes on a loaded 2-core machine, so a longer limit than the default.
describe('a valid setting changes the built guide', { timeout: 300_000 }, () => {
  test('vendor-issued ExternalIds: step 1-1 asks to paste our ID instead of generating one, in both languages', () => {
    const { status, output, files } = build({ VENDOR_EXTERNAL_ID_MODE: 'vendor-issued', VENDOR_ACCOUNT_ID: '000011112222' }, [
      'roles/index.html',
      'en/roles/index.html',
    ]);
    expect(status, output).toBe(0);
    const [ja = '', en = ''] = files;
    expect(ja).toContain('当社から安全な手段でお送りした ExternalId');
    expect(ja).not.toContain('このページの生成ツールで ExternalId を生成します');
    expect(en).toContain('Paste the ExternalId we sent you');
    expect(en).not.toContain('Generate the ExternalId with the generator on this page');
    // The vendor account ID shown to the reader is the configured one.
    expect(ja).toContain('000011112222');
    expect(ja).not.toContain('111122223333');
  });
});
