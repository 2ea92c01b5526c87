/**
 * A keystroke in a values field lays out the field, not the page (issue 8, keystroke latency).
 * Inserting a character makes Chromium lay out the document before the page's `input` handlers
 * run (the caret must be placed), and that layout is part of every keystroke's latency. The
 * fields are relayout boundaries (src/islands/widgets.css, `.values-input`): that layout is
 * partial and touches a few objects. Before, it was a full layout of the page (19 of 1,785
 * objects dirty, 2.5–6 ms at 4× CPU throttle on /roles/). Read off Chromium's own trace.
 */
import { expect, test, type Page } from '@playwright/test';
import { field, open, openPanel } from './support/widgets.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string }; beginData?: { partialLayout?: boolean; dirtyObjects?: number; totalObjects?: number } };
}

/** The layouts Chromium ran while inserting one typed character, before the `input` event. */
async function layoutsWhileTyping(page: Page, name: string): Promise<Array<NonNullable<TraceEvent['args']>['beginData']>> {
  const control = field(page, name);
  await control.focus();
  await control.press('End');
  // Two frames: whatever the focus changed is laid out and painted before the trace starts.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.keyboard.type('1');
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const dispatch = (type: string) => traceEvents.find((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === type);
  const textInput = dispatch('textInput');
  const input = dispatch('input');
  expect(textInput, 'a textInput event in the trace').toBeDefined();
  expect(input, 'an input event in the trace').toBeDefined();
  return traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'Layout' && e.tid === textInput!.tid && e.ts >= textInput!.ts && e.ts < input!.ts)
    .map((e) => e.args?.beginData);
}

for (const name of ['accountId', 'clusters']) {
  test(`typing in ${name} lays out the field alone`, async ({ page }) => {
    await open(page, '/roles/');
    await openPanel(page);
    const layouts = await layoutsWhileTyping(page, name);
    // Chromium places the caret after the insertion, so there is a layout to look at.
    expect(layouts.length, 'layouts while the character was inserted').toBeGreaterThan(0);
    for (const layout of layouts) {
      expect(layout?.partialLayout, `a partial layout (${JSON.stringify(layout)})`).toBe(true);
      expect(layout?.totalObjects ?? Infinity, `objects laid out (${JSON.stringify(layout)})`).toBeLessThanOrEqual(10);
    }
  });
}

// Containment takes a control's height away from its content: each must still be as tall as
// its rows (a text input one line), its padding and its border. The first version of the rule
// also caught the setup check's eight-row textarea, which shrank to three lines.
for (const path of ['/roles/', '/check-setup/']) {
  test(`every text control on ${path} is as tall as its rows`, async ({ page }) => {
    await open(page, path);
    if (path === '/roles/') await openPanel(page);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input.values-input, textarea.values-input')]
        .filter((el) => el.type !== 'hidden' && el.getClientRects().length > 0)
        .map((el) => {
          const css = getComputedStyle(el);
          const px = (v: string) => parseFloat(v) || 0;
          const rows = el instanceof HTMLTextAreaElement ? el.rows : 1;
          const needed = rows * px(css.lineHeight) + px(css.paddingTop) + px(css.paddingBottom) + px(css.borderTopWidth) + px(css.borderBottomWidth);
          return { name: el.name, height: el.getBoundingClientRect().height, needed };
        }),
    );
    expect(controls.length, `text controls on ${path}`).toBeGreaterThan(0);
    for (const c of controls) expect(c.height, `${c.name}: height ${c.height} px, its rows need ${c.needed} px`).toBeGreaterThanOrEqual(c.needed - 0.5);
  });
}
