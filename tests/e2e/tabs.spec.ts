/**
 * Tabs that agree (issue 9.3), with two or three pages of one browser context: simultaneous
 * typing in different fields keeps both texts; the ExternalId's "already used" state belongs
 * to that ID in every tab; a tab never swaps its ExternalId silently for another tab's.
 */
import { expect, test, type Page } from '@playwright/test';
import { ui } from './support/state.ts';
import { field, GENERATED_ID, hydrated, open, openPanel, panel, storedExternalId, TEXT } from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const generator = (page: Page) => page.locator('[data-external-id-panel="generator"]');

async function generate(page: Page): Promise<string> {
  await generator(page).getByRole('button', { name: TEXT.ja.generate }).click();
  await expect.poll(() => storedExternalId(page)).toMatch(GENERATED_ID);
  return storedExternalId(page);
}

test('two tabs typing at the same moment in different fields both keep their text', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, '/roles/');
  await open(b, '/roles/');
  await openPanel(a);
  await openPanel(b);
  await Promise.all([
    field(a, 'accountId').pressSequentially('123456789012', { delay: 20 }),
    field(b, 'clusters').pressSequentially(',second-tab', { delay: 20 }),
  ]);
  const clusters = await field(b, 'clusters').inputValue();
  expect(clusters).toContain('second-tab');
  // Both tabs converge on both texts (the other tab's save arrives after the debounce).
  for (const page of [a, b]) {
    await expect(field(page, 'accountId')).toHaveValue('123456789012');
    await expect(field(page, 'clusters')).toHaveValue(clusters);
  }
  await a.reload();
  await hydrated(a);
  await openPanel(a);
  await expect(field(a, 'accountId')).toHaveValue('123456789012');
  await expect(field(a, 'clusters')).toHaveValue(clusters);
});

test('an ExternalId copied in one tab still asks before Regenerate after another tab made its own', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await open(one, '/roles/');
  const first = await generate(one);
  await generator(one).getByRole('button', { name: TEXT.ja.copy }).click();
  await expect(generator(one).locator('.external-id-status')).toHaveText(TEXT.ja.copied);

  await open(two, '/roles/');
  const second = await generate(two);
  expect(second).not.toBe(first);

  await generator(one).getByRole('button', { name: TEXT.ja.regenerate }).click();
  await expect(one.locator('dialog[open]')).toBeVisible();
  await one.locator('dialog[open]').getByRole('button', { name: TEXT.ja.cancel }).click();
  expect(await storedExternalId(one)).toBe(first);
});

test('remembering an ID in a third tab does not swap the first tab\'s ID: the difference is shown', async ({ context }) => {
  const one = await context.newPage();
  const three = await context.newPage();
  await open(one, '/roles/');
  const mine = await generate(one);
  await open(three, '/roles/');
  const theirs = await generate(three);
  await generator(three).getByRole('checkbox', { name: TEXT.ja.remember }).check();

  const notice = one.locator('[data-external-id-conflict]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(theirs.slice(-4));
  expect(await one.evaluate((key) => sessionStorage.getItem(key), 'method-b-guide:v1:external-id')).toBe(mine);

  // After a reload the tab still holds its own ID (and still says so).
  await one.reload();
  await hydrated(one);
  expect(await one.evaluate((key) => sessionStorage.getItem(key), 'method-b-guide:v1:external-id')).toBe(mine);
  await expect(one.locator('[data-external-id-conflict]')).toBeVisible();
  await one.locator('[data-external-id-conflict]').getByRole('button', { name: ui('ja', 'externalId.conflict.adopt') }).click();
  await expect.poll(() => storedExternalId(one)).toBe(theirs);
  await expect(panel(one)).toHaveCount(1);
});
