/**
 * The elements Starlight's table of contents watches to know which section is on screen,
 * found without `:has()`. Starlight's script (`starlight-toc.js`) selects them with
 * `main > *:not(:has(<heading>))` and two like it: for each candidate, `:has()` walks the
 * candidate's whole subtree, and our personalised code blocks are thousands of elements each.
 * On /cloudformation/ that one query took 289 ms with the CPU throttled 4× (a long task at idle
 * on every page load, twice: the sidebar's and the mobile table of contents), which Lighthouse
 * counts as blocking time. Here the same set is found from the headings up: an element contains
 * a heading exactly when it is an ancestor of one.
 *
 * Self-contained (no imports, no outer names): tests/e2e/toc.spec.ts runs this very function in
 * the page beside Starlight's selector and requires the same elements in the same order.
 */
export function tocTargets(headingSelector: string): Element[] {
  const out = new Set<Element>();
  for (const main of document.querySelectorAll('main')) {
    const headings = main.querySelectorAll(`:where(${headingSelector})`);
    // Every element with a heading among its descendants (what `:has(<heading>)` matches).
    const hasHeading = new Set<Element>();
    for (const heading of headings) {
      for (let el = heading.parentElement; el && !hasHeading.has(el); el = el.parentElement) hasHeading.add(el);
    }
    // `main :where(<heading>)` (a heading holds none), then the other three selectors' candidates.
    const candidates: Element[] = [...headings];
    // `main :where(<heading>, .sl-heading-wrapper) ~ *`
    for (const start of main.querySelectorAll(`:where(${headingSelector}, .sl-heading-wrapper)`)) {
      for (let sibling = start.nextElementSibling; sibling; sibling = sibling.nextElementSibling) candidates.push(sibling);
    }
    // `main .sl-markdown-content > *` and `main > *`
    for (const content of main.querySelectorAll('.sl-markdown-content')) candidates.push(...content.children);
    candidates.push(...main.children);
    // … each `:not(:has(<heading>))`.
    for (const el of candidates) if (!hasHeading.has(el)) out.add(el);
  }
  // Document order, as `querySelectorAll` returns them (the observer reports in that order).
  return [...out].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
