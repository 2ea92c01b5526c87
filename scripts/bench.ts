/**
 * `npm run bench`: builds the site and prints the figures we watch on every change, each
 * beside its target, and writes them to bench/results.json.
 *
 * - JavaScript per page: sum of the gzip sizes (KB = 1000 bytes) of every JS file the page loads, once every
 *   island has hydrated and every snippet is highlighted (both languages, every page); the
 *   heaviest page and the heaviest page without widgets, each against its budget;
 * - HTML + CSS per page (gzip);
 * - input latency: keystroke in the account-ID field → every snippet that shows the account ID
 *   holds the new value in the DOM (the budget), and → the first frame that shows it (printed
 *   beside it, with the floor of a page that does nothing), median and p95 over 40
 *   keystrokes, CPU throttled 4×, on every guide page that has snippets and the field, with
 *   the defaults and again with 5 clusters and 5 repository patterns entered;
 * - ExternalId generation: IDs per second (the core's generator, in Node);
 * - Lighthouse (mobile) on every guide page, both languages, 3 runs each: median and minimum;
 * - full build time.
 * Timings are noisy on shared machines, so only the bench reports them; `npm test` checks the
 * sizes and the Lighthouse accessibility / best-practices / SEO scores.
 *
 * Environment: BENCH_PORT (server port), BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_SKIP (comma
 * list of `build`, `latency`, `lighthouse`: reuse dist/ or leave a part out while iterating),
 * BENCH_PAGES (comma list of paths: only these pages), BENCH_KEYSTROKES (default 40), BENCH_DIST
 * (the build to serve, default dist/), BENCH_OUT (results file, default bench/results.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { generateExternalId } from '../src/core/external-id.ts';
import { GUIDE_PAGES, pagePath } from '../src/utils/pages.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { startServer } from './start-server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4397);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ALL_PAGES = ['/', '/en/'].flatMap((prefix) => GUIDE_PAGES.map((page) => `${prefix}${pagePath(page)}`));
// BENCH_PAGES (comma list of paths, e.g. `/roles/,/en/roles/`) limits the run while iterating.
const ONLY_PAGES = (process.env['BENCH_PAGES'] ?? '').split(',').filter(Boolean);
const PAGES = ONLY_PAGES.length > 0 ? ALL_PAGES.filter((p) => ONLY_PAGES.includes(p)) : ALL_PAGES;
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 40);
// BENCH_DIST serves another build (e.g. a copy of an earlier dist/, to measure before/after alike).
const DIST = process.env['BENCH_DIST'] ?? 'dist';

const SKIP = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);

/** Targets from the issue; each figure is printed beside its target. */
export const TARGETS = {
  heaviestJsKb: 100,
  noWidgetJsKb: 10,
  latencyP95Ms: 16,
  lighthousePerformance: 98,
  lighthouseOther: 100,
  buildSeconds: 15,
};

// KB = 1000 bytes, as tests/e2e/budget.spec.ts counts (the stricter reading of the budget), so
// the two print the same figure for the same page (the bench said 112.4 "KB" in KiB for 115.1 KB).
const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1000;

/** The file in dist/ that serves a same-origin URL path. */
function distFile(pathname: string): Buffer {
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return readFileSync(join(DIST, decodeURIComponent(path)));
}

/** Waits until the page's islands hydrated and its snippets are highlighted. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 15_000 });
  // Snippet blocks mark themselves ready once highlighted (see src/islands).
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-snippet]')].every((el) => el.querySelector('[data-ready]')),
    null,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
}

interface PageWeight {
  page: string;
  jsKb: number;
  htmlCssKb: number;
  scripts: number;
  react: boolean;
  islands: number;
  snippets: number;
}

async function measureWeights(browserPage: () => Promise<Page>): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of PAGES) {
    const page = await browserPage();
    const urls = new Map<string, string>();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === ORIGIN) urls.set(url.pathname, r.request().resourceType());
    });
    await page.goto(`${ORIGIN}${path}`);
    await settle(page);
    const islands = await page.locator('astro-island').count();
    const snippets = await page.locator('[data-snippet]').count();
    let js = 0;
    let htmlCss = 0;
    let scripts = 0;
    let react = false;
    for (const [pathname, type] of urls) {
      const body = distFile(pathname);
      if (type === 'script' || pathname.endsWith('.js')) {
        js += gzipKb(body);
        scripts++;
        if (/react-dom|__reactContainer|react\.transitional\.element/.test(body.toString('utf8'))) react = true;
      } else if (type === 'document' || type === 'stylesheet') htmlCss += gzipKb(body);
    }
    weights.push({ page: path, jsKb: js, htmlCssKb: htmlCss, scripts, react, islands, snippets });
    await page.context().close();
  }
  return weights;
}

/** Values entered before the "5 × 5" latency run (lists are one item per line). */
const FIVE_BY_FIVE = {
  clusters: ['prod-a', 'prod-b', 'stg-a', 'stg-b', 'dev-a'].join('\n'),
  repoPatterns: ['portal-*', 'billing-*', 'search-*', 'auth-*', 'batch-*'].join('\n'),
};

/**
 * The floor of the latency figure on this machine: the same probe on a page whose "snippet"
 * is one `<pre>` set from the input's event (no framework, no work). What it measures is the
 * wait for the next frame plus the machine's scheduling; no page can do better.
 */
const FLOOR_PAGE = `<!doctype html><div data-values-panel><button aria-expanded="true">x</button>
<input name="accountId" value="123456789010"></div>
<div data-snippet><pre>123456789010</pre><span data-ready></span></div>
<script>const i = document.querySelector('input'); const p = document.querySelector('pre');
i.addEventListener('input', () => { p.textContent = i.value; });</script>`;

/** Per keystroke, in ms from keydown: every snippet updated in the DOM, and the first frame showing it. */
interface LatencySamples {
  updated: number[];
  painted: number[];
}

/** Median, p95 and maximum of one set of samples. */
interface LatencyFigures {
  median: number;
  p95: number;
  max: number;
}

/**
 * Keystroke → all account-ID snippets updated, in ms, with the CPU throttled 4×; `many`
 * enters 5 clusters and 5 repository patterns first.
 */
async function measureLatency(page: Page, path: string | null, many: boolean, keystrokes = 40): Promise<LatencySamples | string> {
  if (path === null) await page.setContent(FLOOR_PAGE);
  else await page.goto(`${ORIGIN}${path}`);
  await settle(page);
  const panel = page.locator('[data-values-panel]').first();
  const field = panel.locator('[name="accountId"]');
  if ((await field.count()) === 0) return `no accountId field on ${path}`;
  // The values panel starts as a compact bar; open it as a reader would.
  const toggle = panel.locator('button[aria-expanded]').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const cdp = await page.context().newCDPSession(page);
  if (many) {
    await panel.locator('[name="clusters"]').fill(FIVE_BY_FIVE.clusters);
    await panel.locator('[name="repoPatterns"]').fill(FIVE_BY_FIVE.repoPatterns);
  }
  await field.fill('123456789010');
  // Settled: the snippets update in the input's own task; two frames later all is painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: LatencySamples = { updated: [], painted: [] };
  for (let i = 0; i < keystrokes; i++) {
    const digit = String((i + 1) % 10);
    const before = await field.inputValue();
    const after = before.slice(0, 11) + digit;
    if (after === before) continue;
    // Arm a probe: keydown time → (a) the moment every snippet that showed the old account ID
    // holds the new one in the DOM (a MutationObserver, which runs right after the task that
    // changed it), and (b) the first animation frame that shows it.
    await page.evaluate(
      ({ before, after }) => {
        const w = window as unknown as { __latency?: Promise<{ updated: number; painted: number }> };
        const targets = [...document.querySelectorAll<HTMLElement>('[data-snippet] pre')].filter((el) =>
          (el.textContent ?? '').includes(before),
        );
        const done = () => targets.every((el) => (el.textContent ?? '').includes(after));
        w.__latency = new Promise((resolve) => {
          document.addEventListener(
            'keydown',
            (event) => {
              const start = event.timeStamp;
              let updated = NaN;
              const observer = new MutationObserver(() => {
                if (Number.isNaN(updated) && done()) {
                  updated = performance.now() - start;
                  observer.disconnect();
                }
              });
              for (const el of targets) observer.observe(el, { subtree: true, characterData: true, childList: true });
              const check = () => {
                if (done()) {
                  observer.disconnect();
                  const painted = performance.now() - start;
                  resolve({ updated: Number.isNaN(updated) ? painted : updated, painted });
                } else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            },
            { once: true, capture: true },
          );
        });
      },
      { before, after },
    );
    await field.focus();
    await field.evaluate((el: HTMLInputElement) => el.setSelectionRange(11, 12));
    await page.keyboard.type(digit);
    const sample = await page.evaluate(() => (window as unknown as { __latency: Promise<{ updated: number; painted: number }> }).__latency);
    times.updated.push(sample.updated);
    times.painted.push(sample.painted);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function externalIdsPerSecond(): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (let i = 0; i < 1000; i++) generateExternalId('vnd-');
    n += 1000;
  }
  return n / ((performance.now() - start) / 1000);
}

// --- run ---------------------------------------------------------------------------------
let buildSeconds = NaN;
if (!SKIP.has('build')) {
  console.log('Building the site…');
  const buildStart = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = (performance.now() - buildStart) / 1000;
  if (build.status !== 0) throw new Error('astro build failed');
}

const server = await startServer(['--port', String(PORT), '--dir', DIST]);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const newPage = async () => (await browser.newContext()).newPage();
  const weights = await measureWeights(newPage);
  const heaviest = weights.reduce((a, b) => (b.jsKb > a.jsKb ? b : a));
  const withoutWidgets = weights.filter((w) => w.islands === 0);
  const heaviestWithout = withoutWidgets.reduce((a, b) => (b.jsKb > a.jsKb ? b : a), withoutWidgets[0] ?? { page: '-', jsKb: 0 });
  const latency: Array<{ page: string; many: boolean; samples: number; updated: LatencyFigures; painted: LatencyFigures } | { page: string; many: boolean; error: string }> = [];
  const figures = (values: number[]): LatencyFigures => ({ median: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });
  const push = (page: string, many: boolean, times: LatencySamples | string) =>
    latency.push(typeof times === 'string' ? { page, many, error: times } : { page, many, samples: times.updated.length, updated: figures(times.updated), painted: figures(times.painted) });
  if (!SKIP.has('latency')) {
    const floorPage = await newPage();
    push('(floor: trivial page)', false, await measureLatency(floorPage, null, false, KEYSTROKES));
    await floorPage.context().close();
    for (const w of weights.filter((x) => x.snippets > 0)) {
      for (const many of [false, true]) {
        const latencyPage = await newPage();
        push(w.page, many, await measureLatency(latencyPage, w.page, many, KEYSTROKES));
        await latencyPage.context().close();
      }
    }
  }
  const idsPerSecond = externalIdsPerSecond();
  const lighthouse: Array<{ page: string; runs: LighthouseScores[]; median: number; min: number }> = [];
  if (!SKIP.has('lighthouse')) {
    const runs = await runLighthouse(PAGES.flatMap((p) => Array.from({ length: LIGHTHOUSE_RUNS }, () => `${ORIGIN}${p}`)));
    for (const p of PAGES) {
      const mine = runs.filter((r) => new URL(r.url).pathname === p);
      const perf = mine.map((r) => r.performance);
      lighthouse.push({ page: p, runs: mine, median: percentile(perf, 50), min: Math.min(...perf) });
    }
  }

  const results = {
    date: new Date().toISOString(),
    buildSeconds,
    pages: weights,
    heaviest: { page: heaviest.page, jsKb: heaviest.jsKb },
    heaviestWithoutWidgets: withoutWidgets.length === 0 ? null : { page: heaviestWithout.page, jsKb: heaviestWithout.jsKb },
    pagesWithoutWidgetsShipReact: withoutWidgets.filter((w) => w.react).map((w) => w.page),
    latencyMs: latency,
    externalIdsPerSecond: idsPerSecond,
    lighthouse,
    targets: TARGETS,
  };
  const out = process.env['BENCH_OUT'] ?? 'bench/results.json';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  const ok = (pass: boolean) => (pass ? 'ok  ' : 'MISS');
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log('\nPer page (gzip):');
  console.log('  page                       JS KB   HTML+CSS KB  scripts  React');
  for (const w of weights) console.log(`  ${w.page.padEnd(26)} ${f(w.jsKb).padStart(6)}  ${f(w.htmlCssKb).padStart(11)}  ${String(w.scripts).padStart(7)}  ${w.react ? 'yes' : 'no'}`);
  console.log('\nFigure                                        value           target');
  // `pass` null: nothing was measured (a part left out); neither ok nor a miss.
  const row = (name: string, value: string, target: string, pass: boolean | null) =>
    console.log(`${pass === null ? 'n/a ' : ok(pass)} ${name.padEnd(40)} ${value.padStart(15)}   ${target}`);
  row(`heaviest page JS (${heaviest.page})`, `${f(heaviest.jsKb)} KB`, `≤ ${TARGETS.heaviestJsKb} KB`, heaviest.jsKb <= TARGETS.heaviestJsKb);
  // BENCH_PAGES may name only widget pages: then there is no such figure, not a passing one.
  if (withoutWidgets.length === 0) {
    row('no-widget page JS', '-', 'no page without widgets measured', null);
    row('pages without widgets shipping React', '-', 'no page without widgets measured', null);
  } else {
    row(`no-widget page JS (${heaviestWithout.page})`, `${f(heaviestWithout.jsKb)} KB`, `≤ ${TARGETS.noWidgetJsKb} KB`, heaviestWithout.jsKb <= TARGETS.noWidgetJsKb);
    row('pages without widgets shipping React', String(results.pagesWithoutWidgetsShipReact.length), '0', results.pagesWithoutWidgetsShipReact.length === 0);
  }
  // Two figures per page: the budget is on the work (keystroke → every snippet updated in the
  // DOM); the first frame that shows it is printed beside it, with the trivial page's floor,
  // since waiting for the next frame alone costs up to one frame interval (16.7 ms at 60 Hz).
  for (const l of latency) {
    const name = `latency ${l.page}${l.many ? ' 5×5' : ''} p95 (med)`;
    if ('error' in l) row(name, '-', l.error, null);
    else {
      row(name, `${f(l.updated.p95)} (${f(l.updated.median)}) ms`, `≤ ${TARGETS.latencyP95Ms} ms`, l.updated.p95 <= TARGETS.latencyP95Ms);
      console.log(`       to the next frame: p95 ${f(l.painted.p95)} (median ${f(l.painted.median)}) ms`);
    }
  }
  row('ExternalId generation', `${f(idsPerSecond / 1000, 0)}k/s`, '', true);
  for (const lh of lighthouse) {
    row(`Lighthouse ${lh.page} perf med/min`, `${lh.median}/${lh.min}`, `≥ ${TARGETS.lighthousePerformance}`, lh.min >= TARGETS.lighthousePerformance);
    const worst = (k: 'accessibility' | 'bestPractices' | 'seo') => Math.min(...lh.runs.map((r) => r[k]));
    const [a, b, c] = [worst('accessibility'), worst('bestPractices'), worst('seo')];
    row(`Lighthouse ${lh.page} a11y / BP / SEO`, `${a}/${b}/${c}`, '100/100/100', a === 100 && b === 100 && c === 100);
    const failing = [...new Set(lh.runs.flatMap((r) => r.failing))];
    if (failing.length) console.log(`       losing points: ${failing.join(', ')}`);
  }
  if (!SKIP.has('build')) row('full build', `${f(buildSeconds)} s`, `≤ ${TARGETS.buildSeconds} s`, buildSeconds <= TARGETS.buildSeconds);
  console.log(`\nWritten to ${out}`);
} finally {
  await browser.close();
  server.close();
}
