import { expect, test } from '@playwright/test';
import { cspPort } from '../../playwright.config.ts';
import { recordCspViolations } from './support/csp.ts';

const headerOrigin = `http://127.0.0.1:${cspPort}`;

test.describe('strict Content-Security-Policy', () => {
  // Every page's <meta> policy, its response header and the absence of violations on a full
  // load of every page are checked by the page sweep in tests/e2e/pages.spec.ts.
  test('search works under the response-header policy (_headers) with no violation', async ({ page }) => {
    const violations = await recordCspViolations(page);
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
