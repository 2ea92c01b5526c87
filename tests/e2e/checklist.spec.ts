/**
 * The final checklist: real labelled checkboxes with the MDX wording, progress, persistence,
 * items ticked by what the reader did on the site (and untickable), headings kept, and a
 * plain list of checkboxes without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { CHECKLIST_ITEMS } from '../../src/stores/checklist.ts';
import { hydrated, LANGS, open, STATE_KEY, TEXT } from './support/widgets.ts';

const TOTAL = CHECKLIST_ITEMS.length;

/** The checkbox of item `id`. */
function item(page: Page, id: string) {
  return page.locator(`[data-checklist-item="${id}"]`);
}

/** Seeds the stored "used" marks, as snippet blocks and the ExternalId panel record them. */
async function seedUsed(page: Page, used: Record<string, boolean>): Promise<void> {
  await page.evaluate(
    ({ key, used }) => {
      const state = JSON.parse(localStorage.getItem(key) ?? '{}');
      state.used = { ...state.used, ...used };
      localStorage.setItem(key, JSON.stringify(state));
    },
    { key: STATE_KEY, used },
  );
}

for (const { lang, prefix } of LANGS) {
  test.describe(`checklist (${lang})`, () => {
    test('every item is a labelled checkbox; ticks update the progress and persist; the headings and their IDs are unchanged', async ({ page }) => {
      await open(page, `${prefix}checklist/`);
      const boxes = page.locator('[data-checklist] input[type="checkbox"]');
      await expect(boxes).toHaveCount(TOTAL);
      // Every item in one round trip: its label's text and whether it is ticked.
      const items = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const boxes = document.querySelectorAll<HTMLInputElement>(`[data-checklist-item="${id}"]`);
            return { id, count: boxes.length, label: boxes[0]?.labels?.[0]?.textContent ?? '', checked: boxes[0]?.checked ?? null };
          }),
        CHECKLIST_ITEMS.map(({ id }) => id),
      );
      for (const { id, count, label, checked } of items) {
        expect(count, id).toBe(1);
        // The accessible name is the item's text from the page.
        expect(label.length, id).toBeGreaterThan(10);
        expect(checked, id).toBe(false);
      }
      for (const id of ['checklist', 'checklist-verify', 'checklist-next-steps']) await expect(page.locator(`h2#${id}, h3#${id}`)).toHaveCount(1);
      await expect(page.getByRole('checkbox', { name: 'VendorRepoPusher' }).first()).toBeVisible();
      const progress = page.locator('[data-checklist-progress]');
      await expect(progress).toHaveText(TEXT[lang].progress(0, TOTAL));

      await item(page, 'roles').check();
      await page.getByText(lang === 'ja' ? 'ExternalId をパスワードマネージャー' : 'The ExternalId is stored in').click();
      await expect(item(page, 'stored')).toBeChecked();
      await expect(progress).toHaveText(TEXT[lang].progress(2, TOTAL));
      await expect(page.locator('[data-checklist] progress')).toHaveAttribute('value', '2');

      await page.reload();
      await hydrated(page);
      await expect(item(page, 'roles')).toBeChecked();
      await expect(item(page, 'stored')).toBeChecked();
      await expect(progress).toHaveText(TEXT[lang].progress(2, TOTAL));
      await item(page, 'roles').uncheck();
      await expect(progress).toHaveText(TEXT[lang].progress(1, TOTAL));
    });

    test('items tick themselves from what the reader did on the site, and can be unticked', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
      await open(page, `${prefix}checklist/`);
      // Generating alone proves nothing was put anywhere.
      await expect(item(page, 'trust')).not.toBeChecked();

      await seedUsed(page, {
        'externalId.copied': true,
        'artifact.repoPusherPolicy.copied': true,
        'artifact.eksDeployerPolicy.downloaded': true,
        'artifact.handoff.downloaded': true,
        'artifact.accessEntry.copied': true,
        'artifact.rbac.downloaded': true,
      });
      await page.reload();
      await hydrated(page);
      for (const id of ['trust', 'policies', 'stored', 'handoff', 'mapping', 'rbac']) {
        await expect(item(page, id), id).toBeChecked();
        const note = await item(page, id).getAttribute('aria-describedby');
        expect(note, id).toBeTruthy();
        await expect(page.locator(`[id="${note}"]`)).toBeVisible();
      }
      for (const id of ['roles', 'repos', 'sent', 'verify']) await expect(item(page, id), id).not.toBeChecked();
      await expect(page.locator('[data-checklist-progress]')).toHaveText(TEXT[lang].progress(6, TOTAL));

      // The reader's untick wins over the page's guess, and persists.
      await item(page, 'handoff').uncheck();
      await page.reload();
      await hydrated(page);
      await expect(item(page, 'handoff')).not.toBeChecked();
      await expect(page.locator('[data-checklist-progress]')).toHaveText(TEXT[lang].progress(5, TOTAL));
    });

    test('keyboard: Tab reaches each checkbox, Space ticks it', async ({ page }) => {
      await open(page, `${prefix}checklist/`);
      await item(page, 'roles').focus();
      await page.keyboard.press('Space');
      await expect(item(page, 'roles')).toBeChecked();
      // Links inside an item's text come in between; keep tabbing until the next checkbox.
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        if (await item(page, 'trust').evaluate((el) => el === document.activeElement)) break;
      }
      await expect(item(page, 'trust')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(item(page, 'trust')).toBeChecked();
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist is still a list of labelled checkboxes', async ({ page }) => {
    await page.goto('/en/checklist/');
    await expect(page.locator('[data-checklist] input[type="checkbox"]')).toHaveCount(TOTAL);
    await expect(page.getByRole('checkbox', { name: /Both roles, VendorRepoPusher and VendorEKSDeployer, exist/ })).toBeVisible();
    await expect(page.locator('[data-checklist-progress]')).toHaveText(TEXT.en.progress(0, TOTAL));
  });
});
