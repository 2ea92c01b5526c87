/** What the end-to-end tests know about the built site. */
import { readFileSync } from 'node:fs';
import { expect, type Page, type Request } from '@playwright/test';
import { hydrated } from './widgets.ts';
import { snippetsLive } from './state.ts';
import { GUIDE_PAGES, pagePath } from '../../../src/utils/pages.ts';
import { SECTION_IDS, SECTION_PAGES } from '../../../src/utils/sections.ts';

/** Guide page slugs ('' is the home page), in sidebar order. */
export const PAGE_SLUGS = GUIDE_PAGES.map((page) => pagePath(page).replace(/\/$/, ''));

/** The two locales: HTML `lang` and path prefix. */
export const LOCALES = [
  { lang: 'ja', prefix: '/' },
  { lang: 'en', prefix: '/en/' },
] as const;

/** Every guide page of both languages, e.g. `{ lang: 'en', path: '/en/roles/', page: 'roles' }`. */
export const ALL_PAGES = LOCALES.flatMap(({ lang, prefix }) =>
  GUIDE_PAGES.map((page) => ({ lang, path: `${prefix}${pagePath(page)}`, page })),
);

/** Paths of every HTML page the sitemap lists (the build's own idea of its pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export { SECTION_IDS, SECTION_PAGES };

/** What a page did while it was watched: requests, failures and errors, for assertions. */
export interface PageWatch {
  /** Every request's URL (data: and blob: left out), prefixed with the page it came from. */
  requests: string[];
  /** Responses with an error status and requests that failed, e.g. `404 http://…`. */
  failed: string[];
  /** Console errors and uncaught errors (React reports a hydration mismatch as one of these). */
  errors: string[];
  /** Resolves once no request of the page is in flight. */
  quiet(): Promise<void>;
}

/**
 * Starts watching `page` (call before `goto`): what Lighthouse's best-practices audits count
 * (console errors, failed requests), caught by Playwright instead, on every page.
 */
export function watchPage(page: Page): PageWatch {
  const inFlight = new Set<Request>();
  const watch: PageWatch = {
    requests: [],
    failed: [],
    errors: [],
    quiet: () => expect.poll(() => inFlight.size, { message: 'requests still in flight' }).toBe(0),
  };
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    inFlight.add(request);
    watch.requests.push(url);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    watch.failed.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught on ${page.url()}: ${error.message}`));
  return watch;
}

/**
 * Brings every `client:visible` island into view (it hydrates only then) and waits for the
 * product's readiness signals: Astro drops `ssr` from a hydrated island, widgets set
 * `data-hydrated`, and a snippet shows `.snippet-live[data-ready]` once it has rendered the
 * reader's values. Then lets the page run one idle callback and, when `watch` is given, waits
 * until no request is in flight (cheaper than `networkidle`'s fixed half second of silence).
 */
export async function settle(page: Page, watch?: PageWatch): Promise<void> {
  await page.evaluate(async () => {
    // Only a `client:visible` island waits to be seen (the guide has none today; `load` and
    // `idle` islands hydrate by themselves).
    for (const island of document.querySelectorAll('astro-island[client="visible"]')) {
      // Islands are `display: contents`: scroll to their first element, and let two frames run
      // (IntersectionObserver reports on the next frame) before moving on.
      (island.firstElementChild ?? island).scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await hydrated(page);
  await snippetsLive(page);
  // Anything the page schedules for when it is idle has started by the end of an idle callback.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
  if (watch) await watch.quiet();
}
