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

