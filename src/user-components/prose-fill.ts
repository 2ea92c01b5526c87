/**
 * Browser side of the values in prose and static commands: re-renders every `[data-prose]`
 * element whenever the page's values change, with the same function the build used.
 * The only file here that knows the stores. Loaded by ./prose-filler.ts when there is
 * something to fill: on a page with islands, or when the reader has stored values (a page
 * without islands then loads them itself, read like every page does).
 *
 * Copy buttons stay disabled while values from a link wait for the reader's confirmation
 * (nothing built from a link leaves the page before that).
 */
import { previewModel } from '../highlight/runtime/model.ts';
import { computed } from 'nanostores';
import { initGuideStore } from '../stores/guide.ts';
import { $fromLink } from '../stores/state.ts';
import { $inputs, $validation } from '../stores/validation.ts';
import { renderProse, type ProseList } from '../utils/prose-values.ts';
import { markProseFilled, wireProseCopy } from './prose-copy.ts';

// Only the values and their validation: the artifacts' preview (stores/preview.ts) would build
// artifacts no prose shows.
const $prose = computed([$inputs, $validation, $fromLink], (inputs, validation, linkPending) =>
  inputs && validation ? { inputs, validation, linkPending } : null,
);

/**
 * Writes `text` into the element's one text node in place. Replacing the node (what
 * `textContent =` does) is a child insertion, which makes Starlight's `:has()` rules restyle
 * `<html>` and `<body>` on every keystroke (found by scripts/trace-input.ts).
 */
function setText(target: HTMLElement, text: string): void {
  const only = target.firstChild;
  if (only && only === target.lastChild && only.nodeType === Node.TEXT_NODE) (only as Text).data = text;
  else target.textContent = text;
}

/** Fills the page's prose from the stores from now on. */
export function startProseFill(): void {
  // Islands load the stored state; a page without any loads it here (idempotent).
  initGuideStore();
  // What each element renders is fixed by its attributes: read them once, not per keystroke.
  const slots = [...document.querySelectorAll<HTMLElement>('[data-prose]')].map((element) => ({
    target: element.querySelector<HTMLElement>('[data-prose-text]') ?? element,
    template: element.dataset['prose'] ?? '',
    options: {
      shell: element.dataset['proseShell'] === 'true',
      ...(element.dataset['proseEach'] ? { each: element.dataset['proseEach'] as ProseList } : {}),
    },
  }));
  const buttons = wireProseCopy();
  $prose.subscribe((preview) => {
    if (!preview) return;
    const model = previewModel(preview.inputs, preview.validation);
    for (const { target, template, options } of slots) {
      const text = renderProse(template, model, options);
      if (target.textContent !== text) setText(target, text);
    }
    const pending = preview.linkPending.length > 0;
    for (const button of buttons) if (button.disabled !== pending) button.disabled = pending;
    markProseFilled();
  });
}
