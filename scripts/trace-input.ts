/**
 * Per-keystroke breakdown of the main thread while typing into the account-ID field (CPU
 * throttled 4×): for each keystroke, the time in the key events (script, forced style and
 * layout), then in the next frame's style recalc, layout and paint, and what invalidated
 * style (Chromium's invalidation tracking). A companion of `profile-input.ts` for finding
 * why a keystroke restyles more than it changes.
 *
 *   node scripts/trace-input.ts http://127.0.0.1:5202/roles/ [keystrokes] [--many]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:5202/roles/';
const keystrokes = Number(process.argv[3] ?? 10);
const many = process.argv.includes('--many');
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
interface TraceEvent {
  name: string;
  dur?: number;
  ts: number;
  ph: string;
  cat: string;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number };
}
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-snippet]')].every((el) => el.querySelector('[data-ready]')));
  const panel = page.locator('[data-values-panel]').first();
  const toggle = panel.locator('button[aria-expanded]').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  if (many) {
    await panel.locator('[name="clusters"]').fill(['prod-a', 'prod-b', 'stg-a', 'stg-b', 'dev-a'].join('\n'));
    await panel.locator('[name="repoPatterns"]').fill(['portal-*', 'billing-*', 'search-*', 'auth-*', 'batch-*'].join('\n'));
  }
  const field = panel.locator('[name="accountId"]');
  await field.fill('123456789010');
  await field.focus();
  // Experiments: DROP_CSS=<regex> deletes the matching style rules first (what-if without them).
  const drop = process.env['DROP_CSS'];
  if (drop) {
    const dropped = await page.evaluate((source) => {
      const re = new RegExp(source);
      const out: string[] = [];
      const walk = (rules: CSSRuleList, owner: CSSStyleSheet | CSSGroupingRule) => {
        for (let i = rules.length - 1; i >= 0; i--) {
          const rule = rules[i]!;
          if (rule instanceof CSSStyleRule && re.test(rule.selectorText)) {
            out.push(rule.selectorText);
            owner.deleteRule(i);
          } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, rule as CSSGroupingRule);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules, sheet);
      return out;
    }, drop);
    console.log('dropped', dropped);
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink,v8',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < keystrokes; i++) {
    await field.evaluate((el: HTMLInputElement) => el.setSelectionRange(11, 12));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => performance.mark('key-start'));
    await page.keyboard.type(String(i % 10));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await cdp.send('Tracing.end');
  await traceDone;
  const main = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.['type'] === 'keypress')[0]?.tid;
  const xs = events.filter((e) => e.ph === 'X' && e.tid === main && e.dur).sort((a, b) => a.ts - b.ts);
  const keys = xs.filter((e) => e.name === 'EventDispatch' && e.args?.data?.['type'] === 'keydown');
  const rows: string[] = [];
  const sum = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) {
    const start = keys[k]!.ts;
    const end = keys[k + 1]?.ts ?? Infinity;
    // Up to the first frame's paint after the keystroke.
    const firstPaint = xs.find((e) => e.ts > start && e.ts < end && e.name === 'Paint');
    const stop = firstPaint ? firstPaint.ts + (firstPaint.dur ?? 0) : end;
    const inside = xs.filter((e) => e.ts >= start && e.ts < stop);
    const total = (name: string) => inside.filter((e) => e.name === name).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
    const parts = {
      wall: (stop - start) / 1000,
      // Nested events (keypress › textInput › input) each count: a sum, not the wall time.
      events: total('EventDispatch'),
      js: total('FunctionCall'),
      style: total('UpdateLayoutTree'),
      layout: total('Layout'),
      prePaint: total('PrePaint'),
      paint: total('Paint'),
      layerize: total('Layerize'),
      microtasks: total('RunMicrotasks'),
    };
    for (const [key, v] of Object.entries(parts)) sum.set(key, (sum.get(key) ?? 0) + v);
    const styleCounts = inside.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? (e.args as { beginData?: { elementCount?: number } })?.beginData?.elementCount ?? '?');
    rows.push(`${String(k).padStart(3)} ${Object.entries(parts).map(([key, v]) => `${key} ${v.toFixed(1)}`).join('  ')}  restyled ${styleCounts.join('/')}`);
  }
  console.log(rows.join('\n'));
  console.log(`mean: ${[...sum].map(([k, v]) => `${k} ${(v / keys.length).toFixed(1)}`).join('  ')}`);
  // What invalidated style (counts by reason and by selector/node).
  const inv = new Map<string, number>();
  for (const e of events) {
    if (!e.name.includes('InvalidationTracking')) continue;
    const d = (e.args?.data ?? {}) as Record<string, unknown>;
    const key = `${e.name} ${String(d['reason'] ?? '')} ${String(d['invalidationSet'] ? JSON.stringify(d['invalidationSet']).slice(0, 120) : '')} ${String(d['nodeName'] ?? '').slice(0, 60)} ${String(d['changedClass'] ?? d['changedAttribute'] ?? d['changedPseudo'] ?? d['changedId'] ?? d['selectorPart'] ?? '')}`;
    inv.set(key, (inv.get(key) ?? 0) + 1);
  }
  console.log('Invalidations (count, event, reason, node, change):');
  for (const [k, v] of [...inv].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${String(v).padStart(6)}  ${k}`);
} finally {
  await browser.close();
}
