import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../scripts/lighthouse.ts';

// Lighthouse's accessibility, best-practices and SEO scores are deterministic enough to gate
// on; its performance score depends on this machine's load, so only `npm run bench` reports it.
const PAGES = ['/', '/roles/', '/cloudformation/', '/en/', '/en/roles/', '/en/cloudformation/'];

test('Lighthouse (mobile): accessibility, best practices and SEO are 100', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const results = await runLighthouse(
    PAGES.map((p) => `${baseURL}${p}`),
    ['accessibility', 'best-practices', 'seo'],
  );
  for (const r of results) {
    console.log(`${new URL(r.url).pathname.padEnd(22)} a11y ${r.accessibility}  BP ${r.bestPractices}  SEO ${r.seo}`);
  }
  const below = results
    .filter((r) => r.accessibility < 100 || r.bestPractices < 100 || r.seo < 100)
    .map((r) => `${r.url}: ${r.accessibility}/${r.bestPractices}/${r.seo} (${r.failing.join(', ')})`);
  expect(below).toEqual([]);
});
