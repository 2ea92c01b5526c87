/** What the end-to-end tests know about the built site. */
import { readFileSync } from 'node:fs';
import { GUIDE_PAGES, pagePath } from '../../../src/utils/pages.ts';
import { SECTION_IDS, SECTION_PAGES } from '../../../src/utils/sections.ts';

/** Guide page slugs ('' is the home page), in sidebar order. */
export const PAGE_SLUGS = GUIDE_PAGES.map((page) => pagePath(page).replace(/\/$/, ''));

/** The two locales: HTML `lang` and path prefix. */
export const LOCALES = [
  { lang: 'ja', prefix: '/' },
  { lang: 'en', prefix: '/en/' },
] as const;

/** Every guide page of both languages, e.g. `{ lang: 'en', path: '/en/roles/' }`. */
export const ALL_PAGES = LOCALES.flatMap(({ lang, prefix }) =>
  PAGE_SLUGS.map((slug) => ({ lang, path: `${prefix}${slug ? `${slug}/` : ''}` })),
);

/** Paths of every HTML page the sitemap lists (the build's own idea of its pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export { SECTION_IDS, SECTION_PAGES };
