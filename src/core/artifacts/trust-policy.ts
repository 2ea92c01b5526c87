/**
 * `vendor-trust-policy.json`: who may assume both roles, the vendor's account (or, with the
 * `trustedVendorRoleArns` setting, only the named vendor roles), and only when it presents the
 * shared ExternalId (the confused-deputy guard). With `previousExternalId` set it is the
 * rotation's overlap version: both IDs are accepted until the vendor has switched to the new one.
 */
import { accountRootArn } from '../arn.ts';
import type { GuideModel } from '../types.ts';
import { IAM_POLICY_VERSION, jsonText } from './json.ts';

/**
 * The trust policy document for a principal and ExternalId value. Generic so the
 * CloudFormation template can pass `!Sub` / `!Ref` nodes instead of literals.
 */
export function trustPolicyDocument<P, E>(vendorPrincipal: P, externalId: E) {
  return {
    Version: IAM_POLICY_VERSION,
    Statement: [
      {
        Effect: 'Allow',
        // The account root as principal delegates to the vendor's own IAM: the vendor
        // decides which of its identities may call AssumeRole; the condition still binds all.
        Principal: { AWS: vendorPrincipal },
        Action: 'sts:AssumeRole',
        // StringEquals, not StringLike: the ExternalId must match exactly, no wildcards.
        // A list of values matches any one of them (IAM: multiple values in one condition key are ORed).
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
}

/** One value as itself, several as a list: IAM reads both the same; one stays the familiar string form. */
export function oneOrList<T>(items: readonly T[]): T | T[] {
  return items.length === 1 ? (items[0] as T) : [...items];
}

/**
 * The trusted principal: the vendor account root, or the vendor's role ARNs when the setting
 * names some. A role ARN principal trusts only sessions of that role; IAM stores it as the
 * role's unique ID, so a vendor role deleted and recreated under the same name is no longer
 * trusted (the trade-off the guide explains).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
 */
export function trustPrincipal(model: Pick<GuideModel, 'partition' | 'vendorAccountId' | 'trustedVendorRoleArns'>): string | string[] {
  const arns = model.trustedVendorRoleArns;
  return arns.length === 0 ? accountRootArn(model.partition, model.vendorAccountId) : oneOrList(arns);
}

/** The accepted ExternalIds, new first: one, or both while rotating (`previousExternalId` set). */
export function trustExternalIds(model: Pick<GuideModel, 'externalId' | 'previousExternalId'>): string[] {
  return model.previousExternalId === '' ? [model.externalId] : [model.externalId, model.previousExternalId];
}

/** Builds `vendor-trust-policy.json` (the same document for both roles). */
export function buildTrustPolicy(model: GuideModel): string {
  return jsonText(trustPolicyDocument(trustPrincipal(model), oneOrList(trustExternalIds(model))));
}
