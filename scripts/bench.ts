/**
 * `npm run bench`: builds the site and prints the figures we watch on every change, each
 * beside its target, and writes them to bench/results.json.
 *
 * - JavaScript per page: sum of the gzip sizes of every JS file the page loads, once every
 *   island has hydrated and every snippet is highlighted (both languages, every page);
 * - HTML + CSS per page (gzip);
 * - input latency: keystroke in the account-ID field → every snippet that shows the account ID
 *   shows the new value, median and p95 over 60 keystrokes, CPU throttled 4×, heaviest page;
 * - ExternalId generation: IDs per second (the core's generator, in Node);
 * - Lighthouse (mobile) on the overview and the heaviest page, both languages;
 * - full build time.
 * Timings are noisy on shared machines, so only the bench reports them; `npm test` checks the
 * sizes and the Lighthouse accessibility / best-practices / SEO scores.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { generateExternalId } from '../src/core/external-id.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { runLighthouse } from './lighthouse.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4397);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SLUGS = ['', 'prerequisites/', 'roles/', 'handoff/', 'eks-access/', 'cloudformation/', 'faq/', 'checklist/'];
const PAGES = ['/', '/en/'].flatMap((prefix) => SLUGS.map((slug) => `${prefix}${slug}`));

/** Targets from the issue; each figure is printed beside its target. */
export const TARGETS = {
  heaviestJsKb: 135,
  latencyP95Ms: 16,
  lighthousePerformance: 98,
  lighthouseOther: 100,
  buildSeconds: 15,
};

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/** The file in dist/ that serves a same-origin URL path. */
function distFile(pathname: string): Buffer {
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return readFileSync(join('dist', decodeURIComponent(path)));
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
    weights.push({ page: path, jsKb: js, htmlCssKb: htmlCss, scripts, react });
    await page.context().close();
  }
  return weights;
}

/** Keystroke → all account-ID snippets updated, in ms, with the CPU throttled 4×. */
async function measureLatency(page: Page, path: string, keystrokes = 60): Promise<number[] | string> {
  await page.goto(`${ORIGIN}${path}`);
  await settle(page);
  const panel = page.locator('[data-values-panel]').first();
  const field = panel.locator('[name="accountId"]');
  if ((await field.count()) === 0) return `no accountId field on ${path}`;
  // The values panel starts as a compact bar; open it as a reader would.
  const toggle = panel.locator('.gv-bar button').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const cdp = await page.context().newCDPSession(page);
  await field.fill('123456789010');
  await page.waitForTimeout(300);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    const digit = String((i + 1) % 10);
    const before = await field.inputValue();
    const after = before.slice(0, 11) + digit;
    if (after === before) continue;
    // Arm a probe: keydown time → the first frame in which every snippet that showed the
    // old account ID shows the new one.
    await page.evaluate(
      ({ before, after }) => {
        const w = window as unknown as { __latency?: Promise<number> };
        const targets = [...document.querySelectorAll<HTMLElement>('[data-snippet] pre')].filter((el) =>
          (el.textContent ?? '').includes(before),
        );
        w.__latency = new Promise((resolve) => {
          document.addEventListener(
            'keydown',
            (event) => {
              const start = event.timeStamp;
              const check = () => {
                if (targets.every((el) => (el.textContent ?? '').includes(after))) resolve(performance.now() - start);
                else requestAnimationFrame(check);
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
    times.push(await page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency));
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
console.log('Building the site…');
const buildStart = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - buildStart) / 1000;
if (build.status !== 0) throw new Error('astro build failed');

const server = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const newPage = async () => (await browser.newContext()).newPage();
  const weights = await measureWeights(newPage);
  const heaviest = weights.reduce((a, b) => (b.jsKb > a.jsKb ? b : a));
  const latencyPage = await newPage();
  const latency = await measureLatency(latencyPage, heaviest.page);
  await latencyPage.context().close();
  const idsPerSecond = externalIdsPerSecond();
  const lighthouse = await runLighthouse(['/', heaviest.page, '/en/', heaviest.page.startsWith('/en/') ? heaviest.page.replace('/en/', '/') : `/en${heaviest.page}`].map((p) => `${ORIGIN}${p}`));

  const withoutWidgets = weights.filter((w) => w.page === '/' || w.page === '/en/' || w.page.endsWith('/faq/'));
  const results = {
    date: new Date().toISOString(),
    buildSeconds,
    pages: weights,
    heaviest: { page: heaviest.page, jsKb: heaviest.jsKb },
    pagesWithoutWidgetsShipReact: withoutWidgets.filter((w) => w.react).map((w) => w.page),
    latencyMs:
      typeof latency === 'string'
        ? { error: latency }
        : { samples: latency.length, median: percentile(latency, 50), p95: percentile(latency, 95), max: Math.max(...latency) },
    externalIdsPerSecond: idsPerSecond,
    lighthouse,
    targets: TARGETS,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const ok = (pass: boolean) => (pass ? 'ok  ' : 'MISS');
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log('\nPer page (gzip):');
  console.log('  page                       JS KB   HTML+CSS KB  scripts  React');
  for (const w of weights) console.log(`  ${w.page.padEnd(26)} ${f(w.jsKb).padStart(6)}  ${f(w.htmlCssKb).padStart(11)}  ${String(w.scripts).padStart(7)}  ${w.react ? 'yes' : 'no'}`);
  console.log('\nFigure                                   value        target     ');
  const row = (name: string, value: string, target: string, pass: boolean) => console.log(`${ok(pass)} ${name.padEnd(36)} ${value.padStart(10)}   ${target}`);
  row(`heaviest page JS (${heaviest.page})`, `${f(heaviest.jsKb)} KB`, `≤ ${TARGETS.heaviestJsKb} KB`, heaviest.jsKb <= TARGETS.heaviestJsKb);
  row('pages without widgets shipping React', String(results.pagesWithoutWidgetsShipReact.length), '0', results.pagesWithoutWidgetsShipReact.length === 0);
  if (typeof latency === 'string') row('input latency', 'n/a', latency, false);
  else {
    row('input latency median (4× CPU)', `${f(results.latencyMs.median ?? NaN)} ms`, '', true);
    row('input latency p95 (4× CPU)', `${f(results.latencyMs.p95 ?? NaN)} ms`, `≤ ${TARGETS.latencyP95Ms} ms`, (results.latencyMs.p95 ?? Infinity) <= TARGETS.latencyP95Ms);
  }
  row('ExternalId generation', `${f(idsPerSecond / 1000, 0)}k/s`, '', true);
  for (const lh of lighthouse) {
    const page = new URL(lh.url).pathname;
    row(`Lighthouse ${page} performance`, String(lh.performance), `≥ ${TARGETS.lighthousePerformance}`, lh.performance >= TARGETS.lighthousePerformance);
    row(`Lighthouse ${page} a11y / BP / SEO`, `${lh.accessibility}/${lh.bestPractices}/${lh.seo}`, '100/100/100', lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100);
    if (lh.failing.length) console.log(`       losing points: ${lh.failing.join(', ')}`);
  }
  row('full build', `${f(buildSeconds)} s`, `≤ ${TARGETS.buildSeconds} s`, buildSeconds <= TARGETS.buildSeconds);
  console.log('\nWritten to bench/results.json');
} finally {
  await browser.close();
  server.kill();
}
