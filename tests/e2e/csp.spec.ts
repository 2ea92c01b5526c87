import { expect, test } from '@playwright/test';
import { cspPort } from '../../playwright.config.ts';
import { ALL_PAGES } from './support/site.ts';
import { recordCspViolations } from './support/csp.ts';

const headerOrigin = `http://127.0.0.1:${cspPort}`;

test.describe('strict Content-Security-Policy', () => {
  test('every page carries a strict policy in its <meta>', async ({ page }) => {
    for (const { path } of ALL_PAGES) {
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'self'/);
      const scriptSrc = policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });

  test('the response-header policy (_headers) is enforced with no violation on any page, search included', async ({ page }) => {
    const violations = await recordCspViolations(page);
    for (const { path } of ALL_PAGES) {
      const response = await page.goto(`${headerOrigin}${path}`, { waitUntil: 'networkidle' });
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(header).toMatch(/frame-ancestors 'none'/);
      expect(header).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    }
    // Search loads Pagefind's scripts and WebAssembly on demand: it must work under the policy.
    await page.goto(`${headerOrigin}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill('ロール');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a violation would be caught (the recorder works)', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto(`${headerOrigin}/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });
});
