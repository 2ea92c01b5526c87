/**
 * The two IAM ARN forms the optional fields accept: a role ARN (the vendor's roles trusted
 * instead of its account root) and a managed policy ARN (the customer's permissions boundary).
 * Pure parsing; the field rules (account, partition, lengths) are in `options.ts`.
 *
 * Character set: IAM allows any printable ASCII in a path (`\u0021`–`\u007E`), but names only
 * `[\w+=,.@-]` (IAM quotas, "IAM name requirements"). Paths here are held to the name set too,
 * so no `*`, `?`, quote, `$` or `{` can reach a trust policy (where a wildcard in a principal
 * is not allowed anyway), a `!Sub` string or a shell word. A stricter subset, on purpose.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
import type { Partition } from '../types.ts';

/** Partitions the guide generates for (see regions.ts). */
const PARTITIONS = '(aws|aws-cn|aws-us-gov)';
/** `/` or `/seg/…/`, each segment of IAM name characters. */
const PATH = '(/(?:[\\w+=,.@-]+/)*)';

/** `arn:<partition>:iam::<12 digits>:role<path><name>`. */
export const ROLE_ARN_PATTERN = new RegExp(`^arn:${PARTITIONS}:iam::([0-9]{12}):role${PATH}([\\w+=,.@-]+)$`);
/** `arn:<partition>:iam::<12 digits | aws>:policy<path><name>`. */
export const POLICY_ARN_PATTERN = new RegExp(`^arn:${PARTITIONS}:iam::([0-9]{12}|aws):policy${PATH}([\\w+=,.@-]+)$`);

/** IAM's limits on the parts (IAM quotas): path 1–512 characters, role name 1–64, policy name 1–128. */
export const IAM_PATH_MAX_LENGTH = 512;
/** @see IAM_PATH_MAX_LENGTH */
export const IAM_ROLE_NAME_MAX_LENGTH = 64;
/** @see IAM_PATH_MAX_LENGTH */
export const IAM_POLICY_NAME_MAX_LENGTH = 128;

/** The parts of an IAM role or policy ARN. */
export interface IamArnParts {
  partition: Partition;
  /** 12 digits, or `aws` for an AWS managed policy. */
  account: string;
  /** `/` or `/a/b/`. */
  path: string;
  name: string;
}

function parse(pattern: RegExp, value: string): IamArnParts | undefined {
  const m = pattern.exec(value);
  if (!m) return undefined;
  const [, partition, account, path, name] = m as unknown as [string, Partition, string, string, string];
  return { partition, account, path, name };
}

/** The parts of a role ARN, or `undefined` when `value` is not one (lengths not checked). */
export function parseRoleArn(value: string): IamArnParts | undefined {
  return parse(ROLE_ARN_PATTERN, value);
}

/** The parts of a managed policy ARN, or `undefined` when `value` is not one (lengths not checked). */
export function parsePolicyArn(value: string): IamArnParts | undefined {
  return parse(POLICY_ARN_PATTERN, value);
}
