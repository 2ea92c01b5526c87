/**
 * The UI string catalogues, one per language (ja.ts, en.ts), and their one interpolation
 * syntax, `{{name}}`. Pure: the core (field labels), the islands' string pickers, the Starlight
 * i18n collection (via the generated JSON) and tests all read these objects.
 *
 * A page ships only its own language: islands receive the strings they need as props, picked
 * for the page's language at build time (`pickStrings` in src/islands/strings.ts).
 */
import type { Lang } from '../types.ts';
import { en } from './en.ts';
import { fill } from './fill.ts';
import { ja, jaStarlight } from './ja.ts';

export { fill } from './fill.ts';

/** Every key of our catalogue. */
export type UiKey = keyof typeof ja;

/** A complete catalogue: a string for every key (a missing key is a type error). */
export type UiCatalogue = { readonly [K in UiKey]: string };

/** The catalogue of each language. */
export const CATALOGUES: Readonly<Record<Lang, UiCatalogue>> = { ja, en };

/** Overrides of Starlight's built-in strings per language (English keeps Starlight's defaults). */
export const STARLIGHT_OVERRIDES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { ja: jaStarlight, en: {} };

/** Every key, in catalogue order. */
export const UI_KEYS: readonly UiKey[] = /* @__PURE__ */ Object.keys(ja) as UiKey[];

/** Keys starting with `prefix` (e.g. `values.`), in catalogue order. */
export function keysWithPrefix<P extends string>(prefix: P): Extract<UiKey, `${P}${string}`>[] {
  return UI_KEYS.filter((key): key is Extract<UiKey, `${P}${string}`> => key.startsWith(prefix));
}


/** The string of `key` in `lang`, filled with `params`. */
export function uiString(lang: Lang, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(CATALOGUES[lang][key], params);
}

/** What Starlight's i18n collection holds for `lang`: its built-in overrides, then our keys. */
export function starlightDictionary(lang: Lang): Record<string, string> {
  return { ...STARLIGHT_OVERRIDES[lang], ...CATALOGUES[lang] };
}
