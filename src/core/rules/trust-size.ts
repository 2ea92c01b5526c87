/**
 * The size of the trust policy the inputs make, against IAM's quota: "Role trust policy
 * length: 2,048 characters" by default (it can be raised to 4,096 by a quota request, which
 * the guide does not assume), and IAM does not count white space. The vendor role ARNs and
 * the second ExternalId of a rotation are what can make it grow, so their validators report
 * it. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { asList, asText } from '../fields.ts';
import { regionInfo } from '../regions.ts';
import type { GuideInputs } from '../types.ts';
import { oneOrList, trustExternalIds, trustPolicyDocument, trustPrincipal } from '../artifacts/trust-policy.ts';

/** IAM's default quota for a role's trust policy, in characters without white space. */
export const TRUST_POLICY_MAX_LENGTH = 2048;

/** Characters of `text` that IAM counts against a policy quota: every one but white space. */
export function policyLength(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * The length IAM counts for the trust policy of `inputs` (values taken as given; the
 * commercial partition when the region is unknown). The CloudFormation template resolves to
 * the same document, so this bounds every artifact that holds the trust.
 */
export function trustPolicySize(inputs: GuideInputs): number {
  const model = {
    partition: regionInfo(asText(inputs.region))?.partition ?? 'aws',
    vendorAccountId: asText(inputs.vendorAccountId),
    trustedVendorRoleArns: asList(inputs.trustedVendorRoleArns),
    externalId: asText(inputs.externalId),
    previousExternalId: asText(inputs.previousExternalId),
  };
  return policyLength(JSON.stringify(trustPolicyDocument(trustPrincipal(model), oneOrList(trustExternalIds(model)))));
}
