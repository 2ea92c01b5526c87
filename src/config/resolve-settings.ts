/**
 * Resolution of the vendor settings for the build and the CLI: the defaults of `vendor.ts`,
 * overridden by the environment variables of `SETTINGS_ENV`, then validated with the same
 * rules the guide applies to the reader's inputs. A deployment with a bad value must not
 * build: the error names every bad setting, its environment variable and the rule.
 *
 * Environment values are trimmed (a trailing newline from `$(cat file)` is never meant), and
 * a variable set to the empty string counts as unset, because CI systems commonly pass unset
 * variables as empty strings. English only: the audience is the deployer.
 */
import { EXTERNAL_ID_PREFIX_MAX_LENGTH, isValidExternalIdPrefix } from '../core/external-id.ts';
import { parseListField } from '../core/inputs.ts';
import { formatIssue } from '../core/messages.ts';
import type { FieldIssue, GuideInputs } from '../core/types.ts';
import { validateField } from '../core/validate.ts';
import { SETTINGS_ENV, type VendorSettings } from './settings-schema.ts';
import { vendorSettings } from './vendor.ts';

/** A setting path as written in `SETTINGS_ENV`, e.g. `vendorAccountId` or `roleNames.repoPusher`. */
export type SettingPath = (typeof SETTINGS_ENV)[keyof typeof SETTINGS_ENV];

/** The environment variable overriding each setting path. */
export const SETTING_ENV_NAMES: Readonly<Record<SettingPath, string>> = Object.fromEntries(
  Object.entries(SETTINGS_ENV).map(([env, path]) => [path, env]),
) as Record<SettingPath, string>;

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

const LIST_PATHS: ReadonlySet<SettingPath> = new Set(['defaultClusters', 'repoPatterns', 'plannedRepos']);

function clone(settings: VendorSettings): VendorSettings {
  return {
    ...settings,
    defaultClusters: [...settings.defaultClusters],
    repoPatterns: [...settings.repoPatterns],
    plannedRepos: [...settings.plannedRepos],
    roleNames: { ...settings.roleNames },
    policyNames: { ...settings.policyNames },
    kubernetes: { ...settings.kubernetes },
  };
}

// Writes one override; the mode is stored as given and checked by validation below.
function apply(settings: VendorSettings, path: SettingPath, raw: string): void {
  if (LIST_PATHS.has(path)) {
    const items = parseListField(raw);
    if (path === 'defaultClusters') settings.defaultClusters = items;
    else if (path === 'repoPatterns') settings.repoPatterns = items;
    else settings.plannedRepos = items;
    return;
  }
  const value = raw.trim();
  switch (path) {
    case 'vendorName': settings.vendorName = value; break;
    case 'vendorAccountId': settings.vendorAccountId = value; break;
    case 'externalIdPrefix': settings.externalIdPrefix = value; break;
    case 'externalIdMode': settings.externalIdMode = value as VendorSettings['externalIdMode']; break;
    case 'defaultRegion': settings.defaultRegion = value; break;
    case 'roleNames.repoPusher': settings.roleNames.repoPusher = value; break;
    case 'roleNames.eksDeployer': settings.roleNames.eksDeployer = value; break;
    case 'policyNames.repoPusher': settings.policyNames.repoPusher = value; break;
    case 'policyNames.eksDeployer': settings.policyNames.eksDeployer = value; break;
    case 'kubernetes.username': settings.kubernetes.username = value; break;
    case 'kubernetes.group': settings.kubernetes.group = value; break;
    case 'kubernetes.namespace': settings.kubernetes.namespace = value; break;
    case 'supportContact': settings.supportContact = value; break;
    case 'templateUrl': settings.templateUrl = value; break;
  }
}

/** `settings` with every environment override of `env` applied (a new object; unset/empty variables are skipped). */
export function applyEnvOverrides(settings: VendorSettings, env: Record<string, string | undefined>): VendorSettings {
  const out = clone(settings);
  for (const [name, path] of Object.entries(SETTINGS_ENV) as [string, SettingPath][]) {
    const raw = Object.hasOwn(env, name) ? env[name] : undefined;
    if (typeof raw === 'string' && raw.trim() !== '') apply(out, path, raw);
  }
  return out;
}

// Which setting a core issue is about: guide fields map onto the settings that pre-fill them.
function pathOf(issue: FieldIssue): SettingPath | undefined {
  switch (issue.field) {
    case 'vendorAccountId': return 'vendorAccountId';
    case 'region': return 'defaultRegion';
    case 'clusters': return 'defaultClusters';
    case 'repoPatterns': return 'repoPatterns';
    case 'repos': return 'plannedRepos';
    case 'roleNames': return issue.key === 'eksDeployer' ? 'roleNames.eksDeployer' : 'roleNames.repoPusher';
    case 'policyNames': return issue.key === 'eksDeployer' ? 'policyNames.eksDeployer' : 'policyNames.repoPusher';
    case 'kubernetes':
      return issue.key === 'group' ? 'kubernetes.group' : issue.key === 'namespace' ? 'kubernetes.namespace' : 'kubernetes.username';
    default: return undefined;
  }
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

/**
 * Every problem with `settings` (errors and warnings), each naming the setting, its
 * environment variable and the rule. An empty result means the settings are usable.
 */
export function checkVendorSettings(settings: VendorSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const add = (path: SettingPath, rule: string, severity: SettingProblem['severity'] = 'error'): void => {
    problems.push({ path, env: SETTING_ENV_NAMES[path], severity, rule });
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

  // Everything a reader can also type is checked by the guide's own validators.
  const inputs: GuideInputs = {
    accountId: '',
    vendorAccountId: settings.vendorAccountId,
    region: settings.defaultRegion,
    clusters: settings.defaultClusters,
    repoPatterns: settings.repoPatterns,
    repos: settings.plannedRepos,
    roleNames: settings.roleNames,
    policyNames: settings.policyNames,
    kubernetes: settings.kubernetes,
    externalId: '',
  };
  const fields = ['vendorAccountId', 'region', 'clusters', 'repoPatterns', 'repos', 'roleNames', 'policyNames', 'kubernetes'] as const;
  for (const field of fields) {
    for (const issue of validateField(field, inputs)) {
      const path = pathOf(issue);
      if (path) add(path, formatIssue(issue, 'en'), issue.severity);
    }
  }
  // Report in the order of SETTINGS_ENV (the README's order), whatever order the checks ran in.
  const order = Object.values(SETTINGS_ENV) as SettingPath[];
  return problems.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
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
  return settings;
}
