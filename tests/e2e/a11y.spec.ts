import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './support/site.ts';
import { ALL_RULES, axeViolations, type Rules } from './support/axe.ts';
import { violationsBothThemes } from './support/widgets.ts';

/** axe on the whole page as it is now (see support/axe.ts for the rule set and its two passes). */
const violations = (page: import('@playwright/test').Page, rules?: Rules) => axeViolations(page, {}, rules);

test.describe('accessibility (axe-core, all rules)', () => {
  // One load per page: every rule in the light theme, the colour rules again in the dark one.
  for (const { lang, path } of ALL_PAGES) {
    test(`${path} (${lang}, light and dark)`, async ({ page }) => {
      // Two axe runs on a whole page: on a loaded 2-core machine one can take tens of seconds.
      test.setTimeout(150_000);
      await page.goto(path);
      expect(await violationsBothThemes(page, violations)).toEqual([]);
    });
  }

  // Pagefind's result list trips two *experimental* rules (p-as-heading on its bold result
  // titles, label-title-only on its input) that we cannot fix without forking its UI; the
  // open dialog is held to every other rule.
  test('the search dialog, open with results, in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill('ロール');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(await violations(page, { ...ALL_RULES, 'p-as-heading': { enabled: false }, 'label-title-only': { enabled: false } })).toEqual([]);
  });
});
