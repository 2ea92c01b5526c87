/**
 * UI string keys added by the state layer (link review, long values, storage problems,
 * ExternalIds that differ between tabs, the checklist while link values wait). Same catalogue
 * as `strings.ts` (`src/content/i18n/{ja,en}.json`); kept apart only so branches merge — the
 * catalogue rebuild moves them next to the others.
 */
import type { Strings } from './strings.ts';

/** Keys the values panel needs besides `VALUES_PANEL_KEYS`. */
export const VALUES_STATE_KEYS = [
  'values.linkReview.title',
  'values.linkReview.account',
  'values.linkReview.why',
  'values.linkReview.noAccount',
  'values.linkReview.blocked',
  'values.linkReview.value',
  'values.linkReview.confirm',
  'values.linkReview.discard',
  'values.tooLong',
  'storage.unavailable',
  'storage.full',
] as const;

/** Keys the ExternalId panel needs besides `EXTERNAL_ID_KEYS`. */
export const EXTERNAL_ID_STATE_KEYS = ['externalId.conflict.text', 'externalId.conflict.adopt', 'externalId.conflict.keep', 'storage.unavailable', 'storage.full'] as const;

/** Keys the checklist needs besides `CHECKLIST_KEYS`. */
export const CHECKLIST_STATE_KEYS = ['checklist.linkPending', 'checklist.linkPendingLink', 'storage.unavailable', 'storage.full'] as const;

/** Strings of {@link VALUES_STATE_KEYS}. */
export type ValuesStateStrings = Strings<(typeof VALUES_STATE_KEYS)[number]>;
/** Strings of {@link EXTERNAL_ID_STATE_KEYS}. */
export type ExternalIdStateStrings = Strings<(typeof EXTERNAL_ID_STATE_KEYS)[number]>;
/** Strings of {@link CHECKLIST_STATE_KEYS}. */
export type ChecklistStateStrings = Strings<(typeof CHECKLIST_STATE_KEYS)[number]>;
