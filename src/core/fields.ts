/**
 * The field table: one row per value that reaches a generated file, and everything the
 * rest of the project derives from it (key lists, which values a link or storage may
 * carry, list handling, CLI flags, the settings that pre-fill each field, and the one
 * coercion of untrusted data).
 *
 * Adding a field starts with its key in `GuideInputs` (types.ts: the compiler then asks for
 * the row and its validator); the whole checklist, with the places nothing asks for, is the
 * README's "Adding a field".
 *
 * Pure and a leaf: no DOM, no Node, and no import of validate.ts or messages.ts, so the
 * browser stores and the CLI can import it cheaply and validate.ts can import it.
 */
import { EXTERNAL_ID_MAX_LENGTH, EXTERNAL_ID_MIN_LENGTH } from './external-id.ts';
import type { FieldName, GuideInputs } from './types.ts';

/** A dotted path to one leaf of {@link GuideInputs}: `accountId`, `clusters`, `roleNames.repoPusher`… */
export type FieldPath = {
  [K in keyof GuideInputs & string]: Exclude<GuideInputs[K], undefined> extends string | readonly string[]
    ? K
    : `${K}.${keyof Exclude<GuideInputs[K], undefined> & string}`;
}[keyof GuideInputs & string];

/**
 * Who a value belongs to, which decides where it may come from:
 * - `reader`: typed by the reader; kept in localStorage, may come from a link (as a proposal);
 * - `settings`: the vendor's build-time settings only, never from storage or a link (a crafted
 *   link must not make a customer trust a stranger's account or map us to `system:masters`);
 * - `secret`: the ExternalId; generated or pasted in the page, kept in sessionStorage, never in a
 *   link, a URL or a request.
 */
export type FieldOwner = 'reader' | 'settings' | 'secret';

/** One row of the field table. */
export interface FieldDef {
  /** Top-level key of {@link GuideInputs} (and of `FieldIssue.field`). */
  readonly field: FieldName;
  /** Sub-key for the nested fields (`FieldIssue.key`), absent for top-level ones. */
  readonly key?: string;
  /** `scalar`: one string; `list`: a list of strings, typed one per line or comma-separated. */
  readonly kind: 'scalar' | 'list';
  readonly owner: FieldOwner;
  /** Whether a "link with values" may propose it (reader fields only, by the trust rule above). */
  readonly link: boolean;
  /** What the snippets show while the value is missing or invalid (`<UPPER_SNAKE>`, see placeholders.ts). */
  readonly placeholder: string;
  /** Scalars: the value must be non-empty. Lists: at least one item (a placeholder item is shown otherwise). */
  readonly required: boolean;
  /** Length of one value (one item of a list), in characters, as AWS / Kubernetes define it. */
  readonly minLength: number;
  /** @see minLength */
  readonly maxLength: number;
  /** Lists only: the most items accepted (see the comment on each row for why it fits AWS's limits). */
  readonly maxItems?: number;
  /**
   * `false`: the value gets no highlighting slot of its own in the snippets (it is fixed text,
   * with the values inside it marked: the vendor's role ARNs hold the vendor account ID). Every
   * other path is a slot kind (src/highlight/runtime/markers.ts).
   */
  readonly slot?: false;
  /**
   * An optional enterprise guard-rail (issue 10.4): the values panel shows it in its own group,
   * apart from the values every snippet needs. Reader fields only.
   */
  readonly guardRail?: true;
  /** Prefix of the issue codes of this value in the message catalogue (`<prefix>.<rule>`). */
  readonly issuePrefix: string;
  /** CLI flag (without `--`) that sets it; lists are repeatable flags. Absent: settings only. */
  readonly cli?: string;
  /** Path of the vendor setting that pre-fills it (`defaultClusters`, `roleNames.repoPusher`…). */
  readonly setting?: string;
  /** Environment variable overriding that setting at build time / when the CLI starts. */
  readonly env?: string;
  /** One English sentence: what the value is (settings descriptions, CLI help). */
  readonly description: string;
}

/**
 * The table, in form order (also the order of messages, flags and settings). The highlighting
 * slot kind of a value is its path, unless its row says `slot: false` (`src/highlight/runtime/markers.ts`).
 *
 * List sizes, checked against AWS's limits (the worst case is every item at its maximum length in
 * the longest partition, `aws-us-gov`; `tests/unit/core/fields.test.ts` builds those documents):
 * - clusters ≤ 20: the EKS deployer policy holds one cluster ARN (≤ 153 characters) per cluster,
 *   3,273 characters without whitespace at worst, under IAM's 6,144 for a managed policy; the CloudFormation
 *   template takes one parameter per cluster and per pattern (+ 3), 39 at most, under the 200 limit.
 * - repoPatterns ≤ 16: one repository ARN (≤ 312 characters) per pattern, 5,471 at worst with the
 *   actions, under the 6,144 of a managed policy (20 patterns of 256 characters give 6,735).
 * - repos ≤ 50: planned names only appear in the handoff sheet; the bound keeps the page responsive.
 * IAM quotas: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html;
 * CloudFormation quotas: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
export const FIELDS = {
  accountId: {
    field: 'accountId', kind: 'scalar', owner: 'reader', link: true, placeholder: '<YOUR_ACCOUNT_ID>',
    required: true, minLength: 12, maxLength: 12, issuePrefix: 'accountId', cli: 'account-id',
    description: "The customer's AWS account ID (12 digits), where the roles are created.",
  },
  vendorAccountId: {
    field: 'vendorAccountId', kind: 'scalar', owner: 'settings', link: false, placeholder: '<VENDOR_ACCOUNT_ID>',
    required: true, minLength: 12, maxLength: 12, issuePrefix: 'vendorAccountId', cli: 'vendor-account-id',
    setting: 'vendorAccountId', env: 'VENDOR_ACCOUNT_ID',
    description: "Our AWS account ID, the principal the customer's roles trust (12 digits).",
  },
  // ≤ 10 ARNs; each is checked for the IAM role ARN form (path ≤ 512, name ≤ 64), and the trust
  // policy built with them (and with both ExternalIds while rotating) is checked against IAM's
  // 2,048-character trust-policy quota (src/core/rules/trust-size.ts), which is the real bound.
  trustedVendorRoleArns: {
    field: 'trustedVendorRoleArns', kind: 'list', owner: 'settings', link: false, slot: false, placeholder: '<VENDOR_ROLE_ARN>',
    required: false, minLength: 20, maxLength: 2048, maxItems: 10, issuePrefix: 'trustedVendorRoleArns',
    cli: 'vendor-role-arn', setting: 'trustedVendorRoleArns', env: 'VENDOR_TRUSTED_ROLE_ARNS',
    description:
      "Our IAM role ARNs the customer's roles trust instead of our account root (comma-separated; empty: trust the account root).",
  },
  region: {
    field: 'region', kind: 'scalar', owner: 'reader', link: true, placeholder: '<REGION>',
    required: true, minLength: 1, maxLength: 32, issuePrefix: 'region', cli: 'region',
    setting: 'defaultRegion', env: 'VENDOR_DEFAULT_REGION',
    description: 'AWS region of the ECR repositories and EKS clusters (a known region code).',
  },
  clusters: {
    field: 'clusters', kind: 'list', owner: 'reader', link: true, placeholder: '<CLUSTER_NAME>',
    required: true, minLength: 1, maxLength: 100, maxItems: 20, issuePrefix: 'clusters', cli: 'cluster',
    setting: 'defaultClusters', env: 'VENDOR_DEFAULT_CLUSTERS',
    description: 'EKS cluster names the deployer role may describe (comma-separated in the environment).',
  },
  repoPatterns: {
    field: 'repoPatterns', kind: 'list', owner: 'reader', link: true, placeholder: '<REPOSITORY_PATTERN>',
    required: true, minLength: 2, maxLength: 256, maxItems: 16, issuePrefix: 'repoPatterns', cli: 'repo-pattern',
    setting: 'repoPatterns', env: 'VENDOR_REPO_PATTERNS',
    description: 'ECR repository name patterns (* = any characters) the pusher role may push to; not "*".',
  },
  repos: {
    field: 'repos', kind: 'list', owner: 'reader', link: true, placeholder: '<REPOSITORY_NAME>',
    required: false, minLength: 2, maxLength: 256, maxItems: 50, issuePrefix: 'repos', cli: 'repo',
    setting: 'plannedRepos', env: 'VENDOR_PLANNED_REPOS',
    description: 'ECR repository names we plan to push to (for the handoff sheet and coverage warnings).',
  },
  // IAM's PermissionsBoundary: a managed policy ARN, 20–2048 characters (API_CreateRole).
  permissionsBoundary: {
    field: 'permissionsBoundary', kind: 'scalar', owner: 'reader', link: true, guardRail: true, placeholder: '<PERMISSIONS_BOUNDARY_ARN>',
    required: false, minLength: 20, maxLength: 2048, issuePrefix: 'permissionsBoundary', cli: 'permissions-boundary',
    description: 'Optional: ARN of the managed policy set as the permissions boundary of both roles.',
  },
  // IAM's tag rules: at most 50 tags per resource, key 1–128 and value 0–256 characters (API_Tag);
  // an item is `key=value`, so 1 + 1 + 256 + 128 characters at most.
  tags: {
    field: 'tags', kind: 'list', owner: 'reader', link: true, guardRail: true, placeholder: '<TAG>',
    required: false, minLength: 2, maxLength: 385, maxItems: 50, issuePrefix: 'tags', cli: 'tag',
    description: 'Optional: tags (key=value, one per line) put on both roles and, where IAM allows, their policies.',
  },
  'roleNames.repoPusher': {
    field: 'roleNames', key: 'repoPusher', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<REPO_PUSHER_ROLE_NAME>', required: true, minLength: 1, maxLength: 64, issuePrefix: 'roleNames',
    setting: 'roleNames.repoPusher', env: 'VENDOR_ROLE_NAME_REPO_PUSHER',
    description: 'IAM role name of the ECR push role.',
  },
  'roleNames.eksDeployer': {
    field: 'roleNames', key: 'eksDeployer', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<EKS_DEPLOYER_ROLE_NAME>', required: true, minLength: 1, maxLength: 64, issuePrefix: 'roleNames',
    setting: 'roleNames.eksDeployer', env: 'VENDOR_ROLE_NAME_EKS_DEPLOYER',
    description: 'IAM role name of the EKS deploy role.',
  },
  'policyNames.repoPusher': {
    field: 'policyNames', key: 'repoPusher', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<REPO_PUSHER_POLICY_NAME>', required: true, minLength: 1, maxLength: 128, issuePrefix: 'policyNames',
    setting: 'policyNames.repoPusher', env: 'VENDOR_POLICY_NAME_REPO_PUSHER',
    description: 'IAM managed policy name of the ECR push role.',
  },
  'policyNames.eksDeployer': {
    field: 'policyNames', key: 'eksDeployer', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<EKS_DEPLOYER_POLICY_NAME>', required: true, minLength: 1, maxLength: 128, issuePrefix: 'policyNames',
    setting: 'policyNames.eksDeployer', env: 'VENDOR_POLICY_NAME_EKS_DEPLOYER',
    description: 'IAM managed policy name of the EKS deploy role.',
  },
  'kubernetes.username': {
    field: 'kubernetes', key: 'username', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<K8S_USERNAME>', required: true, minLength: 1, maxLength: 253, issuePrefix: 'kubernetes.username',
    setting: 'kubernetes.username', env: 'VENDOR_K8S_USERNAME',
    description: 'Kubernetes username our deployer role is mapped to (no system:-style prefix).',
  },
  'kubernetes.group': {
    field: 'kubernetes', key: 'group', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<K8S_GROUP>', required: true, minLength: 1, maxLength: 253, issuePrefix: 'kubernetes.group',
    setting: 'kubernetes.group', env: 'VENDOR_K8S_GROUP',
    description: 'Kubernetes group our deployer role is mapped to (never system:masters).',
  },
  'kubernetes.namespace': {
    field: 'kubernetes', key: 'namespace', kind: 'scalar', owner: 'settings', link: false,
    placeholder: '<K8S_NAMESPACE>', required: true, minLength: 1, maxLength: 63, issuePrefix: 'kubernetes.namespace',
    setting: 'kubernetes.namespace', env: 'VENDOR_K8S_NAMESPACE',
    description: 'Kubernetes namespace our Role and RoleBinding live in (an RFC 1123 label).',
  },
  externalId: {
    field: 'externalId', kind: 'scalar', owner: 'secret', link: false, placeholder: '<EXTERNAL_ID>',
    required: true, minLength: EXTERNAL_ID_MIN_LENGTH, maxLength: EXTERNAL_ID_MAX_LENGTH, issuePrefix: 'externalId',
    cli: 'external-id',
    description: 'The ExternalId both trust policies require (secret; generated when not given).',
  },
  previousExternalId: {
    field: 'previousExternalId', kind: 'scalar', owner: 'secret', link: false, placeholder: '<PREVIOUS_EXTERNAL_ID>',
    required: false, minLength: EXTERNAL_ID_MIN_LENGTH, maxLength: EXTERNAL_ID_MAX_LENGTH, issuePrefix: 'previousExternalId',
    cli: 'previous-external-id',
    description:
      'Optional, secret: the ExternalId being rotated out; with it the trust accepts both IDs (the overlap), without it only the new one.',
  },
} as const satisfies { readonly [P in FieldPath]: FieldDef };

/** Every path, in form order. */
export const FIELD_PATHS: readonly FieldPath[] = Object.keys(FIELDS) as FieldPath[];

/** A path whose value has a highlighting slot of its own (every row without `slot: false`). */
export type SlotPath = { [P in FieldPath]: (typeof FIELDS)[P] extends { readonly slot: false } ? never : P }[FieldPath];

/** The slot paths, in form order. */
export const SLOT_PATHS: readonly SlotPath[] = FIELD_PATHS.filter((p) => !('slot' in FIELDS[p])) as SlotPath[];

/** The row of `path`. */
export function fieldDef(path: FieldPath): FieldDef {
  return FIELDS[path];
}

/** Paths whose rows satisfy `test`, in form order. */
function pathsWhere(test: (def: FieldDef) => boolean): FieldPath[] {
  return FIELD_PATHS.filter((path) => test(FIELDS[path]));
}

/** A path of a top-level reader field (typed by the reader). */
export type ReaderPath = {
  [P in FieldPath]: (typeof FIELDS)[P]['owner'] extends 'reader' ? P : never;
}[FieldPath];

/** The reader's fields in form order: what the values panel edits and localStorage keeps. */
export const READER_PATHS: readonly ReaderPath[] = pathsWhere((d) => d.owner === 'reader') as ReaderPath[];

/** A path of a field a link may propose. */
export type LinkPath = {
  [P in FieldPath]: (typeof FIELDS)[P]['link'] extends true ? P : never;
}[FieldPath];

/** Fields a "link with values" may carry, in form order (every one a reader field). */
export const LINK_PATHS: readonly LinkPath[] = pathsWhere((d) => d.link) as LinkPath[];

/** Paths of list fields. */
export const LIST_PATHS: readonly FieldPath[] = pathsWhere((d) => d.kind === 'list');

/** Paths of values owned by the vendor settings (never from storage or a link). */
export const SETTINGS_PATHS: readonly FieldPath[] = pathsWhere((d) => d.owner === 'settings');

/** Paths of secret values (the ExternalId): never in a link, a URL, localStorage by default, or a request. */
export const SECRET_PATHS: readonly FieldPath[] = pathsWhere((d) => d.owner === 'secret');

/** Top-level fields that hold a secret; an artifact using one of them contains a secret. */
export const SECRET_FIELDS: ReadonlySet<FieldName> = new Set(SECRET_PATHS.map((p) => FIELDS[p].field));

/** Whether `path` is a list field. */
export function isListPath(path: FieldPath): boolean {
  return FIELDS[path].kind === 'list';
}

/** Whether `key` (untrusted: a query key, a stored key) is a reader path. */
export function isReaderPath(key: unknown): key is ReaderPath {
  return typeof key === 'string' && (READER_PATHS as readonly string[]).includes(key);
}

/** Whether `key` (untrusted) is a path a link may carry. */
export function isLinkPath(key: unknown): key is LinkPath {
  return typeof key === 'string' && (LINK_PATHS as readonly string[]).includes(key);
}

/** The path of one issue (`field` plus its `key` for the nested fields). */
export function issuePath(issue: { field: FieldName; key?: string }): FieldPath | undefined {
  const path = issue.key === undefined ? issue.field : `${issue.field}.${issue.key}`;
  return Object.hasOwn(FIELDS, path) ? (path as FieldPath) : undefined;
}

/**
 * Longest text accepted for one field from storage or a link before parsing: every item at its
 * maximum length plus a separator, for the maximum number of items. Longer text cannot be
 * valid, so it is dropped rather than cut (a cut value would be a different value).
 */
export function maxTextLength(path: FieldPath): number {
  const def: FieldDef = FIELDS[path];
  return def.kind === 'list' ? (def.maxItems ?? 1) * (def.maxLength + 1) : def.maxLength;
}

// ---------------------------------------------------------------- list handling

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

/** A list field as one link parameter or environment value: comma-separated items. */
export function joinListField(items: readonly string[]): string {
  return items.join(',');
}

// ---------------------------------------------------------------- coercion of untrusted data

/** `value` when it is a string, otherwise `fallback`: untyped data never becomes text by accident. */
export function asText(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** A copy of `value` when it is an array of strings only, otherwise a copy of `fallback`. */
export function asList(value: unknown, fallback: readonly string[] = []): string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])] : [...fallback];
}

/** `value` when it is a non-null object, otherwise an empty record; read it with `Object.hasOwn` guards. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The value at dotted `path` in untyped `source` (own properties only, so `__proto__` reads nothing). */
export function valueAt(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split('.')) {
    const record = asRecord(node);
    node = Object.hasOwn(record, part) ? record[part] : undefined;
  }
  return node;
}

/** Inputs with every value empty: the fallback of {@link coerce}. */
export function emptyInputs(): GuideInputs {
  return coerce(undefined, undefined);
}

/**
 * The one coercion of untrusted data into {@link GuideInputs} (stored state, link
 * parameters, CLI JSON, untyped callers of the validators): every field of the table is read
 * from `raw` by its path; a string (for a list, an array of strings) is taken verbatim, and
 * anything else — absent, `undefined`, a number, a mixed array, an object — keeps the value of
 * `base` (empty when there is none). Unknown keys are ignored and `raw` is never mutated.
 * Values are not trimmed or checked here: validation decides whether they are acceptable.
 * Never throws.
 */
export function coerce(raw: unknown, base?: GuideInputs): GuideInputs {
  const out: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const def: FieldDef = FIELDS[path];
    const value = valueAt(raw, path);
    const fallback = base === undefined ? undefined : valueAt(base, path);
    const coerced = def.kind === 'list' ? asList(value, asList(fallback)) : asText(value, asText(fallback));
    if (def.key === undefined) {
      out[def.field] = coerced;
    } else {
      const group = (out[def.field] ??= {}) as Record<string, unknown>;
      group[def.key] = coerced;
    }
  }
  return out as unknown as GuideInputs;
}

/**
 * The inputs the guide starts with, from the settings: each field with a `setting` takes that
 * setting's value (lists copied), the others (the customer's account ID, the ExternalId) start
 * empty. `settings` is read by the table's paths, so the core needs no type from `config/`.
 */
export function inputsFromSettings(settings: object): GuideInputs {
  const raw: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const def: FieldDef = FIELDS[path];
    if (def.setting === undefined) continue;
    const value = valueAt(settings, def.setting);
    if (def.key === undefined) raw[def.field] = value;
    else ((raw[def.field] ??= {}) as Record<string, unknown>)[def.key] = value;
  }
  return coerce(raw);
}

/** The reader's values as typed in the form: one text per reader field (lists one item per line). */
export type ReaderTexts = Record<ReaderPath, string>;

/** The form texts of `inputs`' reader fields (lists one item per line). */
export function readerTexts(inputs: GuideInputs): ReaderTexts {
  const out = {} as Record<ReaderPath, string>;
  for (const path of READER_PATHS) {
    const value = valueAt(inputs, path);
    out[path] = isListPath(path) ? formatListField(asList(value)) : asText(value);
  }
  return out;
}

/**
 * `base` with the reader's form texts applied (lists parsed). Only reader fields are read from
 * `texts`, whatever else it holds, so settings-owned values and the ExternalId stay those of
 * `base`. Non-string texts are ignored.
 */
export function withReaderTexts(base: GuideInputs, texts: unknown): GuideInputs {
  const raw: Record<string, unknown> = {};
  const source = asRecord(texts);
  for (const path of READER_PATHS) {
    if (!Object.hasOwn(source, path) || typeof source[path] !== 'string') continue;
    raw[path] = isListPath(path) ? parseListField(source[path]) : source[path];
  }
  return coerce(raw, base);
}

/** The CLI flag of each field that has one, e.g. `accountId → --account-id` (derived from the table). */
export const FLAG_OF: Readonly<Partial<Record<FieldName, string>>> = /* @__PURE__ */ Object.fromEntries(
  FIELD_PATHS.flatMap((path) => {
    const def: FieldDef = FIELDS[path];
    return def.cli === undefined ? [] : [[def.field, `--${def.cli}`]];
  }),
);
