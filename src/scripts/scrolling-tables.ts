/**
 * Makes a content table that scrolls sideways reachable from the keyboard.
 *
 * Starlight's tables are `display: block; overflow: auto`: a table wider than the column
 * scrolls inside it. On a phone (or a desktop zoomed to 400 %, WCAG 1.4.10's 320-px case) the
 * role, permission and RBAC tables do, and a keyboard could not scroll them: nothing in them
 * takes focus (axe: scrollable-region-focusable, WCAG 2.1.1). Such a table takes focus itself
 * (`tabindex="0"`); it keeps its own role and name, so a screen reader still announces a table.
 * A table that fits is no tab stop.
 *
 * Judged by a ResizeObserver on each table (its box follows the column: a resized window, the
 * sidebar) and on its row groups (they follow the content: a reader's value filled into a cell).
 * Its callback comes once per frame after layout, so the widths read there cost no layout of
 * their own, and it comes once for every observed box at the start: the first judgement.
 */

/** Judges every content table now: reads every width first, then writes. */
function judgeAll(tables: readonly HTMLElement[]): void {
  const scrolls = tables.map((table) => table.scrollWidth > table.clientWidth);
  tables.forEach((table, i) => {
    if (scrolls[i]) table.setAttribute('tabindex', '0');
    else table.removeAttribute('tabindex');
  });
}

/** Starts judging the content tables of the page (see the module comment). */
export function focusScrollingTables(): void {
  const tables = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content table')];
  if (tables.length === 0) return;
  const observer = new ResizeObserver(() => judgeAll(tables));
  for (const table of tables) for (const box of [table, ...table.children]) observer.observe(box);
}
