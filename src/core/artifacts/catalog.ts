/**
 * The artifact table: one row per generated file, its metadata only — no builder — so the
 * browser stores, the checklist and the CLI can import it without pulling in the generators.
 * `src/core/generate.ts` joins each row with its builder (the compiler asks for one per row).
 *
 * Adding an artifact: the README's checklist ("Adding an artifact"). Everything else — the secret marks, the CLI's notice, the
 * checklist's `$used` keys, download names and MIME types — is derived from the row.
 *
 * Rows are in the order the guide presents the files (also the CLI's output order).
 */
import { SECRET_FIELDS } from '../fields.ts';
import type { ArtifactLanguage, FieldName, Lang } from '../types.ts';

/** One row of the artifact table. */
export interface ArtifactRow {
  /** Stable identifier (`<Snippet id>`, `$used` keys, checklist evidence). */
  readonly id: string;
  /** Name of the file offered for download and written by the CLI. */
  readonly fileName: string;
  /** Syntax, for highlighting and the download MIME type. */
  readonly language: ArtifactLanguage;
  /**
   * Fields whose values appear in the text (the region also stands for the partition and DNS
   * suffix it implies): a block is copyable only when all of them are valid, and it contains a
   * secret when one of them is owned by `secret` in the field table.
   */
  readonly uses: readonly FieldName[];
  /**
   * Fields whose value is never in the text but whose presence changes it (set or not: while
   * rotating, the template declares a PreviousExternalId parameter). Not a secret of the file,
   * but part of what its text depends on (the preview's text cache keys on both lists).
   */
  readonly present?: readonly FieldName[];
  /** Section ID (`{#id}` of the heading) under which the guide shows the file, in both languages. */
  readonly section: string;
}

/** Every artifact, in guide order. */
export const ARTIFACT_CATALOG = [
  {
    id: 'repoPusherPolicy',
    fileName: 'vendor-repo-pusher-policy.json',
    language: 'json',
    uses: ['accountId', 'region', 'repoPatterns'],
    section: 'repo-pusher-policy',
  },
  {
    id: 'eksDeployerPolicy',
    fileName: 'vendor-eks-deployer-policy.json',
    language: 'json',
    uses: ['accountId', 'region', 'clusters'],
    section: 'eks-deployer-policy',
  },
  {
    id: 'trustPolicy',
    fileName: 'vendor-trust-policy.json',
    language: 'json',
    uses: ['vendorAccountId', 'region', 'externalId', 'trustedVendorRoleArns', 'previousExternalId'],
    section: 'trust-policy',
  },
  {
    id: 'cfnTemplate',
    fileName: 'vendor-roles.cfn.yaml',
    language: 'yaml',
    // No account or region: the template uses AWS::AccountId, AWS::Region and AWS::Partition
    // of the stack; the ExternalId has no default and comes from the parameters.
    // Not `previousExternalId`: while rotating the template gains a NoEcho, default-less
    // PreviousExternalId parameter, but the value itself is never in the text (no secret here).
    uses: [
      'vendorAccountId', 'clusters', 'repoPatterns', 'roleNames', 'policyNames',
      'trustedVendorRoleArns', 'permissionsBoundary', 'tags',
    ],
    present: ['previousExternalId'],
    section: 'cloudformation-template',
  },
  {
    id: 'cfnParameters',
    fileName: 'vendor-roles.parameters.json',
    language: 'json',
    uses: ['vendorAccountId', 'externalId', 'clusters', 'repoPatterns', 'permissionsBoundary', 'previousExternalId'],
    section: 'cloudformation-cli',
  },
  {
    id: 'deployStack',
    fileName: 'deploy-stack.sh',
    language: 'sh',
    uses: ['region', 'vendorAccountId', 'externalId', 'clusters', 'repoPatterns', 'permissionsBoundary', 'previousExternalId'],
    section: 'cloudformation-cli',
  },
  {
    id: 'terraformRoles',
    fileName: 'vendor-roles.tf',
    language: 'hcl',
    // Like the template: account and partition come from the applying account; the region is
    // the provider's; the ExternalId variables have no default (they are in the tfvars file), so
    // not `previousExternalId`: while rotating only its variable's declaration is here.
    uses: [
      'region', 'vendorAccountId', 'clusters', 'repoPatterns', 'repos', 'roleNames', 'policyNames',
      'trustedVendorRoleArns', 'permissionsBoundary', 'tags',
    ],
    present: ['previousExternalId'],
    section: 'terraform-files',
  },
  {
    id: 'terraformEksAccess',
    fileName: 'vendor-eks-access.tf',
    language: 'hcl',
    // The clusters come from vendor-roles.tf's cluster_names variable.
    uses: ['kubernetes'],
    section: 'terraform-eks-access',
  },
  {
    id: 'terraformTfvars',
    fileName: 'vendor-roles.auto.tfvars',
    language: 'hcl',
    uses: ['externalId', 'previousExternalId'],
    section: 'terraform-files',
  },
  {
    id: 'awsAuth',
    fileName: 'aws-auth-maproles.yaml',
    language: 'yaml',
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'kubernetes'],
    section: 'aws-auth',
  },
  {
    id: 'accessEntry',
    fileName: 'eks-access-entry.sh',
    language: 'sh',
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'kubernetes'],
    section: 'access-entries-create',
  },
  {
    id: 'rbac',
    fileName: 'vendor-portal-rbac.yaml',
    language: 'yaml',
    uses: ['kubernetes'],
    section: 'rbac',
  },
  {
    id: 'handoff',
    fileName: 'handoff.md',
    language: 'md',
    uses: ['accountId', 'region', 'roleNames', 'repoPatterns', 'repos', 'clusters', 'kubernetes'],
    section: 'handoff-template',
  },
  {
    id: 'verify',
    fileName: 'verify.sh',
    language: 'sh',
    // The ExternalId is read from the environment when the vendor runs it, never written in.
    uses: ['accountId', 'region', 'clusters', 'repos', 'roleNames'],
    section: 'checklist-verify',
  },
  {
    id: 'collectSetup',
    fileName: 'collect-setup.sh',
    language: 'sh',
    // Read-only collection for the setup check; names what to read, never the ExternalId.
    uses: ['accountId', 'region', 'clusters', 'roleNames', 'policyNames', 'kubernetes'],
    section: 'check-setup-collect',
  },
] as const satisfies readonly ArtifactRow[];

/** Identifiers of the artifacts, in the order the guide presents them (derived from the table). */
export type ArtifactId = (typeof ARTIFACT_CATALOG)[number]['id'];

/** Every id, in guide order. */
export const ARTIFACT_IDS: readonly ArtifactId[] = ARTIFACT_CATALOG.map((row) => row.id);

/** Whether `id` (untrusted: an MDX prop, a stored key) is an artifact id. */
export function isArtifactId(id: unknown): id is ArtifactId {
  return typeof id === 'string' && (ARTIFACT_IDS as readonly string[]).includes(id);
}

/** The row of `id` (every id has one). */
export function artifactRow(id: ArtifactId): ArtifactRow {
  const row = ARTIFACT_CATALOG.find((r) => r.id === id);
  if (!row) throw new Error(`unknown artifact ${id}`);
  return row;
}

/** Whether the file contains a secret (the ExternalId): derived from the fields it uses. */
export function containsSecret(row: Pick<ArtifactRow, 'uses'>): boolean {
  return row.uses.some((field) => SECRET_FIELDS.has(field));
}

/** The rows whose files contain a secret, in guide order. */
export function secretArtifacts(): ArtifactRow[] {
  return ARTIFACT_CATALOG.filter(containsSecret);
}

/** The name a download of the artifact gets (the same file name the CLI writes). */
export function downloadName(row: Pick<ArtifactRow, 'fileName'>): string {
  return row.fileName;
}

const MIME_TYPES: Readonly<Record<ArtifactLanguage, string>> = {
  json: 'application/json',
  yaml: 'application/yaml',
  sh: 'text/x-shellscript',
  md: 'text/markdown',
  // No registered type for HCL; plain text opens in any editor.
  hcl: 'text/plain',
};

/** MIME type of a download of the artifact (the download adds `;charset=utf-8`). */
export function artifactMime(row: Pick<ArtifactRow, 'language'>): string {
  return MIME_TYPES[row.language];
}

/** What a reader can do with an artifact's text that the page records (and the checklist reads). */
export type ArtifactAction = 'copied' | 'downloaded';

/** The `$used` key recording that the reader `action`-ed the artifact, e.g. `artifact.trustPolicy.copied`. */
export function artifactUsedKey(id: ArtifactId, action: ArtifactAction): string {
  return `artifact.${id}.${action}`;
}

/** A list of file names as a sentence part: `a, b and c` / `a、b、c`. */
export function fileList(names: readonly string[], lang: Lang): string {
  if (lang === 'ja') return names.join('、');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
