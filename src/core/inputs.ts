/**
 * Building {@link GuideInputs}: the defaults from the vendor settings, the parsing of
 * list fields typed into a textarea or passed as one CLI/link parameter, and merging
 * partial inputs (link parameters, CLI flags, stored form state) over a base.
 *
 * Everything here is derived from the field table (fields.ts); these are the names the
 * rest of the project has always called.
 */
import { coerce, inputsFromSettings } from './fields.ts';
import type { GuideInputs } from './types.ts';

export { formatListField, parseListField } from './fields.ts';

/**
 * The inputs the guide starts with: the vendor's defaults (each field's `setting` in the
 * field table), an empty customer account ID (we cannot know it) and an empty ExternalId
 * (generated or entered by the reader).
 */
export function defaultInputs(settings: object): GuideInputs {
  return inputsFromSettings(settings);
}

/** What a patch may give for a value of type `T`: any list, any sub-keys of a nested object. */
type PatchOf<T> = T extends readonly (infer E)[] ? readonly E[] : T extends object ? Partial<T> : T;

/**
 * Partial inputs: any top-level field, and any sub-key of the nested ones. Derived from
 * {@link GuideInputs}, so a new field is patchable without another list to keep.
 */
export type InputsPatch = { [K in keyof GuideInputs]?: PatchOf<NonNullable<GuideInputs[K]>> | undefined };

/** A deep copy of `inputs`, so that callers can keep a snapshot that later edits do not change. */
export function cloneInputs(inputs: GuideInputs): GuideInputs {
  return coerce(inputs);
}

/**
 * `base` with every value present in `patch` replacing its counterpart (a new object; `base`
 * is not changed). Absent or `undefined` values, values of the wrong type and unknown keys
 * are ignored, so a patch built from a URL or JSON can be passed as is. Values are taken
 * verbatim: validation, not merging, decides whether they are acceptable.
 */
export function mergeInputs(base: GuideInputs, patch: InputsPatch): GuideInputs {
  return coerce(patch, base);
}
