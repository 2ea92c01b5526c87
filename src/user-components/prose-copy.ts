/**
 * The Copy buttons of filled commands (`[data-prose-copy]`): disabled in the HTML, so a button
 * never looks usable before it works; enabled by the prose filler once the text is filled.
 * No dependency: the light path of a page without islands uses it too.
 */

/** Wires every Copy button of the page once; returns them (for enabling and disabling). */
export function wireProseCopy(): HTMLButtonElement[] {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-prose-copy]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const text = button.closest('[data-prose]')?.querySelector('[data-prose-text]')?.textContent ?? '';
      void navigator.clipboard.writeText(text).then(
        () => {
          button.dataset['copied'] = 'true';
          // The "copied" look is a transient acknowledgement, not state anything waits for.
          setTimeout(() => delete button.dataset['copied'], 2000);
        },
        () => undefined,
      );
    });
  }
  return buttons;
}

/** Readiness signal for tests and for anyone waiting on the filled text. */
export function markProseFilled(): void {
  // Once: writing an attribute of <html> again on every keystroke would still invalidate style.
  if (document.documentElement.dataset['proseFilled'] !== 'true') document.documentElement.dataset['proseFilled'] = 'true';
}
