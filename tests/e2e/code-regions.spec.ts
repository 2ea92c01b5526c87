/**
 * Scrollable code blocks as named regions (src/scripts/code-regions.ts) without laying out the
 * personalised snippets the browser skips (`content-visibility: auto`): at load no script reads
 * the width of a block far off screen (the old code did, 6 on /en/cloudformation/); every block that scrolls sideways is a focusable region named
 * after its file; a laid-out block that does not scroll is not a region (Expressive Code's rule),
 * whatever was assumed before it was laid out.
 */
import { expect, test } from '@playwright/test';
import { field, open, openPanel } from './support/widgets.ts';

test.use({ viewport: { width: 412, height: 823 } });

/**
 * An init script: `window.__resizeWork()` is true once some ResizeObserver callback has run and
 * nothing it scheduled (timers, idle callbacks, and what those schedule in turn) is pending.
 * Expressive Code judges its blocks that way (ResizeObserver → 250 ms debounce → idle callback);
 * it captures `setTimeout` and `requestIdleCallback` when its script runs, after this one.
 */
function trackResizeWork(): void {
  let inside = false;
  let observed = false;
  const pending = new Set<number>();
  const traced = <A extends unknown[], R>(callback: (...args: A) => R) =>
    function (this: unknown, ...args: A): R {
      const outer = inside;
      inside = true;
      try {
        return callback.apply(this, args);
      } finally {
        inside = outer;
      }
    };
  const Observer = window.ResizeObserver;
  window.ResizeObserver = class extends Observer {
    constructor(callback: ResizeObserverCallback) {
      super(traced((entries: ResizeObserverEntry[], observer: ResizeObserver) => {
        observed = true;
        callback(entries, observer);
      }));
    }
  };
  const track = <Schedule extends (callback: () => void, ...rest: never[]) => number>(schedule: Schedule, cancel: (id: number) => void) => {
    const scheduled = ((callback: unknown, ...rest: never[]) => {
      if (!inside || typeof callback !== 'function') return schedule(callback as () => void, ...rest);
      const id: number = schedule(
        traced(() => {
          pending.delete(id);
          (callback as () => void)();
        }),
        ...rest,
      );
      pending.add(id);
      return id;
    }) as unknown as Schedule;
    return [scheduled, (id: number) => {
      pending.delete(id);
      cancel(id);
    }] as const;
  };
  const [timeout, clear] = track(window.setTimeout.bind(window) as never, window.clearTimeout.bind(window));
  const [idle, cancelIdle] = track(window.requestIdleCallback.bind(window) as never, window.cancelIdleCallback.bind(window));
  Object.assign(window, { setTimeout: timeout, clearTimeout: clear, requestIdleCallback: idle, cancelIdleCallback: cancelIdle });
  (window as unknown as { __resizeWork: () => boolean }).__resizeWork = () => observed && pending.size === 0;
}

test('no width of an off-screen snippet is read at load; scrolling blocks are named regions; laid-out ones that fit are not', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __skippedReads: number };
    w.__skippedReads = 0;
    for (const prop of ['scrollWidth', 'clientWidth'] as const) {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, prop)!;
      Object.defineProperty(Element.prototype, prop, {
        configurable: true,
        get(this: Element) {
          // A snippet far from the window (more than a window's height away): one the browser
          // skips once it has decided (before that, at the first scripts, it would lay it out).
          const snippet = this.closest('[data-snippet]');
          const box = snippet?.getBoundingClientRect();
          if (box && (box.bottom < -innerHeight || box.top > 2 * innerHeight)) w.__skippedReads++;
          return own.get!.call(this);
        },
      });
    }
  });
  await page.addInitScript(trackResizeWork);
  await open(page, '/en/cloudformation/');
  // Past the work the page's resize observers started (Expressive Code measures the blocks it
  // observes after a debounce, on idle): that work done is the signal, not a time.
  await page.waitForFunction(() => (window as unknown as { __resizeWork: () => boolean }).__resizeWork());
  expect(await page.evaluate(() => (window as unknown as { __skippedReads: number }).__skippedReads)).toBe(0);

  // Every snippet laid out in turn: each visible block is then a region exactly when it scrolls.
  const seen = new Set<boolean>();
  for (const snippet of await page.locator('[data-snippet]').all()) {
    await snippet.scrollIntoViewIfNeeded();
    const pre = snippet.locator('.expressive-code pre:visible').first();
    const state = () =>
      pre.evaluate((el) => ({
        region: el.getAttribute('role') === 'region' && el.getAttribute('tabindex') === '0' && (el.getAttribute('aria-label') ?? '') !== '',
        scrolls: el.scrollWidth > el.clientWidth,
      }));
    // Expressive Code judges a block once laid out, on idle after a debounce: its signal is the role.
    await expect.poll(async () => { const s = await state(); return s.region === s.scrolls; }, { timeout: 15_000 }).toBe(true);
    seen.add((await state()).scrolls);
  }
  // Both kinds were there: blocks that scroll and blocks that fit.
  expect([...seen].sort()).toEqual([false, true]);
});

test.describe('a block that starts to scroll when the reader types', () => {
  // Wide enough for the policy as the first visit shows it (placeholders) to fit its column.
  test.use({ viewport: { width: 1100, height: 900 } });

  // The snippet is filled in place (islands/Snippet.tsx): a longer line does not resize the
  // block, so Expressive Code does not judge it again; code-regions.ts must.
  test('the EKS deployer policy becomes a named, focusable region once a long cluster name is in it', async ({ page }) => {
    await open(page, '/en/roles/');
    const snippet = page.locator('[data-snippet="eksDeployerPolicy"]').first();
    await snippet.scrollIntoViewIfNeeded();
    const pre = snippet.locator('.expressive-code pre');
    const state = () =>
      pre.evaluate((el) => ({
        region: el.getAttribute('role') === 'region' && el.getAttribute('tabindex') === '0' && (el.getAttribute('aria-label') ?? '') !== '',
        scrolls: el.scrollWidth > el.clientWidth,
      }));
    // Judged as it is first shown: it fits the column, so it is not a region.
    await expect.poll(state, { timeout: 15_000 }).toEqual({ region: false, scrolls: false });

    await openPanel(page);
    // EKS allows 100 characters: the policy's cluster ARN line is then far wider than the column.
    await field(page, 'clusters').fill(`c${'x'.repeat(99)}`);
    await expect(pre).toContainText(`cluster/c${'x'.repeat(99)}`);
    // Measured, not guessed: the block is on screen (laid out) while it is judged.
    await snippet.scrollIntoViewIfNeeded();
    await expect(snippet).toBeInViewport();
    await expect.poll(state, { timeout: 15_000 }).toEqual({ region: true, scrolls: true });
    await expect(pre).toHaveAttribute('aria-label', 'vendor-eks-deployer-policy.json');
  });
});
