/**
 * The guide's pages in reading order: the sidebar, the tests, the benchmark and the
 * screenshots all take the list from here, so a new page is added in one place (and the
 * sitemap test in tests/e2e/pages.spec.ts fails if this list and the built pages differ).
 */

/** Content slugs of the guide's pages, in sidebar order (`index` is the home page). */
export const GUIDE_PAGES = ['index', 'prerequisites', 'roles', 'handoff', 'check-setup', 'eks-access', 'cloudformation', 'faq', 'checklist'] as const;

/** One of the guide's pages. */
export type GuidePage = (typeof GUIDE_PAGES)[number];

/** A page's path below its language's prefix: `''` for the home page, `'roles/'` for the others. */
export function pagePath(page: GuidePage): string {
  return page === 'index' ? '' : `${page}/`;
}
