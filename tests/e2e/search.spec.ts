import { expect, test, type Page } from '@playwright/test';

/** Opens the search dialog, types a query and returns the result links' paths. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return (await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
}

test.describe('search', () => {
  test('a Japanese query finds the Japanese page', async ({ page }) => {
    await page.goto('/');
    const paths = await search(page, '外部ID');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => !p.startsWith('/en/'))).toBe(true);
    expect(paths).toContain('/roles/');
  });

  test('another Japanese word (ロール) finds the roles page', async ({ page }) => {
    await page.goto('/prerequisites/');
    expect(await search(page, 'ロール')).toContain('/roles/');
  });

  test('an English query finds the English page', async ({ page }) => {
    await page.goto('/en/');
    const paths = await search(page, 'ExternalId');
    expect(paths.every((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths).toContain('/en/roles/');
  });
});
