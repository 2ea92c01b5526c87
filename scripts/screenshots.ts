/**
 * Takes screenshots of the built site (desktop and mobile, ja and en, light and dark) so a
 * person can look at what readers see. Usage: npm run build && node scripts/screenshots.ts [out-dir] [path-filter] [max-slices]
 * Serves dist/ itself on SHOTS_PORT (default 4399).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { GUIDE_PAGES, pagePath } from '../src/utils/pages.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { startServer } from './start-server.ts';

const outDir = process.argv[2] ?? '/tmp/shots';
const filter = process.argv[3] ?? '';
const maxSlices = Number(process.argv[4] ?? 4);
const port = Number(process.env['SHOTS_PORT'] ?? 4399);
const pages = GUIDE_PAGES.map(pagePath);
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 800 } };

mkdirSync(outDir, { recursive: true });
const server = await startServer(['--port', String(port)]);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  for (const prefix of ['', 'en/']) {
    for (const page of pages) {
      const path = `/${prefix}${page}`;
      if (filter && !path.includes(filter)) continue;
      for (const [device, viewport] of Object.entries(viewports)) {
        for (const theme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ viewport, colorScheme: theme });
          const tab = await context.newPage();
          await tab.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          await tab.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
          // A full-page capture paints beyond the window, where `content-visibility: auto` skips
          // the snippets (a reader scrolling there sees them painted): show them as a reader would.
          await tab.addStyleTag({ content: '[data-snippet] { content-visibility: visible !important; }' });
          const name = `${prefix ? 'en' : 'ja'}-${page.replace(/\/$/, '') || 'index'}-${device}-${theme}.png`;
          // Viewport-sized slices of the whole page: a 10,000-px-tall image is unreadable.
          const height = await tab.evaluate(() => document.documentElement.scrollHeight);
          const slices = Math.min(maxSlices, Math.ceil(height / viewport.height));
          for (let i = 0; i < slices; i++) {
            const clip = { x: 0, y: i * viewport.height, width: viewport.width, height: Math.min(viewport.height, height - i * viewport.height) };
            await tab.screenshot({ path: `${outDir}/${name.replace('.png', `-${i + 1}.png`)}`, fullPage: true, clip });
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
