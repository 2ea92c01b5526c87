/**
 * How broad a repository name pattern may be.
 *
 * Refusing `*` alone is not enough: `*-*`, `*.*`, `*a*` and a slash between two stars each
 * match almost every name, and the 36 patterns `*a` … `*z`, `*0` … `*9` together match every valid ECR name
 * (every name ends in a letter or digit). A rule on each pattern alone cannot see a union,
 * so the rule bounds what any one pattern can reach instead: before its first wildcard a
 * pattern must spell out at least {@link MIN_LITERAL_PREFIX} fixed characters. Every name a
 * pattern matches then starts with that prefix, so a set of patterns covers at most the
 * names under its prefixes, however the patterns are combined, and with the per-list cap on
 * the number of patterns (see `limits.ts`) no set of accepted patterns can cover "everything".
 *
 * Exact names (no wildcard) are their own prefix and pass. `?` counts as a wildcard here too,
 * although the validator already refuses it, so the rule stays right if that ever changes.
 * Pure and linear in the pattern's length.
 */

/** Fixed characters a pattern must have before its first wildcard (`portal-*` has 7, `ab*` only 2). */
export const MIN_LITERAL_PREFIX = 3;

/** The characters of `pattern` before its first `*` or `?` (the whole pattern when it has none). */
export function literalPrefix(pattern: string): string {
  const star = pattern.search(/[*?]/);
  return star === -1 ? pattern : pattern.slice(0, star);
}

/** Whether `pattern` has a wildcard (`*` or `?`). */
export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * Whether `pattern` is too broad: it has a wildcard and fewer than {@link MIN_LITERAL_PREFIX}
 * fixed characters before it (`*a*`, `*-*`, `a*`, `ab*`, a slash between two stars), so it (or a handful of
 * siblings) could match arbitrary repositories.
 */
export function isTooBroad(pattern: string): boolean {
  return hasWildcard(pattern) && Array.from(literalPrefix(pattern)).length < MIN_LITERAL_PREFIX;
}
