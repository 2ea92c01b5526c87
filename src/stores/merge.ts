/**
 * Per-key three-way merge of the stored state, for tabs that agree (issue 9.3).
 *
 * Each tab remembers what it last saw in storage (`base`). For every key: if this tab has not
 * changed it since (`local === base`), the other tab's value wins; if it has (the reader is
 * typing there, or the change is not saved yet), this tab's value wins. Two tabs typing at
 * the same moment in different fields therefore both keep their text, and a tab never
 * overwrites a field it did not touch with a stale value.
 */
import type { PersistedState } from './storage.ts';
import { READER_KEYS, type ReaderKey } from './storage.ts';

/** A flat record merged key by key (`undefined` = absent). */
export type Flat<T> = Readonly<Record<string, T>>;

/**
 * Merges `local` and `remote` against `base`, key by key; keys in `keep` always take the
 * local value (the field the reader has focus in).
 */
export function mergeRecord<T>(base: Flat<T>, local: Flat<T>, remote: Flat<T>, keep: ReadonlySet<string> = new Set()): Record<string, T> {
  const out: Record<string, T> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)]);
  for (const key of keys) {
    const mine = Object.hasOwn(local, key) ? local[key] : undefined;
    const theirs = Object.hasOwn(remote, key) ? remote[key] : undefined;
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    const value = keep.has(key) || mine !== before ? mine : theirs;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const asFlags = (keys: readonly ReaderKey[]): Record<string, boolean> => Object.fromEntries(keys.map((k) => [k, true]));

/** The whole stored state merged per key (values, flags, ticks, link marks). */
export function mergeState(
  base: PersistedState,
  local: PersistedState,
  remote: PersistedState,
  keep: ReadonlySet<string> = new Set(),
): PersistedState {
  const links = mergeRecord(asFlags(base.fromLink), asFlags(local.fromLink), asFlags(remote.fromLink), keep);
  return {
    values: mergeRecord(base.values, local.values, remote.values, keep),
    used: mergeRecord(base.used, local.used, remote.used),
    checks: mergeRecord(base.checks, local.checks, remote.checks),
    fromLink: READER_KEYS.filter((key) => links[key] === true),
  };
}
