/**
 * The message catalogue of both languages (one module per language in src/core/i18n/messages/,
 * one Japanese and one English message per issue code). Field labels
 * come from the UI string catalogue (`label.<field>[.<key>]` in src/core/i18n/). Messages state the rule, name the offending item and say how to fix it,
 * because the reader fixes the value alone, without us.
 *
 * Values interpolated into messages have already been made printable by {@link displayValue}
 * (validate.ts does it), so a message never carries a raw newline or control character.
 */
import { enIssues } from './i18n/messages/en.ts';
import { jaIssues, type jaMessages } from './i18n/messages/ja.ts';
import { formatIssueIn, labelIn, type IssueCatalogue } from './i18n/messages/shared.ts';
import type { FieldIssue, FieldName, Lang } from './types.ts';

export type { IssueCatalogue } from './i18n/messages/shared.ts';

// Both languages: this module is for the CLI, the build and the tests. The browser formats
// through src/islands/issue-text.ts, which loads only the page's language.
const CATALOGUES: Readonly<Record<Lang, IssueCatalogue>> = { ja: jaIssues, en: enIssues };

/** Every code the validators can report; the catalogue has a message for each in both languages. */
export type IssueCode = keyof typeof jaMessages;

/** All issue codes, in catalogue order. */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.keys(jaIssues.messages) as IssueCode[];

/** Whether `code` is a catalogued issue code. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(jaIssues.messages, code);
}

/**
 * Label of a field (or of one sub-key of a nested field) in `lang`, lower-case in English
 * so it can sit inside a sentence; the UI capitalises it for form labels.
 */
export function fieldLabel(field: FieldName, lang: Lang, key?: string): string {
  return labelIn(CATALOGUES[lang], field, key);
}

/**
 * The message for one issue in `lang`. Never throws: an unknown code (a bug, or a newer
 * core than catalogue) still yields a generic sentence naming the field.
 */
export function formatIssue(issue: FieldIssue, lang: Lang): string {
  return formatIssueIn(CATALOGUES[lang], issue);
}

// Re-exported: the display helpers live apart so that the browser's validators import them
// without this module (which would pull both languages' messages into every page).
export { displayChar, displayValue } from './display.ts';
