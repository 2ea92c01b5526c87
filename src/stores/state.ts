/**
 * The guide's shared state: one set of values for every island on every page, and the
 * actions that change it. Persistence lives in `persistence.ts`, the computed preview in
 * `preview.ts`, settings in `settings.ts`.
 *
 * Trust boundaries:
 * - Settings-owned fields (vendor account ID, Kubernetes identity, role and policy names)
 *   come only from the build's settings. They are never read from storage or links, so
 *   neither can make a reader trust a stranger's account or map the vendor to `system:masters`.
 * - Values from a link are proposals: applied to the form but listed in {@link $fromLink}
 *   until the reader confirms them, and while any is listed nothing may be copied,
 *   downloaded, launched or ticked (see `$preview.linkPending`).
 */
import { atom, batch, computed, map, type MapStore, type ReadableAtom, type WritableAtom } from 'nanostores';
import { artifactUsedKey, secretArtifacts } from '../core/artifacts/catalog.ts';
import type { ArtifactId } from '../core/types.ts';
import { defaultValues } from './browser-settings.ts';
import { fingerprint } from './fingerprint.ts';
import { $settings } from './settings.ts';
import type { ReaderKey, ReaderValues } from './storage.ts';

const EMPTY_VALUES: ReaderValues = { accountId: '', region: '', clusters: '', repoPatterns: '', repos: '' };

const initialSettings = $settings.get();

/** The reader's values as typed (starting from the vendor's defaults). */
export const $values: MapStore<ReaderValues> = map<ReaderValues>(initialSettings ? defaultValues(initialSettings) : { ...EMPTY_VALUES });

/** The ExternalId (generated on click or pasted); '' when there is none yet. */
export const $externalId: WritableAtom<string> = atom('');

/** Whether the reader opted in to keeping the ExternalId in localStorage ("remember on this device"). */
export const $rememberExternalId: WritableAtom<boolean> = atom(false);

/**
 * What the reader has done with the page's outputs, as stored: `externalId.generated`,
 * `artifact.<ArtifactId>.copied|downloaded`, and for the uses that concern one ExternalId
 * (see {@link EXTERNAL_ID_USE_KEYS}) `extid.<fingerprint>.<key>`, so the marks belong to that
 * ID. Read {@link $usedView} for the marks of the ID shown.
 */
export const $used: MapStore<Record<string, boolean>> = map<Record<string, boolean>>({});

/** Checklist ticks set by the reader (true/false overrides; absent means "as the page knows"). */
export const $checks: MapStore<Record<string, boolean>> = map<Record<string, boolean>>({});

/** Reader fields whose value came from a link and has not been confirmed by the reader yet. */
export const $fromLink: WritableAtom<ReaderKey[]> = atom<ReaderKey[]>([]);

/** The reader field that has the focus (cross-tab sync never overwrites it), or null. */
export const $editing: WritableAtom<ReaderKey | null> = atom<ReaderKey | null>(null);

/**
 * Another tab holds a different ExternalId on this device (issue 9.3): this tab keeps
 * showing its own and tells the reader, who may switch. `other` is that tab's ID.
 */
export const $externalIdConflict: WritableAtom<{ other: string } | null> = atom<{ other: string } | null>(null);

/** Storage could not keep what the reader did: shown once, never hidden. */
export const $storageProblem: WritableAtom<'unavailable' | 'full' | null> = atom<'unavailable' | 'full' | null>(null);

/**
 * Keys of {@link $used} that record the *current* ExternalId leaving the page: copying it, or
 * copying/downloading an artifact that contains it. Regenerating asks first when any is set.
 */
export const EXTERNAL_ID_USE_KEYS: readonly string[] = [
  'externalId.copied',
  // The artifacts that contain the ExternalId: derived from the fields they use (artifact table).
  ...secretArtifacts().flatMap((row) => {
    // Rows of the table are artifacts: their id is an ArtifactId (the row type keeps it a string).
    const id = row.id as ArtifactId;
    return [artifactUsedKey(id, 'copied'), artifactUsedKey(id, 'downloaded')];
  }),
];

const ID_USES: ReadonlySet<string> = new Set(EXTERNAL_ID_USE_KEYS);

/** The stored key of use `key` of the ExternalId `id`. */
export function externalIdUseKey(id: string, key: string): string {
  return `extid.${fingerprint(id)}.${key}`;
}

/**
 * The marks as they concern the ID shown: the stored marks, with the ID-specific ones of the
 * current ID under their plain names (what the checklist and Regenerate read).
 */
export function usedFor(used: Readonly<Record<string, boolean>>, id: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(used)) if (!key.startsWith('extid.') && !ID_USES.has(key)) out[key] = value;
  if (id !== '') for (const key of EXTERNAL_ID_USE_KEYS) if (used[externalIdUseKey(id, key)] === true) out[key] = true;
  return out;
}

/** {@link $used} as it concerns the ExternalId shown. */
export const $usedView: ReadableAtom<Record<string, boolean>> = computed([$used, $externalId], usedFor);

/** Whether the current ExternalId has been copied or downloaded (so replacing it needs confirmation). */
export function externalIdWasUsed(used: Record<string, boolean>): boolean {
  return EXTERNAL_ID_USE_KEYS.some((key) => used[key] === true);
}

/** Records that the reader did `key`; marks about the ExternalId are stored for the current ID. */
export function markUsed(key: string): void {
  const id = $externalId.get();
  if (ID_USES.has(key)) {
    if (id !== '') $used.setKey(externalIdUseKey(id, key), true);
    return;
  }
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

/** Marks the link-supplied values as checked by the reader (Copy, Download and ticks work again). */
export function confirmLinkValues(): void {
  $fromLink.set([]);
}

/**
 * Replaces the ExternalId (generated or pasted). The marks of the old ID stay with the old
 * ID (its fingerprint): they no longer describe the ID shown, and another tab still showing
 * the old ID still knows it was used.
 */
export function replaceExternalId(value: string): void {
  batch(() => {
    $externalIdConflict.set(null);
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
