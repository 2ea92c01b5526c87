/**
 * The generator: the artifacts of Method B, in the order the guide presents them,
 * and the two ways to get them. The CLI and the browser call these same functions, so a
 * file downloaded from the guide and one written by `npm run generate` are byte-identical.
 */
import { buildAccessEntry } from './artifacts/access-entry.ts';
import { buildAwsAuth } from './artifacts/aws-auth.ts';
import { buildCfnParameters } from './artifacts/cfn-parameters.ts';
import { buildCfnTemplate } from './artifacts/cfn-template.ts';
import { buildCollectSetup } from './artifacts/collect-setup.ts';
import { buildDeployStack } from './artifacts/deploy-stack.ts';
import { buildEksDeployerPolicy } from './artifacts/eks-deployer-policy.ts';
import { buildHandoff } from './artifacts/handoff.ts';
import { buildRbac } from './artifacts/rbac.ts';
import { buildRepoPusherPolicy } from './artifacts/repo-pusher-policy.ts';
import { buildTerraformEksAccess } from './artifacts/terraform-eks-access.ts';
import { buildTerraformRoles } from './artifacts/terraform-roles.ts';
import { buildTerraformTfvars } from './artifacts/terraform-tfvars.ts';
import { buildTrustPolicy } from './artifacts/trust-policy.ts';
import { buildVerify } from './artifacts/verify.ts';
import { ARTIFACT_CATALOG, ARTIFACT_IDS } from './artifacts/catalog.ts';
import type { ArtifactId, ArtifactSpec, FieldIssue, GuideInputs, GuideModel, ValidationResult } from './types.ts';
import { sizeLimitIssuesOfArtifacts } from './size-limits.ts';
import { previewSubset, type ArtifactPreview, type GeneratedArtifact, type PreviewSet } from './preview.ts';
import { validateInputs, type ValidateOptions } from './validate.ts';

export type { ArtifactPreview, GeneratedArtifact, PreviewSet } from './preview.ts';

/**
 * The builder of each artifact of the table (the compiler asks for one per row). The browser
 * loads the same modules one by one instead (artifacts/loaders.ts).
 */
export const BUILDERS: { readonly [I in ArtifactId]: (model: GuideModel) => string } = {
  repoPusherPolicy: buildRepoPusherPolicy,
  eksDeployerPolicy: buildEksDeployerPolicy,
  trustPolicy: buildTrustPolicy,
  cfnTemplate: buildCfnTemplate,
  cfnParameters: buildCfnParameters,
  deployStack: buildDeployStack,
  terraformRoles: buildTerraformRoles,
  terraformEksAccess: buildTerraformEksAccess,
  terraformTfvars: buildTerraformTfvars,
  awsAuth: buildAwsAuth,
  accessEntry: buildAccessEntry,
  rbac: buildRbac,
  handoff: buildHandoff,
  verify: buildVerify,
  collectSetup: buildCollectSetup,
};

/**
 * Every artifact, in guide order: the rows of the artifact table (catalog.ts) joined with
 * their builders. `uses` lists the fields whose values appear in the text, so a block is
 * offered for copying only when all of them are valid.
 */
export const ARTIFACTS: readonly ArtifactSpec[] = Object.freeze(
  ARTIFACT_CATALOG.map((row): ArtifactSpec => ({
    id: row.id,
    fileName: row.fileName,
    language: row.language,
    uses: row.uses,
    build: BUILDERS[row.id],
  })),
);

/** The spec of one artifact by id (every id has one). */
export function artifactSpec(id: ArtifactId): ArtifactSpec {
  const spec = ARTIFACTS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown artifact ${id}`);
  return spec;
}

/** Result of {@link generateArtifacts}: every artifact, or the errors that prevent them. */
export type GenerateResult =
  | { ok: true; artifacts: GeneratedArtifact[]; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

/**
 * Validates `inputs` and, only when they are valid, builds every artifact from the model.
 * Invalid inputs yield no artifact at all: half a set of files would be worse than none.
 */
export function generateArtifacts(inputs: GuideInputs, opts: ValidateOptions = {}): GenerateResult {
  const result = validateInputs(inputs, opts);
  if (!result.ok) return { ok: false, errors: result.errors, warnings: result.warnings };
  const { model } = result;
  const artifacts = ARTIFACTS.map((spec) => ({
    id: spec.id,
    fileName: spec.fileName,
    language: spec.language,
    text: spec.build(model),
  }));
  // AWS's size limits, measured on the files themselves (limits.ts): over one, no file at all.
  const over = sizeLimitIssuesOfArtifacts(artifacts);
  if (over.length > 0) return { ok: false, errors: over, warnings: result.warnings };
  return { ok: true, artifacts, warnings: result.warnings };
}

/**
 * Every artifact for a validation the caller already has (the browser validates once per
 * keystroke and shows the result in the form too): built from the validated model when the
 * inputs are valid and within AWS's size limits (the exact text {@link generateArtifacts}
 * gives), otherwise from the placeholder model, so an invalid value is never shown inside a
 * snippet. The algorithm is the core's one preview (preview.ts) over every artifact.
 */
export function previewFromValidation(inputs: GuideInputs, result: ValidationResult): PreviewSet {
  return previewSubset(inputs, result, BUILDERS, ARTIFACT_IDS);
}

/** Every artifact, always: {@link previewFromValidation} of the inputs' own validation. */
export function previewArtifacts(inputs: GuideInputs, opts: ValidateOptions = {}): ArtifactPreview[] {
  return previewFromValidation(inputs, validateInputs(inputs, opts)).artifacts;
}
