/**
 * Tables in the guide's content (custom.css): the reader's values in a cell may break anywhere,
 * so the handoff table fits a desktop column; Japanese cells keep five characters on a phone
 * instead of one character per line.
 */
import { expect, test } from '@playwright/test';
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
