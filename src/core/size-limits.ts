/**
 * AWS's size limits, measured on the generated documents themselves (never estimated), so
 * that no input yields a file AWS would refuse after the reader has pasted or deployed it.
 *
 * The limits and where they come from (checked against AWS's documentation):
 * - Managed policy: 6,144 characters, and "IAM does not count white space when calculating the
 *   size of a policy against this quota" (IAM User Guide, "IAM and AWS STS quotas", IAM and STS
 *   character quotas). Applies to both managed policies (repo pusher: grows with the patterns;
 *   EKS deployer: grows with the clusters); the CloudFormation stack creates the same documents.
 * - Role trust policy length: 2,048 characters by default, adjustable up to 4,096 through
 *   Service Quotas (same page, "Default quotas for IAM entities"). Measured like the managed
 *   policies (without white space); it only grows with the ExternalId.
 * - CloudFormation: at most 200 parameters per template, and a template body passed in the
 *   request (`aws cloudformation deploy` without `--s3-bucket`, as deploy-stack.sh runs it, or
 *   `create-stack --template-body`) of at most 51,200 bytes (CloudFormation User Guide,
 *   "CloudFormation quotas": "Parameters", "Template body size in a request").
 * - IAM role names (64) and policy names (128) are checked by the validators (`LIMITS` in
 *   validate.ts), before anything is built; the template has no tags, so IAM's tag limits do
 *   not arise; the template description (1,024 bytes) holds only the two role names, at most
 *   a few hundred bytes.
 * - The maximum item count of each list (rules/list-limits.ts) is checked by the validators,
 *   so the documents measured here are never built from thousands of items.
 *
 * Each problem is an error on the field responsible for the growth, with the limit and the
 * measured size, so the reader sees what to shorten.
 *
 * This module measures texts only and imports no builder, so the browser can measure the
 * artifacts it has built without bundling the others; ./limits.ts adds the builders.
 */
import type { FieldIssue, FieldName } from './types.ts';

/** AWS's limits that the generated documents must respect (see the module comment for sources). */
export const AWS_LIMITS = {
  /** Characters of a customer managed policy, white space not counted. */
  managedPolicyChars: 6144,
  /** Characters of a role's trust policy: the default quota … */
  trustPolicyChars: 2048,
  /** … and the most Service Quotas can raise it to. */
  trustPolicyCharsMax: 4096,
  /** Parameters of one CloudFormation template. */
  cfnParameters: 200,
  /** Bytes of a template body passed in the request (not through S3). */
  cfnTemplateBodyBytes: 51200,
} as const;

/**
 * Characters IAM counts in a policy document: every character except white space. (Every
 * value in a policy is ASCII, validated, so UTF-16 units are characters.) One regex pass:
 * this runs on every preview.
 */
export function policySize(text: string): number {
  return text.length - (text.match(/\s/g)?.length ?? 0);
}

/** Bytes of `text` in UTF-8 (what CloudFormation counts), without Node's Buffer. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) n += 1;
    else if (unit < 0x800) n += 2;
    // A surrogate pair is one 4-byte character: count 2 for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) n += 2;
    else n += 3;
  }
  return n;
}

/** The measured sizes of the documents AWS limits, for one model. */
export interface MeasuredSizes {
  repoPusherPolicy: number;
  eksDeployerPolicy: number;
  trustPolicy: number;
  cfnParameters: number;
  cfnTemplateBytes: number;
}

/** The texts of the documents AWS limits, by artifact id. */
export interface LimitedTexts {
  repoPusherPolicy: string;
  eksDeployerPolicy: string;
  trustPolicy: string;
  cfnParameters: string;
  cfnTemplate: string;
}

/**
 * The artifacts whose texts the limits are measured on (the keys of {@link LimitedTexts}): a
 * preview that builds only some artifacts (a page's, in the browser) must still build these,
 * so that it reports the same limit errors as the CLI.
 */
export const LIMITED_ARTIFACTS = ['repoPusherPolicy', 'eksDeployerPolicy', 'trustPolicy', 'cfnParameters', 'cfnTemplate'] as const satisfies readonly (keyof LimitedTexts)[];

/** Measures the generated texts (cheap: no parsing, no building). */
export function measureTexts(texts: LimitedTexts): MeasuredSizes {
  return {
    repoPusherPolicy: policySize(texts.repoPusherPolicy),
    eksDeployerPolicy: policySize(texts.eksDeployerPolicy),
    trustPolicy: policySize(texts.trustPolicy),
    // The parameters file lists exactly the template's parameters, one `ParameterKey` each.
    cfnParameters: texts.cfnParameters.split('"ParameterKey"').length - 1,
    cfnTemplateBytes: utf8Bytes(texts.cfnTemplate),
  };
}

function over(field: FieldName, code: string, size: number, max: number): FieldIssue {
  return { field, severity: 'error', code, params: { size, max } };
}

/**
 * The size-limit errors measured on already generated artifacts (`sizeLimitIssues` of ./limits.ts
 * without building) (every limited id must be
 * among them), so the generator and the preview pay for no second build.
 */
export function sizeLimitIssuesOfArtifacts(artifacts: readonly { id: string; text: string }[]): FieldIssue[] {
  const text = (id: keyof LimitedTexts): string => {
    const found = artifacts.find((a) => a.id === id);
    if (!found) throw new Error(`sizeLimitIssuesOfArtifacts: no ${id} artifact`);
    return found.text;
  };
  return issuesOfSizes(
    measureTexts({
      repoPusherPolicy: text('repoPusherPolicy'),
      eksDeployerPolicy: text('eksDeployerPolicy'),
      trustPolicy: text('trustPolicy'),
      cfnParameters: text('cfnParameters'),
      cfnTemplate: text('cfnTemplate'),
    }),
  );
}

/** The errors for measured sizes, each on the field that makes its document grow (none when all fit). */
export function issuesOfSizes(size: MeasuredSizes): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (size.repoPusherPolicy > AWS_LIMITS.managedPolicyChars) {
    issues.push(over('repoPatterns', 'repoPatterns.policySize', size.repoPusherPolicy, AWS_LIMITS.managedPolicyChars));
  }
  if (size.eksDeployerPolicy > AWS_LIMITS.managedPolicyChars) {
    issues.push(over('clusters', 'clusters.policySize', size.eksDeployerPolicy, AWS_LIMITS.managedPolicyChars));
  }
  if (size.trustPolicy > AWS_LIMITS.trustPolicyChars) {
    const issue = over('externalId', 'externalId.trustPolicySize', size.trustPolicy, AWS_LIMITS.trustPolicyChars);
    issues.push({ ...issue, params: { ...issue.params, raised: AWS_LIMITS.trustPolicyCharsMax } });
  }
  // Clusters and patterns both add parameters and template text: both fields carry the error.
  if (size.cfnParameters > AWS_LIMITS.cfnParameters) {
    for (const field of ['clusters', 'repoPatterns'] as const) {
      issues.push(over(field, `${field}.cfnParameters`, size.cfnParameters, AWS_LIMITS.cfnParameters));
    }
  }
  if (size.cfnTemplateBytes > AWS_LIMITS.cfnTemplateBodyBytes) {
    for (const field of ['clusters', 'repoPatterns'] as const) {
      issues.push(over(field, `${field}.cfnTemplateSize`, size.cfnTemplateBytes, AWS_LIMITS.cfnTemplateBodyBytes));
    }
  }
  return issues;
}
