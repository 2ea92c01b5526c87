/**
 * Slices of the shared stores for the islands: each island subscribes to only what it shows,
 * so a keystroke re-renders an island only when something it shows changed (issue 8: the
 * keystroke budget). A slice is a nanostores `computed` that keeps its previous value while
 * the new one is equal by content: nanostores notifies only when the value is a different
 * object, so an equal slice notifies nobody and React renders nothing. Islands read a slice
 * with `useGuideStore` like any shared store: its server snapshot is derived (`derived()`).
 */
import type { ReadableAtom } from 'nanostores';
import type { FieldIssue } from '../core/types.ts';
import { derived } from '../stores/guide.ts';
import { validateExternalId } from '../core/validate.ts';
import { $fromLink } from '../stores/state.ts';
import { $inputs, $validation } from '../stores/validation.ts';
import { READER_KEYS, type ReaderKey } from '../stores/storage.ts';

/** Equality by content for plain data (what the slices hold: strings, numbers, arrays, records). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * A computed store of `select(...values of stores)` that keeps its previous value (the same
 * object) while the new one is {@link sameData}-equal, so its subscribers hear only real changes.
 * Its server snapshot is `select` of the sources' snapshots (`derived`), what the static HTML shows.
 */
export function slice<A extends unknown[], T>(stores: { [K in keyof A]: ReadableAtom<A[K]> }, select: (...values: A) => T): ReadableAtom<T> {
  let last: { value: T } | null = null;
  return derived(stores, (...values: A) => {
    const next = select(...values);
    if (last && sameData(last.value, next)) return last.value;
    last = { value: next };
    return next;
  });
}

/** The issues of the reader fields (errors first, then warnings), what the values panel shows. */
export interface ReaderIssues {
  /** False until the settings are known (no validation yet). */
  known: boolean;
  errors: readonly FieldIssue[];
  warnings: readonly FieldIssue[];
}

const READER: ReadonlySet<string> = new Set(READER_KEYS);

/** Errors and warnings of the reader's fields; a keystroke that changes none of them notifies nobody. */
export const $readerIssues: ReadableAtom<ReaderIssues> = slice([$validation], (validation) => ({
  known: validation !== null,
  errors: validation && !validation.ok ? validation.errors.filter((i) => READER.has(i.field)) : [],
  warnings: validation ? validation.warnings.filter((i) => READER.has(i.field)) : [],
}));

/** The issues of one reader field, errors first (what its messages list shows). */
export function fieldIssues(issues: ReaderIssues, field: ReaderKey): FieldIssue[] {
  return [...issues.errors.filter((i) => i.field === field), ...issues.warnings.filter((i) => i.field === field)];
}

/** The ExternalId's issues (the core's validator of that one field); null until the settings are known. */
export const $externalIdIssues: ReadableAtom<FieldIssue[] | null> = slice([$inputs], (inputs) =>
  inputs ? validateExternalId(inputs) : null,
);

/** Whether values from a link wait for the reader's confirmation. */
export const $linkPending: ReadableAtom<boolean> = slice([$fromLink], (keys) => keys.length > 0);
