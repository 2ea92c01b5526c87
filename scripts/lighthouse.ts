/**
 * Runs Lighthouse (mobile preset) against pages of a served build in the machine's Chromium.
 * Shared by the benchmark (`npm run bench`) and the score check in `npm test`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

/** Lighthouse category scores of one page, 0–100. */
export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that lost points in accessibility, best practices or SEO, for the report. */
  failing: string[];
}

/** An audit's items, short (e.g. which console error), so a failure can be understood from the log alone. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  if (items.length === 0) return '';
  return ` [${items.slice(0, 3).map((item) => JSON.stringify(item).slice(0, 300)).join('; ')}]`;
}

/** Lighthouse's categories, by the id its report uses. */
export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';

const ALL_CATEGORIES: readonly LighthouseCategory[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Audits each URL in turn with one Chromium; mobile preset (Lighthouse's default). A category
 * left out scores 0 in the result (the performance audits are most of a run's time, and only
 * the benchmark reports them). `flags` adds Lighthouse flags (e.g. the score check in
 * `npm test` skips the full-page screenshot, which no score depends on).
 */
export async function runLighthouse(
  urls: string[],
  categories: readonly LighthouseCategory[] = ALL_CATEGORIES,
  flags: Flags = {},
): Promise<LighthouseScores[]> {
  const chromePath = findChromium();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const url of urls) {
      const runner = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
        ...flags,
      });
      const lhr = runner?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = ['accessibility', 'best-practices', 'seo'].flatMap((cat) =>
        (lhr.categories[cat]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${cat}/${ref.id}${detailsOf(lhr.audits[ref.id]?.details)}`),
      );
      results.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
