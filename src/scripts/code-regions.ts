/**
 * Gives every scrollable code block a unique accessible name.
 *
 * Expressive Code makes a code block that scrolls sideways keyboard-focusable by adding
 * `tabindex="0"` and `role="region"` (after a debounce, on resize). A page with several
 * such blocks then has several unnamed regions, which fails WCAG landmark rules. We do the
 * same job at once on load, and name each region after its block's title (the file name),
 * numbered when a title repeats; when Expressive Code later removes the role, the name goes too.
 */

/** The visible title of a code block, or a generic word for untitled ones. */
function blockTitle(pre: HTMLElement, fallback: string): string {
  const figure = pre.closest('figure');
  const title = figure?.querySelector('.title')?.textContent?.trim();
  const srTitle = figure?.querySelector('figcaption .sr-only')?.textContent?.trim();
  return title || srTitle || fallback;
}

/** Names (or un-names) every `.expressive-code pre` of the document. */
function labelAll(fallback: string): void {
  const counts = new Map<string, number>();
  for (const pre of document.querySelectorAll<HTMLElement>('.expressive-code pre')) {
    const scrollable = pre.scrollWidth > pre.clientWidth;
    if (scrollable && !pre.hasAttribute('role')) {
      pre.setAttribute('tabindex', '0');
      pre.setAttribute('role', 'region');
    }
    if (pre.getAttribute('role') !== 'region') {
      pre.removeAttribute('aria-label');
      continue;
    }
    const title = blockTitle(pre, fallback);
    const n = (counts.get(title) ?? 0) + 1;
    counts.set(title, n);
    pre.setAttribute('aria-label', n === 1 ? title : `${title} (${n})`);
  }
}

/** Starts labelling now and whenever a code block's role changes. */
export function labelCodeRegions(fallback: string): void {
  labelAll(fallback);
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      labelAll(fallback);
    });
    // Only role changes: watching every inserted node would re-measure every block (a forced
    // layout) on each keystroke while the personalised snippets update.
  }).observe(document.body, { attributes: true, attributeFilter: ['role'], subtree: true });
}
