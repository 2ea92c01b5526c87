/**
 * IAM wildcard matching, as IAM evaluates `Resource` ARNs: `*` matches any run of
 * characters (including none, and including `/`), `?` matches exactly one character,
 * everything else matches itself, case-sensitively.
 *
 * Used to tell the reader which planned ECR repository names the pusher policy's
 * patterns really cover. Implemented without RegExp so that a hostile pattern cannot
 * cause catastrophic backtracking, and over code points so that `?` is one character.
 */

/** Whether `value` matches the IAM wildcard `pattern` in full. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const p = Array.from(pattern);
  const v = Array.from(value);
  let pi = 0;
  let vi = 0;
  // Greedy matching with backtracking to the last `*` only: O(|p|·|v|) worst case, no recursion.
  let starAt = -1;
  let starValueAt = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc !== undefined && pc !== '*' && (pc === '?' || pc === v[vi])) {
      pi++;
      vi++;
    } else if (pc === '*') {
      starAt = pi;
      starValueAt = vi;
      pi++;
    } else if (starAt !== -1) {
      // Let the last `*` swallow one more character and retry from there.
      pi = starAt + 1;
      starValueAt++;
      vi = starValueAt;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** Whether at least one of `patterns` matches `name`. */
export function isCovered(patterns: readonly string[], name: string): boolean {
  return patterns.some((pattern) => wildcardMatch(pattern, name));
}

/** The `names` (in their order) that none of `patterns` matches; an empty pattern list covers nothing. */
export function uncoveredNames(patterns: readonly string[], names: readonly string[]): string[] {
  return names.filter((name) => !isCovered(patterns, name));
}

/**
 * Whether the pattern consists only of `*` (e.g. `*`, `**`): in an ARN it would
 * match every resource of its kind, so it must never be granted by mistake.
 */
export function matchesEverything(pattern: string): boolean {
  return pattern.length > 0 && /^\*+$/.test(pattern);
}
