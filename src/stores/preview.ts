/**
 * One preview per keystroke (issue 8.4): a single computed store holds the core's inputs,
 * their validation, the model snippets are built from and every artifact, computed once per
 * change. Each island subscribes to what it shows instead of running the core itself.
 *
 * `linkPending` lists link values the reader has not confirmed yet (issue 9.1): while it is
 * not empty nothing may be copied, downloaded, launched or ticked.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { previewFromValidation, type ArtifactPreview } from '../core/generate.ts';
import type { ArtifactId, GuideInputs, GuideModel, ValidationResult } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import { toGuideInputs } from './browser-settings.ts';
import { $settings } from './settings.ts';
import { $externalId, $fromLink, $values } from './state.ts';
import type { ReaderKey } from './storage.ts';

/** Everything the page shows for the current values. */
export interface GuidePreview {
  /** The core's inputs (settings-owned fields from the build's settings only). */
  inputs: GuideInputs;
  /** Their validation, done once per change. */
  validation: ValidationResult;
  /** The model the artifacts were built from: validated, or placeholders where a value is invalid. */
  model: GuideModel;
  /** Every artifact, built once per change (exactly `previewArtifacts(inputs)`). */
  artifacts: ReadonlyMap<ArtifactId, ArtifactPreview>;
  /** Link values not yet confirmed: nothing may be copied, downloaded, launched or ticked. */
  linkPending: readonly ReaderKey[];
}

/** The core's inputs; null until the settings are known. Settings-owned fields always from settings. */
export const $inputs: ReadableAtom<GuideInputs | null> = computed(
  [$settings, $values, $externalId],
  (settings, values, externalId) => (settings ? toGuideInputs(settings, values, externalId) : null),
);

/** Validation of {@link $inputs} against the configured vendor account; null until the settings are known. */
export const $validation: ReadableAtom<ValidationResult | null> = computed([$settings, $inputs], (settings, inputs) =>
  settings && inputs ? validateInputs(inputs, { vendorAccountId: settings.vendorAccountId }) : null,
);

/**
 * The artifacts for one validation: the core's own preview (size limits included), reusing the
 * validation instead of running it again.
 */
export function artifactsFor(inputs: GuideInputs, validation: ValidationResult): { model: GuideModel; artifacts: Map<ArtifactId, ArtifactPreview> } {
  const { model, artifacts } = previewFromValidation(inputs, validation);
  return { model, artifacts: new Map(artifacts.map((artifact) => [artifact.id, artifact])) };
}

// The artifacts depend on the inputs only; the link marks change without rebuilding them.
const $built = computed([$inputs, $validation], (inputs, validation) =>
  inputs && validation ? { inputs, validation, ...artifactsFor(inputs, validation) } : null,
);

/** The one preview of the page; null until the settings are known. */
export const $preview: ReadableAtom<GuidePreview | null> = computed([$built, $fromLink], (built, linkPending) =>
  built ? { ...built, linkPending } : null,
);
