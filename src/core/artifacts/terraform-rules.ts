/**
 * The core's validation rules as Terraform `validation` conditions for `vendor-roles.tf`, built
 * from the core's own constants (one home: `validate.ts`, `external-id.ts`,
 * `rules/pattern-breadth.ts`, `rules/iam-arn.ts`, `rules/tags.ts`), never restated by hand, so
 * a reader who edits a variable's default gets the guide's rule at `terraform plan`.
 *
 * Terraform's `regex` is Go's RE2: no lookaround, no back-references, and at most 1000 for a
 * repetition count. The core's patterns are written in that common subset except where noted
 * here, and tests compile every regex below as a JavaScript regex and check that it has no
 * lookaround and agrees with the core's validators.
 * https://developer.hashicorp.com/terraform/language/functions/regex
 */
import { EXTERNAL_ID_CHAR, EXTERNAL_ID_MAX_LENGTH, EXTERNAL_ID_MIN_LENGTH } from '../external-id.ts';
import { POLICY_ARN_PATTERN } from '../rules/iam-arn.ts';
import { MIN_LITERAL_PREFIX } from '../rules/pattern-breadth.ts';
import { TAG_CHAR, TAG_KEY_MAX_LENGTH, TAG_MAX_COUNT, TAG_RESERVED_PREFIX, TAG_VALUE_MAX_LENGTH } from '../rules/tags.ts';
import { ACCOUNT_ID_PATTERN, CLUSTER_NAME_PATTERN, ECR_REPO_NAME_PATTERN, LIMITS } from '../validate.ts';
import { hclString } from './hcl.ts';

/**
 * `^[…]+$` (or `*`: empty allowed) from a one-character pattern `^[…]$` (the core states allowed
 * characters one at a time; lengths are checked with `length()`, since 1224 is beyond RE2's
 * repetition limit).
 */
export function charRunPattern(oneChar: RegExp, repeat: '+' | '*'): string {
  const m = /^\^(\[.*\])\$$/.exec(oneChar.source);
  if (!m) throw new Error(`not a one-character class pattern: ${oneChar.source}`);
  return `^${m[1]}${repeat}$`;
}

/** RE2 patterns of the conditions (exported for the tests). */
export const TF_PATTERNS = {
  accountId: ACCOUNT_ID_PATTERN.source,
  externalId: charRunPattern(EXTERNAL_ID_CHAR, '+'),
  cluster: CLUSTER_NAME_PATTERN.source,
  /** ECR's name grammar; a pattern is checked with each `*` replaced by a letter, as the core does. */
  repoName: ECR_REPO_NAME_PATTERN.source,
  /** A wildcard with fewer than MIN_LITERAL_PREFIX fixed characters before it (`isTooBroad`). */
  tooBroad: `^[^*?]{0,${MIN_LITERAL_PREFIX - 1}}[*?]`,
  policyArn: POLICY_ARN_PATTERN.source,
  tagText: charRunPattern(TAG_CHAR, '*'),
} as const;

const re = (name: keyof typeof TF_PATTERNS) => hclString(TF_PATTERNS[name]);

/** The condition an ExternalId variable (`var.<name>`) must meet: STS's length and characters. */
export function externalIdCondition(variable: string): string {
  return `length(${variable}) >= ${EXTERNAL_ID_MIN_LENGTH} && length(${variable}) <= ${EXTERNAL_ID_MAX_LENGTH} && can(regex(${re('externalId')}, ${variable}))`;
}

/** Its error message. */
export function externalIdMessage(name: string): string {
  return `${name} must be ${EXTERNAL_ID_MIN_LENGTH}-${EXTERNAL_ID_MAX_LENGTH} characters: letters, digits and + = , . @ : / - _`;
}

/** `vendor_account_id`: 12 digits. */
export function accountIdCondition(variable: string): string {
  return `can(regex(${re('accountId')}, ${variable}))`;
}

/** `cluster_names`: at least one, each an EKS cluster name. */
export function clustersCondition(variable: string): string {
  return `length(${variable}) > 0 && alltrue([for name in ${variable} : can(regex(${re('cluster')}, name))])`;
}

/** Its error message. */
export const CLUSTERS_MESSAGE = `Each cluster name: ${LIMITS.cluster.min}-${LIMITS.cluster.max} letters, digits, hyphens or underscores, starting with a letter or digit.`;

/**
 * `repository_patterns`: at least one; each 2–256 characters, a valid ECR name once every `*`
 * is a letter (which also refuses `?` and any other character), and at least
 * MIN_LITERAL_PREFIX fixed characters before its first wildcard (so `*` alone too).
 */
export function repoPatternsCondition(variable: string): string {
  return (
    `length(${variable}) > 0 && alltrue([for p in ${variable} : length(p) >= ${LIMITS.repo.min} && length(p) <= ${LIMITS.repo.max}` +
    ` && can(regex(${re('repoName')}, replace(p, "*", "a"))) && !can(regex(${re('tooBroad')}, p))])`
  );
}

/** Its error message. */
export const REPO_PATTERNS_MESSAGE = `Each pattern: an ECR repository name (lowercase letters, digits, separators . _ - / between them) where * stands for any characters, with at least ${MIN_LITERAL_PREFIX} fixed characters before the first *.`;

/** `permissions_boundary`: a managed policy ARN (the account and partition checks stay the guide's). */
export function boundaryCondition(variable: string): string {
  return `can(regex(${re('policyArn')}, ${variable}))`;
}

/** Its error message. */
export const BOUNDARY_MESSAGE = 'permissions_boundary must be a managed policy ARN: arn:<partition>:iam::<account ID or aws>:policy/<path/>name.';

/** `tags`: IAM's tag rules (count, key and value lengths and characters, reserved prefix). */
export function tagsCondition(variable: string): string {
  const k = 'tag.key';
  const v = 'tag.value';
  return (
    `length(${variable}) <= ${TAG_MAX_COUNT} && alltrue([for tag in ${variable} : length(${k}) >= 1 && length(${k}) <= ${TAG_KEY_MAX_LENGTH}` +
    ` && length(${v}) <= ${TAG_VALUE_MAX_LENGTH} && can(regex(${re('tagText')}, ${k})) && can(regex(${re('tagText')}, ${v}))` +
    // The core's space rule (rules/tags.ts): no space right before or after the `=`.
    ` && !endswith(${k}, " ") && !startswith(${v}, " ") && !startswith(lower(${k}), ${hclString(TAG_RESERVED_PREFIX)})])`
  );
}

/** Its error message. */
export const TAGS_MESSAGE = `At most ${TAG_MAX_COUNT} tags; keys 1-${TAG_KEY_MAX_LENGTH} and values 0-${TAG_VALUE_MAX_LENGTH} letters, digits, spaces and _ . : / = + - @; no key starting with ${TAG_RESERVED_PREFIX}`;
