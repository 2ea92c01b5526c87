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
import { coerce, FIELD_PATHS, FIELDS, type FieldDef } from './fields.ts';
import { regionInfo } from './regions.ts';
import type { FieldIssue, GuideInputs, GuideModel } from './types.ts';

/** The placeholder of every value, by field (and sub-key for the nested fields); from the field table. */
export const PLACEHOLDERS = {
  accountId: FIELDS.accountId.placeholder,
  vendorAccountId: FIELDS.vendorAccountId.placeholder,
  region: FIELDS.region.placeholder,
  cluster: FIELDS.clusters.placeholder,
  repoPattern: FIELDS.repoPatterns.placeholder,
  repo: FIELDS.repos.placeholder,
  roleNames: { repoPusher: FIELDS['roleNames.repoPusher'].placeholder, eksDeployer: FIELDS['roleNames.eksDeployer'].placeholder },
  policyNames: {
    repoPusher: FIELDS['policyNames.repoPusher'].placeholder,
    eksDeployer: FIELDS['policyNames.eksDeployer'].placeholder,
  },
  kubernetes: {
    username: FIELDS['kubernetes.username'].placeholder,
    group: FIELDS['kubernetes.group'].placeholder,
    namespace: FIELDS['kubernetes.namespace'].placeholder,
  },
  externalId: FIELDS.externalId.placeholder,
} as const;

/** Whether `value` is one of the placeholders (the form `<UPPER_SNAKE>`). */
export function isPlaceholder(value: string): boolean {
  return /^<[A-Z][A-Z0-9_]*>$/.test(value);
}

/**
 * `inputs` with every value that an error in `issues` points at (or that is empty) replaced
 * by its placeholder. Warnings do not replace anything. An error on a whole field (no index
 * or key) replaces the whole field. The region decides the partition and DNS suffix; an
 * invalid region falls back to the commercial partition so the layout stays the usual one.
 * Untyped `inputs` go through the field table's one coercion first.
 */
export function placeholderModel(inputs: GuideInputs, issues: readonly FieldIssue[]): GuideModel {
  const errors = issues.filter((issue) => issue.severity === 'error');
  // Whether an error points at this field, optionally at one key or one index of it.
  const bad = (def: FieldDef, index?: number) =>
    errors.some(
      (e) =>
        e.field === def.field &&
        (e.key === undefined || def.key === undefined || e.key === def.key) &&
        (e.index === undefined || index === undefined || e.index === index),
    );
  const values = coerce(inputs) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const def: FieldDef = FIELDS[path];
    let value: unknown;
    if (def.kind === 'list') {
      const items = values[def.field] as string[];
      // An error on the whole list (too many items, a size limit) leaves one placeholder, not one per item.
      const whole = errors.some((e) => e.field === def.field && e.index === undefined);
      const kept = whole ? [def.placeholder] : items.map((item, index) => (item === '' || bad(def, index) ? def.placeholder : item));
      // Required lists show one placeholder item when empty; optional ones (planned repositories) stay empty.
      value = kept.length === 0 && def.required ? [def.placeholder] : kept;
    } else {
      const text = def.key === undefined ? (values[def.field] as string) : (values[def.field] as Record<string, string>)[def.key];
      value = text === '' || bad(def) ? def.placeholder : text;
    }
    if (def.key === undefined) out[def.field] = value;
    else ((out[def.field] ??= {}) as Record<string, unknown>)[def.key] = value;
  }
  const model = out as unknown as GuideInputs;
  const info = regionInfo(model.region);
  return {
    ...model,
    region: info ? model.region : PLACEHOLDERS.region,
    partition: info?.partition ?? 'aws',
    dnsSuffix: info?.dnsSuffix ?? 'amazonaws.com',
  };
}
