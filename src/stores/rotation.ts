/**
 * The ExternalId rotation (issue 10.1): the ExternalId being rotated out and, for every file
 * that changes while rotating (the trust policy, the CloudFormation template, parameters and
 * deploy script, the Terraform roles and tfvars), its overlap and final versions, computed by
 * the core.
 *
 * The previous ExternalId is a secret like the ExternalId (field table: owner `secret`): kept in
 * this tab's sessionStorage only, never in localStorage, a link, a URL or a request. The page's
 * main preview stays the *final* state (only the new ID); the overlap is the same inputs with
 * `previousExternalId` set, built by the core a second time. Which files belong to the rotation
 * is not listed here: it is every artifact whose overlap text differs from its final text, so a
 * builder that starts (or stops) printing the previous ID joins (or leaves) the panel by itself.
 *
 * A page builds only the artifacts it shows (./preview.ts): the trust policy is asked for when
 * the panel mounts; every other artifact only once the reader enters a previous ID (their
 * builders load then, so a page whose reader never rotates loads none of them).
 */
import { atom, computed, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { ARTIFACT_IDS } from '../core/artifacts/catalog.ts';
import type { ArtifactPreview } from '../core/preview.ts';
import type { ArtifactId, FieldIssue, GuideInputs, ValidationResult } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import type { BrowserSettings } from './browser-settings.ts';
import { $preview, artifactsFor, requestArtifacts, type GuidePreview } from './preview.ts';
import { $settings } from './settings.ts';
import { readStorage, removeStorage, storeText } from './storage.ts';

/** sessionStorage key of the previous ExternalId (per tab, like the ExternalId's default). */
export const PREVIOUS_EXTERNAL_ID_KEY = 'method-b-guide:v1:previous-external-id';

/** The ExternalId being rotated out, as typed; '' when none. */
export const $previousExternalId: WritableAtom<string> = atom('');

let started = false;

/**
 * Loads the stored previous ExternalId and keeps sessionStorage in step; browser only, once.
 * While a previous ID is entered, every artifact is asked for (see the module comment).
 */
export function startRotationPersistence(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  $previousExternalId.set(readStorage('session', PREVIOUS_EXTERNAL_ID_KEY) ?? '');
  if ($previousExternalId.get() !== '') requestArtifacts(ARTIFACT_IDS);
  $previousExternalId.listen((value) => {
    if (value === '') removeStorage('session', PREVIOUS_EXTERNAL_ID_KEY);
    else {
      storeText('session', PREVIOUS_EXTERNAL_ID_KEY, value);
      requestArtifacts(ARTIFACT_IDS);
    }
  });
}

/** One file of the rotation: the version applied for the overlap and the one applied after it. */
export interface RotationFile {
  /** The artifact (its row in the artifact table names the file). */
  id: ArtifactId;
  /** Accepts the previous and the new ExternalId; null while no previous ID is entered. */
  overlap: ArtifactPreview | null;
  /** Accepts only the new ExternalId: the artifact as the page shows it. */
  final: ArtifactPreview;
}

/** The files of a rotation, and what holds them back. */
export interface RotationPreview {
  /** The trust policy accepting the previous and the new ExternalId; null while no previous ID is entered. */
  overlap: ArtifactPreview | null;
  /** The trust policy accepting only the new ExternalId: the page's own trust policy. */
  final: ArtifactPreview;
  /**
   * Every file that differs between the overlap and the final state, in guide order (the trust
   * policy first); only the trust policy while no previous ID is entered (or while the other
   * builders are still loading).
   */
  files: RotationFile[];
  /** The core's messages about the previous ExternalId (errors first). */
  previousIssues: FieldIssue[];
  /** Link values wait for the reader's confirmation: nothing may be copied or downloaded. */
  linkPending: boolean;
}

/** Builds the artifacts `ids` for one validation (the page's loaded builders, by default). */
export type BuildArtifacts = (inputs: GuideInputs, validation: ValidationResult, ids: readonly ArtifactId[]) => ReadonlyMap<ArtifactId, ArtifactPreview>;

const pageBuild: BuildArtifacts = (inputs, validation, ids) => artifactsFor(inputs, validation, undefined, ids).artifacts;

/**
 * The rotation for one preview of the page and the previous ID as typed: the final versions are
 * the preview's own artifacts, the overlap ones the core's preview of the same inputs with the
 * previous ID (validated like every field), over the same artifacts. Null until the page's
 * preview holds the trust policy.
 */
export function rotationOf(settings: BrowserSettings, preview: GuidePreview, previous: string, build: BuildArtifacts = pageBuild): RotationPreview | null {
  const final = preview.artifacts.get('trustPolicy');
  if (!final) return null;
  const linkPending = preview.linkPending.length > 0;
  if (previous === '') return { overlap: null, final, files: [{ id: 'trustPolicy', overlap: null, final }], previousIssues: [], linkPending };
  // Same inputs, previous ID set: validated and built by the core like every preview (an
  // invalid previous ID becomes a placeholder there, so the overlap files still show its place).
  const inputs = { ...preview.inputs, previousExternalId: previous };
  const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
  const all = [...(validation.ok ? [] : validation.errors), ...validation.warnings];
  const previousIssues = all.filter((issue) => issue.field === 'previousExternalId');
  // The artifacts the page has built (their builders are loaded), in guide order.
  const ids = ARTIFACT_IDS.filter((id) => preview.artifacts.has(id));
  const overlaps = build(inputs, validation, ids);
  const files: RotationFile[] = [];
  for (const id of ids) {
    const finalFile = preview.artifacts.get(id);
    const overlapFile = overlaps.get(id);
    if (finalFile && overlapFile && finalFile.text !== overlapFile.text) files.push({ id, overlap: overlapFile, final: finalFile });
  }
  const overlap = files.find((f) => f.id === 'trustPolicy')?.overlap ?? null;
  return { overlap, final, files, previousIssues, linkPending };
}

/** The rotation's files for the current values; null until the state is set up. */
export const $rotation: ReadableAtom<RotationPreview | null> = computed(
  [$settings, $preview, $previousExternalId],
  (settings, preview, previous): RotationPreview | null => (settings && preview ? rotationOf(settings, preview, previous) : null),
);

// The trust policy is one of the artifacts the size limits are measured on: it loads with them.
onMount($rotation, () => requestArtifacts(['trustPolicy']));
