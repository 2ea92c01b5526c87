/**
 * The contract of the generator core: raw inputs → validated model → artifacts.
 *
 * Everything under `src/core/` is pure TypeScript: no DOM, no React, no Node built-ins,
 * so the browser islands and the CLI run exactly the same code.
 */

/** Languages the guide (and every message of the core) is written in. */
export type Lang = 'ja' | 'en';

/** AWS partitions; an ARN and the ECR registry host depend on the region's partition. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** The pair of IAM things (roles, managed policies) the customer creates for us. */
export interface RolePair {
  repoPusher: string;
  eksDeployer: string;
}

/** Kubernetes identity the vendor's deployer role is mapped to. */
export interface KubernetesIdentity {
  username: string;
  group: string;
  namespace: string;
}

/**
 * What a reader (or the CLI) supplies, as typed: every value is a string so that
 * nothing is coerced before validation (account IDs keep leading zeros).
 * The keys are the model keys used everywhere: form control `name`s, CLI flags, link parameters.
 */
export interface GuideInputs {
  accountId: string;
  vendorAccountId: string;
  region: string;
  clusters: string[];
  repoPatterns: string[];
  repos: string[];
  roleNames: RolePair;
  policyNames: RolePair;
  kubernetes: KubernetesIdentity;
  externalId: string;
}

/** Top-level field names of {@link GuideInputs}. */
export type FieldName = keyof GuideInputs;

/**
 * Inputs that passed validation, plus what follows from them.
 * Artifact builders only ever receive this type (or the placeholder model, whose
 * values are fixed placeholder strings such as `<YOUR_ACCOUNT_ID>`).
 */
export interface GuideModel extends GuideInputs {
  partition: Partition;
  /** DNS suffix of the region's partition: `amazonaws.com` or `amazonaws.com.cn`. */
  dnsSuffix: string;
}

/** One problem with one field (or one item of a list field). */
export interface FieldIssue {
  field: FieldName;
  /** Sub-key for nested fields: `repoPusher` / `eksDeployer` / `username` / `group` / `namespace`. */
  key?: string;
  /** Index of the offending item in a list field. */
  index?: number;
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `accountId.pattern`, `repos.uncovered`; the message catalogue is keyed by it. */
  code: string;
  /** Values interpolated into the message (the offending item, limits, uncovered names…). */
  params?: Record<string, string | number>;
}

/** Result of validating {@link GuideInputs}. */
export type ValidationResult =
  | { ok: true; model: GuideModel; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

/** Syntax of an artifact, for highlighting and the download MIME type. */
export type ArtifactLanguage = 'json' | 'yaml' | 'sh' | 'md';

/** One generated file. Deterministic for the same model. */
export interface Artifact {
  fileName: string;
  language: ArtifactLanguage;
  text: string;
}

/** Identifiers of the artifacts, in guide order: derived from the artifact table. */
export type { ArtifactId } from './artifacts/catalog.ts';
import type { ArtifactId } from './artifacts/catalog.ts';

/**
 * How one artifact is made: its file name, language, the model fields it reads
 * (a block is only copyable when all of them are valid) and its pure builder.
 */
export interface ArtifactSpec {
  id: ArtifactId;
  fileName: string;
  language: ArtifactLanguage;
  uses: readonly FieldName[];
  build: (model: GuideModel) => string;
}
