/**
 * Saving and loading the shared state, and keeping tabs in agreement.
 *
 * - Loaded once when the first island starts (before it renders in the browser).
 * - Saved debounced ({@link SAVE_DELAY_MS} after the last change), and flushed at once when
 *   the page is hidden or left (`visibilitychange`, `pagehide`): a reload in the middle of
 *   typing loses nothing, and typing no longer writes localStorage on every keystroke.
 * - Each save re-reads storage and merges per key (see `merge.ts`), and another tab's save
 *   (`storage` event) is merged the same way: two tabs typing in different fields both keep
 *   their text; the field with the focus is never overwritten.
 * - The ExternalId: sessionStorage (per tab) unless "remember on this device"; a tab that
 *   holds a different ID than the one another tab remembered keeps its own and says so
 *   (`$externalIdConflict`), never swaps it silently.
 * - A failed write (storage disabled or full) is reported once in `$storageProblem`.
 */
import { batch } from 'nanostores';
import { defaultValues, type BrowserSettings } from './browser-settings.ts';
import { mergeState } from './merge.ts';
import {
  $checks,
  $editing,
  $externalId,
  $externalIdConflict,
  $fromLink,
  $rememberExternalId,
  $storageProblem,
  $used,
  $values,
  EXTERNAL_ID_USE_KEYS,
  externalIdUseKey,
} from './state.ts';
import {
  EXTERNAL_ID_KEY,
  MAX_FIELD_LENGTH,
  parsePersistedState,
  READER_KEYS,
  readStorage,
  removeStorage,
  serializeState,
  STATE_KEY,
  storeText,
  type PersistedState,
  type ReaderValues,
  type WriteResult,
} from './storage.ts';

/** How long after the last change the state is written. */
export const SAVE_DELAY_MS = 300;

const MAX_EXTERNAL_ID_LENGTH = 2_000;

/** The state as the stores hold it now, in the stored shape (over-long values left out). */
function currentState(): PersistedState {
  const values: Partial<ReaderValues> = {};
  for (const key of READER_KEYS) {
    const value = $values.get()[key];
    if (value.length <= MAX_FIELD_LENGTH) values[key] = value;
  }
  return { values, used: { ...$used.get() }, checks: { ...$checks.get() }, fromLink: [...$fromLink.get()] };
}

/**
 * Marks stored before they belonged to an ID (`externalId.copied`…, the first version of the
 * site) describe the ID that was current then: move them under that ID's fingerprint.
 */
export function migrateUseMarks(used: Record<string, boolean>, id: string): Record<string, boolean> {
  const out = { ...used };
  for (const key of EXTERNAL_ID_USE_KEYS) {
    if (!Object.hasOwn(out, key)) continue;
    if (id !== '' && out[key] === true) out[externalIdUseKey(id, key)] = true;
    delete out[key];
  }
  return out;
}

let settings: BrowserSettings;
let base: PersistedState = parsePersistedState(null);
let applyingRemote = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function report(result: WriteResult): void {
  if (result !== 'ok' && $storageProblem.get() === null) $storageProblem.set(result);
}

/** `state` with every reader field present (absent fields are the vendor's defaults), so merges compare like with like. */
function complete(state: PersistedState): PersistedState {
  return { ...state, values: { ...defaultValues(settings), ...state.values } };
}

/** Puts `state` into the stores (values over the vendor's defaults), without saving it back. */
function applyState(state: PersistedState): void {
  applyingRemote = true;
  try {
    batch(() => {
      $values.set({ ...defaultValues(settings), ...state.values });
      $used.set(state.used);
      $checks.set(state.checks);
      $fromLink.set(state.fromLink);
    });
  } finally {
    applyingRemote = false;
  }
}

function editingKeys(): Set<string> {
  const key = $editing.get();
  return new Set(key ? [key] : []);
}

/** Writes the state now, merged with what another tab may have stored meanwhile. */
export function flushState(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  const stored = complete(parsePersistedState(readStorage('local', STATE_KEY)));
  const local = currentState();
  const merged = mergeState(base, local, stored, editingKeys());
  const text = serializeState(merged);
  report(storeText('local', STATE_KEY, text));
  base = merged;
  if (serializeState(local) !== text) applyState(merged);
}

function scheduleSave(): void {
  if (applyingRemote) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushState, SAVE_DELAY_MS);
}

function flushPending(): void {
  if (saveTimer !== undefined) flushState();
}

function readExternalId(): { value: string; remembered: boolean; other: string } {
  const ok = (v: string | null): v is string => typeof v === 'string' && v !== '' && v.length <= MAX_EXTERNAL_ID_LENGTH;
  const local = readStorage('local', EXTERNAL_ID_KEY);
  const session = readStorage('session', EXTERNAL_ID_KEY);
  // This tab's own ID wins over one another tab remembered: never a silent swap on reload.
  if (ok(session) && ok(local) && session !== local) return { value: session, remembered: false, other: local };
  if (ok(local)) return { value: local, remembered: true, other: '' };
  if (ok(session)) return { value: session, remembered: false, other: '' };
  return { value: '', remembered: false, other: '' };
}

function saveExternalId(): void {
  if (applyingRemote) return;
  const value = $externalId.get();
  const remember = $rememberExternalId.get();
  if (remember) {
    removeStorage('session', EXTERNAL_ID_KEY);
    if (value === '') removeStorage('local', EXTERNAL_ID_KEY);
    else report(storeText('local', EXTERNAL_ID_KEY, value));
    return;
  }
  // Not remembered: unticking must leave nothing of *this tab's* ID in localStorage (but a
  // different ID another tab remembered is that tab's business).
  const local = readStorage('local', EXTERNAL_ID_KEY);
  if (local !== null && (local === value || $externalIdConflict.get() === null)) removeStorage('local', EXTERNAL_ID_KEY);
  if (value === '') removeStorage('session', EXTERNAL_ID_KEY);
  else report(storeText('session', EXTERNAL_ID_KEY, value));
}

/** Another tab changed the remembered ExternalId. */
function followExternalId(): void {
  const local = readStorage('local', EXTERNAL_ID_KEY);
  const mine = $externalId.get();
  applyingRemote = true;
  try {
    if (local !== null && local !== '' && local.length <= MAX_EXTERNAL_ID_LENGTH) {
      if (mine === '' || mine === local) {
        batch(() => {
          $externalId.set(local);
          $rememberExternalId.set(true);
          $externalIdConflict.set(null);
        });
      } else {
        // A different ID: keep this tab's, in this tab's session, and show the difference.
        batch(() => {
          $rememberExternalId.set(false);
          $externalIdConflict.set({ other: local });
        });
        storeText('session', EXTERNAL_ID_KEY, mine);
      }
    } else {
      if ($rememberExternalId.get()) {
        // The other tab stopped remembering: so does this one, keeping its ID for this tab only.
        $rememberExternalId.set(false);
        if (mine !== '') storeText('session', EXTERNAL_ID_KEY, mine);
      }
      $externalIdConflict.set(null);
    }
  } finally {
    applyingRemote = false;
  }
}

/** Switches this tab to the ID another tab remembered (the reader's answer to the conflict). */
export function adoptOtherExternalId(): void {
  const conflict = $externalIdConflict.get();
  if (!conflict) return;
  batch(() => {
    $externalIdConflict.set(null);
    $externalId.set(conflict.other);
    $rememberExternalId.set(true);
  });
}

/** Keeps this tab's ID and forgets the conflict notice. */
export function keepOwnExternalId(): void {
  $externalIdConflict.set(null);
}

let started = false;

/** Loads the stored state and starts saving changes; browser only, once per page. */
export function startPersistence(pageSettings: BrowserSettings): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  settings = pageSettings;

  const state = parsePersistedState(readStorage('local', STATE_KEY));
  const id = readExternalId();
  const migrated = { ...state, used: migrateUseMarks(state.used, id.value) };
  applyState(migrated);
  // What this tab has seen in storage (defaults where nothing was stored); the migration of
  // old marks is a local change on top of it, saved by the next flush.
  base = complete(state);
  applyingRemote = true;
  batch(() => {
    $externalId.set(id.value);
    $rememberExternalId.set(id.remembered);
    $externalIdConflict.set(id.other === '' ? null : { other: id.other });
  });
  applyingRemote = false;
  if (id.other === '' && id.value !== '' && !id.remembered) storeText('session', EXTERNAL_ID_KEY, id.value);
  if (serializeState(migrated) !== serializeState(state)) scheduleSave();

  $values.listen(scheduleSave);
  $used.listen(scheduleSave);
  $checks.listen(scheduleSave);
  $fromLink.listen(scheduleSave);
  $externalId.listen(saveExternalId);
  $rememberExternalId.listen(saveExternalId);

  // Leaving or hiding the page: write now (a reload mid-typing keeps the last keystroke).
  window.addEventListener('pagehide', flushPending);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPending();
  });

  window.addEventListener('storage', (event) => {
    if (event.storageArea !== null && event.storageArea !== window.localStorage) return;
    if (event.key === EXTERNAL_ID_KEY) {
      followExternalId();
      return;
    }
    if (event.key !== STATE_KEY && event.key !== null) return;
    const remote = complete(parsePersistedState(readStorage('local', STATE_KEY)));
    const merged = mergeState(base, currentState(), remote, editingKeys());
    base = remote;
    applyState(merged);
    // Changes of this tab not in storage yet stay scheduled; the merge above kept them.
  });
}
