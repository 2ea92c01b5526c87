/**
 * Browser side of the values in prose and static commands: starts the shared store with
 * the page's settings (idempotent, like every island) and re-renders every `[data-prose]`
 * element whenever the reader's values change, with the same function the build used.
 * The only file that knows the stores: when they move, only these imports change.
 */
import { $inputs, $validation, initGuideStore, type BrowserSettings } from '../stores/guide.ts';
import { previewModel } from '../highlight/model.ts';
import { renderProse, type ProseList } from '../utils/prose-values.ts';

function start(): void {
  const holder = document.querySelector<HTMLElement>('[data-prose-settings]');
  if (!holder?.dataset['proseSettings']) return;
  initGuideStore(JSON.parse(holder.dataset['proseSettings']) as BrowserSettings);
  const elements = [...document.querySelectorAll<HTMLElement>('[data-prose]')];
  $validation.subscribe((validation) => {
    const inputs = $inputs.get();
    if (!inputs || !validation) return;
    const model = previewModel(inputs, validation);
    for (const element of elements) {
      const target = element.querySelector<HTMLElement>('[data-prose-text]') ?? element;
      const text = renderProse(element.dataset['prose'] ?? '', model, {
        shell: element.dataset['proseShell'] === 'true',
        ...(element.dataset['proseEach'] ? { each: element.dataset['proseEach'] as ProseList } : {}),
      });
      if (target.textContent !== text) target.textContent = text;
    }
    // Readiness signal for tests and for anyone waiting on the filled text.
    document.documentElement.dataset['proseFilled'] = 'true';
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-prose-copy]')) {
    button.addEventListener('click', () => {
      const text = button.closest('[data-prose]')?.querySelector('[data-prose-text]')?.textContent ?? '';
      void navigator.clipboard.writeText(text).then(
        () => {
          button.dataset['copied'] = 'true';
          setTimeout(() => delete button.dataset['copied'], 2000);
        },
        () => undefined,
      );
    });
  }
}

start();
