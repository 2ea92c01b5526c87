/**
 * Builds the stable links support staff paste into tickets: `/go/<id>/` (Japanese) and
 * `/en/go/<id>/` (English), below the site's `base`.
 */
import { SECTION_PAGES, type SectionId } from './sections.ts';

/** Locales of the site and the path prefix of each ('' is the root locale). */
export const LOCALE_PREFIX = { ja: '', en: 'en/' } as const;

/** A site locale. */
export type SiteLang = keyof typeof LOCALE_PREFIX;

/** Joins the site base (e.g. `/` or `/guide/`) with a path relative to it. */
export function withBase(base: string, path: string): string {
  return (base.endsWith('/') ? base : `${base}/`) + path.replace(/^\//, '');
}

/** The permalink of a fixed section: `<base>[en/]go/<id>/`. */
export function sectionPermalink(base: string, lang: SiteLang, id: SectionId): string {
  return withBase(base, `${LOCALE_PREFIX[lang]}go/${id}/`);
}

/** Where a fixed section lives today: `<base>[en/]<page>/#<id>`. */
export function sectionTarget(base: string, lang: SiteLang, id: SectionId): string {
  const page = SECTION_PAGES[id];
  return withBase(base, `${LOCALE_PREFIX[lang]}${page ? `${page}/` : ''}#${id}`);
}
