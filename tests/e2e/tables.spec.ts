/**
 * Tables in the guide's content (custom.css): the reader's values in a cell may break anywhere,
 * so the handoff table fits a desktop column; Japanese cells keep five characters on a phone
 * instead of one character per line; a table that scrolls sideways is reachable from the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { ALL_RULES, axeViolations } from './support/axe.ts';
import { ALL_PAGES } from './support/site.ts';
import { open } from './support/widgets.ts';

// The reader's values in a table break anywhere (custom.css): the handoff table, values only
// beside their names, fits the column on a desktop instead of scrolling with its last column
// cut off (it was 679 px in 632).
for (const path of ['/handoff/', '/en/handoff/']) {
  test(`${path}: the table of values fits the content column at 1,280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, path);
    const overflow = await page.locator('.sl-markdown-content table').evaluateAll((tables) =>
      tables.map((table) => table.scrollWidth - table.clientWidth),
    );
    expect(overflow.length).toBeGreaterThan(0);
    expect(overflow.every((px) => px <= 0), `sideways overflow per table: ${overflow.join(', ')} px`).toBe(true);
  });
}

// Japanese may break anywhere, so beside an unbreakable file name a text column shrank to one
// character per line (the CloudFormation/Terraform table stood 1,205 px tall at 375 px).
test('ja on a 375-px phone: no table cell is narrower than four characters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow: string[] = [];
  let cells = 0;
  for (const { path } of ALL_PAGES.filter((p) => p.lang === 'ja')) {
    await page.goto(path);
    const found = await page.locator('.sl-markdown-content :is(td, th)').evaluateAll((all) =>
      all.map((cell) => ({
        text: (cell.textContent ?? '').trim().slice(0, 20),
        ems: cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize),
      })),
    );
    cells += found.length;
    narrow.push(...found.filter((c) => c.ems < 4).map((c) => `${path} "${c.text}" ${c.ems.toFixed(1)} em`));
  }
  expect(cells, 'table cells on the Japanese pages').toBeGreaterThan(50);
  expect(narrow).toEqual([]);
});

// A table wider than the column scrolls sideways (Starlight: `display: block; overflow: auto`).
// On a phone the role, permission and RBAC tables do, and nothing in them took focus, so a
// keyboard could not scroll them (axe at 375 px: scrollable-region-focusable on /, /roles/ and
// /eks-access/ in both languages). src/scripts/scrolling-tables.ts makes such a table focusable.
const ONLY_SCROLL_RULE = Object.fromEntries(Object.keys(ALL_RULES).map((id) => [id, { enabled: id === 'scrollable-region-focusable' }]));

/** The content tables as they are now: whether each scrolls sideways and is a tab stop. */
const tableStates = (page: Page) =>
  page.locator('.sl-markdown-content table').evaluateAll((tables) =>
    tables.map((table) => ({ scrolls: table.scrollWidth > table.clientWidth, focusable: table.getAttribute('tabindex') === '0' })),
  );

test('on a 375-px phone every table that scrolls sideways can be scrolled from the keyboard (axe, every page)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  let scrolling = 0;
  for (const { path } of ALL_PAGES) {
    await page.goto(path);
    // Judged when each table's box is first laid out (a ResizeObserver): every table that
    // scrolls is then a tab stop, and no table that fits is one.
    await expect.poll(async () => (await tableStates(page)).filter((t) => t.scrolls !== t.focusable).length, `${path}: tables judged`).toBe(0);
    scrolling += (await tableStates(page)).filter((t) => t.scrolls).length;
    expect(await axeViolations(page, {}, ONLY_SCROLL_RULE), path).toEqual([]);
  }
  // Six when this was written (two per language on /eks-access/, one on / and on /roles/).
  expect(scrolling, 'tables that scroll on a phone, all pages').toBeGreaterThanOrEqual(4);
});

test('a table is a tab stop only while it scrolls, and the keyboard scrolls it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/eks-access/');
  const table = page.locator('.sl-markdown-content table.rbac-rules');
  await expect(table).toHaveAttribute('tabindex', '0');
  await table.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Wide enough for the table: no longer a tab stop; narrow again: one again.
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect.poll(() => table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
  await expect(table).not.toHaveAttribute('tabindex');
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(table).toHaveAttribute('tabindex', '0');
});
