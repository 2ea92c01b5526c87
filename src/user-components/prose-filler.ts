/**
 * Entry of the values in prose and static commands (`<Value>`, `<FilledCode>`,
 * `<RolePermissions>`). The build rendered them for a reader who has typed nothing (the
 * vendor's settings and defaults, placeholders for the rest: ./prose-model.ts). When that is
 * still what the reader has — a page without islands and nothing stored — the text is already
 * right and only the Copy buttons need enabling: no state layer, no validators load (issue 8:
 * such a page stays within 10 KB). Otherwise the filler proper (./prose-fill.ts) loads and
 * keeps the text in step with the reader's values.
 */
import { STATE_KEY } from '../stores/storage-keys.ts';
import { markProseFilled, wireProseCopy } from './prose-copy.ts';

/** Whether the reader has stored values (read failures count as none, like the state layer). */
function hasStoredState(): boolean {
  try {
    return window.localStorage.getItem(STATE_KEY) !== null;
  } catch {
    return false;
  }
}

if (document.querySelector('astro-island') !== null || hasStoredState()) {
  void import('./prose-fill.ts').then(({ startProseFill }) => startProseFill());
} else {
  for (const button of wireProseCopy()) button.disabled = false;
  markProseFilled();
}
