/**
 * Browser side of the values in prose and static commands: re-renders every `[data-prose]`
 * element whenever the page's one preview changes, with the same function the build used.
 * The only file here that knows the stores.
 *
 * Copy buttons of filled commands are disabled in the HTML and enabled here, so a button
 * never looks usable before it works; they stay disabled while values from a link wait for
 * the reader's confirmation (nothing built from a link leaves the page before that).
 */
import { previewModel } from '../highlight/runtime/model.ts';
import { computed } from 'nanostores';
import { $fromLink } from '../stores/state.ts';
import { $inputs, $validation } from '../stores/validation.ts';
import { renderProse, type ProseList } from '../utils/prose-values.ts';

// Only the values and their validation: the artifacts' store (stores/preview.ts) would bring
// every builder into pages that show no snippet.
const $prose = computed([$inputs, $validation, $fromLink], (inputs, validation, linkPending) =>
  inputs && validation ? { inputs, validation, linkPending } : null,
);

function start(): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-prose]')];
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-prose-copy]')];
  $prose.subscribe((preview) => {
    if (!preview) return;
    const model = previewModel(preview.inputs, preview.validation);
    for (const element of elements) {
      const target = element.querySelector<HTMLElement>('[data-prose-text]') ?? element;
      const text = renderProse(element.dataset['prose'] ?? '', model, {
        shell: element.dataset['proseShell'] === 'true',
        ...(element.dataset['proseEach'] ? { each: element.dataset['proseEach'] as ProseList } : {}),
      });
      if (target.textContent !== text) target.textContent = text;
    }
    for (const button of buttons) button.disabled = preview.linkPending.length > 0;
    // Readiness signal for tests and for anyone waiting on the filled text.
    document.documentElement.dataset['proseFilled'] = 'true';
  });
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
}

start();
