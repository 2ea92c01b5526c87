/**
 * The generator: the eleven artifacts of Method B, in the order the guide presents them,
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
import { buildTrustPolicy } from './artifacts/trust-policy.ts';
import { buildVerify } from './artifacts/verify.ts';
import { placeholderModel } from './placeholders.ts';
import type { Artifact, ArtifactId, ArtifactSpec, FieldIssue, GuideInputs } from './types.ts';
import { validateInputs, type ValidateOptions } from './validate.ts';

/**
 * Every artifact, in guide order. `uses` lists the fields whose values appear in the text
 * (the region also stands for the partition and DNS suffix it implies), so a block is
 * offered for copying only when all of them are valid.
 */
export const ARTIFACTS: readonly ArtifactSpec[] = Object.freeze([
  {
    id: 'repoPusherPolicy',
    fileName: 'vendor-repo-pusher-policy.json',
    language: 'json',
    uses: ['accountId', 'region', 'repoPatterns'],
    build: buildRepoPusherPolicy,
  },
  {
    id: 'eksDeployerPolicy',
    fileName: 'vendor-eks-deployer-policy.json',
    language: 'json',
    uses: ['accountId', 'region', 'clusters'],
    build: buildEksDeployerPolicy,
  },
  {
    id: 'trustPolicy',
    fileName: 'vendor-trust-policy.json',
    language: 'json',
    uses: ['vendorAccountId', 'region', 'externalId'],
    build: buildTrustPolicy,
  },
  {
    id: 'cfnTemplate',
    fileName: 'vendor-roles.cfn.yaml',
    language: 'yaml',
    // No account or region: the template uses AWS::AccountId, AWS::Region and AWS::Partition
    // of the stack; the ExternalId has no default and comes from the parameters.
    uses: ['vendorAccountId', 'clusters', 'repoPatterns', 'roleNames', 'policyNames'],
    build: buildCfnTemplate,
  },
  {
    id: 'cfnParameters',
    fileName: 'vendor-roles.parameters.json',
    language: 'json',
    uses: ['vendorAccountId', 'externalId', 'clusters', 'repoPatterns'],
    build: buildCfnParameters,
  },
  {
    id: 'deployStack',
    fileName: 'deploy-stack.sh',
    language: 'sh',
    uses: ['region', 'vendorAccountId', 'externalId', 'clusters', 'repoPatterns'],
    build: buildDeployStack,
  },
  {
    id: 'awsAuth',
    fileName: 'aws-auth-maproles.yaml',
    language: 'yaml',
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'kubernetes'],
    build: buildAwsAuth,
  },
  {
    id: 'accessEntry',
    fileName: 'eks-access-entry.sh',
    language: 'sh',
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'kubernetes'],
    build: buildAccessEntry,
  },
  {
    id: 'rbac',
    fileName: 'vendor-portal-rbac.yaml',
    language: 'yaml',
    uses: ['kubernetes'],
    build: buildRbac,
  },
  {
    id: 'handoff',
    fileName: 'handoff.md',
    language: 'md',
    uses: ['accountId', 'region', 'roleNames', 'repoPatterns', 'repos', 'clusters', 'kubernetes'],
    build: buildHandoff,
  },
  {
    id: 'verify',
    fileName: 'verify.sh',
    language: 'sh',
    // The ExternalId is read from the environment when the vendor runs it, never written in.
    uses: ['accountId', 'region', 'roleNames'],
    build: buildVerify,
  },
  {
    id: 'collectSetup',
    fileName: 'collect-setup.sh',
    language: 'sh',
    // Read-only collection for the setup check; names what to read, never the ExternalId.
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'policyNames', 'kubernetes'],
    build: buildCollectSetup,
  },
] satisfies ArtifactSpec[]);

/** The spec of one artifact by id (every id has one). */
export function artifactSpec(id: ArtifactId): ArtifactSpec {
  const spec = ARTIFACTS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown artifact ${id}`);
  return spec;
}

/** A generated file, with the id of the artifact it is. */
export interface GeneratedArtifact extends Artifact {
  id: ArtifactId;
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
  return {
    ok: true,
    artifacts: ARTIFACTS.map((spec) => ({
      id: spec.id,
      fileName: spec.fileName,
      language: spec.language,
      text: spec.build(model),
    })),
    warnings: result.warnings,
  };
}

/** One artifact as the guide shows it while the reader is still typing. */
export interface ArtifactPreview extends GeneratedArtifact {
  /** All fields the artifact uses are valid: the text has no placeholder and may be copied. */
  ready: boolean;
  /** The errors of the fields the artifact uses (what the reader must fix to make it ready). */
  blocking: FieldIssue[];
}

/**
 * Every artifact, always: built from the validated model when the inputs are valid (the
 * exact text {@link generateArtifacts} gives), otherwise from the placeholder model, so
 * an invalid value is never shown inside a snippet.
 */
export function previewArtifacts(inputs: GuideInputs, opts: ValidateOptions = {}): ArtifactPreview[] {
  const result = validateInputs(inputs, opts);
  const errors = result.ok ? [] : result.errors;
  const model = result.ok ? result.model : placeholderModel(inputs, errors);
  return ARTIFACTS.map((spec) => {
    const blocking = errors.filter((issue) => spec.uses.includes(issue.field));
    return {
      id: spec.id,
      fileName: spec.fileName,
      language: spec.language,
      text: spec.build(model),
      ready: blocking.length === 0,
      blocking,
    };
  });
}
