/**
 * The guide's shared state: one set of values for every island on every page.
 *
 * The reader types values once (values panel), creates the ExternalId once (1-1), and every
 * snippet, link and checklist reads them from here. Islands are separate React roots, so the
 * state lives in nanostores (framework-free, a few hundred bytes) rather than in React.
 *
 * Trust boundaries:
 * - Settings-owned fields (vendor account ID, Kubernetes identity, role and policy names)
 *   come only from the build's settings, passed to {@link initGuideStore} by the page. They
 *   are never read from storage or links, so neither can make a reader trust a stranger's
 *   account or map the vendor to `system:masters`.
 * - Reader values are kept as typed and validated by the core on every change; invalid
 *   values never reach a snippet (the core's placeholder model takes over).
 * - The ExternalId stays in sessionStorage unless the reader opts in to localStorage.
 *
 * No React here: islands subscribe with `@nanostores/react` (see `src/islands/use-guide-store.ts`
 * for the hydration-safe hook).
 */
import { atom, batch, computed, map, type MapStore, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { VendorSettings } from '../config/settings-schema.ts';
import { formatListField, parseListField } from '../core/inputs.ts';
import type { GuideInputs, KubernetesIdentity, RolePair, ValidationResult } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import {
  EXTERNAL_ID_KEY,
  MAX_FIELD_LENGTH,
  parsePersistedState,
  READER_KEYS,
  readStorage,
  removeStorage,
  serializeState,
  STATE_KEY,
  writeStorage,
  type ReaderKey,
  type ReaderValues,
} from './storage.ts';

export type { ReaderKey, ReaderValues } from './storage.ts';

/** The vendor settings a browser island needs (no support contact; nothing else leaves the build). */
export interface BrowserSettings {
  vendorAccountId: string;
  externalIdPrefix: string;
  externalIdMode: 'generate' | 'vendor-issued';
  roleNames: RolePair;
  policyNames: RolePair;
  kubernetes: KubernetesIdentity;
  defaultRegion: string;
  defaultClusters: string[];
  repoPatterns: string[];
  plannedRepos: string[];
  templateUrl: string;
  vendorName: string;
}

/** The subset of `settings` islands receive as props (a pure picker, so no other setting is serialised into the page). */
export function browserSettings(settings: VendorSettings): BrowserSettings {
  return {
    vendorAccountId: settings.vendorAccountId,
    externalIdPrefix: settings.externalIdPrefix,
    externalIdMode: settings.externalIdMode,
    roleNames: { ...settings.roleNames },
    policyNames: { ...settings.policyNames },
    kubernetes: { ...settings.kubernetes },
    defaultRegion: settings.defaultRegion,
    defaultClusters: [...settings.defaultClusters],
    repoPatterns: [...settings.repoPatterns],
    plannedRepos: [...settings.plannedRepos],
    templateUrl: settings.templateUrl,
    vendorName: settings.vendorName,
  };
}

/** The values a reader starts with: the vendor's defaults and no account ID. */
export function defaultValues(settings: BrowserSettings): ReaderValues {
  return {
    accountId: '',
    region: settings.defaultRegion,
    clusters: formatListField(settings.defaultClusters),
    repoPatterns: formatListField(settings.repoPatterns),
    repos: formatListField(settings.plannedRepos),
  };
}

/** The core's inputs for `values` and `externalId`; settings-owned fields from `settings` only. */
export function toGuideInputs(settings: BrowserSettings, values: ReaderValues, externalId: string): GuideInputs {
  return {
    accountId: values.accountId,
    vendorAccountId: settings.vendorAccountId,
    region: values.region,
    clusters: parseListField(values.clusters),
    repoPatterns: parseListField(values.repoPatterns),
    repos: parseListField(values.repos),
    roleNames: { ...settings.roleNames },
    policyNames: { ...settings.policyNames },
    kubernetes: { ...settings.kubernetes },
    externalId,
  };
}

const EMPTY_VALUES: ReaderValues = { accountId: '', region: '', clusters: '', repoPatterns: '', repos: '' };

/** The settings this page was built with; null until {@link initGuideStore}. */
export const $settings: WritableAtom<BrowserSettings | null> = atom<BrowserSettings | null>(null);

/** The reader's values as typed. */
export const $values: MapStore<ReaderValues> = map<ReaderValues>({ ...EMPTY_VALUES });

/** The ExternalId (generated on click or pasted); '' when there is none yet. */
export const $externalId: WritableAtom<string> = atom('');

/** Whether the reader opted in to keeping the ExternalId in localStorage ("remember on this device"). */
export const $rememberExternalId: WritableAtom<boolean> = atom(false);

/**
 * What the reader has done with the page's outputs: `externalId.generated`, `externalId.copied`,
 * `artifact.<ArtifactId>.copied`, `artifact.<ArtifactId>.downloaded`. The checklist ticks
 * itself from these; snippet blocks call {@link markUsed}.
 */
export const $used: MapStore<Record<string, boolean>> = map<Record<string, boolean>>({});

/** Checklist ticks set by the reader (true/false overrides; absent means "as the page knows"). */
export const $checks: MapStore<Record<string, boolean>> = map<Record<string, boolean>>({});

/** Reader fields whose value came from a link and has not been confirmed by the reader yet. */
export const $fromLink: WritableAtom<ReaderKey[]> = atom<ReaderKey[]>([]);

/** The core's inputs; null until {@link initGuideStore}. Settings-owned fields always from settings. */
export const $inputs: ReadableAtom<GuideInputs | null> = computed(
  [$settings, $values, $externalId],
  (settings, values, externalId) => (settings ? toGuideInputs(settings, values, externalId) : null),
);

/** Validation of {@link $inputs} against the configured vendor account; null until {@link initGuideStore}. */
export const $validation: ReadableAtom<ValidationResult | null> = computed([$settings, $inputs], (settings, inputs) =>
  settings && inputs ? validateInputs(inputs, { vendorAccountId: settings.vendorAccountId }) : null,
);

/** Records that the reader did `key` (see {@link $used}); persisted. */
export function markUsed(key: string): void {
  $used.setKey(key, true);
}

/** Sets one reader value as typed. */
export function setValue(key: ReaderKey, text: string): void {
  $values.setKey(key, text);
}

/** Sets (true/false) or clears (undefined) the reader's own tick of a checklist item. */
export function setCheck(id: string, checked: boolean | undefined): void {
  const next = { ...$checks.get() };
  if (checked === undefined) delete next[id];
  else next[id] = checked;
  $checks.set(next);
}

/** Marks the link-supplied values as checked by the reader (the "from the link" notes go away). */
export function confirmLinkValues(): void {
  $fromLink.set([]);
}

/**
 * Keys of {@link $used} that record the *current* ExternalId leaving the page: copying it, or
 * copying/downloading an artifact that contains it. Regenerating asks first when any is set.
 */
export const EXTERNAL_ID_USE_KEYS: readonly string[] = [
  'externalId.copied',
  ...['trustPolicy', 'cfnParameters', 'deployStack'].flatMap((id) => [`artifact.${id}.copied`, `artifact.${id}.downloaded`]),
];

/** Whether the current ExternalId has been copied or downloaded (so replacing it needs confirmation). */
export function externalIdWasUsed(used: Record<string, boolean>): boolean {
  return EXTERNAL_ID_USE_KEYS.some((key) => used[key] === true);
}

/**
 * Replaces the ExternalId (generated or pasted). The copy/download marks of the old ID are
 * dropped: they no longer describe the ID in the snippets.
 */
export function replaceExternalId(value: string): void {
  const used = { ...$used.get() };
  for (const key of EXTERNAL_ID_USE_KEYS) delete used[key];
  batch(() => {
    $used.set(used);
    $externalId.set(value);
  });
}

/** Turns "remember on this device" on or off; the ID moves between session and local storage. */
export function setRememberExternalId(remember: boolean): void {
  $rememberExternalId.set(remember);
}

/** What {@link clearAll} clears besides the reader's values. */
export interface ClearOptions {
  /** Also forget the ExternalId, the checklist ticks and the copy/download marks. */
  everything?: boolean;
}

/** Resets the values to the vendor's defaults (and, with `everything`, forgets the ExternalId and progress). */
export function clearAll(options: ClearOptions = {}): void {
  const settings = $settings.get();
  batch(() => {
    $values.set(settings ? defaultValues(settings) : { ...EMPTY_VALUES });
    $fromLink.set([]);
    if (options.everything) {
      $externalId.set('');
      $rememberExternalId.set(false);
      $used.set({});
      $checks.set({});
    }
  });
}

// ------------------------------------------------------------------ hydration snapshots

// What the server rendered for each store (settings defaults, nothing from storage). React
// hydrates islands against these, then re-renders with the stored values, so the static HTML
// never mismatches what a reader with stored values sees first.
const serverSnapshots = new Map<ReadableAtom<unknown>, unknown>();

/** The value `store` had when the page was rendered on the server (for `useStore`'s `ssr` option). */
export function serverSnapshot<T>(store: ReadableAtom<T>): T {
  return (serverSnapshots.has(store) ? serverSnapshots.get(store) : store.get()) as T;
}

// ------------------------------------------------------------------ persistence

const MAX_EXTERNAL_ID_LENGTH = 2_000;

function readExternalId(): { value: string; remembered: boolean } {
  const local = readStorage('local', EXTERNAL_ID_KEY);
  const session = readStorage('session', EXTERNAL_ID_KEY);
  const ok = (v: string | null): v is string => typeof v === 'string' && v.length <= MAX_EXTERNAL_ID_LENGTH;
  if (ok(local) && local !== '') return { value: local, remembered: true };
  if (ok(session)) return { value: session, remembered: false };
  return { value: '', remembered: false };
}

function loadPersisted(settings: BrowserSettings): void {
  const state = parsePersistedState(readStorage('local', STATE_KEY));
  const id = readExternalId();
  batch(() => {
    $values.set({ ...defaultValues(settings), ...state.values });
    $used.set(state.used);
    $checks.set(state.checks);
    $fromLink.set(state.fromLink);
    $externalId.set(id.value);
    $rememberExternalId.set(id.remembered);
  });
}

function saveState(): void {
  const values: Partial<ReaderValues> = {};
  for (const key of READER_KEYS) {
    const value = $values.get()[key];
    if (value.length <= MAX_FIELD_LENGTH) values[key] = value;
  }
  writeStorage(
    'local',
    STATE_KEY,
    serializeState({ values, used: $used.get(), checks: $checks.get(), fromLink: $fromLink.get() }),
  );
}

function saveExternalId(): void {
  const value = $externalId.get();
  const remember = $rememberExternalId.get();
  const [keep, drop] = remember ? (['local', 'session'] as const) : (['session', 'local'] as const);
  // Always drop the other area first: unticking "remember" must leave nothing in localStorage.
  removeStorage(drop, EXTERNAL_ID_KEY);
  if (value === '') removeStorage(keep, EXTERNAL_ID_KEY);
  else writeStorage(keep, EXTERNAL_ID_KEY, value);
}

let initialised = false;
let applyingRemote = false;

/**
 * Sets up the shared state with this build's settings and, in the browser, loads what the
 * reader stored and starts saving changes. Idempotent: every island calls it before it reads
 * a store (only the first call does anything).
 */
export function initGuideStore(settings: BrowserSettings): void {
  if (initialised) return;
  initialised = true;
  batch(() => {
    $settings.set(settings);
    $values.set(defaultValues(settings));
  });
  for (const store of [$settings, $values, $externalId, $rememberExternalId, $used, $checks, $fromLink, $inputs, $validation]) {
    serverSnapshots.set(store as ReadableAtom<unknown>, store.get());
  }
  if (typeof window === 'undefined') return;

  loadPersisted(settings);
  const persist = () => {
    if (!applyingRemote) saveState();
  };
  $values.listen(persist);
  $used.listen(persist);
  $checks.listen(persist);
  $fromLink.listen(persist);
  $externalId.listen(() => {
    if (!applyingRemote) saveExternalId();
  });
  $rememberExternalId.listen(() => {
    if (!applyingRemote) saveExternalId();
  });

  // Another tab of the guide changed the stored state: follow it, so the tabs do not
  // overwrite each other's values with stale ones. (sessionStorage is per tab: no event.)
  window.addEventListener('storage', (event) => {
    if (event.key !== STATE_KEY && event.key !== EXTERNAL_ID_KEY && event.key !== null) return;
    applyingRemote = true;
    try {
      if (event.key === EXTERNAL_ID_KEY) {
        // Only follow a remembered ID; a tab's own session ID is not another tab's business.
        const local = readStorage('local', EXTERNAL_ID_KEY);
        if (local !== null && local !== '' && local.length <= MAX_EXTERNAL_ID_LENGTH) {
          batch(() => {
            $externalId.set(local);
            $rememberExternalId.set(true);
          });
        } else if ($rememberExternalId.get()) {
          // The other tab stopped remembering: so does this one, keeping its ID for this tab only.
          $rememberExternalId.set(false);
          if ($externalId.get() !== '') writeStorage('session', EXTERNAL_ID_KEY, $externalId.get());
        }
      } else {
        const state = parsePersistedState(readStorage('local', STATE_KEY));
        batch(() => {
          $values.set({ ...defaultValues(settings), ...state.values });
          $used.set(state.used);
          $checks.set(state.checks);
          $fromLink.set(state.fromLink);
        });
      }
    } finally {
      applyingRemote = false;
    }
  });
}
