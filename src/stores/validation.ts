/**
 * The core's inputs and their validation, apart from the artifacts (./preview.ts builds those):
 * what needs only the values (the prose filler of pages without snippets) imports this module
 * and so ships no artifact builder.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { GuideInputs, ValidationResult } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import { toGuideInputs } from './browser-settings.ts';
import { $settings } from './settings.ts';
import { $externalId, $values } from './state.ts';

/** The core's inputs; null until the settings are known. Settings-owned fields always from settings. */
export const $inputs: ReadableAtom<GuideInputs | null> = computed(
  [$settings, $values, $externalId],
  (settings, values, externalId) => (settings ? toGuideInputs(settings, values, externalId) : null),
);

/** Validation of {@link $inputs} against the configured vendor account; null until the settings are known. */
export const $validation: ReadableAtom<ValidationResult | null> = computed([$settings, $inputs], (settings, inputs) =>
  settings && inputs ? validateInputs(inputs, { vendorAccountId: settings.vendorAccountId }) : null,
);
