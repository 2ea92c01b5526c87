/**
 * The vendor settings the browser gets, and the pure functions that turn them and the reader's
 * values into the core's inputs. No stores here: this module is imported by the build (to
 * serialise the browser subset once, see `src/integrations/browser-settings.ts`), by tests in
 * Node, and by the stores.
 */
import type { VendorSettings } from '../config/settings-schema.ts';
import { inputsFromSettings, readerTexts, withReaderTexts } from '../core/fields.ts';
import type { GuideInputs } from '../core/types.ts';
import type { ReaderValues } from './storage.ts';

/**
 * The vendor settings a browser island needs, by name (no support contact; nothing else leaves
 * the build). Their types and descriptions are the settings schema's.
 */
export const BROWSER_SETTING_KEYS = [
  'vendorAccountId',
  'trustedVendorRoleArns',
  'externalIdPrefix',
  'externalIdMode',
  'roleNames',
  'policyNames',
  'kubernetes',
  'defaultRegion',
  'defaultClusters',
  'repoPatterns',
  'plannedRepos',
  'templateUrl',
  'vendorName',
] as const satisfies readonly (keyof VendorSettings)[];

/** The browser subset of the vendor settings (see {@link BROWSER_SETTING_KEYS}). */
export type BrowserSettings = Pick<VendorSettings, (typeof BROWSER_SETTING_KEYS)[number]>;

/** The browser subset of `settings`, copied (a pure picker, so no other setting is serialised into the page). */
export function browserSettings(settings: VendorSettings): BrowserSettings {
  return structuredClone(Object.fromEntries(BROWSER_SETTING_KEYS.map((key) => [key, settings[key]]))) as BrowserSettings;
}

/** The values a reader starts with: the vendor's defaults and no account ID (from the field table's `setting` paths). */
export function defaultValues(settings: BrowserSettings): ReaderValues {
  return readerTexts(inputsFromSettings(settings));
}

/** The core's inputs for `values` and `externalId`; settings-owned fields from `settings` only (the table's reader paths are all `values` may set). */
export function toGuideInputs(settings: BrowserSettings, values: ReaderValues, externalId: string): GuideInputs {
  return { ...withReaderTexts(inputsFromSettings(settings), values), externalId };
}
