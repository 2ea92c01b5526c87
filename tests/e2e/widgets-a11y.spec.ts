/**
 * Accessibility of the widgets: axe-core (all rules but AAA, as tests/e2e/a11y.spec.ts) with
 * the widgets empty, filled and showing errors, with the panel and the dialogs open, in both
 * languages and both themes; and keyboard-only use of the values and ExternalId panels.
 */
import { expect, test, type Page } from '@playwright/test';
import { field, LANGS, open, openPanel, panel, storedExternalId, TEXT, toggle, violationsBothThemes } from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** axe on the widgets in both themes, in the page's current state (one load per test). */
const violations = violationsBothThemes;

/** Fills every field with valid values. */
async function fillValid(page: Page): Promise<void> {
  await field(page, 'accountId').fill('123456789012');
  await field(page, 'region').selectOption('us-east-1');
  await field(page, 'clusters').fill('prod-a\nprod-b');
  await field(page, 'repoPatterns').fill('portal-*');
  await field(page, 'repos').fill('portal-api\ncron-runner');
}

/** Fills every field with something wrong. */
async function fillErrors(page: Page): Promise<void> {
  await field(page, 'accountId').fill('12-34');
  await field(page, 'clusters').fill('-bad\n"],"Action":"*"');
  await field(page, 'repoPatterns').fill('*');
  await field(page, 'repos').fill('Bad Repo\n<script>');
}

for (const { lang, prefix } of LANGS) {
  {
    test.describe(`axe: widgets (${lang}, light and dark)`, () => {
      // Each state is checked in both themes on one load: twice the axe runs of a test.
      test.describe.configure({ timeout: 180_000 });
      test('values panel open and empty, filled, with errors, and the clear dialog', async ({ page }) => {
        // Closed (the first visit) is the page as tests/e2e/a11y.spec.ts checks it, whole and in both themes.
        await open(page, `${prefix}roles/`);
        await openPanel(page);
        expect(await violations(page), 'open, empty').toEqual([]);
        await fillValid(page);
        expect(await violations(page), 'filled').toEqual([]);
        await fillErrors(page);
        await expect(panel(page).locator('.values-issue--error').first()).toBeVisible();
        expect(await violations(page), 'errors').toEqual([]);
        await panel(page).getByRole('button', { name: TEXT[lang].clear }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page), 'clear dialog').toEqual([]);
      });

      test('a link with values awaiting an answer', async ({ page }) => {
        await open(page, `${prefix}prerequisites/`);
        await openPanel(page);
        await field(page, 'accountId').fill('123123123123');
        await page.goto(`${prefix}prerequisites/?accountId=999988887777&clusters=a%22%5D`);
        await expect(panel(page).locator('.values-offer')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      test('ExternalId: generated, shown, copied, regenerate dialog; handoff copy', async ({ page }) => {
        await open(page, `${prefix}roles/`);
        const gen = page.locator('[data-external-id-panel="generator"]');
        // Empty (the first visit): tests/e2e/a11y.spec.ts, whole page, both themes.
        await gen.getByRole('button', { name: TEXT[lang].generate }).click();
        expect(await violations(page), 'generated').toEqual([]);
        await gen.getByRole('button', { name: TEXT[lang].show }).click();
        await gen.getByRole('button', { name: TEXT[lang].copy }).click();
        await expect(gen.getByRole('status')).toHaveText(TEXT[lang].copied);
        expect(await violations(page), 'shown, copied').toEqual([]);
        await gen.getByRole('button', { name: TEXT[lang].regenerate, exact: true }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page), 'regenerate dialog').toEqual([]);
        await page.keyboard.press('Escape');

        await open(page, `${prefix}handoff/`);
        expect(await violations(page), 'handoff').toEqual([]);
      });

      test('checklist, partly ticked', async ({ page }) => {
        // Empty (the first visit): tests/e2e/a11y.spec.ts, whole page, both themes.
        await open(page, `${prefix}checklist/`);
        await page.locator('[data-checklist-item="roles"]').check();
        await page.locator('[data-checklist-item="verify"]').check();
        expect(await violations(page), 'ticked').toEqual([]);
      });
    });
  }

  test.describe(`keyboard only (${lang})`, () => {
    test('the values panel: Tab to every control, operate with Enter and Space', async ({ page }) => {
      await open(page, `${prefix}handoff/`);
      await toggle(page).focus();
      await page.keyboard.press('Enter');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');

      // Tab order: account, region, clusters, patterns, repos, boundary, tags, (link button), clear.
      await page.keyboard.press('Tab');
      await expect(field(page, 'accountId')).toBeFocused();
      await page.keyboard.type('123456789012');
      await page.keyboard.press('Tab');
      await expect(field(page, 'region')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const region = await field(page, 'region').inputValue();
      expect(region).not.toBe('ap-northeast-1');
      for (const name of ['clusters', 'repoPatterns', 'repos']) {
        await page.keyboard.press('Tab');
        await expect(field(page, name)).toBeFocused();
      }
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('\nportal-web');
      await expect(field(page, 'repos')).toHaveValue(/portal-web$/);
      // The optional guard-rail fields come next, in the field table's order.
      for (const name of ['permissionsBoundary', 'tags']) {
        await page.keyboard.press('Tab');
        await expect(field(page, name)).toBeFocused();
      }

      await page.keyboard.press('Tab');
      await expect(panel(page).getByRole('button', { name: TEXT[lang].copyLink })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(panel(page).getByRole('status')).toHaveText(TEXT[lang].linkCopied);
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(link.searchParams.get('accountId')).toBe('123456789012');

      await page.keyboard.press('Tab');
      const clear = panel(page).getByRole('button', { name: TEXT[lang].clear });
      await expect(clear).toBeFocused();
      await page.keyboard.press('Space');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: TEXT[lang].cancel })).toBeFocused();
      // The page behind the modal dialog is inert: Tab never reaches it (after the dialog's
      // last control the browser's own UI may take the focus, which leaves body active).
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        expect(
          await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body),
        ).toBe(true);
      }
      await dialog.getByRole('button', { name: TEXT[lang].clearConfirm, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(field(page, 'accountId')).toHaveValue('');
      await expect(clear).toBeFocused();

      // Escape closes the panel and returns to the bar.
      await page.keyboard.press('Escape');
      await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle(page)).toBeFocused();
    });

    test('the ExternalId panel: generate, show, copy, regenerate (cancel) and remember with the keyboard', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      const gen = page.locator('[data-external-id-panel="generator"]');
      await gen.getByRole('button', { name: TEXT[lang].generate }).focus();
      await page.keyboard.press('Enter');
      const id = await storedExternalId(page);
      expect(id).not.toBe('');
      // The Generate button is replaced by Copy, which takes the focus.
      await expect(gen.getByRole('button', { name: TEXT[lang].copy })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(gen.getByRole('status')).toHaveText(TEXT[lang].copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
      await page.keyboard.press('Tab');
      await expect(gen.getByRole('button', { name: TEXT[lang].show })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(gen.locator('.external-id-value')).toHaveText(id);
      await page.keyboard.press('Tab');
      await expect(gen.getByRole('button', { name: TEXT[lang].regenerate, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Enter'); // Cancel has the focus.
      await expect(page.getByRole('dialog')).toBeHidden();
      expect(await storedExternalId(page)).toBe(id);
      await expect(gen.getByRole('button', { name: TEXT[lang].regenerate, exact: true })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(gen.getByRole('checkbox', { name: TEXT[lang].remember })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(gen.getByRole('checkbox', { name: TEXT[lang].remember })).toBeChecked();
    });
  });
}
