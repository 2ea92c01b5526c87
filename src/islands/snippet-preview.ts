/**
 * What the snippet blocks of a page read: the one preview of the guide (computed once per
 * change, shared by every snippet), plus the values the highlighting templates' slots stand
 * for, also computed once per change rather than once per snippet.
 *
 * The preview itself belongs to the state layer; this module only derives from it, so that
 * switching the source of `$guidePreview` is the only change when that layer's store lands.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { previewArtifacts, type ArtifactPreview } from '../core/generate.ts';
import type { ArtifactId, GuideInputs, GuideModel, ValidationResult } from '../core/types.ts';
import { valuesByKind } from '../highlight/runtime/markers.ts';
import { previewModel } from '../highlight/runtime/model.ts';
import { $fromLink, $inputs, $settings, $validation, type ReaderKey } from '../stores/guide.ts';

/** The guide's preview: the shape of the state layer's `$preview`. */
export interface GuidePreview {
  inputs: GuideInputs;
  validation: ValidationResult;
  artifacts: ReadonlyMap<ArtifactId, ArtifactPreview>;
  /** Reader fields whose value came from a link and is not confirmed yet: no Copy / Download / Launch Stack. */
  linkPending: readonly ReaderKey[];
}

/** The one preview per change (every artifact built once, whatever the number of snippets). */
export const $guidePreview: ReadableAtom<GuidePreview | null> = computed(
  [$settings, $inputs, $validation, $fromLink],
  (settings, inputs, validation, fromLink) => {
    if (!settings || !inputs || !validation) return null;
    const artifacts = new Map<ArtifactId, ArtifactPreview>();
    for (const artifact of previewArtifacts(inputs, { vendorAccountId: settings.vendorAccountId })) artifacts.set(artifact.id, artifact);
    return { inputs, validation, artifacts, linkPending: fromLink };
  },
);

/** What every snippet of the page needs from the preview, computed once per change. */
export interface SnippetSource {
  preview: GuidePreview;
  /** The model the artifacts' text was built from (validated, or placeholders where invalid). */
  model: GuideModel;
  /** The model's values by marker kind (`valuesByKind`), which the templates' slots stand for. */
  values: readonly (readonly string[])[];
}

/** The preview and its slot values; null until the state is set up. */
export const $snippetSource: ReadableAtom<SnippetSource | null> = computed($guidePreview, (preview) => {
  if (!preview) return null;
  const model = previewModel(preview.inputs, preview.validation);
  return { preview, model, values: valuesByKind(model) };
});
