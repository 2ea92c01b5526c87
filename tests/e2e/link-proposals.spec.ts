/**
 * Values from a link are proposals (issue 9.1): a first-time visitor of a crafted link gets
 * no live Copy, Download, Launch Stack or checklist tick until they have confirmed the values,
 * and the confirmation names the account ID and says why it matters, in the page's language.
 */
import { expect, test } from '@playwright/test';
import { filled, snippetButtons, snippetsLive, ui } from './support/state.ts';
import { field, hydrated, LANGS, open, panel } from './support/widgets.ts';

const STRANGER = '999988887777';

for (const { lang, prefix } of LANGS) {
  test.describe(`links are proposals (${lang})`, () => {
    test('first visit: nothing can be copied or downloaded until the reader confirms the account', async ({ page }) => {
      await page.goto(`${prefix}go/eks-access/?accountId=${STRANGER}`);
      await page.waitForURL((url) => url.hash === '#eks-access');
      await hydrated(page);
      await snippetsLive(page);

      const review = panel(page).locator('[data-link-review]');
      await expect(review).toBeVisible();
      await expect(review.locator('[data-link-account]')).toContainText(filled(ui(lang, 'values.linkReview.account'), { accountId: STRANGER }));
      await expect(review.locator('[data-link-account]')).toContainText(ui(lang, 'values.linkReview.why'));
      await expect(review.locator('[data-link-value="accountId"]')).toContainText(STRANGER);
      await expect(field(page, 'accountId')).toHaveValue(STRANGER);

      // Every Copy and Download is inactive while the proposal waits.
      const buttons = snippetButtons(page);
      expect(await buttons.count()).toBeGreaterThan(0);
      for (const button of await buttons.all()) await expect(button).toHaveAttribute('aria-disabled', 'true');

      await review.getByRole('button', { name: ui(lang, 'values.linkReview.confirm') }).click();
      await expect(review).toHaveCount(0);
      for (const button of await buttons.all()) await expect(button).not.toHaveAttribute('aria-disabled', 'true');
      await expect(page).toHaveURL((url) => url.search === '');
    });

    test('the checklist cannot be ticked while link values wait, and "don\'t use" restores the form', async ({ page }) => {
      await page.goto(`${prefix}roles/?accountId=${STRANGER}&region=eu-west-1`);
      await hydrated(page);
      await expect(panel(page).locator('[data-link-review]')).toBeVisible();

      await open(page, `${prefix}checklist/`);
      await expect(page.locator('[data-checklist-pending]')).toContainText(ui(lang, 'checklist.linkPending'));
      const boxes = page.locator('[data-checklist] input[type="checkbox"]');
      for (const box of await boxes.all()) await expect(box).toBeDisabled();

      await page.locator('[data-checklist-pending] a').click();
      await hydrated(page);
      const review = panel(page).locator('[data-link-review]');
      await expect(review).toBeVisible();
      await review.getByRole('button', { name: ui(lang, 'values.linkReview.discard') }).click();
      await expect(field(page, 'accountId')).toHaveValue('');
      await expect(field(page, 'region')).not.toHaveValue('eu-west-1');

      await open(page, `${prefix}checklist/`);
      await expect(page.locator('[data-checklist-pending]')).toHaveCount(0);
      await expect(boxes.first()).toBeEnabled();
    });
  });
}
