/**
 * Validators of the optional fields of issue 10: the vendor roles trusted instead of the
 * account root (`trustedVendorRoleArns`, a vendor setting), the permissions boundary and tags
 * of both roles (`permissionsBoundary`, `tags`, reader fields) and the ExternalId being rotated
 * out (`previousExternalId`, secret). Each is empty by default, and empty is always valid: the
 * artifacts are then exactly what they were before these fields existed.
 *
 * Like every validator (validate.ts), these never throw and read untyped input through the
 * field table's coercion. Cross-field rules read the other fields only when those are valid
 * themselves (a bad account ID is reported once, on its own field).
 */
import { EXTERNAL_ID_CHAR, EXTERNAL_ID_MAX_LENGTH, EXTERNAL_ID_MIN_LENGTH } from '../external-id.ts';
import { asList, asText, FIELDS } from '../fields.ts';
import { displayChar, displayValue } from '../display.ts';
import type { IssueCode } from '../messages.ts';
import { regionInfo } from '../regions.ts';
import type { FieldIssue, FieldName, GuideInputs } from '../types.ts';
import {
  IAM_PATH_MAX_LENGTH,
  IAM_POLICY_NAME_MAX_LENGTH,
  IAM_ROLE_NAME_MAX_LENGTH,
  parsePolicyArn,
  parseRoleArn,
} from './iam-arn.ts';
import { TAG_CHAR, TAG_KEY_MAX_LENGTH, TAG_MAX_COUNT, TAG_RESERVED_PREFIX, TAG_VALUE_MAX_LENGTH, parseTag } from './tags.ts';
import { trustPolicySize, TRUST_POLICY_MAX_LENGTH } from './trust-size.ts';

type Params = Record<string, string | number>;

function issue(field: FieldName, code: IssueCode, params?: Params, index?: number): FieldIssue {
  const out: FieldIssue = { field, severity: 'error', code };
  if (index !== undefined) out.index = index;
  if (params !== undefined) out.params = params;
  return out;
}

// Length in characters as a person counts them (code points).
function charCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function firstBadChar(value: string, allowed: RegExp): string | undefined {
  for (const ch of value) if (!allowed.test(ch)) return ch;
  return undefined;
}

const ACCOUNT_ID = /^[0-9]{12}$/;

// The partition of the inputs' region, when the region is a known one.
function regionPartition(inputs: GuideInputs): string | undefined {
  return regionInfo(asText(inputs.region))?.partition;
}

// ---------------------------------------------------------------- trustedVendorRoleArns

/** Whether `value` is an acceptable vendor role ARN on its own (form and lengths; not account or partition). */
export function isValidRoleArn(value: string): boolean {
  const parts = parseRoleArn(value);
  return parts !== undefined && parts.path.length <= IAM_PATH_MAX_LENGTH && parts.name.length <= IAM_ROLE_NAME_MAX_LENGTH;
}

/**
 * `trustedVendorRoleArns`: zero to 10 IAM role ARNs, each in the vendor account (the
 * `vendorAccountId` of the inputs) and in the partition of the region, distinct (IAM role
 * names are unique case-insensitively). The trust policy built with them must fit IAM's quota.
 */
export function validateTrustedVendorRoleArns(inputs: GuideInputs): FieldIssue[] {
  const field = 'trustedVendorRoleArns';
  const items = asList(inputs.trustedVendorRoleArns);
  const max = FIELDS.trustedVendorRoleArns.maxItems;
  if (items.length > max) return [issue(field, 'trustedVendorRoleArns.tooMany', { count: items.length, max })];
  const vendor = asText(inputs.vendorAccountId);
  const partition = regionPartition(inputs);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  items.forEach((value, index) => {
    const shown = displayValue(value);
    const parts = parseRoleArn(value);
    if (!parts) {
      issues.push(issue(field, 'trustedVendorRoleArns.format', { value: shown }, index));
    } else if (parts.path.length > IAM_PATH_MAX_LENGTH || parts.name.length > IAM_ROLE_NAME_MAX_LENGTH) {
      issues.push(
        issue(field, 'trustedVendorRoleArns.length', { value: shown, pathMax: IAM_PATH_MAX_LENGTH, nameMax: IAM_ROLE_NAME_MAX_LENGTH }, index),
      );
    } else if (ACCOUNT_ID.test(vendor) && parts.account !== vendor) {
      issues.push(issue(field, 'trustedVendorRoleArns.account', { value: shown, account: parts.account, expected: vendor }, index));
    } else if (partition !== undefined && parts.partition !== partition) {
      issues.push(
        issue(field, 'trustedVendorRoleArns.partition', { value: shown, partition: parts.partition, expected: partition }, index),
      );
    } else if (seen.has(value.toLowerCase())) {
      issues.push(issue(field, 'trustedVendorRoleArns.duplicate', { value: shown }, index));
    } else {
      seen.add(value.toLowerCase());
    }
  });
  // The size is reported here unless an ExternalId being rotated out makes the policy longer:
  // then it is reported on that field, the one the reader just added.
  if (issues.length === 0 && items.length > 0 && asText(inputs.previousExternalId) === '') {
    issues.push(...sizeIssues(field, inputs));
  }
  return issues;
}

// ---------------------------------------------------------------- permissionsBoundary

/**
 * `permissionsBoundary`: empty, or the ARN of a managed policy in the customer's account
 * (`arn:<partition>:iam::<accountId>:policy/<path/>name`) or an AWS managed policy
 * (`…:iam::aws:policy/…`): IAM accepts either as a boundary ("Permissions boundaries for IAM
 * entities": "You can use an AWS managed policy or a customer managed policy"), in the
 * partition of the region. A policy of another account cannot be a boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
export function validatePermissionsBoundary(inputs: GuideInputs): FieldIssue[] {
  const field = 'permissionsBoundary';
  const value = asText(inputs.permissionsBoundary);
  if (value === '') return [];
  const shown = displayValue(value);
  const parts = parsePolicyArn(value);
  if (!parts) return [issue(field, 'permissionsBoundary.format', { value: shown })];
  if (
    charCount(value) > FIELDS.permissionsBoundary.maxLength ||
    parts.path.length > IAM_PATH_MAX_LENGTH ||
    parts.name.length > IAM_POLICY_NAME_MAX_LENGTH
  ) {
    return [issue(field, 'permissionsBoundary.length', { value: shown, pathMax: IAM_PATH_MAX_LENGTH, nameMax: IAM_POLICY_NAME_MAX_LENGTH })];
  }
  const account = asText(inputs.accountId);
  if (parts.account !== 'aws' && ACCOUNT_ID.test(account) && parts.account !== account) {
    return [issue(field, 'permissionsBoundary.account', { value: shown, account: parts.account, expected: account })];
  }
  const partition = regionPartition(inputs);
  if (partition !== undefined && parts.partition !== partition) {
    return [issue(field, 'permissionsBoundary.partition', { value: shown, partition: parts.partition, expected: partition })];
  }
  return [];
}

// ---------------------------------------------------------------- tags

/** The problem of one `key=value` item, or `undefined` (see tags.ts for the rules). */
function tagProblem(item: string): { code: IssueCode; params: Params } | undefined {
  const shown = { value: displayValue(item) };
  if (!item.includes('=')) return { code: 'tags.format', params: shown };
  const { Key: key, Value: value } = parseTag(item);
  const keyLength = charCount(key);
  if (keyLength < 1 || keyLength > TAG_KEY_MAX_LENGTH) {
    return { code: 'tags.keyLength', params: { ...shown, length: keyLength, max: TAG_KEY_MAX_LENGTH } };
  }
  const valueLength = charCount(value);
  if (valueLength > TAG_VALUE_MAX_LENGTH) {
    return { code: 'tags.valueLength', params: { ...shown, length: valueLength, max: TAG_VALUE_MAX_LENGTH } };
  }
  const bad = firstBadChar(key, TAG_CHAR) ?? firstBadChar(value, TAG_CHAR);
  if (bad !== undefined) return { code: 'tags.chars', params: { ...shown, char: displayChar(bad) } };
  if (key.endsWith(' ') || value.startsWith(' ')) return { code: 'tags.spaces', params: shown };
  if (key.toLowerCase().startsWith(TAG_RESERVED_PREFIX)) return { code: 'tags.reserved', params: shown };
  return undefined;
}

/** `tags`: zero to 50 `key=value` items by IAM's tag rules, keys distinct case-insensitively. */
export function validateTags(inputs: GuideInputs): FieldIssue[] {
  const field = 'tags';
  const items = asList(inputs.tags);
  if (items.length > TAG_MAX_COUNT) return [issue(field, 'tags.tooMany', { count: items.length, max: TAG_MAX_COUNT })];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const problem = tagProblem(item);
    if (problem) {
      issues.push(issue(field, problem.code, problem.params, index));
      return;
    }
    const key = parseTag(item).Key;
    if (seen.has(key.toLowerCase())) issues.push(issue(field, 'tags.duplicate', { key: displayValue(key) }, index));
    else seen.add(key.toLowerCase());
  });
  return issues;
}

// ---------------------------------------------------------------- previousExternalId

/**
 * `previousExternalId`: empty, or an ExternalId by the same rules (2–1224 characters of
 * `[\w+=,.@:/-]`) that differs from the new one; the overlap trust policy must fit IAM's quota.
 */
export function validatePreviousExternalId(inputs: GuideInputs): FieldIssue[] {
  const field = 'previousExternalId';
  const value = asText(inputs.previousExternalId);
  if (value === '') return [];
  const length = charCount(value);
  if (length < EXTERNAL_ID_MIN_LENGTH || length > EXTERNAL_ID_MAX_LENGTH) {
    return [
      issue(field, 'previousExternalId.length', {
        value: displayValue(value),
        length,
        min: EXTERNAL_ID_MIN_LENGTH,
        max: EXTERNAL_ID_MAX_LENGTH,
      }),
    ];
  }
  const bad = firstBadChar(value, EXTERNAL_ID_CHAR);
  if (bad !== undefined) return [issue(field, 'previousExternalId.chars', { value: displayValue(value), char: displayChar(bad) })];
  if (value === asText(inputs.externalId)) return [issue(field, 'previousExternalId.same')];
  return sizeIssues(field, inputs);
}

// ---------------------------------------------------------------- trust policy size

function sizeIssues(field: FieldName, inputs: GuideInputs): FieldIssue[] {
  const size = trustPolicySize(inputs);
  return size > TRUST_POLICY_MAX_LENGTH ? [issue(field, `${field}.trustPolicySize` as IssueCode, { size, max: TRUST_POLICY_MAX_LENGTH })] : [];
}
