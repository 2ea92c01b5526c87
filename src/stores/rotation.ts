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
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { previewFromValidation, type ArtifactPreview } from '../core/generate.ts';
import type { ArtifactId, FieldIssue } from '../core/types.ts';
import { validateInputs } from '../core/validate.ts';
import { $preview } from './preview.ts';
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
   * policy first); only the trust policy while no previous ID is entered.
   */
  files: RotationFile[];
  /** The core's messages about the previous ExternalId (errors first). */
  previousIssues: FieldIssue[];
  /** Link values wait for the reader's confirmation: nothing may be copied or downloaded. */
  linkPending: boolean;
}

/** The rotation's files for the current values; null until the state is set up. */
export const $rotation: ReadableAtom<RotationPreview | null> = computed(
  [$settings, $preview, $previousExternalId],
  (settings, preview, previous): RotationPreview | null => {
    const final = preview?.artifacts.get('trustPolicy');
    if (!settings || !preview || !final) return null;
    const linkPending = preview.linkPending.length > 0;
    if (previous === '') return { overlap: null, final, files: [{ id: 'trustPolicy', overlap: null, final }], previousIssues: [], linkPending };
    // Same inputs, previous ID set: validated and built by the core like every preview (an
    // invalid previous ID becomes a placeholder there, so the overlap files still show its place).
    const inputs = { ...preview.inputs, previousExternalId: previous };
    const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
    const all = [...(validation.ok ? [] : validation.errors), ...validation.warnings];
    const previousIssues = all.filter((issue) => issue.field === 'previousExternalId');
    // The final versions are the page's own preview; should a page's preview lack an artifact,
    // the core builds the final set once from the page's own validation.
    let finals: ReadonlyMap<ArtifactId, ArtifactPreview> = preview.artifacts;
    const finalOf = (id: ArtifactId): ArtifactPreview | undefined => {
      if (!finals.has(id) && finals === preview.artifacts) {
        finals = new Map(previewFromValidation(preview.inputs, preview.validation).artifacts.map((a) => [a.id, a]));
      }
      return finals.get(id);
    };
    const files: RotationFile[] = [];
    for (const candidate of previewFromValidation(inputs, validation).artifacts) {
      const finalFile = finalOf(candidate.id);
      if (finalFile && finalFile.text !== candidate.text) files.push({ id: candidate.id, overlap: candidate, final: finalFile });
    }
    const overlap = files.find((f) => f.id === 'trustPolicy')?.overlap ?? null;
    return { overlap, final, files, previousIssues, linkPending };
  },
);
