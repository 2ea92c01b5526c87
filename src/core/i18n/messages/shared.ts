/**
 * What both languages' issue messages share: the parameter readers and the catalogue shape.
 * Pure and language-free, so it costs a page nothing to carry.
 */
import type { FieldIssue, FieldName, Lang } from '../../types.ts';

/** The parameters of one issue, as the validators report them. */
export type Params = Readonly<Record<string, string | number>>;

/** One message: its parameters in, one sentence out. */
export type Render = (p: Params) => string;

/** One language's issue messages with the field labels they name. */
export interface IssueCatalogue {
  /** The catalogue's language. */
  readonly lang: Lang;
  /** One message per issue code. */
  readonly messages: Readonly<Record<string, Render>>;
  /** `label.<field>[.<key>]` → label, lower-case in English. */
  readonly labels: Readonly<Record<string, string>>;
}

/** Reads one parameter as text; a missing parameter renders empty rather than "undefined". */
export function t(p: Params, key: string): string {
  const v = p[key];
  return v === undefined ? '' : String(v);
}

/** A number parameter with thousands separators (6,433), the way AWS's documentation writes limits. */
export function n(p: Params, key: string): string {
  const v = p[key];
  return typeof v === 'number' ? v.toLocaleString('en-US') : t(p, key);
}

/** The offending character; a plain space would be invisible between quotes, so it is named. */
export function c(p: Params, lang: Lang): string {
  const ch = t(p, 'char');
  if (ch === ' ') return lang === 'ja' ? '空白' : 'space';
  return ch;
}

/**
 * Label of a field (or of one sub-key of a nested field) in the catalogue's language.
 * hasOwn guards: field/key may come from untyped data (`__proto__`, `toString`…).
 */
export function labelIn(catalogue: IssueCatalogue, field: FieldName, key?: string): string {
  const labels = catalogue.labels;
  const sub = `label.${String(field)}.${String(key)}`;
  if (key !== undefined && Object.hasOwn(labels, sub)) return labels[sub] as string;
  const whole = `label.${String(field)}`;
  return Object.hasOwn(labels, whole) ? (labels[whole] as string) : String(field);
}

/**
 * The message for one issue from one catalogue. Never throws: an unknown code (a bug, or a
 * newer core than catalogue) still yields a generic sentence naming the field.
 */
export function formatIssueIn(catalogue: IssueCatalogue, issue: FieldIssue): string {
  const label = labelIn(catalogue, issue.field, issue.key);
  const params: Params = { label, ...(issue.params ?? {}) };
  const render = Object.hasOwn(catalogue.messages, issue.code) ? catalogue.messages[issue.code] : undefined;
  if (render) return render(params);
  return catalogue.lang === 'ja'
    ? `${label}の値を確認してください(${issue.code})。`
    : `Check the value of ${label} (${issue.code}).`;
}
