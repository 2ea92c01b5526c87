/**
 * The ExternalId: never in the static HTML, generated on click, kept for the tab (and on the
 * device only by opt-in), never in a URL or request, copied to the clipboard, and replaced
 * only after confirmation once it has left the page.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { pagesUsing } from '../../src/integrations/builder-placement.ts';
import { ALL_PAGES } from './support/site.ts';
import {
  EXTERNAL_ID_KEY,
  GENERATED_ID,
  hydrated,
  LANGS,
  open,
  SETTINGS,
  storage,
  storedExternalId,
  TEXT,
} from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The generator panel of section 1-1. */
function generator(page: Page) {
  return page.locator('[data-external-id-panel="generator"]');
}

/** Every request the page makes, with its body. */
function recordRequests(page: Page): { url: string; body: string }[] {
  const seen: { url: string; body: string }[] = [];
  page.on('request', (request: Request) => seen.push({ url: request.url(), body: request.postData() ?? '' }));
  return seen;
}

/** Shows the ID (it is masked by default) and returns the text shown. */
async function shownId(scope: ReturnType<typeof generator>, lang: 'ja' | 'en'): Promise<string> {
  const show = scope.getByRole('button', { name: TEXT[lang].show });
  if ((await show.getAttribute('aria-pressed')) !== 'true') await show.click();
  return (await scope.locator('.external-id-value').textContent()) ?? '';
}

// Every guide page, and the ExternalId panel on each page whose content places it (read from there).
test('the built pages contain no ExternalId', async ({ request }) => {
  const withPanel = pagesUsing('ExternalIdPanel');
  expect(withPanel.length, 'pages with the ExternalId panel').toBeGreaterThan(0);
  for (const { path, page } of ALL_PAGES) {
    const html = await (await request.get(path)).text();
    expect(html.includes('data-external-id-panel'), path).toBe(withPanel.includes(page));
    expect(html, path).not.toMatch(new RegExp(`${SETTINGS.externalIdPrefix}[0-9A-Za-z]{32}`));
  }
});

for (const { lang, prefix } of LANGS) {
  test.describe(`ExternalId (${lang})`, () => {
    test('generated on click, masked until shown, kept in the tab, never in localStorage, a URL or a request', async ({ page }) => {
      const requests = recordRequests(page);
      await open(page, `${prefix}roles/`);
      const panel = generator(page);
      expect(await storedExternalId(page)).toBe('');
      await expect(panel.getByRole('button', { name: TEXT[lang].copy })).toHaveCount(0);

      await panel.getByRole('button', { name: TEXT[lang].generate }).click();
      await expect(panel.getByRole('status')).toHaveText(/./);
      const id = await storedExternalId(page);
      expect(id).toMatch(GENERATED_ID);
      // Masked: only the vendor's prefix is on screen until the reader asks.
      await expect(panel.locator('.external-id-value')).not.toContainText(id);
      await expect(panel.locator('.external-id-value')).toContainText(SETTINGS.externalIdPrefix);
      expect(await shownId(panel, lang)).toBe(id);
      await expect(panel.getByRole('button', { name: TEXT[lang].show })).toHaveAttribute('aria-pressed', 'true');
      await panel.getByRole('button', { name: TEXT[lang].show }).click();
      await expect(panel.locator('.external-id-value')).not.toContainText(id);

      // Copy: the clipboard holds exactly the ID; the copy is confirmed visibly and as a status.
      await panel.getByRole('button', { name: TEXT[lang].copy }).click();
      await expect(panel.getByRole('status')).toHaveText(TEXT[lang].copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);

      // The tab keeps it across a reload and a navigation; localStorage never sees it.
      await page.reload();
      await hydrated(page);
      expect(await shownId(generator(page), lang)).toBe(id);
      await open(page, `${prefix}handoff/`);
      const handoff = page.locator('[data-external-id-panel="handoff"]');
      expect(await shownId(handoff, lang)).toBe(id);
      await handoff.getByRole('button', { name: TEXT[lang].copy }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
      await open(page, `${prefix}checklist/`);

      const { local, session } = await storage(page);
      expect(session[EXTERNAL_ID_KEY]).toBe(id);
      for (const [key, value] of Object.entries(local)) expect(`${key}=${value}`).not.toContain(id);
      expect(page.url()).not.toContain(id);
      expect(requests.length).toBeGreaterThan(0);
      for (const r of requests) {
        expect(r.url).not.toContain(id);
        expect(r.url).not.toContain(encodeURIComponent(id));
        expect(r.body).not.toContain(id);
      }
    });

    test('"remember on this device" moves it to localStorage, and unticking removes it there', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      const panel = generator(page);
      await panel.getByRole('button', { name: TEXT[lang].generate }).click();
      const id = await storedExternalId(page);
      const remember = panel.getByRole('checkbox', { name: TEXT[lang].remember });
      await expect(remember).not.toBeChecked();

      await remember.check();
      let { local, session } = await storage(page);
      expect(local[EXTERNAL_ID_KEY]).toBe(id);
      expect(session[EXTERNAL_ID_KEY]).toBeUndefined();
      // A new tab of the same browser (a fresh session) finds it.
      const other = await page.context().newPage();
      await open(other, `${prefix}handoff/`);
      expect(await other.evaluate((key) => localStorage.getItem(key), EXTERNAL_ID_KEY)).toBe(id);
      await expect(other.locator('[data-external-id-panel="handoff"]').getByRole('button', { name: TEXT[lang].copy })).toBeEnabled();
      await other.close();

      await page.reload();
      await hydrated(page);
      await expect(generator(page).getByRole('checkbox', { name: TEXT[lang].remember })).toBeChecked();
      await generator(page).getByRole('checkbox', { name: TEXT[lang].remember }).uncheck();
      ({ local, session } = await storage(page));
      expect(local[EXTERNAL_ID_KEY]).toBeUndefined();
      for (const value of Object.values(local)) expect(value).not.toContain(id);
      expect(session[EXTERNAL_ID_KEY]).toBe(id);
    });

    test('regenerating before the ID left the page just replaces it; afterwards it asks, and cancel keeps it', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      const panel = generator(page);
      const dialog = page.getByRole('dialog');
      await panel.getByRole('button', { name: TEXT[lang].generate }).click();
      const first = await storedExternalId(page);

      await panel.getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
      await expect(dialog).toBeHidden();
      const second = await storedExternalId(page);
      expect(second).toMatch(GENERATED_ID);
      expect(second).not.toBe(first);

      await panel.getByRole('button', { name: TEXT[lang].copy }).click();
      await panel.getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: TEXT[lang].cancel }).click();
      await expect(dialog).toBeHidden();
      expect(await storedExternalId(page)).toBe(second);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second);

      // Escape cancels too.
      await panel.getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      expect(await storedExternalId(page)).toBe(second);

      await panel.getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
      await dialog.getByRole('button', { name: TEXT[lang].regenConfirm, exact: true }).click();
      await expect(dialog).toBeHidden();
      const third = await storedExternalId(page);
      expect(third).toMatch(GENERATED_ID);
      expect(third).not.toBe(second);
    });

    test('after a download of an artifact holding the ID, regenerating asks too', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await generator(page).getByRole('button', { name: TEXT[lang].generate }).click();
      const id = await storedExternalId(page);
      // What a snippet block records when the trust policy is downloaded.
      await page.evaluate(() => {
        const key = 'method-b-guide:v1';
        const state = JSON.parse(localStorage.getItem(key) ?? '{}');
        state.used = { ...state.used, 'artifact.trustPolicy.downloaded': true };
        localStorage.setItem(key, JSON.stringify(state));
      });
      await page.reload();
      await hydrated(page);
      await generator(page).getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.getByRole('dialog').getByRole('button', { name: TEXT[lang].cancel }).click();
      expect(await storedExternalId(page)).toBe(id);
    });

    test('the handoff copy points to 1-1 when there is no ID yet, and reminds to send it separately', async ({ page }) => {
      await open(page, `${prefix}handoff/`);
      const handoff = page.locator('[data-external-id-panel="handoff"]');
      await expect(handoff.getByRole('button', { name: TEXT[lang].copy })).toBeDisabled();
      await expect(handoff.locator(`a[href$="roles/#external-id"]`)).toBeVisible();
      await expect(handoff.locator('.external-id-reminder')).toContainText('handoff.md');
    });
  });
}

test('an absurdly long stored ExternalId is not loaded', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem(key, 'x'.repeat(5000));
    }
  }, EXTERNAL_ID_KEY);
  await open(page, '/roles/');
  await expect(generator(page).getByRole('button', { name: TEXT.ja.generate })).toBeVisible();
});
