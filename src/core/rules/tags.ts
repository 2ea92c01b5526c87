/**
 * IAM tags typed as `key=value` lines (form field `tags`, CLI `--tag KEY=VALUE`).
 *
 * IAM's rules (API reference, `Tag`; IAM user guide, "Rules for tagging in IAM and AWS STS";
 * IAM quotas): at most 50 tags per role or policy; key 1–128 and value 0–256 characters of
 * `[\p{L}\p{Z}\p{N}_.:/=+\-@]`; keys starting with `aws:` (any case) are reserved; a key can
 * appear once per resource. Decisions on top of that:
 * - the item is split at its first `=`, so a key cannot contain `=` here (a value can);
 * - of the separators (`\p{Z}`) only the ASCII space is accepted: the others (U+3000, U+00A0,
 *   U+2028…) are invisible or break lines, and a tag that looks right but differs is worse
 *   than a refused one;
 * - a space right before or after the `=` is refused: `env = prod` would make the key `env `,
 *   which no tag policy or condition on `env` would match;
 * - duplicate keys are compared case-insensitively (IAM refuses two keys differing only in case
 *   on one resource, and `aws:ResourceTag/<key>` conditions ignore the key's case).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
 */

/** One tag. */
export interface Tag {
  Key: string;
  Value: string;
}

/** Most tags IAM accepts on one role or policy. */
export const TAG_MAX_COUNT = 50;
/** Key length, in characters. */
export const TAG_KEY_MAX_LENGTH = 128;
/** Value length, in characters. */
export const TAG_VALUE_MAX_LENGTH = 256;
/** One allowed character of a key or value (see the module comment for the ASCII-space choice). */
export const TAG_CHAR = /^[\p{L}\p{N} _.:/=+@-]$/u;
/** Reserved key prefix, compared case-insensitively. */
export const TAG_RESERVED_PREFIX = 'aws:';

/**
 * `key=value` split at the first `=`. An item without `=` (a placeholder, or an invalid item in
 * the preview) becomes a key with an empty value, so builders always get a pair.
 */
export function parseTag(item: string): Tag {
  const at = item.indexOf('=');
  return at < 0 ? { Key: item, Value: '' } : { Key: item.slice(0, at), Value: item.slice(at + 1) };
}

/** The tags of a model's `tags` list, in order. */
export function parseTags(items: readonly string[]): Tag[] {
  return items.map(parseTag);
}
