import { expect, test } from '@playwright/test';
import { ALL_PAGES, LOCALES, SECTION_IDS, SECTION_PAGES, sitemapPaths } from './support/site.ts';

test.describe('every page, both languages', () => {
  test('the sitemap lists exactly the guide pages', () => {
    expect(sitemapPaths().sort()).toEqual(ALL_PAGES.map((p) => p.path).sort());
  });

  for (const { lang, path } of ALL_PAGES) {
    test(`${path} renders in ${lang}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      // Alternates for search engines, both ways.
      await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    });
  }
});

test.describe('fixed section IDs and /go/ permalinks', () => {
  for (const { lang, prefix } of LOCALES) {
    for (const id of SECTION_IDS) {
      test(`${lang}: #${id} exists and ${prefix}go/${id}/ lands on it`, async ({ page }) => {
        const pagePath = `${prefix}${SECTION_PAGES[id] ? `${SECTION_PAGES[id]}/` : ''}`;
        await page.goto(`${prefix}go/${id}/`);
        await page.waitForURL((url) => url.hash === `#${id}`);
        const url = new URL(page.url());
        expect(url.pathname).toBe(pagePath);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // Exactly one element has the ID on the page it lives on, and the link lands on it.
        await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      });
    }
  }

  test('/go/ keeps the query string', async ({ page }) => {
    await page.goto('/en/go/repo-pusher/?region=us-east-1');
    await page.waitForURL(/#repo-pusher$/);
    expect(new URL(page.url()).search).toBe('?region=us-east-1');
  });

  test('an unknown section ID gets a helpful 404 listing the sections', async ({ page }) => {
    const response = await page.goto('/go/no-such-section/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-unknown-section]')).toBeVisible();
    for (const id of SECTION_IDS) await expect(page.locator(`a[href$="/go/${id}/"]`).first()).toBeAttached();
  });
});

test.describe('language picker', () => {
  test('switching language keeps the anchor', async ({ page }) => {
    await page.goto('/roles/#eks-deployer');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL('**/en/roles/#eks-deployer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.locator('starlight-lang-select select').first().selectOption({ label: '日本語' });
    await page.waitForURL((url) => url.pathname === '/roles/' && url.hash === '#eks-deployer');
  });
});

test.describe('copy link to a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every heading has a visible copy-link button; fixed sections copy their permalink', async ({ page }) => {
    await page.goto('/roles/');
    // The guide's section headings (widgets' dialog titles are not sections).
    const headings = page.locator('.sl-markdown-content .sl-heading-wrapper > :is(h2, h3, h4)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(3);
    await expect(page.locator('.sl-markdown-content .copy-section-link')).toHaveCount(count);

    const button = page.locator('#repo-pusher').locator('xpath=..').locator('.copy-section-link');
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName(/へのリンクをコピー/);
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'リンクをコピーしました' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('/go/repo-pusher/', page.url()).href);
  });

  test('English pages copy the English permalink', async ({ page }) => {
    await page.goto('/en/faq/');
    const button = page.locator('#faq').locator('xpath=..').locator('.copy-section-link');
    await expect(button).toHaveAccessibleName(/Copy link to/);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/en/go/faq/', page.url()).href);
  });
});
