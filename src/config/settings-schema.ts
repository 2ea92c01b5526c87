/**
 * The vendor settings as one zod schema: one object per area, each setting with its
 * description (`.describe()`), its default (from `vendor.ts`, the file a vendor edits) and the
 * environment variable that overrides it. The build (`site-settings.ts`, via the Astro config)
 * and the CLI both resolve settings through `resolve-settings.ts`, which parses with this schema.
 *
 * Settings that pre-fill a guide field take their description and environment variable from
 * the field table (`src/core/fields.ts`), so a field's setting is described in one place.
 * The rules themselves are the guide's own validators plus the few settings-only rules, applied
 * in one refinement so that every bad setting is reported at once (see resolve-settings.ts).
 */
import { z } from 'astro/zod';
import { FIELDS, type FieldPath } from '../core/fields.ts';
import type { KubernetesIdentity, RolePair } from '../core/types.ts';
import { vendorSettings as defaults } from './vendor.ts';

/** Metadata of one setting: the environment variable overriding it. */
export interface SettingMeta {
  env: string;
}

/** Registry of the settings' environment variables (zod's registry keeps them beside the schema). */
export const SETTING_META = z.registry<SettingMeta>();

// A setting of its own (not a guide field): description and environment variable given here.
function own<T extends z.ZodType>(schema: T, env: string, description: string): T {
  const described = schema.describe(description) as T;
  SETTING_META.add(described, { env });
  return described;
}

// A setting that pre-fills a guide field: description and environment variable from the field table.
function field<T extends z.ZodType>(path: FieldPath, schema: T): T {
  const def = FIELDS[path] as { env?: string; description: string };
  if (def.env === undefined) throw new Error(`field ${path} has no setting`);
  return own(schema, def.env, def.description);
}

const text = z.string();
const list = z.array(z.string());

/** Who we are and how customers reach us. */
export const identitySettings = z
  .object({
    vendorName: own(text.default(defaults.vendorName), 'VENDOR_NAME', 'How the guide names us (1-100 printable characters).'),
    vendorAccountId: field('vendorAccountId', text.default(defaults.vendorAccountId)),
  })
  .describe('The vendor');

/** How ExternalIds are made. */
export const externalIdSettings = z
  .object({
    externalIdPrefix: own(
      text.default(defaults.externalIdPrefix),
      'VENDOR_EXTERNAL_ID_PREFIX',
      'Prefix of generated ExternalIds (ExternalId characters, at most 64).',
    ),
    externalIdMode: own(
      // Any string at the leaf, so that a bad mode is reported with every other bad setting by the rules.
      z.custom<VendorSettings['externalIdMode']>((value) => typeof value === 'string').default(defaults.externalIdMode),
      'VENDOR_EXTERNAL_ID_MODE',
      '"generate" (the reader\'s browser makes the ExternalId) or "vendor-issued" (we send it).',
    ),
  })
  .describe('The ExternalId');

/** Values the guide starts with (the reader may change them). */
export const defaultValueSettings = z
  .object({
    defaultRegion: field('region', text.default(defaults.defaultRegion)),
    defaultClusters: field('clusters', list.default(defaults.defaultClusters)),
    repoPatterns: field('repoPatterns', list.default(defaults.repoPatterns)),
    plannedRepos: field('repos', list.default(defaults.plannedRepos)),
  })
  .describe("Defaults of the reader's values");

/** Names of the two IAM roles. */
export const roleNameSettings = z
  .object({
    repoPusher: field('roleNames.repoPusher', text.default(defaults.roleNames.repoPusher)),
    eksDeployer: field('roleNames.eksDeployer', text.default(defaults.roleNames.eksDeployer)),
  })
  .describe('IAM role names');

/** Names of the two managed policies. */
export const policyNameSettings = z
  .object({
    repoPusher: field('policyNames.repoPusher', text.default(defaults.policyNames.repoPusher)),
    eksDeployer: field('policyNames.eksDeployer', text.default(defaults.policyNames.eksDeployer)),
  })
  .describe('IAM managed policy names');

/** The Kubernetes identity of our deployer role. */
export const kubernetesSettings = z
  .object({
    username: field('kubernetes.username', text.default(defaults.kubernetes.username)),
    group: field('kubernetes.group', text.default(defaults.kubernetes.group)),
    namespace: field('kubernetes.namespace', text.default(defaults.kubernetes.namespace)),
  })
  .describe('Kubernetes identity');

/** Support and the Launch Stack button. */
export const publishingSettings = z
  .object({
    supportContact: own(
      text.default(defaults.supportContact),
      'VENDOR_SUPPORT_CONTACT',
      'E-mail address or https URL where customers reach our support.',
    ),
    templateUrl: own(
      text.default(defaults.templateUrl),
      'VENDOR_TEMPLATE_URL',
      'Empty, or the https S3 URL of vendor-roles.cfn.yaml (enables Launch Stack).',
    ),
  })
  .describe('Support and publishing');

/**
 * The whole settings object, areas flattened in the README's order (which is also the order
 * of SETTINGS_ENV and of error messages). Unknown keys are dropped.
 */
export const settingsShape = z.object({
  ...identitySettings.shape,
  ...externalIdSettings.shape,
  ...defaultValueSettings.shape,
  roleNames: roleNameSettings.default(defaults.roleNames),
  policyNames: policyNameSettings.default(defaults.policyNames),
  kubernetes: kubernetesSettings.default(defaults.kubernetes),
  ...publishingSettings.shape,
});

/** Everything a deploying vendor sets. See `vendor.ts` for each value's meaning. */
export interface VendorSettings {
  vendorName: string;
  vendorAccountId: string;
  externalIdPrefix: string;
  externalIdMode: 'generate' | 'vendor-issued';
  defaultRegion: string;
  defaultClusters: string[];
  repoPatterns: string[];
  plannedRepos: string[];
  roleNames: RolePair;
  policyNames: RolePair;
  kubernetes: KubernetesIdentity;
  supportContact: string;
  templateUrl: string;
}

// The interface above is what callers name; the schema must produce exactly it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<z.output<typeof settingsShape>, VendorSettings> = true;
void schemaMatchesInterface;

/** One setting of the schema: its dotted path, environment variable, whether it is a list. */
export interface SettingLeaf {
  path: string;
  env: string;
  list: boolean;
  description: string;
}

// Unwraps defaults to reach the object or array inside.
function inner(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

function leaves(shape: Record<string, z.ZodType>, prefix: string): SettingLeaf[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const path = prefix + key;
    const body = inner(schema);
    if (body instanceof z.ZodObject) return leaves(body.shape as Record<string, z.ZodType>, `${path}.`);
    const meta = SETTING_META.get(schema);
    if (!meta) throw new Error(`setting ${path} has no environment variable`);
    return [{ path, env: meta.env, list: body instanceof z.ZodArray, description: schema.description ?? '' }];
  });
}

/** Every setting, in settings order (derived from the schema). */
export const SETTING_LEAVES: readonly SettingLeaf[] = leaves(settingsShape.shape as Record<string, z.ZodType>, '');

/** Environment variable → setting path (derived from the schema). Lists are comma-separated. */
export const SETTINGS_ENV: Readonly<Record<string, string>> = Object.fromEntries(
  SETTING_LEAVES.map((leaf) => [leaf.env, leaf.path]),
);
