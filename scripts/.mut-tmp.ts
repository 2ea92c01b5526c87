import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(process.argv[2]!);
await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
await page.waitForFunction(() => [...document.querySelectorAll('[data-snippet]')].every((el) => el.querySelector('[data-ready]')));
const panel = page.locator('[data-values-panel]').first();
await panel.locator('button[aria-expanded]').first().click();
const field = panel.locator('[name="accountId"]');
await field.fill('123456789010');
await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
await page.evaluate(() => {
  const w = window as any;
  w.__muts = [];
  new MutationObserver((list) => {
    for (const m of list) {
      const t = m.target as Element;
      const el = t.nodeType === 1 ? t : t.parentElement!;
      const where = el.closest('[data-snippet]') ? 'snippet' : el.closest('astro-island')?.getAttribute('component-url')?.split('/').pop() ?? el.closest('[data-prose]') ? 'prose' : 'other';
      w.__muts.push(`${m.type}${m.attributeName ? ":" + m.attributeName : ""} ${el.tagName.toLowerCase()}.${el.className}#${el.id}[${el.getAttribute("name")}] in ${el.closest("astro-island")?.getAttribute("component-url")?.split("/").pop()}`);
    }
  }).observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
});
await field.focus();
await field.evaluate((el: HTMLInputElement) => el.setSelectionRange(11, 12));
await page.keyboard.type('7');
await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
const muts: string[] = await page.evaluate(() => (window as any).__muts);
const count = new Map<string, number>();
for (const m of muts) count.set(m, (count.get(m) ?? 0) + 1);
for (const [k, v] of [...count].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(5), k);
await browser.close();
