/**
 * Browser storage for the guide's shared state: the keys, the shape of what is stored, a
 * validator for that shape (storage is untrusted: another script, an older version of the
 * site or a curious reader may have written anything there) and access wrappers that never
 * throw (Safari private mode, disabled storage, a full quota, sandboxed iframes).
 *
 * What is stored where:
 * - localStorage `STATE_KEY`: the reader's values as typed, which artifacts were copied or
 *   downloaded, the checklist ticks and which values came from a link — nothing secret.
 * - sessionStorage `EXTERNAL_ID_KEY`: the ExternalId (the default: survives reloads and
 *   navigation in the tab, gone when the tab closes).
 * - localStorage `EXTERNAL_ID_KEY`: the ExternalId instead, only while the reader has ticked
 *   "remember on this device".
 * Settings-owned values (vendor account ID, Kubernetes identity, role and policy names) are
 * never stored: they always come from the build's settings.
 */
import { isReaderPath, READER_PATHS, type ReaderPath } from '../core/fields.ts';

// The keys live in their own module (read before the state layer loads); re-exported here.
export { EXTERNAL_ID_KEY, STATE_KEY } from './storage-keys.ts';

/** The reader-supplied fields, in form order: the core's field table (`READER_PATHS`). The list fields are raw textarea text. */
export const READER_KEYS: readonly ReaderKey[] = READER_PATHS;

/** One reader-supplied field name. */
export type ReaderKey = ReaderPath;

/** The reader's values as typed (list fields: one per line or comma-separated). */
export type ReaderValues = Record<ReaderKey, string>;

/** Longest text accepted per field from storage or a link; longer text is dropped, not cut (a cut value would be a different value). */
export const MAX_FIELD_LENGTH = 20_000;

/** Most flags (used/checks) kept from storage; far above what the guide sets, so a polluted store cannot grow without bound. */
const MAX_FLAGS = 200;

/** Flag names: the guide's own keys are short ASCII identifiers with dots/dashes. */
const FLAG_KEY = /^[A-Za-z0-9._-]{1,80}$/;

/** The non-secret state as stored (every part optional: an older or partial record still loads). */
export interface PersistedState {
  values: Partial<ReaderValues>;
  used: Record<string, boolean>;
  checks: Record<string, boolean>;
  fromLink: ReaderKey[];
}

/** Whether `key` is one of the reader-supplied fields (not settings-owned, not the ExternalId). */
export function isReaderKey(key: unknown): key is ReaderKey {
  return isReaderPath(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Only own, well-formed keys with boolean values; `__proto__` and friends fail FLAG_KEY or hasOwn.
function parseFlags(value: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!isRecord(value)) return out;
  let n = 0;
  for (const key of Object.keys(value)) {
    if (n >= MAX_FLAGS) break;
    const flag = value[key];
    if (FLAG_KEY.test(key) && typeof flag === 'boolean' && key !== '__proto__') {
      out[key] = flag;
      n++;
    }
  }
  return out;
}

/**
 * The state in `raw` (the JSON text from storage), keeping only what has the right shape:
 * reader fields that are strings of sane length, boolean flags, known field names. Anything
 * else — including settings-owned keys such as `vendorAccountId` — is dropped. Never throws.
 */
export function parsePersistedState(raw: string | null): PersistedState {
  const empty: PersistedState = { values: {}, used: {}, checks: {}, fromLink: [] };
  if (typeof raw !== 'string' || raw === '') return empty;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isRecord(data)) return empty;
  const values: Partial<ReaderValues> = {};
  const storedValues = isRecord(data['values']) ? data['values'] : {};
  for (const key of READER_KEYS) {
    const value = Object.hasOwn(storedValues, key) ? storedValues[key] : undefined;
    if (typeof value === 'string' && value.length <= MAX_FIELD_LENGTH) values[key] = value;
  }
  const fromLink = Array.isArray(data['fromLink'])
    ? READER_KEYS.filter((key) => (data['fromLink'] as unknown[]).includes(key))
    : [];
  return { values, used: parseFlags(data['used']), checks: parseFlags(data['checks']), fromLink };
}

/** The JSON text stored for `state`. */
export function serializeState(state: PersistedState): string {
  return JSON.stringify({ values: state.values, used: state.used, checks: state.checks, fromLink: state.fromLink });
}

/** Which Web Storage area. */
export type StorageArea = 'local' | 'session';

// Even reading `window.localStorage` throws when storage is disabled, so it is inside the try.
function area(which: StorageArea): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return which === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored text under `key`, or null when absent or storage is unavailable. Never throws. */
export function readStorage(which: StorageArea, key: string): string | null {
  try {
    return area(which)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; false when storage is unavailable or full. Never throws. */
export function writeStorage(which: StorageArea, key: string, value: string): boolean {
  return storeText(which, key, value) === 'ok';
}

/** What a write did: stored, storage unavailable (disabled, private mode), or full (quota). */
export type WriteResult = 'ok' | 'unavailable' | 'full';

/** Stores `value` under `key` and says what happened (so a failure can be reported). Never throws. */
export function storeText(which: StorageArea, key: string, value: string): WriteResult {
  const store = area(which);
  if (!store) return 'unavailable';
  try {
    store.setItem(key, value);
    return 'ok';
  } catch (error) {
    // Chromium/Firefox/Safari name the quota error so; anything else (SecurityError) means disabled.
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable';
  }
}

/** Removes `key`. Never throws. */
export function removeStorage(which: StorageArea, key: string): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // Nothing to do: unavailable storage holds nothing of ours.
  }
}
