/**
 * The most items each list field takes, enforced: checked first, before any item is validated
 * or any artifact built, so a link or a paste with thousands of items is refused in constant
 * work per item (a link with 1,817 clusters used to take 7.5 s to load and ~6 s per keystroke).
 *
 * The numbers have one home, the field table (`maxItems` in fields.ts, which says why each fits
 * AWS's limits); the documents are still measured (limits.ts).
 */
import { FIELDS } from '../fields.ts';

function maxItemsOf(path: 'clusters' | 'repoPatterns' | 'repos'): number {
  const max = FIELDS[path].maxItems;
  if (max === undefined) throw new Error(`field table: ${path} has no maxItems`);
  return max;
}

/** Maximum number of items of each list field (from the field table). */
export const MAX_ITEMS = {
  clusters: maxItemsOf('clusters'),
  repoPatterns: maxItemsOf('repoPatterns'),
  repos: maxItemsOf('repos'),
} as const satisfies Record<'clusters' | 'repoPatterns' | 'repos', number>;

/** The list fields that have a maximum item count. */
export type CappedListField = keyof typeof MAX_ITEMS;

/** Whether `count` items exceed the maximum of `field`. */
export function exceedsMaxItems(field: CappedListField, count: number): boolean {
  return count > MAX_ITEMS[field];
}
