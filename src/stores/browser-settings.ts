/**
 * The vendor settings the browser gets, and the pure functions that turn them and the reader's
 * values into the core's inputs. No stores here: this module is imported by the build (to
 * serialise the browser subset once, see `src/integrations/browser-settings.ts`), by tests in
 * Node, and by the stores.
 */
import type { VendorSettings } from '../config/settings-schema.ts';
import { formatListField, parseListField } from '../core/inputs.ts';
import type { GuideInputs, KubernetesIdentity, RolePair } from '../core/types.ts';
import type { ReaderValues } from './storage.ts';

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

/** The browser subset of `settings` (a pure picker, so no other setting is serialised into the page). */
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
