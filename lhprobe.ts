import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';
const url = process.argv[2]!; const n = Number(process.argv[3] ?? 5);
const chrome = await chromeLauncher.launch({ chromePath: findChromium()!, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS] });
for (let i = 0; i < n; i++) {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  const m = (id: string) => `${id}=${Math.round(a[id]!.numericValue ?? 0)}(${a[id]!.score})`;
  const lt = (a['long-tasks']?.details as any)?.items ?? []; console.log(lt.map((t: any) => `${Math.round(t.startTime)}+${Math.round(t.duration)} ${String(t.url).replace(/.*\//,'')}`).join(' | '));
  console.log(Math.round(r!.lhr.categories.performance!.score! * 100), m('first-contentful-paint'), m('largest-contentful-paint'), m('total-blocking-time'), m('cumulative-layout-shift'), m('speed-index'), 'cls=', a['cumulative-layout-shift']!.numericValue);
}
await chrome.kill();
