/**
 * Nothing lost, ever, silently (issues 8.4, 9.6): saving is debounced but flushed when the
 * page goes away, so a reload in the middle of typing keeps the last keystroke; a value too
 * long to keep is refused at the field with a message and the last valid value stays;
 * storage that cannot keep anything is reported; values stored by the previous version load.
 */
import { expect, test } from '@playwright/test';
import { filled, ui } from './support/state.ts';
import { field, hydrated, LANGS, open, openPanel, panel, STATE_KEY } from './support/widgets.ts';
import { watchPage } from './support/site.ts';

const MAX = 20_000;

for (const { lang, prefix } of LANGS) {
  test.describe(`persistence (${lang})`, () => {
    test('a reload right after typing keeps every keystroke', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      await field(page, 'accountId').pressSequentially('123456789012');
      await field(page, 'clusters').fill('typed-a\ntyped-b');
      // No wait for the debounced save: leaving the page must flush it.
      await page.reload();
      await hydrated(page);
      await openPanel(page);
      await expect(field(page, 'accountId')).toHaveValue('123456789012');
      await expect(field(page, 'clusters')).toHaveValue('typed-a\ntyped-b');
    });

    test('a value too long to keep is refused with a message; the previous value stays, also after a reload', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      await field(page, 'repos').fill('portal-api');
      await field(page, 'repos').fill('x'.repeat(MAX + 1));
      const refused = panel(page).locator('.values-field:has([name="repos"]) [data-refused]');
      const max = MAX.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
      await expect(refused).toContainText(filled(ui(lang, 'values.tooLong'), { max }));
      await expect(field(page, 'repos')).toHaveValue('portal-api');
      await page.reload();
      await hydrated(page);
      await openPanel(page);
      await expect(field(page, 'repos')).toHaveValue('portal-api');
    });

    test('storage that refuses to keep anything is reported once', async ({ page }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      await field(page, 'accountId').fill('123456789012');
      const notice = page.locator('[data-storage-problem="full"]');
      await expect(notice).toHaveText(ui(lang, 'storage.full'));
      await field(page, 'accountId').fill('123456789013');
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(page.locator('[data-storage-problem]')).toHaveCount(1);
    });
  });
}

test('values stored by the previous version load, and its ExternalId marks stay with that ID', async ({ page }) => {
  await page.goto('/roles/');
  const id = 'vnd-AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH';
  await page.evaluate(
    ([key, idKey, value]) => {
      localStorage.setItem(
        key!,
        JSON.stringify({ values: { accountId: '210987654321' }, used: { 'externalId.copied': true }, checks: {}, fromLink: [] }),
      );
      sessionStorage.setItem(idKey!, value!);
    },
    [STATE_KEY, 'method-b-guide:v1:external-id', id],
  );
  await page.reload();
  await hydrated(page);
  await openPanel(page);
  await expect(field(page, 'accountId')).toHaveValue('210987654321');
  // The old "copied" mark now belongs to that ID: regenerating asks.
  await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: '再生成' }).click();
  await expect(page.locator('dialog[open]')).toBeVisible();
});

test('a browser that blocks site data: the page follows the system theme, tabs and theme picker work, and the reader is told nothing is kept', async ({ page }) => {
  // What Chrome does when site data is blocked (a setting, or a company policy): even reading
  // either storage area throws. src/stores/storage-guard.ts keeps Starlight's scripts working.
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
    }
  });
  const watch = watchPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/roles/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // Tabs of one sync key follow each other.
  const synced = page.locator('starlight-tabs[data-sync-key="iam-tool"]');
  await synced.first().getByRole('tab', { name: 'AWS CLI' }).click();
  for (const tabs of await synced.all()) await expect(tabs.getByRole('tab', { name: 'AWS CLI' })).toHaveAttribute('aria-selected', 'true');
  await openPanel(page);
  await field(page, 'accountId').fill('123456789012');
  // Said once, under the values bar (sticky, so in view), not by a widget further down the page
  // that happened to hydrate first (the ExternalId panel did, at random).
  const notice = panel(page).locator('[data-storage-problem="unavailable"]');
  await expect(notice).toHaveText(ui('ja', 'storage.unavailable'));
  await expect(notice).toBeInViewport();
  await expect(page.locator('[data-storage-problem]')).toHaveCount(1);
  expect(watch.errors).toEqual([]);
});
