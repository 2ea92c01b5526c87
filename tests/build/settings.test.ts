/**
 * A bad vendor setting stops the real `astro build`, naming every bad setting and its
 * environment variable. One build with three bad values (a build costs seconds even when it
 * stops at the settings): it proves that the build validates the settings, that it fails, and
 * that it names every bad value rather than only the first. Each setting's own rule and message
 * are covered in-process by tests/unit/core/resolve-settings.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';

describe('vendor settings are validated when the site builds', () => {
  test('bad values fail the build, each named with its environment variable', () => {
    const { status, output, pages } = buildSite({ VENDOR_ACCOUNT_ID: '12345', VENDOR_DEFAULT_REGION: 'mars-north-1', VENDOR_K8S_GROUP: 'system:masters' });
    expect(status, output).not.toBe(0);
    expect(status, output).not.toBeNull();
    expect(pages.size).toBe(0);
    for (const [setting, env] of [
      ['vendorAccountId', 'VENDOR_ACCOUNT_ID'],
      ['defaultRegion', 'VENDOR_DEFAULT_REGION'],
      ['kubernetes.group', 'VENDOR_K8S_GROUP'],
    ]) {
      expect(output).toContain(`Invalid vendor setting ${setting} (env ${env})`);
    }
  });
});

// What a valid setting changes in the built guide (vendor-issued ExternalIds, every name and
// option overridden) is one build for all of it: tests/build/all-options.test.ts.
