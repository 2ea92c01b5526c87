/**
 * What the snippet blocks of a page read: the page's one preview (`$preview`, computed once
 * per change for every island) plus the values the highlighting templates' slots stand for,
 * also computed once per change rather than once per snippet.
 */
import { onMount, type ReadableAtom } from 'nanostores';
import { derived } from '../stores/guide.ts';
import type { GuideModel } from '../core/types.ts';
import { valuesByKind } from '../highlight/runtime/markers.ts';
import { $preview, requestArtifacts, type GuidePreview } from '../stores/preview.ts';

export type { GuidePreview } from '../stores/preview.ts';

/** What every snippet of the page needs from the preview, computed once per change. */
export interface SnippetSource {
  preview: GuidePreview;
  /** The model the artifacts' text was built from (validated, or placeholders where invalid). */
  model: GuideModel;
  /** The model's values by marker kind (`valuesByKind`), which the templates' slots stand for. */
  values: readonly (readonly string[])[];
}

/**
 * The preview and its slot values; null until the state is set up and the preview is final
 * (`sized`: with valid inputs the size limits are measured, and a limit may turn a value into its placeholder).
 */
export const $snippetSource: ReadableAtom<SnippetSource | null> = derived([$preview], (preview) =>
  preview?.sized ? { preview, model: preview.model, values: valuesByKind(preview.model) } : null,
);

// Whatever reads the snippets' source needs the preview's builders: the first reader starts
// loading them (a snippet also asks for its own artifact; the limits' load once values are valid).
onMount($snippetSource, () => requestArtifacts([]));
