/**
 * The translated strings each widget island receives as props. The `.astro` wrappers look
 * every key up with Starlight's `t()` for the page's language (the keys live in the one
 * catalogue per language, `src/core/i18n/{ja,en}.ts`), so islands ship no dictionary of their
 * own and a page carries only its own language. Runtime values are written `{{name}}` (the
 * catalogue's one syntax; i18next leaves a name it is not given alone) and filled in by {@link fill}.
 * Each island's keys are the catalogue's keys with its prefix: adding a key to the catalogue
 * adds it to the island's strings.
 */
import { keysWithPrefix, type UiKey } from '../core/i18n/index.ts';

// Islands import `fill` from here: from its own module, so no catalogue reaches the browser.
export { fill } from '../core/i18n/fill.ts';

/** Keys of the values panel. */
export const VALUES_PANEL_KEYS = /* @__PURE__ */ keysWithPrefix('values.');

/** Keys of the ExternalId panel. */
export const EXTERNAL_ID_KEYS = /* @__PURE__ */ keysWithPrefix('externalId.');

/** Keys of the checklist. */
export const CHECKLIST_KEYS = /* @__PURE__ */ keysWithPrefix('checklist.');

/** Keys of the setup check: the report's words (`check.*`) and the page's own (`setupCheck.*`). */
// A pure call (not a bare array literal), so bundles that do not use the list drop it and with it
// the whole catalogue it reads (a bare spread kept the Japanese catalogue in every page).
export const SETUP_CHECK_KEYS = /* @__PURE__ */ (() => [...keysWithPrefix('check.'), ...keysWithPrefix('setupCheck.')])();

/** Translated strings for the keys `K`. */
export type Strings<K extends string> = Readonly<Record<K, string>>;

/** Strings of the values panel. */
export type ValuesPanelStrings = Strings<Extract<UiKey, `values.${string}`>>;
/** Strings of the ExternalId panel. */
export type ExternalIdStrings = Strings<Extract<UiKey, `externalId.${string}`>>;
/** Strings of the checklist. */
export type ChecklistStrings = Strings<Extract<UiKey, `checklist.${string}`>>;

/** Looks up every key of `keys` with `t` (Starlight's translator of the page). */
export function pickStrings<K extends string>(keys: readonly K[], t: (key: K) => string): Strings<K> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
