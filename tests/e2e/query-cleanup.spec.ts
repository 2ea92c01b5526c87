/**
 * Secrets never stay in the address bar (issues 9.1, 9.7): every page removes the query keys
 * it does not use — `externalId` and settings-owned keys everywhere — and pages without the
 * values panel remove the reader fields too.
 */
import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './support/site.ts';
import { PERSONALISED } from './support/widgets.ts';

const SECRET = 'vnd-0123456789abcdefghijABCDEFGHIJ';

// Every page dropping the ExternalId, settings-owned and unknown keys is checked by the page
// sweep in tests/e2e/pages.spec.ts (one load per page for all its checks).

test('a /go/ link with an ExternalId ends on a clean address', async ({ page }) => {
  await page.goto(`/go/overview/?externalId=${SECRET}`);
  await page.waitForURL((url) => url.hash === '#overview');
  await page.waitForFunction(() => location.search === '');
  expect(page.url()).not.toContain(SECRET);
});

test('pages without the values panel also drop reader fields they do not use', async ({ page }) => {
  const others = ALL_PAGES.filter(({ path }) => !PERSONALISED.some((slug) => path.endsWith(`/${slug}/`)));
  expect(others.length).toBeGreaterThan(0);
  for (const { path } of others) {
    await page.goto(`${path}?accountId=123456789012&clusters=a`);
    await page.waitForFunction(() => location.search === '');
  }
});
