/**
 * The translated strings of the snippet blocks and the Launch Stack button. The `.astro`
 * wrappers look them up with Starlight's `t()` for the page's language and pass them to the
 * islands, so no island ships a dictionary. `{{file}}` is filled in at runtime. The keys are
 * the catalogue's (`src/core/i18n/`) with the `snippet.` / `launchStack.` prefix.
 */
import { keysWithPrefix, type UiKey } from '../core/i18n/index.ts';

/** Keys of a snippet block. */
export const SNIPPET_KEYS = /* @__PURE__ */ keysWithPrefix('snippet.');

/** Keys of the Launch Stack block. */
export const LAUNCH_STACK_KEYS = /* @__PURE__ */ keysWithPrefix('launchStack.');

/** Strings of a snippet block. */
export type SnippetStrings = Readonly<Record<Extract<UiKey, `snippet.${string}`>, string>>;

/** Strings of the Launch Stack block. */
export type LaunchStackStrings = Readonly<Record<Extract<UiKey, `launchStack.${string}`>, string>>;
