import { describe, expect, test } from 'vitest';
import {
  VendorSettingsError,
  applyEnvOverrides,
  checkVendorSettings,
  resolveVendorSettings,
} from '../../../src/config/resolve-settings.ts';
import { SETTINGS_ENV, type VendorSettings } from '../../../src/config/settings-schema.ts';
import { vendorSettings } from '../../../src/config/vendor.ts';

// One valid override per variable, each different from the default.
const GOOD = {
  VENDOR_NAME: 'ACME 株式会社',
  VENDOR_ACCOUNT_ID: '000011112222',
  VENDOR_EXTERNAL_ID_PREFIX: 'acme-',
  VENDOR_EXTERNAL_ID_MODE: 'vendor-issued',
  VENDOR_DEFAULT_REGION: 'eu-central-1',
  VENDOR_DEFAULT_CLUSTERS: 'prod, staging',
  VENDOR_REPO_PATTERNS: 'acme-*,tools/*',
  VENDOR_PLANNED_REPOS: 'acme-web,tools/cli',
  VENDOR_ROLE_NAME_REPO_PUSHER: 'AcmePusher',
  VENDOR_ROLE_NAME_EKS_DEPLOYER: 'AcmeDeployer',
  VENDOR_POLICY_NAME_REPO_PUSHER: 'AcmePusherPolicy',
  VENDOR_POLICY_NAME_EKS_DEPLOYER: 'AcmeDeployerPolicy',
  VENDOR_K8S_USERNAME: 'acme-deployer',
  VENDOR_K8S_GROUP: 'acme:deployers',
  VENDOR_K8S_NAMESPACE: 'acme',
  VENDOR_SUPPORT_CONTACT: 'https://support.acme.example/ticket',
  VENDOR_TEMPLATE_URL: 'https://acme-templates.s3.eu-central-1.amazonaws.com/vendor-roles.cfn.yaml',
} as const satisfies Record<string, string>;

/** The variables (the test below checks that they are exactly those of SETTINGS_ENV). */
type Env = keyof typeof GOOD;

const EXPECTED: Record<Env, (s: VendorSettings) => unknown> = {
  VENDOR_NAME: (s) => s.vendorName,
  VENDOR_ACCOUNT_ID: (s) => s.vendorAccountId,
  VENDOR_EXTERNAL_ID_PREFIX: (s) => s.externalIdPrefix,
  VENDOR_EXTERNAL_ID_MODE: (s) => s.externalIdMode,
  VENDOR_DEFAULT_REGION: (s) => s.defaultRegion,
  VENDOR_DEFAULT_CLUSTERS: (s) => s.defaultClusters,
  VENDOR_REPO_PATTERNS: (s) => s.repoPatterns,
  VENDOR_PLANNED_REPOS: (s) => s.plannedRepos,
  VENDOR_ROLE_NAME_REPO_PUSHER: (s) => s.roleNames.repoPusher,
  VENDOR_ROLE_NAME_EKS_DEPLOYER: (s) => s.roleNames.eksDeployer,
  VENDOR_POLICY_NAME_REPO_PUSHER: (s) => s.policyNames.repoPusher,
  VENDOR_POLICY_NAME_EKS_DEPLOYER: (s) => s.policyNames.eksDeployer,
  VENDOR_K8S_USERNAME: (s) => s.kubernetes.username,
  VENDOR_K8S_GROUP: (s) => s.kubernetes.group,
  VENDOR_K8S_NAMESPACE: (s) => s.kubernetes.namespace,
  VENDOR_SUPPORT_CONTACT: (s) => s.supportContact,
  VENDOR_TEMPLATE_URL: (s) => s.templateUrl,
};

const LIST_VALUES: Partial<Record<Env, string[]>> = {
  VENDOR_DEFAULT_CLUSTERS: ['prod', 'staging'],
  VENDOR_REPO_PATTERNS: ['acme-*', 'tools/*'],
  VENDOR_PLANNED_REPOS: ['acme-web', 'tools/cli'],
};

function thrown(env: Record<string, string>): VendorSettingsError {
  try {
    resolveVendorSettings(env);
  } catch (e) {
    if (e instanceof VendorSettingsError) return e;
    throw e;
  }
  throw new Error('resolveVendorSettings did not throw');
}

describe('defaults', () => {
  test('the shipped vendor.ts resolves without errors', () => {
    expect(resolveVendorSettings()).toEqual(vendorSettings);
    expect(resolveVendorSettings({})).toEqual(vendorSettings);
  });
  test('its only problem is the deliberate cron-runner warning', () => {
    const problems = checkVendorSettings(vendorSettings);
    expect(problems.map((p) => [p.path, p.env, p.severity])).toEqual([['plannedRepos', 'VENDOR_PLANNED_REPOS', 'warning']]);
    expect(problems[0]?.rule).toContain('cron-runner');
  });
  test('resolving does not mutate vendor.ts', () => {
    const before = structuredClone(vendorSettings);
    resolveVendorSettings({ ...GOOD });
    expect(vendorSettings).toEqual(before);
  });
});

describe('environment overrides', () => {
  test('every variable of SETTINGS_ENV has a test value here', () => {
    expect(Object.keys(GOOD).sort()).toEqual(Object.keys(SETTINGS_ENV).sort());
  });

  test.each(Object.keys(GOOD) as Env[])('%s is applied', (name) => {
    const resolved = resolveVendorSettings({ [name]: GOOD[name] });
    const expected = LIST_VALUES[name] ?? GOOD[name];
    expect(EXPECTED[name](resolved)).toEqual(expected);
    expect(EXPECTED[name](resolved)).not.toEqual(EXPECTED[name](vendorSettings));
  });

  test('all overrides at once', () => {
    const resolved = resolveVendorSettings({ ...GOOD });
    for (const name of Object.keys(GOOD) as Env[]) {
      expect(EXPECTED[name](resolved)).toEqual(LIST_VALUES[name] ?? GOOD[name]);
    }
  });

  test('empty or unset variables keep the default; values are trimmed', () => {
    expect(resolveVendorSettings({ VENDOR_ACCOUNT_ID: '', VENDOR_NAME: undefined })).toEqual(vendorSettings);
    expect(resolveVendorSettings({ VENDOR_ACCOUNT_ID: '  000011112222\n' }).vendorAccountId).toBe('000011112222');
    expect(resolveVendorSettings({ VENDOR_DEFAULT_CLUSTERS: 'a\nb' }).defaultClusters).toEqual(['a', 'b']);
  });

  test('unrelated variables are ignored', () => {
    expect(applyEnvOverrides(vendorSettings, { PATH: '/bin', VENDOR_UNKNOWN: 'x' })).toEqual(vendorSettings);
  });
});

describe('bad values', () => {
  test('a bad account ID throws naming the setting, the variable and the rule', () => {
    const error = thrown({ VENDOR_ACCOUNT_ID: '12345' });
    expect(error.name).toBe('VendorSettingsError');
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/^Invalid vendor setting vendorAccountId \(env VENDOR_ACCOUNT_ID\): .*"12345".*must be exactly 12 digits/);
  });

  test.each([
    ['VENDOR_NAME', '\u0000', 'vendorName'],
    ['VENDOR_EXTERNAL_ID_PREFIX', 'has space', 'externalIdPrefix'],
    ['VENDOR_EXTERNAL_ID_PREFIX', 'x'.repeat(65), 'externalIdPrefix'],
    ['VENDOR_EXTERNAL_ID_MODE', 'random', 'externalIdMode'],
    ['VENDOR_DEFAULT_REGION', 'tokyo', 'defaultRegion'],
    ['VENDOR_DEFAULT_CLUSTERS', 'bad name', 'defaultClusters'],
    ['VENDOR_REPO_PATTERNS', '*', 'repoPatterns'],
    ['VENDOR_PLANNED_REPOS', 'Portal-API', 'plannedRepos'],
    ['VENDOR_ROLE_NAME_REPO_PUSHER', 'bad/role', 'roleNames.repoPusher'],
    ['VENDOR_ROLE_NAME_EKS_DEPLOYER', 'VendorRepoPusher', 'roleNames.eksDeployer'],
    ['VENDOR_POLICY_NAME_REPO_PUSHER', 'x'.repeat(129), 'policyNames.repoPusher'],
    ['VENDOR_POLICY_NAME_EKS_DEPLOYER', 'bad policy', 'policyNames.eksDeployer'],
    ['VENDOR_K8S_USERNAME', 'system:admin', 'kubernetes.username'],
    ['VENDOR_K8S_GROUP', 'system:masters', 'kubernetes.group'],
    ['VENDOR_K8S_NAMESPACE', 'Portal', 'kubernetes.namespace'],
    ['VENDOR_SUPPORT_CONTACT', 'http://support.example.com', 'supportContact'],
    ['VENDOR_SUPPORT_CONTACT', 'not an address', 'supportContact'],
    ['VENDOR_TEMPLATE_URL', 'http://bucket.s3.amazonaws.com/t.yaml', 'templateUrl'],
    ['VENDOR_TEMPLATE_URL', 'https://evil.example.com/t.yaml', 'templateUrl'],
    ['VENDOR_TEMPLATE_URL', 'https://s3.amazonaws.com.evil.example/t.yaml', 'templateUrl'],
    ['VENDOR_TEMPLATE_URL', 'https://user:pw@bucket.s3.amazonaws.com/t.yaml', 'templateUrl'],
  ])('%s=%j is refused as %s', (name, value, path) => {
    const error = thrown({ [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(`Invalid vendor setting ${path} (env ${name}): `);
  });

  test.each([
    'https://bucket.s3.amazonaws.com/t.yaml',
    'https://bucket.s3.ap-northeast-1.amazonaws.com/path/t.yaml',
    'https://s3.ap-northeast-1.amazonaws.com/bucket/t.yaml',
    'https://bucket.s3-ap-northeast-1.amazonaws.com/t.yaml',
    'https://bucket.s3.cn-north-1.amazonaws.com.cn/t.yaml',
  ])('template URL %j is accepted', (url) => {
    expect(resolveVendorSettings({ VENDOR_TEMPLATE_URL: url }).templateUrl).toBe(url);
  });

  test('an e-mail address is a valid support contact', () => {
    expect(resolveVendorSettings({ VENDOR_SUPPORT_CONTACT: 'help@acme.co.jp' }).supportContact).toBe('help@acme.co.jp');
  });

  test('several bad values are all listed in one error, in settings order', () => {
    const error = thrown({
      VENDOR_TEMPLATE_URL: 'ftp://x',
      VENDOR_ACCOUNT_ID: 'abc',
      VENDOR_K8S_GROUP: 'system:masters',
      VENDOR_REPO_PATTERNS: '*,Bad',
    });
    expect(error.problems.map((p) => p.match(/\(env (\w+)\)/)?.[1])).toEqual([
      'VENDOR_ACCOUNT_ID',
      'VENDOR_REPO_PATTERNS',
      'VENDOR_REPO_PATTERNS',
      'VENDOR_K8S_GROUP',
      'VENDOR_TEMPLATE_URL',
    ]);
    expect(error.message.split('\n')).toHaveLength(5);
  });

  test('messages are English only', () => {
    const error = thrown({ VENDOR_ACCOUNT_ID: 'x', VENDOR_DEFAULT_CLUSTERS: '-a', VENDOR_K8S_NAMESPACE: 'kube_system' });
    expect(error.message).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
  });
});

describe('the schema', () => {
  test('every setting has a description and an environment variable; field settings take theirs from the field table', async () => {
    const { SETTING_LEAVES } = await import('../../../src/config/settings-schema.ts');
    const { FIELDS } = await import('../../../src/core/fields.ts');
    for (const leaf of SETTING_LEAVES) expect(leaf.description, leaf.path).not.toBe('');
    for (const def of Object.values(FIELDS)) {
      if (!('setting' in def)) continue;
      const leaf = SETTING_LEAVES.find((l) => l.path === def.setting);
      expect(leaf?.env, def.setting).toBe(def.env);
      expect(leaf?.description).toBe(def.description);
    }
    expect(Object.keys(SETTINGS_ENV)).toHaveLength(SETTING_LEAVES.length);
  });
});
