/**
 * The ExternalId rotation (issue 10.1): the ExternalId being rotated out and the two trust
 * policies of the rotation, computed by the core.
 *
 * The previous ExternalId is a secret like the ExternalId (field table: owner `secret`): kept in
 * this tab's sessionStorage only, never in localStorage, a link, a URL or a request. The page's
 * main preview stays the *final* state (only the new ID); the overlap is the same inputs with
 * `previousExternalId` set, built by the core a second time.
 */
import { atom, computed, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ArtifactPreview } from '../core/preview.ts';
import type { FieldIssue } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import { $preview, artifactsFor, requestArtifacts } from './preview.ts';
import { $settings } from './settings.ts';
import { readStorage, removeStorage, storeText } from './storage.ts';

/** sessionStorage key of the previous ExternalId (per tab, like the ExternalId's default). */
export const PREVIOUS_EXTERNAL_ID_KEY = 'method-b-guide:v1:previous-external-id';

/** The ExternalId being rotated out, as typed; '' when none. */
export const $previousExternalId: WritableAtom<string> = atom('');

let started = false;

/** Loads the stored previous ExternalId and keeps sessionStorage in step; browser only, once. */
export function startRotationPersistence(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  $previousExternalId.set(readStorage('session', PREVIOUS_EXTERNAL_ID_KEY) ?? '');
  $previousExternalId.listen((value) => {
    if (value === '') removeStorage('session', PREVIOUS_EXTERNAL_ID_KEY);
    else storeText('session', PREVIOUS_EXTERNAL_ID_KEY, value);
  });
}

/** The two trust policies of a rotation, and what holds them back. */
export interface RotationPreview {
  /** Accepts the previous and the new ExternalId; null while no previous ID is entered. */
  overlap: ArtifactPreview | null;
  /** Accepts only the new ExternalId: the page's own trust policy. */
  final: ArtifactPreview;
  /** The core's messages about the previous ExternalId (errors first). */
  previousIssues: FieldIssue[];
  /** Link values wait for the reader's confirmation: nothing may be copied or downloaded. */
  linkPending: boolean;
}

/** The rotation's trust policies for the current values; null until the state is set up. */
export const $rotation: ReadableAtom<RotationPreview | null> = computed(
  [$settings, $preview, $previousExternalId],
  (settings, preview, previous) => {
    const final = preview?.artifacts.get('trustPolicy');
    if (!settings || !preview || !final) return null;
    let overlap: ArtifactPreview | null = null;
    let previousIssues: FieldIssue[] = [];
    if (previous !== '') {
      // Same inputs, previous ID set: validated and built by the core like every preview.
      const inputs = { ...preview.inputs, previousExternalId: previous };
      const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
      const all = [...(validation.ok ? [] : validation.errors), ...validation.warnings];
      previousIssues = all.filter((issue) => issue.field === 'previousExternalId');
      overlap = artifactsFor(inputs, validation).artifacts.get('trustPolicy') ?? null;
    }
    return { overlap, final, previousIssues, linkPending: preview.linkPending.length > 0 };
  },
);

// The trust policy is one of the artifacts the size limits are measured on: it loads with them.
onMount($rotation, () => requestArtifacts(['trustPolicy']));
