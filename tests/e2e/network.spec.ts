import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './support/site.ts';

test.describe('nothing leaves the site', () => {
  test('every page of both languages requests only its own origin', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
    });
    for (const { path } of ALL_PAGES) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    await page.goto('/go/no-such-section/', { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
});
