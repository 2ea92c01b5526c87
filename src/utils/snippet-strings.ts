/**
 * The translated strings of the snippet blocks and the Launch Stack button. The `.astro`
 * wrappers look them up with Starlight's `t()` for the page's language and pass them to the
 * islands, so no island ships a dictionary. `{file}` is filled in at runtime.
 */

/** Keys of a snippet block. */
export const SNIPPET_KEYS = [
  'snippet.copy',
  'snippet.copyName',
  'snippet.copied',
  'snippet.copiedName',
  'snippet.copyFailed',
  'snippet.download',
  'snippet.downloadName',
  'snippet.downloaded',
  'snippet.blocked',
  'snippet.placeholders',
  'snippet.linkPending',
] as const;

/** Keys of the Launch Stack block. */
export const LAUNCH_STACK_KEYS = [
  'launchStack.button',
  'launchStack.intro',
  'launchStack.externalId',
  'launchStack.copyExternalId',
  'launchStack.copiedExternalId',
  'launchStack.noExternalId',
  'launchStack.blocked',
  'launchStack.linkPending',
  'launchStack.tooMany',
  'launchStack.newTab',
] as const;

/** Strings of a snippet block. */
export type SnippetStrings = Readonly<Record<(typeof SNIPPET_KEYS)[number], string>>;

/** Strings of the Launch Stack block. */
export type LaunchStackStrings = Readonly<Record<(typeof LAUNCH_STACK_KEYS)[number], string>>;
