/**
 * `vendor-trust-policy.json`: who may assume both roles, the vendor's account, and only
 * when it presents the shared ExternalId (the confused-deputy guard).
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
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
}

/** Builds `vendor-trust-policy.json` (the same document for both roles). */
export function buildTrustPolicy(model: GuideModel): string {
  return jsonText(trustPolicyDocument(accountRootArn(model.partition, model.vendorAccountId), model.externalId));
}
