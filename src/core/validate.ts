/**
 * Validation of the reader's inputs by AWS's (and Kubernetes') own naming rules.
 *
 * Every value ends up inside JSON, YAML or shell text that the reader pastes into AWS,
 * so each field is held to a documented, ASCII-only safe character set: anything outside
 * it is an error, never silently fixed. Values are not trimmed here (the list parser trims
 * list items; a stray space in a scalar is reported so that the reader sees it).
 *
 * Decisions:
 * - Duplicates in a list (clusters, patterns, planned repositories) are errors on the later
 *   occurrence, rather than silently deduplicated: what the reader sees is what is generated.
 * - Role and policy names of the two roles must differ (IAM compares them case-insensitively).
 * - A repository pattern is valid when its characters are `[a-z0-9._/-]` or `*`, its length is
 *   2–256, and replacing every `*` with `a` yields a valid ECR name. That is exact: if any valid
 *   name matches the pattern, putting a letter in place of each `*` only separates the
 *   separators around it, and every prefix/suffix of a valid separator run is itself valid.
 * - Patterns made only of `*` are refused (they would grant push to every repository);
 *   `?` is refused (one-character wildcards are never what a reader means in a repo name).
 * - A pattern needs 3 fixed characters before its first wildcard (rules/pattern-breadth.ts), so
 *   no set of patterns can cover arbitrary repositories; each list has a maximum item count
 *   (rules/list-limits.ts), checked before its items. AWS's size limits are measured on the
 *   generated documents by limits.ts.
 * - Validators never throw, whatever they get (unicode, newlines, 100k characters, even
 *   non-string values from untyped callers): every problem becomes a {@link FieldIssue}.
 */
import { EXTERNAL_ID_CHAR } from './external-id.ts';
import { asList, asRecord, asText, coerce, FIELDS } from './fields.ts';
import { displayChar, displayValue, type IssueCode } from './messages.ts';
import { regionInfo } from './regions.ts';
import type { FieldIssue, FieldName, GuideInputs, GuideModel, KubernetesIdentity, RolePair, ValidationResult } from './types.ts';
import { wildcardMatch, matchesEverything } from './wildcard.ts';
import { isTooBroad, literalPrefix, MIN_LITERAL_PREFIX } from './rules/pattern-breadth.ts';
import { exceedsMaxItems, MAX_ITEMS, type CappedListField } from './rules/list-limits.ts';

/** Options of the validators. */
export interface ValidateOptions {
  /**
   * The vendor account ID this site is configured with. The customer's account ID is warned
   * about when it equals it, and `vendorAccountId` when it differs from it (a tampered link).
   */
  vendorAccountId?: string;
}

/** An AWS account ID: exactly 12 ASCII digits, leading zeros included. */
export const ACCOUNT_ID_PATTERN = /^[0-9]{12}$/;
/** An EKS cluster name: 1–100 characters, letters/digits/`-`/`_`, starting with a letter or digit. */
export const CLUSTER_NAME_PATTERN = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** ECR's repository name grammar (without the 2–256 length rule, see {@link isValidRepoName}). */
export const ECR_REPO_NAME_PATTERN =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
/** Characters IAM allows in role and policy names. */
export const IAM_NAME_PATTERN = /^[\w+=,.@-]+$/;
/** Our safe set for Kubernetes usernames and groups: starts with a letter/digit, then letters, digits, `-_.:@`. */
export const K8S_IDENTITY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/;
/** A Kubernetes namespace: an RFC 1123 label. */
export const NAMESPACE_PATTERN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** Prefixes Kubernetes/EKS reserve for their own users and groups (compared case-insensitively). */
export const RESERVED_K8S_PREFIXES: readonly string[] = ['system:', 'eks:', 'aws:', 'amazon:', 'iam:'];

/** Length limits of every field, in characters. */
export const LIMITS = {
  cluster: { min: FIELDS.clusters.minLength, max: FIELDS.clusters.maxLength },
  repo: { min: FIELDS.repos.minLength, max: FIELDS.repos.maxLength },
  roleName: { min: FIELDS['roleNames.repoPusher'].minLength, max: FIELDS['roleNames.repoPusher'].maxLength },
  policyName: { min: FIELDS['policyNames.repoPusher'].minLength, max: FIELDS['policyNames.repoPusher'].maxLength },
  k8sIdentity: { min: FIELDS['kubernetes.username'].minLength, max: FIELDS['kubernetes.username'].maxLength },
  namespace: { min: FIELDS['kubernetes.namespace'].minLength, max: FIELDS['kubernetes.namespace'].maxLength },
  externalId: { min: FIELDS.externalId.minLength, max: FIELDS.externalId.maxLength },
} as const;

// ---------------------------------------------------------------- value predicates

/** Whether `value` is a 12-digit AWS account ID. */
export function isValidAccountId(value: string): boolean {
  return ACCOUNT_ID_PATTERN.test(value);
}

/** Whether `value` is a valid EKS cluster name. */
export function isValidClusterName(value: string): boolean {
  return CLUSTER_NAME_PATTERN.test(value);
}

/** Whether `value` is a valid ECR repository name (grammar and 2–256 characters). */
export function isValidRepoName(value: string): boolean {
  return value.length >= LIMITS.repo.min && value.length <= LIMITS.repo.max && ECR_REPO_NAME_PATTERN.test(value);
}

/** Whether `value` is an acceptable repository name pattern (see the module comment). */
export function isValidRepoPattern(value: string): boolean {
  return repoPatternProblem(value) === undefined;
}

/** Whether `value` is a valid IAM role name. */
export function isValidRoleName(value: string): boolean {
  return value.length <= LIMITS.roleName.max && IAM_NAME_PATTERN.test(value);
}

/** Whether `value` is a valid IAM policy name. */
export function isValidPolicyName(value: string): boolean {
  return value.length <= LIMITS.policyName.max && IAM_NAME_PATTERN.test(value);
}

/** Whether `value` is an acceptable Kubernetes username or group (safe set, not reserved). */
export function isValidK8sIdentity(value: string): boolean {
  return value.length <= LIMITS.k8sIdentity.max && K8S_IDENTITY_PATTERN.test(value) && !hasReservedPrefix(value);
}

/** Whether `value` is a valid Kubernetes namespace name. */
export function isValidNamespace(value: string): boolean {
  return value.length <= LIMITS.namespace.max && NAMESPACE_PATTERN.test(value);
}

function hasReservedPrefix(value: string): boolean {
  const lower = value.toLowerCase();
  return RESERVED_K8S_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

// ---------------------------------------------------------------- helpers

// Untyped callers (URL parameters, CLI JSON) may pass anything: the field table's one coercion
// (a string, or an array of strings, is taken; anything else reads as empty), never throwing.
const str = (value: unknown): string => asText(value);
const list = (value: unknown): string[] => asList(value);
const record = asRecord;

// More items than the field takes: one error for the whole field, before any item is looked at
// (rules/list-limits.ts), so a 2,000-item list costs next to nothing.
function tooMany(field: CappedListField, items: readonly string[]): FieldIssue[] | undefined {
  if (!exceedsMaxItems(field, items.length)) return undefined;
  return [issue(field, 'error', { code: `${field}.tooMany`, params: { count: items.length, max: MAX_ITEMS[field] } })];
}

// Length in characters as a person counts them (code points), for messages and limits.
function charCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

// The first character (code point) that `allowed` (a one-character regex) refuses.
function firstBadChar(value: string, allowed: RegExp): string | undefined {
  for (const ch of value) if (!allowed.test(ch)) return ch;
  return undefined;
}

interface Problem {
  code: IssueCode;
  params?: Record<string, string | number>;
}

function issue(
  field: FieldName,
  severity: FieldIssue['severity'],
  problem: Problem,
  where: { key?: string; index?: number } = {},
): FieldIssue {
  const out: FieldIssue = { field, severity, code: problem.code };
  if (where.key !== undefined) out.key = where.key;
  if (where.index !== undefined) out.index = where.index;
  if (problem.params !== undefined) out.params = problem.params;
  return out;
}

function lengthProblem(
  code: IssueCode,
  value: string,
  limits: { min: number; max: number },
): Problem | undefined {
  const length = charCount(value);
  if (length >= limits.min && length <= limits.max) return undefined;
  return { code, params: { value: displayValue(value), length, min: limits.min, max: limits.max } };
}

function charsProblem(code: IssueCode, value: string, allowed: RegExp): Problem | undefined {
  const bad = firstBadChar(value, allowed);
  return bad === undefined ? undefined : { code, params: { value: displayValue(value), char: displayChar(bad) } };
}

// Validates every item of a list field, then reports later duplicates of otherwise valid items.
function checkList(
  field: FieldName,
  items: readonly string[],
  itemProblem: (value: string) => Problem | undefined,
  duplicateCode: IssueCode,
): { issues: FieldIssue[]; valid: string[] } {
  const issues: FieldIssue[] = [];
  const valid: string[] = [];
  const seen = new Set<string>();
  items.forEach((value, index) => {
    const problem = itemProblem(value);
    if (problem) {
      issues.push(issue(field, 'error', problem, { index }));
    } else if (seen.has(value)) {
      issues.push(issue(field, 'error', { code: duplicateCode, params: { value: displayValue(value) } }, { index }));
    } else {
      seen.add(value);
      valid.push(value);
    }
  });
  return { issues, valid };
}

// ---------------------------------------------------------------- item rules

function accountIdProblem(value: string, field: 'accountId' | 'vendorAccountId'): Problem | undefined {
  if (value === '') return { code: `${field}.required` };
  if (!isValidAccountId(value)) return { code: `${field}.pattern`, params: { value: displayValue(value) } };
  return undefined;
}

function clusterProblem(value: string): Problem | undefined {
  return (
    lengthProblem('clusters.length', value, LIMITS.cluster) ??
    charsProblem('clusters.chars', value, /^[A-Za-z0-9_-]$/) ??
    (isValidClusterName(value) ? undefined : { code: 'clusters.start', params: { value: displayValue(value) } })
  );
}

function repoPatternProblem(value: string): Problem | undefined {
  const shown = { value: displayValue(value) };
  if (matchesEverything(value)) return { code: 'repoPatterns.matchesAll', params: shown };
  const length = lengthProblem('repoPatterns.length', value, LIMITS.repo);
  if (length) return length;
  if (value.includes('?')) return { code: 'repoPatterns.questionMark', params: shown };
  const chars = charsProblem('repoPatterns.chars', value, /^[a-z0-9._/*-]$/);
  if (chars) return chars;
  if (!ECR_REPO_NAME_PATTERN.test(value.replaceAll('*', 'a'))) return { code: 'repoPatterns.format', params: shown };
  // Last, so a malformed pattern is told what is malformed first (rules/pattern-breadth.ts).
  if (isTooBroad(value)) {
    return { code: 'repoPatterns.tooBroad', params: { ...shown, prefix: literalPrefix(value), min: MIN_LITERAL_PREFIX } };
  }
  return undefined;
}

function repoProblem(value: string): Problem | undefined {
  const shown = { value: displayValue(value) };
  const length = lengthProblem('repos.length', value, LIMITS.repo);
  if (length) return length;
  if (value.includes('*') || value.includes('?')) return { code: 'repos.wildcard', params: shown };
  const chars = charsProblem('repos.chars', value, /^[a-z0-9._/-]$/);
  if (chars) return chars;
  if (!ECR_REPO_NAME_PATTERN.test(value)) return { code: 'repos.format', params: shown };
  return undefined;
}

function iamNameProblem(
  field: 'roleNames' | 'policyNames',
  value: string,
  limits: { min: number; max: number },
): Problem | undefined {
  if (value === '') return { code: `${field}.required` };
  return lengthProblem(`${field}.length`, value, limits) ?? charsProblem(`${field}.chars`, value, /^[\w+=,.@-]$/);
}

function k8sIdentityProblem(key: 'username' | 'group', value: string): Problem | undefined {
  const shown = { value: displayValue(value) };
  if (value === '') return { code: `kubernetes.${key}.required` };
  const length = charCount(value);
  if (length > LIMITS.k8sIdentity.max) {
    return { code: `kubernetes.${key}.length`, params: { ...shown, length, max: LIMITS.k8sIdentity.max } };
  }
  if (hasReservedPrefix(value)) return { code: `kubernetes.${key}.reserved`, params: shown };
  if (!K8S_IDENTITY_PATTERN.test(value)) return { code: `kubernetes.${key}.chars`, params: shown };
  return undefined;
}

function namespaceProblem(value: string): Problem | undefined {
  const shown = { value: displayValue(value) };
  if (value === '') return { code: 'kubernetes.namespace.required' };
  const length = charCount(value);
  if (length > LIMITS.namespace.max) {
    return { code: 'kubernetes.namespace.length', params: { ...shown, length, max: LIMITS.namespace.max } };
  }
  if (!NAMESPACE_PATTERN.test(value)) return { code: 'kubernetes.namespace.format', params: shown };
  return undefined;
}

// ---------------------------------------------------------------- field validators

/** `accountId`: required, 12 digits; a warning when it is the vendor's own account. */
export function validateAccountId(inputs: GuideInputs, opts: ValidateOptions = {}): FieldIssue[] {
  const value = str(inputs.accountId);
  const problem = accountIdProblem(value, 'accountId');
  if (problem) return [issue('accountId', 'error', problem)];
  const vendorIds = [str(inputs.vendorAccountId), str(opts.vendorAccountId)];
  if (vendorIds.includes(value)) {
    return [issue('accountId', 'warning', { code: 'accountId.sameAsVendor', params: { value } })];
  }
  return [];
}

/** `vendorAccountId`: required, 12 digits; a warning when it differs from the configured vendor account. */
export function validateVendorAccountId(inputs: GuideInputs, opts: ValidateOptions = {}): FieldIssue[] {
  const value = str(inputs.vendorAccountId);
  const problem = accountIdProblem(value, 'vendorAccountId');
  if (problem) return [issue('vendorAccountId', 'error', problem)];
  const expected = str(opts.vendorAccountId);
  if (isValidAccountId(expected) && expected !== value) {
    return [issue('vendorAccountId', 'warning', { code: 'vendorAccountId.differs', params: { value, expected } })];
  }
  return [];
}

/** `region`: a region of {@link regionInfo}; a warning outside the commercial partition. */
export function validateRegion(inputs: GuideInputs): FieldIssue[] {
  const value = str(inputs.region);
  if (value === '') return [issue('region', 'error', { code: 'region.required' })];
  const info = regionInfo(value);
  if (!info) return [issue('region', 'error', { code: 'region.unknown', params: { value: displayValue(value) } })];
  if (info.partition !== 'aws') {
    return [issue('region', 'warning', { code: 'region.otherPartition', params: { value, partition: info.partition } })];
  }
  return [];
}

/** `clusters`: one or more valid, distinct EKS cluster names. */
export function validateClusters(inputs: GuideInputs): FieldIssue[] {
  const items = list(inputs.clusters);
  if (items.length === 0) return [issue('clusters', 'error', { code: 'clusters.required' })];
  const capped = tooMany('clusters', items);
  if (capped) return capped;
  return checkList('clusters', items, clusterProblem, 'clusters.duplicate').issues;
}

/** `repoPatterns`: one or more valid, distinct patterns, none matching every repository. */
export function validateRepoPatterns(inputs: GuideInputs): FieldIssue[] {
  const items = list(inputs.repoPatterns);
  if (items.length === 0) return [issue('repoPatterns', 'error', { code: 'repoPatterns.required' })];
  const capped = tooMany('repoPatterns', items);
  if (capped) return capped;
  return checkList('repoPatterns', items, repoPatternProblem, 'repoPatterns.duplicate').issues;
}

// How many patterns a coverage warning names before eliding the rest.
const PATTERNS_SHOWN = 5;

/**
 * `repos`: zero or more valid, distinct ECR repository names. A valid name that none of the
 * valid patterns covers is a warning (the pusher policy would not let us push to it).
 */
export function validateRepos(inputs: GuideInputs): FieldIssue[] {
  const capped = tooMany('repos', list(inputs.repos));
  if (capped) return capped;
  const { issues, valid } = checkList('repos', list(inputs.repos), repoProblem, 'repos.duplicate');
  const rawPatterns = list(inputs.repoPatterns);
  const patterns = exceedsMaxItems('repoPatterns', rawPatterns.length) ? [] : rawPatterns.filter(isValidRepoPattern);
  // Without any valid pattern (or with too many) the patterns field already shows an error; "not covered" would be noise.
  if (patterns.length === 0) return issues;
  const shownPatterns =
    patterns.slice(0, PATTERNS_SHOWN).join(', ') + (patterns.length > PATTERNS_SHOWN ? ', …' : '');
  const validSet = new Set(valid);
  list(inputs.repos).forEach((name, index) => {
    // Each valid name is checked once, at its first occurrence; later ones already carry a duplicate error.
    if (!validSet.delete(name)) return;
    if (!patterns.some((pattern) => wildcardMatch(pattern, name))) {
      issues.push(
        issue('repos', 'warning', { code: 'repos.uncovered', params: { name, patterns: shownPatterns } }, { index }),
      );
    }
  });
  return issues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

const PAIR_KEYS = ['repoPusher', 'eksDeployer'] as const satisfies readonly (keyof RolePair)[];

function validatePair(field: 'roleNames' | 'policyNames', pair: unknown, limits: { min: number; max: number }): FieldIssue[] {
  const values = record(pair);
  const issues: FieldIssue[] = [];
  for (const key of PAIR_KEYS) {
    const problem = iamNameProblem(field, str(values[key]), limits);
    if (problem) issues.push(issue(field, 'error', problem, { key }));
  }
  const a = str(values['repoPusher']);
  const b = str(values['eksDeployer']);
  // IAM names are unique case-insensitively, so `Foo` and `foo` would collide in the account.
  if (issues.length === 0 && a.toLowerCase() === b.toLowerCase()) {
    issues.push(issue(field, 'error', { code: `${field}.same`, params: { value: b } }, { key: 'eksDeployer' }));
  }
  return issues;
}

/** `roleNames`: two valid, different IAM role names (1–64 characters). */
export function validateRoleNames(inputs: GuideInputs): FieldIssue[] {
  return validatePair('roleNames', inputs.roleNames, LIMITS.roleName);
}

/** `policyNames`: two valid, different IAM policy names (1–128 characters). */
export function validatePolicyNames(inputs: GuideInputs): FieldIssue[] {
  return validatePair('policyNames', inputs.policyNames, LIMITS.policyName);
}

/**
 * `kubernetes`: username and group in our safe set and not under a reserved prefix
 * (so `system:masters` is refused), namespace an RFC 1123 label; a warning for `kube-*` namespaces.
 */
export function validateKubernetes(inputs: GuideInputs): FieldIssue[] {
  const k = record(inputs.kubernetes);
  const issues: FieldIssue[] = [];
  for (const key of ['username', 'group'] as const satisfies readonly (keyof KubernetesIdentity)[]) {
    const problem = k8sIdentityProblem(key, str(k[key]));
    if (problem) issues.push(issue('kubernetes', 'error', problem, { key }));
  }
  const namespace = str(k['namespace']);
  const problem = namespaceProblem(namespace);
  if (problem) {
    issues.push(issue('kubernetes', 'error', problem, { key: 'namespace' }));
  } else if (namespace.startsWith('kube-')) {
    issues.push(
      issue('kubernetes', 'warning', { code: 'kubernetes.namespace.system', params: { value: namespace } }, { key: 'namespace' }),
    );
  }
  return issues;
}

/** `externalId`: required, 2–1224 characters of `[\w+=,.@:/-]`. */
export function validateExternalId(inputs: GuideInputs): FieldIssue[] {
  const value = str(inputs.externalId);
  if (value === '') return [issue('externalId', 'error', { code: 'externalId.required' })];
  const problem =
    lengthProblem('externalId.length', value, LIMITS.externalId) ??
    charsProblem('externalId.chars', value, EXTERNAL_ID_CHAR);
  return problem ? [issue('externalId', 'error', problem)] : [];
}

/** One validator per field, each reading only what it needs from the whole inputs. */
export const FIELD_VALIDATORS: {
  readonly [F in FieldName]: (inputs: GuideInputs, opts?: ValidateOptions) => FieldIssue[];
} = {
  accountId: validateAccountId,
  vendorAccountId: validateVendorAccountId,
  region: validateRegion,
  clusters: validateClusters,
  repoPatterns: validateRepoPatterns,
  repos: validateRepos,
  roleNames: validateRoleNames,
  policyNames: validatePolicyNames,
  kubernetes: validateKubernetes,
  externalId: validateExternalId,
};

/** Field names in form order. */
export const FIELD_NAMES: readonly FieldName[] = Object.keys(FIELD_VALIDATORS) as FieldName[];

/** Issues (errors and warnings) of one field, for validating as the reader types. Unknown fields have none. */
export function validateField(field: FieldName, inputs: GuideInputs, opts: ValidateOptions = {}): FieldIssue[] {
  if (!Object.hasOwn(FIELD_VALIDATORS, field)) return [];
  return FIELD_VALIDATORS[field](record(inputs) as unknown as GuideInputs, opts);
}

/** Validates every field; on success also derives the partition and DNS suffix of the region. */
export function validateInputs(inputs: GuideInputs, opts: ValidateOptions = {}): ValidationResult {
  inputs = record(inputs) as unknown as GuideInputs;
  const all = FIELD_NAMES.flatMap((field) => validateField(field, inputs, opts));
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  const region = regionInfo(str(inputs.region));
  if (errors.length > 0 || !region) return { ok: false, errors, warnings };
  // Built with the field table's one coercion, so an untyped caller's odd types never reach the builders.
  const model: GuideModel = {
    ...coerce(inputs),
    region: region.code,
    partition: region.partition,
    dnsSuffix: region.dnsSuffix,
  };
  return { ok: true, model, warnings };
}
