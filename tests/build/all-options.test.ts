/**
 * One real build with every optional vendor setting set and every name overridden (issue 10):
 * vendor role ARNs instead of the account root, the vendor-issued ExternalId mode, other role,
 * policy and Kubernetes names, other repository patterns (with a planned repository they do
 * not cover), clusters, vendor name and a published Launch Stack template. In both languages:
 * no page shows a default name or an example default, the trust policy's static text names
 * the vendor's role (not its account root), and only the vendor-issued wording is shown.
 *
 * One build for all of it, since a build is the slow part (this replaces the separate
 * overridden-names and vendor-issued builds); the same build is served to Chromium for the
 * Launch Stack block (./launch-stack-browser.ts), which only a build with a template has. The reader's own optional fields (permissions
 * boundary, tags) are not settings: the artifact tests cover them.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { buildSite, pagesContaining } from './build-site.ts';
import { launchStackInBrowser } from './launch-stack-browser.ts';
import { GENERATE_WORDING, VENDOR_ISSUED_WORDING } from './vendor-issued-wording.ts';
import { ALL_OPTIONS_SETTINGS as SETTINGS, ALL_OPTIONS_VENDOR_ROLE as VENDOR_ROLE } from './all-options-settings.ts';

/**
 * The defaults and example defaults as they would appear in a page. The artifact file names
 * (`vendor-eks-deployer-policy.json`, `vendor-portal-rbac.yaml`) are public contracts, not
 * settings, so the patterns skip them.
 */
const DEFAULTS: (string | RegExp)[] = [
  'VendorRepoPusher',
  'VendorEKSDeployer',
  /vendor-eks-deployer(?!-policy\.json)/,
  'vendor:portal:deployer',
  // The values panel's hint gives `portal-*` as an explicit example ("例: portal-*" /
  // "For example portal-*", a UI string of the catalogue), which is allowed.
  /(?<!vendor-|例: |For example )portal-/,
  /namespace: portal\b/,
  /-n portal\b/,
  /名前空間 <code[^>]*>portal<\/code>/,
  /<code[^>]*>portal<\/code> namespace/,
  'cron-runner',
  '111122223333',
  'Example Vendor',
];

/**
 * The CloudFormation template's logical resource IDs are fixed names (`VendorRepoPusherRole`,
 * `VendorRepoPusherPolicy`, …), not settings: they are taken out of the template's own text
 * (its build-time block and its highlighting templates) before the pages are searched.
 */
const LOGICAL_IDS = /\bVendor(?:RepoPusher|EKSDeployer)(?:Role|Policy)\b/g;
function withoutLogicalIds(path: string, html: string): string {
  return path.includes('cloudformation') ? html.replace(LOGICAL_IDS, '') : html;
}

/** The text of the static (no-JavaScript) block of snippet `id`, tags removed, entities decoded. */
function staticSnippetText(html: string, id: string): string {
  const start = html.indexOf(`data-snippet="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('data-snippet-templates', start);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

const site = buildSite(SETTINGS, { keep: true });
afterAll(() => {
  if (site.dir) rmSync(site.dir, { recursive: true, force: true });
});

describe('a build with every optional setting, in both languages', () => {
  const pages = new Map([...site.pages].map(([path, html]) => [path, withoutLogicalIds(path, html)]));
  const page = (path: string) => pages.get(path) ?? '';

  test('the build succeeds', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.pages.size).toBeGreaterThan(10);
  });

  for (const name of DEFAULTS) {
    test(`no page shows the default ${String(name)}`, () => {
      expect(pagesContaining(pages, name)).toEqual([]);
    });
  }

  test('the configured names are shown where the defaults were', () => {
    for (const path of ['roles/index.html', 'en/roles/index.html', 'cloudformation/index.html', 'en/cloudformation/index.html']) {
      for (const name of ['AcmeImagePusher', 'AcmeClusterDeployer', 'AcmeImagePusherPolicy', 'AcmeClusterDeployerPolicy']) expect(page(path), path).toContain(name);
    }
    for (const path of ['eks-access/index.html', 'en/eks-access/index.html', 'faq/index.html', 'en/faq/index.html']) {
      for (const name of ['acme-deployer', 'acme:apps:deployer', 'acme-apps']) expect(page(path), path).toContain(name);
    }
  });

  test('the vendor account ID shown to the reader is the configured one', () => {
    for (const path of ['roles/index.html', 'en/roles/index.html']) expect(page(path), path).toContain(SETTINGS.VENDOR_ACCOUNT_ID);
  });

  test('the repository warnings name the configured pattern and the planned repository it misses', () => {
    for (const path of ['roles/index.html', 'en/roles/index.html', 'prerequisites/index.html', 'en/prerequisites/index.html']) {
      expect(page(path), path).toMatch(/<code[^>]*>acme-\*<\/code>/);
      expect(page(path), path).toMatch(/<code[^>]*>batch-job<\/code>/);
      expect(page(path), path).toMatch(/<code[^>]*>acme-batch-job<\/code>/);
    }
  });

  test("the trust policy's static text trusts the vendor's role, not its account root", () => {
    for (const path of ['roles/index.html', 'en/roles/index.html']) {
      const text = staticSnippetText(page(path), 'trustPolicy');
      expect(text, path).toContain(VENDOR_ROLE);
      expect(text, path).not.toContain(':root');
      expect(text, path).toContain('sts:ExternalId');
    }
  });

  test('the browser gets the vendor role ARNs too (once, in the build\'s settings), so the live trust policy names the same roles', () => {
    // The settings reach the browser as one constant of the shared chunk (stores/settings.ts), not as island props.
    const arn = VENDOR_ROLE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(site.scripts).toMatch(new RegExp(`trustedVendorRoleArns:\\[(["'\`])${arn}\\1\\]`));
    for (const path of ['roles/index.html', 'en/roles/index.html']) expect(page(path), path).not.toContain('trustedVendorRoleArns');
  });

  test('the Launch Stack block fills its text with the catalogue\'s syntax: the region without braces', () => {
    expect(page('cloudformation/index.html')).toContain('の CloudFormation「スタックのクイック作成」画面を開きます');
    for (const path of ['cloudformation/index.html', 'en/cloudformation/index.html']) {
      const start = page(path).search(/class="launch-stack[ "]/);
      expect(start, path).toBeGreaterThan(0);
      const block = page(path).slice(start);
      expect(block.slice(0, 2000), path).not.toMatch(/\{\{?\w|\{[^}<]*\([a-z]{2}-[a-z]+-\d\)\}/);
    }
  });

  test('the roles pages explain what trusting a role means, and the console steps use a custom trust policy', () => {
    expect(page('roles/index.html')).toContain('一意の ID');
    expect(page('roles/index.html')).toContain('カスタム信頼ポリシー');
    expect(page('en/roles/index.html')).toContain('unique ID');
    expect(page('en/roles/index.html')).toContain('Custom trust policy');
    expect(page('roles/index.html')).not.toContain('「別の AWS アカウント」を選択します');
    expect(page('en/roles/index.html')).not.toContain('then <strong>Another AWS account</strong>');
  });

  test('the CloudFormation pages say the published template has no permissions boundary', () => {
    expect(page('cloudformation/index.html')).toContain('<code dir="auto">PermissionsBoundary</code> パラメータもタグもありません');
    expect(page('en/cloudformation/index.html')).toContain('no <code dir="auto">PermissionsBoundary</code> parameter');
  });

  for (const wording of GENERATE_WORDING) {
    test(`no page says "${wording}"`, () => {
      expect(pagesContaining(pages, wording)).toEqual([]);
    });
  }

  test('the pages that mention sending or generating say the vendor-issued thing instead', () => {
    for (const [path, wording] of VENDOR_ISSUED_WORDING) expect(page(path), path).toContain(wording);
  });

  test('no page leaves YOUR_ACCOUNT_ID in its prose (only the <YOUR_ACCOUNT_ID> placeholder)', () => {
    expect(pagesContaining(pages, /(?<!&lt;|&#x3C;|<)YOUR_ACCOUNT_ID/)).toEqual([]);
  });
});

launchStackInBrowser(site, SETTINGS.VENDOR_TEMPLATE_URL, SETTINGS.VENDOR_DEFAULT_REGION);
