/**
 * Keeps the section a link points to (`#id`, also after a `/go/` permalink) in view while the
 * page settles. The browser scrolls to the fragment once, at load; then the widgets hydrate and
 * personalised snippets (sized by `content-visibility` estimates until painted) take their real
 * heights, which can move the section out of the window. Until the reader scrolls, types, clicks
 * or presses a key, each change of the content's height scrolls the section back to the top.
 */
export function keepAnchorInView(root: HTMLElement = document.body): void {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a malformed fragment names no section
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const observer = new ResizeObserver(() => target.scrollIntoView({ block: 'start' }));
  const stop = () => {
    observer.disconnect();
    for (const type of USER_INPUT) removeEventListener(type, stop, true);
  };
  // Only the reader's own input ends it: a scroll event alone may be ours.
  for (const type of USER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  observer.observe(root);
}

const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
