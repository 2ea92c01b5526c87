/**
 * The vendor settings the browser gets, and the pure functions that turn them and the reader's
 * values into the core's inputs. No stores here: this module is imported by the build (to
 * serialise the browser subset once, see `src/integrations/browser-settings.ts`), by tests in
 * Node, and by the stores.
 */
import type { VendorSettings } from '../config/settings-schema.ts';
import { inputsFromSettings, readerTexts, withReaderTexts } from '../core/fields.ts';
import type { GuideInputs, KubernetesIdentity, RolePair } from '../core/types.ts';
import type { ReaderValues } from './storage.ts';

/** The vendor settings a browser island needs (no support contact; nothing else leaves the build). */
export interface BrowserSettings {
  vendorAccountId: string;
  /** The vendor roles the trust policy names instead of the account root (empty: the root). */
  trustedVendorRoleArns: string[];
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

/** The browser subset of `settings` (a pure picker, so no other setting is serialised into the page). */
export function browserSettings(settings: VendorSettings): BrowserSettings {
  return {
    vendorAccountId: settings.vendorAccountId,
    trustedVendorRoleArns: [...settings.trustedVendorRoleArns],
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

/** The values a reader starts with: the vendor's defaults and no account ID (from the field table's `setting` paths). */
export function defaultValues(settings: BrowserSettings): ReaderValues {
  return readerTexts(inputsFromSettings(settings));
}

/** The core's inputs for `values` and `externalId`; settings-owned fields from `settings` only (the table's reader paths are all `values` may set). */
export function toGuideInputs(settings: BrowserSettings, values: ReaderValues, externalId: string): GuideInputs {
  return { ...withReaderTexts(inputsFromSettings(settings), values), externalId };
}
