/**
 * The most items each list field takes. Checked first, before any item is validated or any
 * artifact built, so a link or a paste with thousands of items is refused in constant work
 * per item (a link with 1,817 clusters used to take 7.5 s to load and ~6 s per keystroke).
 *
 * Why these numbers: 20 clusters or patterns is well beyond what one customer's Method B
 * setup needs, keeps every page responsive, and keeps the generated documents well inside
 * what AWS accepts in most cases (the sizes themselves are still measured, see `limits.ts`:
 * 20 patterns of 256 characters would pass this cap and still exceed the managed-policy size).
 * Planned repository names only appear in handoff.md and the coverage check, so they get more.
 *
 * (Issue 8's field table is to hold these per field; until it does, this is their one home.)
 */

/** Maximum number of items of each list field. */
export const MAX_ITEMS = {
  clusters: 20,
  repoPatterns: 20,
  repos: 50,
} as const satisfies Record<'clusters' | 'repoPatterns' | 'repos', number>;

/** The list fields that have a maximum item count. */
export type CappedListField = keyof typeof MAX_ITEMS;

/** Whether `count` items exceed the maximum of `field`. */
export function exceedsMaxItems(field: CappedListField, count: number): boolean {
  return count > MAX_ITEMS[field];
}
