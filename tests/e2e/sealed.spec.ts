/**
 * "Nothing leaves", end to end: with the response-header CSP enforced, a reader fills the
 * values, generates the ExternalId, copies and downloads every snippet and searches, on every
 * personalised page of both languages. Every request must go to the site's own origin, none
 * may carry the ExternalId, and no CSP violation may occur.
 */
import { expect, test } from '@playwright/test';
import { cspPort } from '../../playwright.config.ts';
import { recordCspViolations } from './support/csp.ts';
import { LANGS, PERSONALISED, TEXT, field, hydrated, openPanel, storedExternalId } from './support/widgets.ts';

const origin = `http://127.0.0.1:${cspPort}`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

for (const { lang, prefix } of LANGS) {
  test(`${lang}: every widget used under the strict CSP; every request same-origin, none with the ExternalId`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await recordCspViolations(page);
    const requests: { url: string; body: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));

    // The ExternalId is generated on the roles page and kept for the tab.
    await page.goto(`${origin}${prefix}roles/`);
    await hydrated(page);
    await page.getByRole('button', { name: TEXT[lang].generate }).first().click();
    const externalId = await storedExternalId(page);
    expect(externalId).not.toBe('');

    let downloads = 0;
    for (const slug of PERSONALISED) {
      await page.goto(`${origin}${prefix}${slug}/`);
      await hydrated(page);
      await openPanel(page);
      await field(page, 'accountId').fill('123456789012');
      await page.keyboard.press('Escape');
      const blocks = page.locator('[data-snippet]');
      // The blocks to use, in one round trip: visible ones (not inside a tab the reader did not
      // open) whose Copy button is enabled.
      const usable = await blocks.evaluateAll((all) =>
        all.flatMap((block, i) =>
          block.checkVisibility({ visibilityProperty: true }) && block.getBoundingClientRect().height > 0 &&
          block.querySelector('.snippet-button')?.getAttribute('aria-disabled') !== 'true' ? [i] : [],
        ),
      );
      for (const i of usable) {
        const block = blocks.nth(i);
        const copy = block.locator('.snippet-button').first();
        const download = block.locator('.snippet-button').nth(1);
        await copy.click();
        const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
        expect(file.url()).toMatch(/^(blob|data):/);
        downloads++;
      }
      // Search, too, loads its index and WebAssembly from the site under the same policy.
      await page.locator('button[data-open-modal]').click();
      await page.locator('#starlight__search input').fill(lang === 'ja' ? 'ロール' : 'role');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
      await page.keyboard.press('Escape');
    }
    expect(downloads).toBeGreaterThanOrEqual(8);

    const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !/^(blob|data):/.test(r.url));
    expect(foreign).toEqual([]);
    const leaking = requests.filter((r) => r.url.includes(externalId) || r.body.includes(externalId));
    expect(leaking).toEqual([]);
    expect(page.url()).not.toContain(externalId);
    expect(violations).toEqual([]);
  });
}
