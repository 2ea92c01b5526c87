/**
 * Values filled into the guide's prose and static commands (not the generated files): one
 * pure function from the core's model to each named value, used by the build (server
 * render, with the vendor's defaults and placeholders for what the reader has not typed)
 * and by the browser (the same function on the reader's values), so both can never differ.
 *
 * Everything here only joins model values with the core's ARN helpers; the model is
 * either validated or the core's placeholder model, so no invalid input reaches the page.
 */
import { iamCliCommands, iamTrustUpdateCommands } from '../core/iam-cli.ts';
import { accountRootArn, ecrRegistryHost, ecrRepositoryArn, ecrRepositoryUri, eksClusterArn, roleArns } from '../core/arn.ts';
import { PLACEHOLDERS } from '../core/placeholders.ts';
import { shellQuote } from '../core/shell.ts';
import type { GuideModel } from '../core/types.ts';

/** Lists a template may repeat over (`each`): one rendering of the template per item. */
export type ProseList = 'clusters' | 'repos' | 'repoPatterns';

/** Per-item context: the item of the list being repeated over, if any. */
interface Item {
  cluster?: string;
  repo?: string;
  repoPattern?: string;
}

const first = (values: readonly string[], placeholder: string): string => values[0] ?? placeholder;

/** An IAM customer managed policy ARN in the customer's account (no path). */
function policyArn(model: GuideModel, name: string): string {
  return `arn:${model.partition}:iam::${model.accountId}:policy/${name}`;
}

/** Every value a template may name, as `{name}`. */
function values(model: GuideModel, item: Item): Record<string, string> {
  const cluster = item.cluster ?? first(model.clusters, PLACEHOLDERS.cluster);
  const repo = item.repo ?? first(model.repos, PLACEHOLDERS.repo);
  const repoPattern = item.repoPattern ?? first(model.repoPatterns, PLACEHOLDERS.repoPattern);
  const arns = roleArns(model);
  const cli = iamCliCommands(model);
  return {
    accountId: model.accountId,
    vendorAccountId: model.vendorAccountId,
    vendorRoot: accountRootArn(model.partition, model.vendorAccountId),
    region: model.region,
    partition: model.partition,
    dnsSuffix: model.dnsSuffix,
    cluster,
    clusters: model.clusters.join(', '),
    clusterArn: eksClusterArn(model, cluster),
    repo,
    repos: model.repos.join(', '),
    repoArn: ecrRepositoryArn(model, repo),
    repoPattern,
    repoPatterns: model.repoPatterns.join(', '),
    repoPatternArn: ecrRepositoryArn(model, repoPattern),
    ecrRegistry: ecrRegistryHost(model),
    ecrUri: ecrRepositoryUri(model, repo),
    'roleNames.repoPusher': model.roleNames.repoPusher,
    'roleNames.eksDeployer': model.roleNames.eksDeployer,
    'policyNames.repoPusher': model.policyNames.repoPusher,
    'policyNames.eksDeployer': model.policyNames.eksDeployer,
    'kubernetes.username': model.kubernetes.username,
    'kubernetes.group': model.kubernetes.group,
    'kubernetes.namespace': model.kubernetes.namespace,
    'roleArn.repoPusher': arns.repoPusher,
    'roleArn.eksDeployer': arns.eksDeployer,
    'policyArn.repoPusher': policyArn(model, model.policyNames.repoPusher),
    'policyArn.eksDeployer': policyArn(model, model.policyNames.eksDeployer),
    // Whole AWS CLI commands from the core (already shell-quoted there: see PRE_QUOTED).
    'cli.repoPusher.createPolicy': cli.repoPusher.createPolicy,
    'cli.repoPusher.createRole': cli.repoPusher.createRole,
    'cli.repoPusher.attachPolicy': cli.repoPusher.attachPolicy,
    'cli.eksDeployer.createPolicy': cli.eksDeployer.createPolicy,
    'cli.eksDeployer.createRole': cli.eksDeployer.createRole,
    'cli.eksDeployer.attachPolicy': cli.eksDeployer.attachPolicy,
    'cli.trustUpdate': iamTrustUpdateCommands(model).join('\n'),
  };
}

/**
 * The values of `model` for `item`, computed once per model: a page re-renders all its prose
 * from one model per change, and the AWS CLI commands among the values serialise whole policy
 * documents (computing them once per element cost ~2.5 ms per keystroke at 4× CPU throttle on
 * /roles/, found by scripts/profile-input.ts). Models are never mutated once built.
 */
const valueCache = new WeakMap<GuideModel, Map<string, Record<string, string>>>();
function cachedValues(model: GuideModel, item: Item): Record<string, string> {
  let byItem = valueCache.get(model);
  if (!byItem) valueCache.set(model, (byItem = new Map()));
  // `undefined` (not repeating over that list) and '' are different items: JSON keeps them apart.
  const key = JSON.stringify([item.cluster, item.repo, item.repoPattern]);
  let all = byItem.get(key);
  if (!all) byItem.set(key, (all = values(model, item)));
  return all;
}

/** The names a template may use. */
export type ProseField = keyof ReturnType<typeof values>;

// Characters that are one literal shell word as they are: every valid value of every
// field (digits, region and resource names, ARNs) is made of these; a placeholder
// (`<…>`) is not, and gets single-quoted so that a pasted command never redirects.
const SHELL_SAFE = /^[A-Za-z0-9._:/@=+,*-]+$/;

// Fields holding whole commands the core built with `shellCommand`: every value in them is
// quoted already, and quoting the command again would make it one word.
const PRE_QUOTED = 'cli.';

/**
 * `template` with each `{name}` replaced by the model's value (unknown names are kept as
 * written, so a typo shows in the page instead of vanishing). `shell`: values that are not
 * plain shell words are single-quoted. `each`: the template once per item of that list,
 * joined by a newline (`{cluster}`, `{repo}` or `{repoPattern}` then name the item).
 */
export function renderProse(template: string, model: GuideModel, options: { shell?: boolean; each?: ProseList } = {}): string {
  const once = (item: Item) => {
    const all = cachedValues(model, item);
    return template.replace(/\{([A-Za-z.]+)\}/g, (whole, name: string) => {
      const value = all[name];
      if (value === undefined) return whole;
      if (!options.shell || name.startsWith(PRE_QUOTED)) return value;
      // `*` would glob in a shell word: quote patterns too.
      return SHELL_SAFE.test(value) && !value.includes('*') ? value : shellQuote(value);
    });
  };
  if (options.each === 'clusters') return model.clusters.map((cluster) => once({ cluster })).join('\n');
  if (options.each === 'repos') return model.repos.map((repo) => once({ repo })).join('\n');
  if (options.each === 'repoPatterns') return model.repoPatterns.map((repoPattern) => once({ repoPattern })).join('\n');
  return once({});
}
