/**
 * Links with values, for support staff: building them, reading them, and deciding what a
 * link may change without asking.
 *
 * A link carries only the reader fields the field table marks `link: true`. Everything else in a query — `externalId`, `vendorAccountId`,
 * Kubernetes identities, unknown keys — is ignored: a crafted link must not be able to plant
 * an ExternalId, make a customer trust another account, or map the vendor to `system:masters`.
 * Values from a link are untrusted text, validated exactly like typing.
 */
import { isLinkPath, isListPath, joinListField, LINK_PATHS, parseListField } from '../core/fields.ts';
import { MAX_FIELD_LENGTH, READER_KEYS, type ReaderKey, type ReaderValues } from './storage.ts';

/** What a query string offers. */
export interface LinkValues {
  /** Reader fields present in the query (first occurrence of each), as text. */
  values: Partial<ReaderValues>;
  /** Whether the query should be removed from the address bar once handled (it held one of our fields or a secret). */
  strip: boolean;
}

// Keys that must not linger in the address bar or history even though they are ignored.
const SENSITIVE_KEYS = new Set(['externalid', 'external_id', 'external-id']);

/**
 * The reader fields in `search` (a `location.search`). Repeated keys keep their first value;
 * values longer than {@link MAX_FIELD_LENGTH} are dropped. Never throws.
 */
export function readLinkValues(search: string): LinkValues {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { values: {}, strip: false };
  }
  const values: Partial<ReaderValues> = {};
  let strip = false;
  for (const [key, value] of params) {
    if (SENSITIVE_KEYS.has(key.toLowerCase())) strip = true;
    if (!isLinkPath(key)) continue;
    strip = true;
    if (values[key] === undefined && value.length <= MAX_FIELD_LENGTH) values[key] = value;
  }
  return { values, strip };
}

/** Whether two texts of field `key` mean the same value (list fields compare their items). */
export function sameValue(key: ReaderKey, a: string, b: string): boolean {
  if (!isListPath(key)) return a === b;
  const x = parseListField(a);
  const y = parseListField(b);
  return x.length === y.length && x.every((item, i) => item === y[i]);
}

/** How a link's values meet the reader's. */
export interface LinkPlan {
  /** Values to take now: the reader's value was the vendor default (nothing of theirs is lost). */
  apply: Partial<ReaderValues>;
  /** Fields where the reader has their own, different value: ask before replacing. */
  conflicts: ReaderKey[];
}

/**
 * Which link values can be applied at once and which need the reader's say. A value equal
 * to the reader's is neither; a value replacing only the vendor default, or only another
 * link's proposal the reader has not confirmed (`pending`), is applied (as a proposal
 * again); a value replacing something the reader typed (or confirmed) is a conflict.
 */
export function planLink(
  current: ReaderValues,
  defaults: ReaderValues,
  link: Partial<ReaderValues>,
  pending: readonly ReaderKey[] = [],
): LinkPlan {
  const apply: Partial<ReaderValues> = {};
  const conflicts: ReaderKey[] = [];
  for (const key of READER_KEYS) {
    const offered = link[key];
    if (offered === undefined || sameValue(key, offered, current[key])) continue;
    if (pending.includes(key) || sameValue(key, current[key], defaults[key])) apply[key] = offered;
    else conflicts.push(key);
  }
  return { apply, conflicts };
}

/**
 * The query string of a link with `values` (no leading `?`): only non-empty reader fields,
 * in form order, list fields comma-separated. Never the ExternalId: it is not a reader field.
 */
export function valuesQuery(values: ReaderValues): string {
  const params = new URLSearchParams();
  for (const key of LINK_PATHS) {
    const text = isListPath(key) ? joinListField(parseListField(values[key])) : values[key];
    if (text !== '') params.set(key, text);
  }
  return params.toString();
}

/** `url` without the query (hash kept): what the address bar shows once a link's values are handled. */
export function withoutQuery(url: string): string {
  const u = new URL(url);
  u.search = '';
  return u.href;
}
