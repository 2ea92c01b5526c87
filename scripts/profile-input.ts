/**
 * Where a keystroke's time goes: types into the account-ID field of a page of the served
 * build (`node scripts/serve-dist.ts --port N` first) with the CPU throttled 4×, records a
 * CPU profile and a performance trace through CDP, and prints the functions with the most
 * self time and the trace's top-level phases (script, style, layout, paint).
 *
 *   node scripts/profile-input.ts http://127.0.0.1:5302/roles/ [keystrokes]
 *
 * `CALLERS_OF=querySelectorAll` also prints the stacks a function's time was spent under.
 * `UNDER=dispatchDiscreteEvent` counts the inclusive times only inside that function (the
 * keystroke's own work, without the harness's or the page's other tasks). `EVENT=keypress`
 * picks the event whose slow instance is taken apart (default `input`); `TIMELINE=1` lists what
 * happened inside it in order (a forced layout before the `input` event shows there).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:5302/roles/';
const keystrokes = Number(process.argv[3] ?? 20);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  const panel = page.locator('[data-values-panel]').first();
  const toggle = panel.locator('button[aria-expanded]').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const field = panel.locator('[name="accountId"]');
  await field.fill('123456789010');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env['SAMPLING_US'] ?? 1000) });
  const events: Array<{ name: string; dur?: number; ts: number; ph: string; cat: string; tid: number; tdur?: number; args?: { data?: { type?: string } } }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: process.env['TRACE_CATEGORIES'] ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8,renderer.scheduler', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await field.focus();
  for (let i = 0; i < keystrokes; i++) {
    await field.evaluate((el: HTMLInputElement) => el.setSelectionRange(11, 12));
    await page.keyboard.type(String(i % 10));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traceDone;

  // Self time per function (sampling profile).
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const byUrl = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = f.url ? f.url.split('/').pop()! : f.functionName;
    byUrl.set(key, (byUrl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // Inclusive time per function: each sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const under = process.env['UNDER'];
  (profile.samples ?? []).forEach((id, i) => {
    if (under) {
      let inside = false;
      for (let cur: number | undefined = id; cur !== undefined && !inside; cur = parent.get(cur)) inside = byId.get(cur)!.callFrame.functionName === under;
      if (!inside) return;
    }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!f.url) continue;
      const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  // CALLERS_OF=<name>: the stacks under which that function (a native one too) spent its time.
  const callersOf = process.env['CALLERS_OF'];
  if (callersOf) {
    const stacks = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => {
      if (byId.get(id)!.callFrame.functionName !== callersOf) return;
      const names: string[] = [];
      for (let cur = parent.get(id); cur !== undefined && names.length < 6; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame;
        if (f.url) names.push(`${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}`);
      }
      const key = names.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log(`Stacks of ${callersOf} (ms):`);
    for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  }
  console.log('Inclusive time by function (ms):');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env['TOP'] ?? 45))) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('Self time by script (ms):');
  for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile, ${keystrokes} keystrokes, self time (ms, 4× throttle), total ${total.toFixed(0)} ms:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);

  // Main-thread phases from the trace.
  const phases = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'RunMicrotasks', 'HitTest', 'TimerFire', 'FireAnimationFrame', 'v8.evaluateModule', 'Commit'].includes(e.name)) {
      phases.set(e.name, (phases.get(e.name) ?? 0) + e.dur / 1000);
    }
  }
  const dispatch = new Map<string, { n: number; ms: number; cpu: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'EventDispatch' || !e.dur) continue;
    const type = e.args?.data?.type ?? '?';
    const d = dispatch.get(type) ?? { n: 0, ms: 0, cpu: 0 };
    d.n++;
    d.ms += e.dur / 1000;
    d.cpu += (e.tdur ?? 0) / 1000;
    dispatch.set(type, d);
  }
  console.log('Events dispatched (ms per event, wall / thread CPU, inclusive):');
  for (const [k, v] of [...dispatch].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) console.log(`  ${(v.ms / v.n).toFixed(1).padStart(8)} / ${(v.cpu / v.n).toFixed(1).padStart(6)}  ${k} ×${v.n}`);
  // Inside the slowest `input` event: what took the time (self time of nested trace events).
  const inputs = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === (process.env['EVENT'] ?? 'input')).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const slowest = inputs[Math.floor(inputs.length * 0.1)];
  if (slowest) {
    const inside = events.filter((e) => e.ph === 'X' && e.tid === slowest.tid && e.ts >= slowest.ts && e.ts + (e.dur ?? 0) <= slowest.ts + (slowest.dur ?? 0) && e !== slowest);
    const agg = new Map<string, number>();
    for (const e of inside) agg.set(e.name, (agg.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log(`Inside a slow ${process.env['EVENT'] ?? 'input'} event (${((slowest.dur ?? 0) / 1000).toFixed(1)} ms), inclusive:`);
    for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
    // In order, from the event's start: what took more than 0.2 ms.
    if (process.env['TIMELINE']) for (const e of inside.filter((x) => (x.dur ?? 0) > 200).sort((a, b) => a.ts - b.ts)) console.log(`  +${((e.ts - slowest.ts) / 1000).toFixed(1).padStart(5)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(5)}  ${e.name} ${JSON.stringify((e.args as { data?: unknown })?.data ?? '').slice(0, 140)}`);
    for (const e of inside.filter((x) => x.name === 'Layout')) console.log('  Layout', ((e.dur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args));
    const layouts = events.filter((e) => e.ph === 'X' && e.name === 'Layout');
    console.log('All layouts:', layouts.map((e) => `${((e.dur ?? 0) / 1000).toFixed(1)}ms/${JSON.stringify((e.args as { beginData?: unknown })?.beginData)}`).slice(0, 40).join('\n  '));
  }
  const names = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) names.set(e.name, (names.get(e.name) ?? 0) + e.dur / 1000);
  console.log('All trace events (ms, inclusive):');
  for (const [k, v] of [...names].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('Trace phases (ms, inclusive):');
  for (const [k, v] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
} finally {
  await browser.close();
}
