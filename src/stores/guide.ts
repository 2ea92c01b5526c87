/**
 * The guide's shared state, one import for the islands: settings (`settings.ts`), state and
 * actions (`state.ts`), the one computed preview (`preview.ts`) and persistence
 * (`persistence.ts`). Islands are separate React roots, so the state lives in nanostores
 * (framework-free, a few hundred bytes) rather than in React.
 *
 * No React here: islands subscribe with `@nanostores/react` (see `src/islands/use-guide-store.ts`
 * for the hydration-safe hook).
 */
import { batch, computed, type ReadableAtom } from 'nanostores';
import { defaultValues, type BrowserSettings } from './browser-settings.ts';
import { startPersistence } from './persistence.ts';
import { $inputs, $preview, $validation } from './preview.ts';
import { $settings } from './settings.ts';
import { $checks, $externalId, $externalIdConflict, $fromLink, $rememberExternalId, $storageProblem, $used, $usedView, $values } from './state.ts';

export { browserSettings, defaultValues, toGuideInputs, type BrowserSettings } from './browser-settings.ts';
export { $settings, pageSettings } from './settings.ts';
export {
  $checks,
  $editing,
  $externalId,
  $externalIdConflict,
  $fromLink,
  $rememberExternalId,
  $storageProblem,
  $used,
  $usedView,
  $values,
  clearAll,
  confirmLinkValues,
  EXTERNAL_ID_USE_KEYS,
  externalIdWasUsed,
  markUsed,
  replaceExternalId,
  setCheck,
  setRememberExternalId,
  setValue,
  usedFor,
  type ClearOptions,
} from './state.ts';
export { $inputs, $preview, $validation, type GuidePreview } from './preview.ts';
export { adoptOtherExternalId, flushState, keepOwnExternalId } from './persistence.ts';
export type { ReaderKey, ReaderValues } from './storage.ts';

// ------------------------------------------------------------------ hydration snapshots

// What the server rendered for each store (settings defaults, nothing from storage). React
// hydrates islands against these, then re-renders with the stored values, so the static HTML
// never mismatches what a reader with stored values sees first.
const serverSnapshots = new Map<ReadableAtom<unknown>, unknown>();

/** The server values of {@link derived} stores, computed from their sources' snapshots. */
const derivations = new WeakMap<ReadableAtom<unknown>, () => unknown>();

/** The value `store` had when the page was rendered on the server (for `useStore`'s `ssr` option). */
export function serverSnapshot<T>(store: ReadableAtom<T>): T {
  if (serverSnapshots.has(store)) return serverSnapshots.get(store) as T;
  const derive = derivations.get(store as ReadableAtom<unknown>);
  return (derive ? derive() : store.get()) as T;
}

/**
 * A `computed` store of `derive(...values of stores)` whose server snapshot is `derive` of its
 * sources' snapshots. A store derived outside the list above (an island's view of the preview)
 * would otherwise answer its *current* value: with values from storage or a link already in
 * the sources, an island hydrated against them and React reported a mismatch with the static
 * HTML (the Launch Stack block with a link's region, tests/build/launch-stack-browser.ts).
 */
export function derived<A extends unknown[], T>(stores: { [K in keyof A]: ReadableAtom<A[K]> }, derive: (...values: A) => T): ReadableAtom<T> {
  const sources = stores as unknown as ReadableAtom<unknown>[];
  const store = computed(sources, (...values: unknown[]) => derive(...(values as A))) as ReadableAtom<T>;
  let server: { value: T } | null = null;
  // Once per page, after the snapshots are taken (React asks for a stable server snapshot).
  derivations.set(store as ReadableAtom<unknown>, () => (server ??= { value: derive(...(sources.map(serverSnapshot) as A)) }).value);
  return store;
}

let initialised = false;

/**
 * Sets up the shared state and, in the browser, loads what the reader stored and starts
 * saving changes. Idempotent: every island calls it before it reads a store (only the first
 * call does anything). The settings come from the build (`settings.ts`); the argument is only
 * for callers outside a Vite build (unit tests) and for islands not yet updated.
 */
export function initGuideStore(settings?: BrowserSettings): void {
  if (initialised) return;
  const pageSettings = $settings.get() ?? settings;
  if (!pageSettings) return;
  initialised = true;
  batch(() => {
    $settings.set(pageSettings);
    $values.set(defaultValues(pageSettings));
  });
  // Every shared store an island reads: one missing here answers its current value (the conflict
  // notice's did, and React threw the server's HTML away: tests/e2e/hydration.spec.ts).
  for (const store of [$settings, $values, $externalId, $rememberExternalId, $externalIdConflict, $storageProblem, $used, $usedView, $checks, $fromLink, $inputs, $validation, $preview]) {
    serverSnapshots.set(store as ReadableAtom<unknown>, store.get());
  }
  startPersistence(pageSettings);
}
