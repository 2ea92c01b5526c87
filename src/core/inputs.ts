/**
 * Building {@link GuideInputs}: the defaults from the vendor settings, the parsing of
 * list fields typed into a textarea or passed as one CLI/link parameter, and merging
 * partial inputs (link parameters, CLI flags, stored form state) over a base.
 */
import type { VendorSettings } from '../config/settings-schema.ts';
import type { GuideInputs, KubernetesIdentity, RolePair } from './types.ts';

// Newlines, ASCII commas and the Japanese commas a reader may type (、，); none is valid inside any item.
const LIST_SEPARATORS = /[\r\n,、，]+/;

/**
 * Items of a list field typed as one text: one per line or comma-separated (Japanese
 * commas too). Surrounding whitespace of each item is trimmed, empty items are dropped,
 * order and duplicates are kept (duplicates are reported by validation, not hidden).
 */
export function parseListField(text: string): string[] {
  if (typeof text !== 'string') return [];
  return text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list field as text for a textarea, one item per line (the inverse of {@link parseListField} for valid items). */
export function formatListField(items: readonly string[]): string {
  return items.join('\n');
}

/**
 * The inputs the guide starts with: the vendor's defaults, an empty customer account ID
 * (we cannot know it) and an empty ExternalId (generated or entered by the reader).
 */
export function defaultInputs(settings: VendorSettings): GuideInputs {
  return {
    accountId: '',
    vendorAccountId: settings.vendorAccountId,
    region: settings.defaultRegion,
    clusters: [...settings.defaultClusters],
    repoPatterns: [...settings.repoPatterns],
    repos: [...settings.plannedRepos],
    roleNames: { ...settings.roleNames },
    policyNames: { ...settings.policyNames },
    kubernetes: { ...settings.kubernetes },
    externalId: '',
  };
}

/** Partial inputs: any top-level field, and any sub-key of the nested ones. */
export interface InputsPatch {
  accountId?: string | undefined;
  vendorAccountId?: string | undefined;
  region?: string | undefined;
  clusters?: readonly string[] | undefined;
  repoPatterns?: readonly string[] | undefined;
  repos?: readonly string[] | undefined;
  roleNames?: Partial<RolePair> | undefined;
  policyNames?: Partial<RolePair> | undefined;
  kubernetes?: Partial<KubernetesIdentity> | undefined;
  externalId?: string | undefined;
}

/** A deep copy of `inputs`, so that callers can keep a snapshot that later edits do not change. */
export function cloneInputs(inputs: GuideInputs): GuideInputs {
  return {
    ...inputs,
    clusters: [...inputs.clusters],
    repoPatterns: [...inputs.repoPatterns],
    repos: [...inputs.repos],
    roleNames: { ...inputs.roleNames },
    policyNames: { ...inputs.policyNames },
    kubernetes: { ...inputs.kubernetes },
  };
}

// The patch may come from untyped data: only strings (and arrays of strings) are taken.
function pickString(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function pickList(value: unknown, fallback: readonly string[]): string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : [...fallback];
}

function pickObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * `base` with every value present in `patch` replacing its counterpart (a new object; `base`
 * is not changed). Absent or `undefined` values, values of the wrong type and unknown keys
 * are ignored, so a patch built from a URL or JSON can be passed as is. Values are taken
 * verbatim: validation, not merging, decides whether they are acceptable.
 */
export function mergeInputs(base: GuideInputs, patch: InputsPatch): GuideInputs {
  const p = pickObject(patch);
  const roles = pickObject(p['roleNames']);
  const policies = pickObject(p['policyNames']);
  const k8s = pickObject(p['kubernetes']);
  return {
    accountId: pickString(p['accountId'], base.accountId),
    vendorAccountId: pickString(p['vendorAccountId'], base.vendorAccountId),
    region: pickString(p['region'], base.region),
    clusters: pickList(p['clusters'], base.clusters),
    repoPatterns: pickList(p['repoPatterns'], base.repoPatterns),
    repos: pickList(p['repos'], base.repos),
    roleNames: {
      repoPusher: pickString(roles['repoPusher'], base.roleNames.repoPusher),
      eksDeployer: pickString(roles['eksDeployer'], base.roleNames.eksDeployer),
    },
    policyNames: {
      repoPusher: pickString(policies['repoPusher'], base.policyNames.repoPusher),
      eksDeployer: pickString(policies['eksDeployer'], base.policyNames.eksDeployer),
    },
    kubernetes: {
      username: pickString(k8s['username'], base.kubernetes.username),
      group: pickString(k8s['group'], base.kubernetes.group),
      namespace: pickString(k8s['namespace'], base.kubernetes.namespace),
    },
    externalId: pickString(p['externalId'], base.externalId),
  };
}
