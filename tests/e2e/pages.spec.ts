import { expect, test } from '@playwright/test';
import { cspPort } from '../../playwright.config.ts';
import { recordCspViolations } from './support/csp.ts';
import { ALL_PAGES, LOCALES, SECTION_IDS, SECTION_PAGES, settle, sitemapPaths, watchPage } from './support/site.ts';

// The secret and the settings-owned keys a crafted link may carry: every page drops them from
// the address bar (issues 9.1, 9.7; the reader-field cases are in query-cleanup.spec.ts).
const SECRET = 'vnd-0123456789abcdefghijABCDEFGHIJ';
const CRAFTED = `externalId=${SECRET}&ExternalId=${SECRET}&vendorAccountId=999999999999&kubernetes.group=system:masters&unknown=1`;
/** The server that sends `dist/_headers` as response headers, as a host that can set headers would. */
const headerOrigin = `http://127.0.0.1:${cspPort}`;

test.describe('every page, both languages', () => {
  test('the sitemap lists exactly the guide pages', () => {
    expect(sitemapPaths().sort()).toEqual(ALL_PAGES.map((p) => p.path).sort());
  });

  // One cold load per page (a fresh context: nothing cached, as a first visit and Lighthouse
  // load it) checks everything a page load can show: it renders, carries a strict CSP in its
  // <meta> and its response header with no violation, requests only its own origin and every
  // request succeeds, logs no error even after its last island has hydrated (what Lighthouse's
  // best-practices console audit caught once: a React hydration error), has what Lighthouse's
  // best-practices and SEO audits look for, and drops a crafted link's secret and settings keys.
  for (const { lang, path } of ALL_PAGES) {
    test(`${path} (${lang}): renders, strict CSP, own origin only, no error after hydration, clean address`, async ({ page }) => {
      const violations = await recordCspViolations(page);
      const watch = watchPage(page);
      const address = `${headerOrigin}${path}?${CRAFTED}`;
      const response = await page.goto(`${address}#top`);
      expect(response?.status()).toBe(200);
      await settle(page, watch);

      const header = response?.headers()['content-security-policy'] ?? '';
      expect(header, 'response-header policy').toMatch(/frame-ancestors 'none'/);
      expect(header, 'response-header policy').not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);

      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        hreflang: ['ja', 'en'].map((l) => document.querySelectorAll(`link[rel="alternate"][hreflang="${l}"]`).length),
        policy: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? null,
        doctype: document.doctype?.name ?? null,
        charset: document.characterSet,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
        search: location.search,
        hash: location.hash,
        // Markdown syntax that reached the page as text (a label passed to a component is not Markdown).
        markup: (() => {
          const shown: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            if (/`|\*\*/.test(text) && !node.parentElement?.closest('code, pre, script, style, template, textarea, [hidden]')) shown.push(text.trim().slice(0, 60));
          }
          return shown;
        })(),
      }));
      expect(facts.lang).toBe(lang);
      expect(facts.h1, 'one <h1>').toBe(1);
      expect(facts.markup, 'Markdown syntax shown as text').toEqual([]);
      // Alternates for search engines, both ways.
      expect(facts.hreflang, 'hreflang alternates ja, en').toEqual([1, 1]);
      // A strict policy in the <meta>, for hosts that cannot set headers.
      const policy = facts.policy;
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'self'/);
      const scriptSrc = policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      // Lighthouse's doctype, charset, viewport, title, description and crawlability audits.
      expect(facts.doctype, 'doctype').toBe('html');
      expect(facts.charset, 'charset').toBe('UTF-8');
      expect(facts.viewport, 'viewport').toMatch(/width=device-width/);
      expect(facts.title, 'title').not.toBe('');
      expect(facts.description, 'meta description').not.toBe('');
      expect(facts.robots, 'robots').not.toMatch(/noindex/);
      // The crafted link's keys are gone from the address bar; the hash stays.
      expect(facts.search, `${path}: query left in the address bar`).toBe('');
      expect(page.url(), path).not.toContain(SECRET);
      expect(facts.hash).toBe('#top');

      const origin = `${headerOrigin}/`;
      expect(watch.requests.filter((url) => !url.startsWith(origin)), 'requests to another origin').toEqual([]);
      // The page's own address carries the crafted link, of course; no request after it does.
      expect(watch.requests[0]).toBe(address);
      expect(watch.requests.slice(1).filter((url) => url.includes(SECRET)), 'requests carrying the ExternalId').toEqual([]);
      expect(watch.failed, 'failed requests').toEqual([]);
      expect(watch.errors, 'console errors and uncaught errors').toEqual([]);
      expect(violations, 'CSP violations').toEqual([]);
    });
  }
});

test('the page watch would catch an error (console, uncaught, failed request)', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/faq/');
  await page.evaluate(async () => {
    console.error('a console error');
    setTimeout(() => {
      throw new Error('a late uncaught error');
    });
    await fetch('/no-such-file.js').catch(() => undefined);
  });
  await expect.poll(() => watch.errors.length).toBeGreaterThanOrEqual(2);
  await watch.quiet();
  expect(watch.errors.join('\n')).toMatch(/a console error[\s\S]*a late uncaught error/);
  expect(watch.failed.some((f) => f.startsWith('404 ') && f.endsWith('/no-such-file.js'))).toBe(true);
});

test.describe('fixed section IDs and /go/ permalinks', () => {
  // Grouped by language and target page: one page follows each of the page's /go/ links in turn
  // (a real load of the /go/ page and of the target each time, with a warm cache).
  for (const { lang, prefix } of LOCALES) {
    for (const slug of [...new Set(SECTION_IDS.map((id) => SECTION_PAGES[id]))]) {
      const ids = SECTION_IDS.filter((id) => SECTION_PAGES[id] === slug);
      const pagePath = `${prefix}${slug ? `${slug}/` : ''}`;
      test(`${lang}: ${ids.map((id) => `#${id}`).join(', ')} exist on ${pagePath} and their ${prefix}go/ links land on them`, async ({ page }) => {
        for (const id of ids) {
          await page.goto(`${prefix}go/${id}/`);
          await page.waitForURL((url) => url.hash === `#${id}`);
          const url = new URL(page.url());
          expect(url.pathname, id).toBe(pagePath);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          // Exactly one element has the ID on the page it lives on, and the link lands on it.
          await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
          await expect(page.locator(`[id="${id}"]`), `${prefix}go/${id}/ lands on it`).toBeInViewport();
        }
      });
    }
  }

  // The redirect's promise is that the target page is *requested* with the query: once it is
  // there, the values panel takes the link's values and cleans the address bar (links.spec), so
  // the address bar after landing holds the query only until the panel hydrates (the old check
  // of page.url() lost that race on a loaded machine).
  test('/go/ keeps the query string', async ({ page }) => {
    const target = page.waitForRequest((request) => request.isNavigationRequest() && new URL(request.url()).pathname === '/en/roles/');
    await page.goto('/en/go/repo-pusher/?region=us-east-1');
    expect(new URL((await target).url()).search).toBe('?region=us-east-1');
    await page.waitForURL(/\/en\/roles\/(\?region=us-east-1)?#repo-pusher$/);
  });

  // The redirect is the page's first module script, so it runs as soon as the page is parsed: it
  // must not wait for the scripts every page loads (held here until the target is reached).
  test('/go/ redirects without waiting for the scripts every page loads', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const heldUrls: string[] = [];
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      // Only the /go/ page's own requests count as proof (the target page asks for the same files).
      if (route.request().frame().url().includes('/go/')) heldUrls.push(route.request().url());
      await held;
      await route.continue();
    });
    try {
      await page.goto('/go/repo-pusher/', { waitUntil: 'commit' });
      await page.waitForURL(/\/roles\/#repo-pusher$/, { waitUntil: 'commit' });
      expect(heldUrls.length, 'the /go/ page asked for the layout script (held meanwhile)').toBeGreaterThan(0);
    } finally {
      release();
    }
  });

  test('an unknown section ID gets a helpful 404 listing the sections, and requests only its own origin', async ({ page, baseURL }) => {
    const watch = watchPage(page);
    const response = await page.goto('/go/no-such-section/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-unknown-section]')).toBeVisible();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const id of SECTION_IDS) expect(hrefs.some((href) => href.endsWith(`/go/${id}/`)), `link to /go/${id}/`).toBe(true);
    await page.waitForLoadState('load');
    await watch.quiet();
    expect(watch.requests.filter((url) => !url.startsWith(`${new URL(baseURL!).origin}/`)), 'requests to another origin').toEqual([]);
    // The only error status expected is the page's own 404.
    expect(watch.failed.filter((f) => !f.includes('/go/no-such-section/')), 'failed requests').toEqual([]);
  });
});

test.describe('language picker', () => {
  test('switching language keeps the anchor', async ({ page }) => {
    await page.goto('/roles/#eks-deployer');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL('**/en/roles/#eks-deployer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.locator('starlight-lang-select select').first().selectOption({ label: '日本語' });
    await page.waitForURL((url) => url.pathname === '/roles/' && url.hash === '#eks-deployer');
  });
});

test.describe('copy link to a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every heading has a visible copy-link button; fixed sections copy their permalink', async ({ page }) => {
    await page.goto('/roles/');
    // The guide's section headings (widgets' dialog titles are not sections).
    const headings = page.locator('.sl-markdown-content .sl-heading-wrapper > :is(h2, h3, h4)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(3);
    await expect(page.locator('.sl-markdown-content .copy-section-link')).toHaveCount(count);

    const button = page.locator('#repo-pusher').locator('xpath=..').locator('.copy-section-link');
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName(/へのリンクをコピー/);
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'リンクをコピーしました' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('/go/repo-pusher/', page.url()).href);
  });

  test('English pages copy the English permalink', async ({ page }) => {
    await page.goto('/en/faq/');
    const button = page.locator('#faq').locator('xpath=..').locator('.copy-section-link');
    await expect(button).toHaveAccessibleName(/Copy link to/);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/en/go/faq/', page.url()).href);
  });
});
