/**
 * Resolution of the vendor settings for the build and the CLI: the schema's defaults (from
 * `vendor.ts`), overridden by the environment variables the schema names, then validated with
 * the same rules the guide applies to the reader's inputs. A deployment with a bad value must
 * not build: the error names every bad setting, its environment variable and the rule.
 *
 * Environment values are trimmed (a trailing newline from `$(cat file)` is never meant), and
 * a variable set to the empty string counts as unset, because CI systems commonly pass unset
 * variables as empty strings. English only: the audience is the deployer.
 */
import { EXTERNAL_ID_PREFIX_MAX_LENGTH, isValidExternalIdPrefix } from '../core/external-id.ts';
import { FIELDS, issuePath, parseListField, valueAt } from '../core/fields.ts';
import { defaultInputs } from '../core/inputs.ts';
import { formatIssue } from '../core/messages.ts';
import type { FieldIssue } from '../core/types.ts';
import { validateField } from '../core/validate.ts';
import { SETTING_LEAVES, SETTINGS_ENV, settingsShape, type VendorSettings } from './settings-schema.ts';
import { vendorSettings } from './vendor.ts';

/** A setting path as written in `SETTINGS_ENV`, e.g. `vendorAccountId` or `roleNames.repoPusher`. */
export type SettingPath = string;

/** The environment variable overriding each setting path. */
export const SETTING_ENV_NAMES: Readonly<Record<SettingPath, string>> = Object.fromEntries(
  SETTING_LEAVES.map((leaf) => [leaf.path, leaf.env]),
);

/** One problem with one setting. */
export interface SettingProblem {
  path: SettingPath;
  env: string;
  severity: 'error' | 'warning';
  /** English sentence stating the value and the rule. */
  rule: string;
}

/** Thrown by {@link resolveVendorSettings} when any setting is invalid; lists every bad setting. */
export class VendorSettingsError extends Error {
  /** Every invalid setting, one line each, as in the message. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'VendorSettingsError';
    this.problems = problems;
  }
}

// Writes `value` at dotted `path` of `target`, creating nothing that the shape does not have.
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = target;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  node[last] = value;
}

/** `settings` with every environment override of `env` applied (a new object; unset/empty variables are skipped). */
export function applyEnvOverrides(settings: VendorSettings, env: Record<string, string | undefined>): VendorSettings {
  const out = structuredClone(settings) as unknown as Record<string, unknown>;
  for (const leaf of SETTING_LEAVES) {
    const raw = Object.hasOwn(env, leaf.env) ? env[leaf.env] : undefined;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    // The mode is stored as given and checked by the rules below.
    setAt(out, leaf.path, leaf.list ? parseListField(raw) : raw.trim());
  }
  return out as unknown as VendorSettings;
}

// Which setting a core issue is about: each guide field's row names the setting that pre-fills it.
function pathOf(issue: FieldIssue): SettingPath | undefined {
  const key = issue.key ?? firstKey(issue.field);
  const path = issuePath(key === undefined ? { field: issue.field } : { field: issue.field, key });
  if (path === undefined) return undefined;
  const def = FIELDS[path] as { setting?: string };
  return def.setting;
}

// A whole-field issue of a nested field is about its first sub-key (e.g. roleNames → roleNames.repoPusher).
function firstKey(field: FieldIssue['field']): string | undefined {
  const path = Object.keys(FIELDS).find((p) => p.startsWith(`${field}.`));
  return path?.slice(field.length + 1);
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
// Virtual-hosted and path-style S3 hosts, regional, dash-regional and dualstack, commercial and China.
const S3_HOST = /^(?:[a-z0-9][a-z0-9.-]*\.)?s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;

function parseHttpsUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return undefined;
  return url;
}

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

type Rule = Omit<SettingProblem, 'env'>;

// The rules of the settings (errors and warnings) for a value of the schema's shape.
function settingRules(settings: VendorSettings): Rule[] {
  const problems: Rule[] = [];
  const add = (path: SettingPath, rule: string, severity: SettingProblem['severity'] = 'error'): void => {
    problems.push({ path, severity, rule });
  };

  const name = settings.vendorName;
  if (name.trim() === '' || name.length > 100 || /\p{C}/u.test(name)) {
    add('vendorName', `${show(name)} must be 1-100 printable characters.`);
  }
  if (!isValidExternalIdPrefix(settings.externalIdPrefix)) {
    add(
      'externalIdPrefix',
      `${show(settings.externalIdPrefix)} must be at most ${EXTERNAL_ID_PREFIX_MAX_LENGTH} characters of [A-Za-z0-9_+=,.@:/-] (characters AWS allows in an ExternalId).`,
    );
  }
  const mode: string = settings.externalIdMode;
  if (mode !== 'generate' && mode !== 'vendor-issued') {
    add('externalIdMode', `${show(mode)} must be "generate" or "vendor-issued".`);
  }
  const contact = settings.supportContact;
  if (!EMAIL.test(contact) && !parseHttpsUrl(contact)) {
    add('supportContact', `${show(contact)} must be an e-mail address or an https:// URL.`);
  }
  const template = settings.templateUrl;
  if (template !== '') {
    const url = parseHttpsUrl(template);
    if (!url || url.port !== '' || !S3_HOST.test(url.hostname) || url.pathname.length <= 1) {
      add(
        'templateUrl',
        `${show(template)} must be empty or an https:// URL of an object on an Amazon S3 host (e.g. https://my-bucket.s3.ap-northeast-1.amazonaws.com/vendor-roles.cfn.yaml).`,
      );
    }
  }

  // Everything a reader can also type is checked by the guide's own validators, on the inputs
  // these settings pre-fill (the field table maps each setting to its field).
  const inputs = defaultInputs(settings);
  const fields = [...new Set(Object.values(FIELDS).filter((d) => 'setting' in d).map((d) => d.field))];
  for (const field of fields) {
    for (const issue of validateField(field, inputs)) {
      const path = pathOf(issue);
      if (path) add(path, formatIssue(issue, 'en'), issue.severity);
    }
  }
  return problems;
}

/**
 * The settings schema with its rules: parsing gives the settings (defaults filled in) or one
 * issue per bad setting, its path and the rule. Warnings are not issues; see {@link checkVendorSettings}.
 */
export const vendorSettingsSchema = settingsShape.superRefine((settings, ctx) => {
  for (const problem of settingRules(settings)) {
    if (problem.severity === 'error') ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: problem.rule });
  }
});

// Report in the order of SETTINGS_ENV (the README's order), whatever order the checks ran in.
const ORDER = Object.values(SETTINGS_ENV);
const byOrder = (a: SettingProblem, b: SettingProblem) => ORDER.indexOf(a.path) - ORDER.indexOf(b.path);

/**
 * Every problem with `settings` (errors and warnings), each naming the setting, its
 * environment variable and the rule. An empty result means the settings are usable.
 */
export function checkVendorSettings(settings: VendorSettings): SettingProblem[] {
  const parsed = vendorSettingsSchema.safeParse(settings);
  const errors: SettingProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.');
        const value = valueAt(settings, path);
        const rule = issue.code === 'custom' ? issue.message : `${show(String(value))}: ${issue.message}.`;
        return { path, env: SETTING_ENV_NAMES[path] ?? '', severity: 'error' as const, rule };
      });
  // Warnings only make sense on well-typed settings (the rules read every value).
  const warnings = parsed.success
    ? settingRules(parsed.data as VendorSettings)
        .filter((p) => p.severity === 'warning')
        .map((p) => ({ ...p, env: SETTING_ENV_NAMES[p.path] ?? '' }))
    : [];
  return [...errors, ...warnings].sort(byOrder);
}

/** One line of the error: `Invalid vendor setting <path> (env <VAR>): <rule>`. */
export function describeSettingProblem(problem: SettingProblem): string {
  const kind = problem.severity === 'error' ? 'Invalid vendor setting' : 'Vendor setting warning:';
  return `${kind} ${problem.path} (env ${problem.env}): ${problem.rule}`;
}

/**
 * The settings of this deployment: `vendorSettings` overridden by `env`, validated.
 * Throws {@link VendorSettingsError} listing every invalid setting. Warnings (such as a planned
 * repository no pattern covers) do not throw; get them from {@link checkVendorSettings}.
 */
export function resolveVendorSettings(env: Record<string, string | undefined> = {}): VendorSettings {
  const settings = applyEnvOverrides(vendorSettings, env);
  const errors = checkVendorSettings(settings).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new VendorSettingsError(errors.map(describeSettingProblem));
  return vendorSettingsSchema.parse(settings) as VendorSettings;
}
