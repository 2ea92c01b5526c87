/**
 * The model a snippet's text is built from, exactly as `previewArtifacts` chooses it: the
 * validated model when every input is valid, otherwise the placeholder model. The runtime
 * highlighter needs the model itself (its values are what the templates' markers stand for),
 * which `previewArtifacts` does not return.
 */
import { placeholderModel } from '../../core/placeholders.ts';
import type { GuideInputs, GuideModel, ValidationResult } from '../../core/types.ts';

/** The model behind `previewArtifacts(inputs, …)` for the given validation of `inputs`. */
export function previewModel(inputs: GuideInputs, validation: ValidationResult): GuideModel {
  return validation.ok ? validation.model : placeholderModel(inputs, validation.errors);
}
