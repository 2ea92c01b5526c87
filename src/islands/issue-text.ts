/**
 * Issue messages in the browser, one language per page: the island modules import
 * `formatIssue` from here instead of src/core/messages.ts, which holds both languages for the
 * CLI and the build. In the browser this module loads only the catalogue of the page's
 * language (`<html lang>`, which Starlight sets per locale) before any island that imports it
 * evaluates (top-level await: hydration waits for it, so no island renders without its
 * messages); the build's server render loads both, since it renders every page.
 */
import { formatIssueIn, type IssueCatalogue } from '../core/i18n/messages/shared.ts';
import type { FieldIssue, Lang } from '../core/types.ts';

async function load(lang: Lang): Promise<IssueCatalogue> {
  return lang === 'en' ? (await import('../core/i18n/messages/en.ts')).enIssues : (await import('../core/i18n/messages/ja.ts')).jaIssues;
}

const loaded: Partial<Record<Lang, IssueCatalogue>> = {};
let pageCatalogue: IssueCatalogue;
if (import.meta.env.SSR) {
  [loaded.ja, loaded.en] = await Promise.all([load('ja'), load('en')]);
  pageCatalogue = loaded.ja;
} else {
  const lang: Lang = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'ja';
  pageCatalogue = loaded[lang] = await load(lang);
}

/**
 * The message for one issue in `lang` (the same contract as the core's `formatIssue`). An island
 * asking for another language than the page's gets the page's: the reader reads that one.
 */
export function formatIssue(issue: FieldIssue, lang: Lang): string {
  return formatIssueIn(loaded[lang] ?? pageCatalogue, issue);
}
