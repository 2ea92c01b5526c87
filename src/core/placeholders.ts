/**
 * The placeholder model: what the guide's snippets show while some inputs are missing or
 * invalid. Each invalid or empty value is replaced by a fixed, clearly marked placeholder
 * such as `<YOUR_ACCOUNT_ID>`, valid values are kept, so the reader sees the real shape of
 * every artifact and which part still needs a value, and an invalid input never reaches
 * the text (it could otherwise break a JSON string, a YAML scalar or a shell word).
 *
 * Placeholders are `<UPPER_SNAKE>`: no valid value can look like one (every field's
 * character set excludes `<` and `>`), and no artifact syntax treats them specially
 * (JSON strings, YAML plain or quoted scalars, single-quoted shell words).
 */
import { regionInfo } from './regions.ts';
import type { FieldIssue, GuideInputs, GuideModel } from './types.ts';

/** The placeholder of every value, by field (and sub-key for the nested fields). */
export const PLACEHOLDERS = {
  accountId: '<YOUR_ACCOUNT_ID>',
  vendorAccountId: '<VENDOR_ACCOUNT_ID>',
  region: '<REGION>',
  cluster: '<CLUSTER_NAME>',
  repoPattern: '<REPOSITORY_PATTERN>',
  repo: '<REPOSITORY_NAME>',
  roleNames: { repoPusher: '<REPO_PUSHER_ROLE_NAME>', eksDeployer: '<EKS_DEPLOYER_ROLE_NAME>' },
  policyNames: { repoPusher: '<REPO_PUSHER_POLICY_NAME>', eksDeployer: '<EKS_DEPLOYER_POLICY_NAME>' },
  kubernetes: { username: '<K8S_USERNAME>', group: '<K8S_GROUP>', namespace: '<K8S_NAMESPACE>' },
  externalId: '<EXTERNAL_ID>',
} as const;

/** Whether `value` is one of the placeholders (the form `<UPPER_SNAKE>`). */
export function isPlaceholder(value: string): boolean {
  return /^<[A-Z][A-Z0-9_]*>$/.test(value);
}

// Values may come from untyped callers; anything but a string counts as empty.
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * `inputs` with every value that an error in `issues` points at (or that is empty) replaced
 * by its placeholder. Warnings do not replace anything. An error on a whole field (no index
 * or key) replaces the whole field. The region decides the partition and DNS suffix; an
 * invalid region falls back to the commercial partition so the layout stays the usual one.
 */
export function placeholderModel(inputs: GuideInputs, issues: readonly FieldIssue[]): GuideModel {
  const errors = issues.filter((issue) => issue.severity === 'error');
  // Whether an error points at this field, optionally at one key or one index of it.
  const bad = (field: FieldIssue['field'], where: { key?: string; index?: number } = {}) =>
    errors.some(
      (e) =>
        e.field === field &&
        (e.key === undefined || where.key === undefined || e.key === where.key) &&
        (e.index === undefined || where.index === undefined || e.index === where.index),
    );
  const scalar = (field: 'accountId' | 'vendorAccountId' | 'region' | 'externalId'): string => {
    const value = text(record(inputs)[field]);
    return value === '' || bad(field) ? PLACEHOLDERS[field] : value;
  };
  const items = (field: 'clusters' | 'repoPatterns' | 'repos', placeholder: string, required: boolean): string[] => {
    const raw = record(inputs)[field];
    // An error on the whole list (too many items, a size limit) leaves one placeholder, not one per item.
    if (errors.some((e) => e.field === field && e.index === undefined)) return [placeholder];
    const values = Array.isArray(raw) ? raw.map(text) : [];
    const kept = values.map((value, index) => (value === '' || bad(field, { index }) ? placeholder : value));
    return kept.length === 0 && required ? [placeholder] : kept;
  };
  const nested = <K extends string>(
    field: 'roleNames' | 'policyNames' | 'kubernetes',
    placeholders: Readonly<Record<K, string>>,
  ): Record<K, string> => {
    const values = record(record(inputs)[field]);
    const out = {} as Record<K, string>;
    for (const key of Object.keys(placeholders) as K[]) {
      const value = text(values[key]);
      out[key] = value === '' || bad(field, { key }) ? placeholders[key] : value;
    }
    return out;
  };

  const region = scalar('region');
  const info = regionInfo(region);
  return {
    accountId: scalar('accountId'),
    vendorAccountId: scalar('vendorAccountId'),
    region: info ? region : PLACEHOLDERS.region,
    clusters: items('clusters', PLACEHOLDERS.cluster, true),
    repoPatterns: items('repoPatterns', PLACEHOLDERS.repoPattern, true),
    // Planned repositories are optional: an empty list stays empty.
    repos: items('repos', PLACEHOLDERS.repo, false),
    roleNames: nested('roleNames', PLACEHOLDERS.roleNames),
    policyNames: nested('policyNames', PLACEHOLDERS.policyNames),
    kubernetes: nested('kubernetes', PLACEHOLDERS.kubernetes),
    externalId: scalar('externalId'),
    partition: info?.partition ?? 'aws',
    dnsSuffix: info?.dnsSuffix ?? 'amazonaws.com',
  };
}
