/**
 * Values in the prose of a page without islands (the FAQ): on a first visit the build's text
 * stands (nothing to fill, no state layer loads: budget.spec.ts holds it to 10 KB) and the Copy
 * buttons work; once the reader has stored values on another page, the FAQ shows them, validated
 * like everywhere (an invalid value shows its placeholder).
 */
import { expect, test, type Page } from '@playwright/test';
import { field, open, openPanel } from './support/widgets.ts';

const regionValue = (page: Page) => page.locator('[data-prose="{region}"]').first();
const revokeCommand = (page: Page) => page.locator('[data-prose*="delete-access-entry"] [data-prose-text]').first();

async function filled(page: Page): Promise<void> {
  await expect(page.locator('html[data-prose-filled="true"]')).toHaveCount(1);
}

test('first visit: the build\'s values stand, Copy works, the state layer never loads', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/faq/');
  await filled(page);
  await expect(regionValue(page)).toHaveText('ap-northeast-1');
  await expect(revokeCommand(page)).toContainText('<YOUR_ACCOUNT_ID>');
  await expect(page.locator('[data-prose-copy]').first()).toBeEnabled();
  expect(scripts.filter((path) => /\/(guide|prose-fill)\./.test(path)), 'state layer or filler proper loaded').toEqual([]);
});

test('stored values on another page fill the FAQ; an invalid one shows its placeholder', async ({ page }) => {
  await open(page, '/en/prerequisites/');
  await openPanel(page);
  await field(page, 'region').selectOption('eu-west-1');
  await field(page, 'accountId').fill('123456789012');
  // Leaving the page writes the state (pagehide flush), then the FAQ reads it.
  await page.goto('/en/faq/');
  await filled(page);
  await expect(regionValue(page)).toHaveText('eu-west-1');
  await expect(revokeCommand(page)).toContainText('arn:aws:iam::123456789012:role/');
  await expect(page.locator('[data-prose-copy]').first()).toBeEnabled();

  await open(page, '/en/prerequisites/');
  await openPanel(page);
  await field(page, 'accountId').fill('12');
  await page.goto('/en/faq/');
  await filled(page);
  await expect(revokeCommand(page)).toContainText('<YOUR_ACCOUNT_ID>');
  await expect(regionValue(page)).toHaveText('eu-west-1');
});

// The reader's values in a table break anywhere (custom.css): the handoff table, values only
// beside their names, fits the column on a desktop instead of scrolling with its last column
// cut off (it was 679 px in 632).
for (const path of ['/handoff/', '/en/handoff/']) {
  test(`${path}: the table of values fits the content column at 1,280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, path);
    const overflow = await page.locator('.sl-markdown-content table').evaluateAll((tables) =>
      tables.map((table) => table.scrollWidth - table.clientWidth),
    );
    expect(overflow.length).toBeGreaterThan(0);
    expect(overflow.every((px) => px <= 0), `sideways overflow per table: ${overflow.join(', ')} px`).toBe(true);
  });
}
