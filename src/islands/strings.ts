/**
 * The translated strings each widget island receives as props. The `.astro` wrappers look
 * every key up with Starlight's `t()` for the page's language (keys live in
 * `src/content/i18n/{ja,en}.json`), so islands ship no dictionary of their own.
 * Runtime values are written `{name}` (single braces: i18next leaves them alone) and filled
 * in by {@link fill}.
 */

/** Keys of the values panel. */
export const VALUES_PANEL_KEYS = [
  'values.title',
  'values.intro',
  'values.barLabel',
  'values.account',
  'values.notSet',
  'values.errors',
  'values.warnings',
  'values.fromLinkBadge',
  'values.edit',
  'values.enter',
  'values.close',
  'values.field.accountId',
  'values.hint.accountId',
  'values.field.region',
  'values.hint.region',
  'values.region.choose',
  'values.region.unknown',
  'values.field.clusters',
  'values.hint.clusters',
  'values.field.repoPatterns',
  'values.hint.repoPatterns',
  'values.field.repos',
  'values.hint.repos',
  'values.vendorTitle',
  'values.vendorNote',
  'values.vendorAccountId',
  'values.k8sUser',
  'values.k8sGroup',
  'values.error',
  'values.warning',
  'values.fieldOk',
  'values.fromLink',
  'values.confirmLink',
  'values.linkPrompt.title',
  'values.linkPrompt.text',
  'values.linkPrompt.yours',
  'values.linkPrompt.link',
  'values.linkPrompt.useLink',
  'values.linkPrompt.keep',
  'values.empty',
  'values.copyLink',
  'values.copyLinkHint',
  'values.linkCopied',
  'values.linkFailed',
  'values.clear',
  'values.clearTitle',
  'values.clearText',
  'values.clearEverything',
  'values.clearConfirm',
  'values.cancel',
  'values.cleared',
] as const;

/** Keys of the ExternalId panel. */
export const EXTERNAL_ID_KEYS = [
  'externalId.title',
  'externalId.label',
  'externalId.none',
  'externalId.hidden',
  'externalId.generate',
  'externalId.regenerate',
  'externalId.copy',
  'externalId.show',
  'externalId.copied',
  'externalId.copyFailed',
  'externalId.generatedStatus',
  'externalId.remember',
  'externalId.rememberHint',
  'externalId.privacy',
  'externalId.regenTitle',
  'externalId.regenText',
  'externalId.regenConfirm',
  'externalId.cancel',
  'externalId.pasteLabel',
  'externalId.pasteHint',
  'externalId.handoffNone',
  'externalId.handoffNoneLink',
  'externalId.handoffReminder',
] as const;

/** Keys of the checklist. */
export const CHECKLIST_KEYS = [
  'checklist.label',
  'checklist.progress',
  'checklist.groupAws',
  'checklist.groupCluster',
  'checklist.auto',
] as const;

/** Translated strings for the keys `K`. */
export type Strings<K extends string> = Readonly<Record<K, string>>;

/** Strings of the values panel. */
export type ValuesPanelStrings = Strings<(typeof VALUES_PANEL_KEYS)[number]>;
/** Strings of the ExternalId panel. */
export type ExternalIdStrings = Strings<(typeof EXTERNAL_ID_KEYS)[number]>;
/** Strings of the checklist. */
export type ChecklistStrings = Strings<(typeof CHECKLIST_KEYS)[number]>;

/** `template` with each `{name}` replaced by `params[name]` (unknown names are left as they are). */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Looks up every key of `keys` with `t` (Starlight's translator of the page). */
export function pickStrings<K extends string>(keys: readonly K[], t: (key: K) => string): Strings<K> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
