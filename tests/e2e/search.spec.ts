/**
 * Search (Pagefind through Starlight, issue 8 §6): its UI loads on first use — pointing at,
 * focusing or opening the search (button, Ctrl+K, `/`) — and never at idle; the first query
 * then answers, in both languages.
 */
import { expect, test, type Page } from '@playwright/test';

/** Same-origin script and fetch requests of Pagefind (its UI, its index and WebAssembly). */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/pagefind\/|ui-core/.test(path)) seen.push(path);
  });
  return seen;
}

/** Waits until the search button is live (Starlight enables it from its script). */
async function searchLive(page: Page): Promise<void> {
  await expect(page.locator('button[data-open-modal]')).toBeEnabled();
}

/** Types a query into the open dialog and returns the result links' paths. */
async function query(page: Page, text: string): Promise<string[]> {
  // The UI is there once the element says so (`data-ready`), and the input has focus.
  await expect(page.locator('site-search[data-ready]')).toHaveCount(1);
  const input = page.locator('#starlight__search input');
  await expect(input).toBeFocused();
  await input.fill(text);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('search', () => {
  test('nothing of the search loads until the reader reaches for it', async ({ page }) => {
    const requests = pagefindRequests(page);
    await page.goto('/roles/');
    await searchLive(page);
    await page.waitForLoadState('networkidle');
    // An idle callback has had every chance to run by now: Starlight's would have loaded the UI.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
    expect(requests).toEqual([]);
    await expect(page.locator('site-search[data-ready]')).toHaveCount(0);
    // Pointing at the button starts loading, before any click.
    await page.locator('button[data-open-modal]').hover();
    await expect(page.locator('site-search[data-ready]')).toHaveCount(1);
    expect(requests.some((p) => p.includes('ui-core'))).toBe(true);
  });

  test('the button: the first Japanese query finds the Japanese pages', async ({ page }) => {
    await page.goto('/');
    await searchLive(page);
    await page.locator('button[data-open-modal]').click();
    const paths = await query(page, '外部ID');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => !p.startsWith('/en/'))).toBe(true);
    expect(paths).toContain('/roles/');
  });

  test('Ctrl+K: the first query (ロール) finds the roles page', async ({ page }) => {
    await page.goto('/prerequisites/');
    await searchLive(page);
    await page.keyboard.press('Control+k');
    expect(await query(page, 'ロール')).toContain('/roles/');
  });

  test('`/`: the first English query finds the English pages', async ({ page }) => {
    await page.goto('/en/');
    await searchLive(page);
    await page.keyboard.press('/');
    const paths = await query(page, 'ExternalId');
    expect(paths.every((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths).toContain('/en/roles/');
  });

  test('`/` typed into a field is a character, not the shortcut', async ({ page }) => {
    await page.goto('/en/roles/');
    await searchLive(page);
    const field = page.locator('[data-values-panel] button[aria-expanded]').first();
    await field.click();
    const input = page.locator('[data-values-panel] [name="repoPatterns"]');
    await input.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('/');
    await expect(page.locator('site-search dialog')).not.toHaveAttribute('open');
    await expect(input).toHaveValue(/\/$/);
  });
});
