/**
 * Strings the state layer adds to the values panel, the ExternalId panel and the checklist: the
 * storage notices (`storage.*`), which every widget may show (one reports a full or disabled storage:
 * the values panel's, see StorageNotice.tsx). The widgets' own keys (link review, long values, ExternalIds that differ
 * between tabs, the checklist while link values wait) sit under each widget's prefix in the one
 * catalogue (`src/core/i18n/`), so `strings.ts` already picks them.
 */
import { keysWithPrefix, type UiKey } from '../core/i18n/index.ts';
import type { ChecklistStrings, ExternalIdStrings, Strings, ValuesPanelStrings } from './strings.ts';

/** Keys of the storage notices. */
const STORAGE_KEYS = /* @__PURE__ */ keysWithPrefix('storage.');

/** Storage-notice keys the values panel needs besides its own. */
export const VALUES_STATE_KEYS = STORAGE_KEYS;
/** Storage-notice keys the ExternalId panel needs besides its own. */
export const EXTERNAL_ID_STATE_KEYS = STORAGE_KEYS;
/** Storage-notice keys the checklist needs besides its own. */
export const CHECKLIST_STATE_KEYS = STORAGE_KEYS;

type StorageStrings = Strings<Extract<UiKey, `storage.${string}`>>;
/** Strings of the values panel's state additions. */
export type ValuesStateStrings = StorageStrings & Pick<ValuesPanelStrings, never>;
/** Strings of the ExternalId panel's state additions. */
export type ExternalIdStateStrings = StorageStrings & Pick<ExternalIdStrings, never>;
/** Strings of the checklist's state additions. */
export type ChecklistStateStrings = StorageStrings & Pick<ChecklistStrings, never>;
