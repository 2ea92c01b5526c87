import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../scripts/lighthouse.ts';

// Lighthouse's accessibility, best-practices and SEO scores are deterministic enough to gate
// on; its performance score depends on this machine's load, so only `npm run bench` reports it
// (on every guide page). Here, two representative pages: a Japanese widget page (where a
// hydration error once showed up in best practices' console audit) and the heaviest English
// page. What Lighthouse's audits catch on a page is checked on EVERY page, more cheaply, by the
// page sweep in tests/e2e/pages.spec.ts (console errors and uncaught errors after every island
// has hydrated, failed requests, doctype, charset, title, description, viewport, robots, lang,
// hreflang) and by axe on every page (tests/e2e/a11y.spec.ts).
const PAGES = ['/roles/', '/en/cloudformation/'];

for (const path of PAGES) {
  test(`Lighthouse (mobile) on ${path}: accessibility, best practices and SEO are 100`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    // No full-page screenshot: no score depends on it, and it is a large part of a run on a long page.
    const [r] = await runLighthouse([`${baseURL}${path}`], ['accessibility', 'best-practices', 'seo'], {
      disableFullPageScreenshot: true,
    });
    console.log(`${path.padEnd(22)} a11y ${r!.accessibility}  BP ${r!.bestPractices}  SEO ${r!.seo}`);
    expect(
      r!.accessibility < 100 || r!.bestPractices < 100 || r!.seo < 100 ? [`${r!.url}: ${r!.accessibility}/${r!.bestPractices}/${r!.seo} (${r!.failing.join(', ')})`] : [],
    ).toEqual([]);
  });
}
