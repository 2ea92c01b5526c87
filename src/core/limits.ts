/**
 * AWS's size limits applied to a model: builds the limited documents with the generator's own
 * builders and measures them (the limits, their sources and the measuring are in
 * ./size-limits.ts, which imports no builder; everything of it is re-exported here).
 */
import { buildCfnParameters } from './artifacts/cfn-parameters.ts';
import { buildCfnTemplate } from './artifacts/cfn-template.ts';
import { buildEksDeployerPolicy } from './artifacts/eks-deployer-policy.ts';
import { buildRepoPusherPolicy } from './artifacts/repo-pusher-policy.ts';
import { buildTrustPolicy } from './artifacts/trust-policy.ts';
import { issuesOfSizes, measureTexts, type MeasuredSizes } from './size-limits.ts';
import type { FieldIssue, GuideInputs, GuideModel, ValidationResult } from './types.ts';
import { validateInputs, type ValidateOptions } from './validate.ts';

export * from './size-limits.ts';

/** Builds the limited documents with the generator's own builders and measures them. */
export function measureSizes(model: GuideModel): MeasuredSizes {
  return measureTexts({
    repoPusherPolicy: buildRepoPusherPolicy(model),
    eksDeployerPolicy: buildEksDeployerPolicy(model),
    trustPolicy: buildTrustPolicy(model),
    cfnParameters: buildCfnParameters(model),
    cfnTemplate: buildCfnTemplate(model),
  });
}

/**
 * The errors of a valid model whose documents exceed AWS's limits (none when all fit),
 * each on the field that makes the document grow. Builds the documents: where they are
 * built anyway (generate.ts), use {@link sizeLimitIssuesOfArtifacts} on them instead.
 */
export function sizeLimitIssues(model: GuideModel): FieldIssue[] {
  return issuesOfSizes(measureSizes(model));
}

/**
 * {@link validateInputs}, then AWS's size limits on the documents the valid model yields, for
 * callers that want every error of the inputs without the artifacts (e.g. a form showing
 * messages at the fields). It builds the limited documents; the generator and the preview
 * measure the artifacts they build instead (generate.ts).
 */
export function validateWithLimits(inputs: GuideInputs, opts: ValidateOptions = {}): ValidationResult {
  const result = validateInputs(inputs, opts);
  if (!result.ok) return result;
  const errors = sizeLimitIssues(result.model);
  return errors.length === 0 ? result : { ok: false, errors, warnings: result.warnings };
}
