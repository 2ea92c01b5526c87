/**
 * Each artifact's builder, loaded on demand: one dynamic `import()` per row of the artifact
 * table (the compiler asks for one per row), so a bundler makes one chunk per builder and a
 * page loads only the builders of the artifacts it shows (plus those AWS's size limits are
 * measured on, `LIMITED_ARTIFACTS` in ../limits.ts). The CLI and the build use the static
 * `BUILDERS` of ../generate.ts; a unit test checks that both name the same functions.
 */
import type { ArtifactId, GuideModel } from '../types.ts';

/** A builder: the validated (or placeholder) model in, the file's text out. */
export type Builder = (model: GuideModel) => string;

/** The loader of each artifact's builder. */
export const ARTIFACT_LOADERS: { readonly [I in ArtifactId]: () => Promise<Builder> } = {
  repoPusherPolicy: () => import('./repo-pusher-policy.ts').then((m) => m.buildRepoPusherPolicy),
  eksDeployerPolicy: () => import('./eks-deployer-policy.ts').then((m) => m.buildEksDeployerPolicy),
  trustPolicy: () => import('./trust-policy.ts').then((m) => m.buildTrustPolicy),
  cfnTemplate: () => import('./cfn-template.ts').then((m) => m.buildCfnTemplate),
  cfnParameters: () => import('./cfn-parameters.ts').then((m) => m.buildCfnParameters),
  deployStack: () => import('./deploy-stack.ts').then((m) => m.buildDeployStack),
  terraformRoles: () => import('./terraform-roles.ts').then((m) => m.buildTerraformRoles),
  terraformEksAccess: () => import('./terraform-eks-access.ts').then((m) => m.buildTerraformEksAccess),
  terraformTfvars: () => import('./terraform-tfvars.ts').then((m) => m.buildTerraformTfvars),
  awsAuth: () => import('./aws-auth.ts').then((m) => m.buildAwsAuth),
  accessEntry: () => import('./access-entry.ts').then((m) => m.buildAccessEntry),
  rbac: () => import('./rbac.ts').then((m) => m.buildRbac),
  handoff: () => import('./handoff.ts').then((m) => m.buildHandoff),
  verify: () => import('./verify.ts').then((m) => m.buildVerify),
  collectSetup: () => import('./collect-setup.ts').then((m) => m.buildCollectSetup),
};
