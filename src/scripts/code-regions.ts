/**
 * Gives every scrollable code block a unique accessible name.
 *
 * Expressive Code makes a code block that scrolls sideways keyboard-focusable by adding
 * `tabindex="0"` and `role="region"` (after a debounce, on resize). A page with several
 * such blocks then has several unnamed regions, which fails WCAG landmark rules. We do the
 * same job at once on load, and name each region after its block's title (the file name),
 * numbered when a title repeats; when Expressive Code later removes the role, the name goes too.
 * A personalised snippet without a role is measured again when its text changes (a filled value
 * can make it scroll). A region given on a guess (a block not laid out) is judged again once the
 * block is rendered; one that stops scrolling while shown keeps its role until Expressive Code's
 * next resize check (a focusable block that does not scroll harms no one).
 *
 * A personalised snippet off screen is not laid out (`content-visibility: auto`, custom.css), and
 * reading its width would lay it out: on /cloudformation/ that cost about 300 ms with the CPU
 * throttled 4× at every load (issue 8, Lighthouse). Until such a block is laid out it counts as
 * scrollable (focusable, named): it may well be, and a focusable block that does not scroll
 * harms no one. Once the browser renders it (`contentvisibilityautostatechange`), it is measured
 * like any other block; Expressive Code then removes the role of one that does not scroll.
 */

/** The visible title of a code block, or a generic word for untitled ones. */
function blockTitle(pre: HTMLElement, fallback: string): string {
  const figure = pre.closest('figure');
  const title = figure?.querySelector('.title')?.textContent?.trim();
  const srTitle = figure?.querySelector('figcaption .sr-only')?.textContent?.trim();
  return title || srTitle || fallback;
}

/** The personalised snippets laid out now (the others are skipped by `content-visibility: auto`). */
const rendered = new WeakSet<Element>();

/**
 * Whether `pre` scrolls sideways; `null` when that cannot be known now: in a snippet not laid
 * out (not measured), or without a box (the other colour theme's copy is `display: none`).
 */
function scrolls(pre: HTMLElement): boolean | null {
  const snippet = pre.closest('[data-snippet]');
  if (snippet && !rendered.has(snippet)) return null;
  const width = pre.clientWidth;
  return width === 0 ? null : pre.scrollWidth > width;
}

/** Blocks made regions on a guess (not laid out then), to be judged once they are rendered. */
const guessed = new WeakSet<Element>();

/** Makes a block a focusable region, as Expressive Code does for one that scrolls; `guess`: not measured. */
function makeRegion(pre: HTMLElement, guess: boolean): void {
  pre.setAttribute('tabindex', '0');
  pre.setAttribute('role', 'region');
  if (guess) guessed.add(pre);
}

/**
 * The one rule, from a measurement (`scrolls`): a block that scrolls, or may (not laid out:
 * a guess), is a focusable region. Expressive Code removes the role of a block it measures not
 * to scroll (on its resize observer, once the block is laid out); here only our own guesses
 * are ever undone, since Expressive Code would undo one only on a resize, and a block shown
 * again without one would keep a needless tab stop.
 */
function judge(pre: HTMLElement, scrollable: boolean | null): void {
  if (scrollable === false && guessed.has(pre)) {
    pre.removeAttribute('tabindex');
    pre.removeAttribute('role');
  } else if (scrollable !== false && !pre.hasAttribute('role')) makeRegion(pre, scrollable === null);
  if (scrollable !== null) guessed.delete(pre);
}

/** Names (or un-names) every `.expressive-code pre` of the document. */
function labelAll(fallback: string): void {
  const counts = new Map<string, number>();
  const pres = [...document.querySelectorAll<HTMLElement>('.expressive-code pre')];
  // Every width read before any attribute is written: a write between two reads would make the
  // next read lay the page out again.
  const scrollables = pres.map(scrolls);
  for (const [i, pre] of pres.entries()) {
    judge(pre, scrollables[i]!);
    if (pre.getAttribute('role') !== 'region') {
      pre.removeAttribute('aria-label');
      continue;
    }
    const title = blockTitle(pre, fallback);
    const n = (counts.get(title) ?? 0) + 1;
    counts.set(title, n);
    const label = n === 1 ? title : `${title} (${n})`;
    // Written only when it changes: each write is an accessibility-tree update.
    if (pre.getAttribute('aria-label') !== label) pre.setAttribute('aria-label', label);
  }
}

/** Starts labelling: in the next frame, whenever a code block's role or a snippet's text changes and whenever a snippet is first laid out again. */
export function labelCodeRegions(fallback: string): void {
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      labelAll(fallback);
    });
  };
  // The first pass in the first frame, not now: measuring a block forces style and layout, and
  // while this module runs the parsed page has neither (issue 8: on /cloudformation/ that made
  // one 150 ms task at 4× CPU, script and the page's whole layout together). In the frame's
  // animation callbacks the layout it then forces is the one the frame needs anyway.
  queue();
  // Only role changes: watching every inserted node would re-measure every block (a forced
  // layout) on each keystroke while the personalised snippets update.
  new MutationObserver(queue).observe(document.body, { attributes: true, attributeFilter: ['role'], subtree: true });
  // A personalised snippet's text is filled in place (islands/Snippet.tsx), so a block measured
  // not to scroll may scroll once the reader's values are in: Expressive Code re-measures only
  // when the block's own box resizes, which a longer line does not do. Each snippet's code is
  // watched (not the whole body); the next frame measures only the blocks that changed, and
  // only those without a role (the reads find the layout that frame needs anyway). A role
  // given here is a role change: the full pass above then names the block.
  const edited = new Set<HTMLElement>();
  let editsQueued = false;
  for (const pre of document.querySelectorAll<HTMLElement>('[data-snippet] pre')) {
    const code = pre.querySelector('code');
    if (!code) continue;
    let filled = false;
    new MutationObserver(() => {
      // The first change is the island's first fill, in the task that then marks the snippet
      // live (`data-live`): judged and named now, before anything can see the snippet live
      // (a test, axe, a reader's Tab), not a frame later. Only laid-out blocks are measured,
      // so this forces at most the layout of the snippets on screen, once each.
      if (!filled) {
        filled = true;
        labelAll(fallback);
        return;
      }
      edited.add(pre);
      if (editsQueued) return;
      editsQueued = true;
      requestAnimationFrame(() => {
        editsQueued = false;
        const unlabelled = [...edited].filter((block) => !block.hasAttribute('role'));
        edited.clear();
        // Reads first, then writes (as in labelAll). A block not laid out now is guessed to
        // scroll, as at load (axe and assistive tools measure it anyway), and judged again
        // when it is rendered.
        const scrollables = unlabelled.map(scrolls);
        for (const [i, block] of unlabelled.entries()) judge(block, scrollables[i]!);
      });
    }).observe(code, { childList: true, characterData: true, subtree: true });
  }
  // Does not bubble: heard in the capture phase.
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      // The element with `content-visibility: auto` (custom.css): the snippet itself.
      const snippet = event.target as Element;
      if (!snippet.matches('[data-snippet]')) return;
      if ((event as Event & { skipped: boolean }).skipped) rendered.delete(snippet);
      else {
        rendered.add(snippet);
        queue();
      }
    },
    true,
  );
}
