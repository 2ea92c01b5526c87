import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './support/site.ts';

test.describe('nothing leaves the site', () => {
  test('every page of both languages requests only its own origin, and every request succeeds', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const failed: string[] = [];
    page.on('response', (response) => {
      // The only expected error status is the 404 page for the unknown /go/ link below.
      if (response.status() >= 400 && !response.url().includes('/go/no-such-section/')) failed.push(`${response.status()} ${response.url()}`);
    });
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
    expect(failed).toEqual([]);
  });
});
