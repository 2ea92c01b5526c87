/**
 * The CloudFormation console's quick-create link ("Launch Stack"): the console of the
 * reader's region opens with the vendor's published template, the stack name and the
 * parameters filled in. The console ignores NoEcho parameters in such a link, so the
 * ExternalId never goes into it (it would also leak into browser history and referrers):
 * the reader pastes it on the console page.
 *
 * The published template was built from the vendor's defaults, and a link can only set its
 * parameters: a permissions boundary, tags or another number of clusters than it was built
 * with cannot reach the stack that way. {@link launchStackFit} says whether the link would
 * create the stack the reader's own template describes.
 */
import { CFN_LINK_FIELDS, cfnLinkParameterValues, withParametersOf } from './artifacts/cfn-template.ts';
import type { Builder } from './artifacts/loaders.ts';
import type { GuideModel, Partition } from './types.ts';

/**
 * The fields a link's errors come from: the region (it picks the console) and those whose values
 * the link carries. An invalid one is a placeholder in the model, which must not reach the console.
 */
export const LAUNCH_STACK_FIELDS: ReadonlySet<string> = new Set(['region', ...CFN_LINK_FIELDS]);

/**
 * Whether the published template, built from `published` (the vendor's defaults), creates the
 * stack of `model`'s own template when a link gives it `model`'s parameters:
 * - `fits`: the same parameters, and the templates are the same apart from their values;
 * - `parameters`: it has other parameters (another number of clusters or repository patterns;
 *   a permissions boundary where it has none, or the other way round);
 * - `content`: the same parameters, but something outside them differs (tags, say).
 *
 * `build` is the template's builder (`buildCfnTemplate`), passed in: the caller decides which
 * file of the browser's JavaScript holds it (the island's, src/islands/SnippetLaunchStack.tsx).
 */
export function launchStackFit(model: GuideModel, published: GuideModel, build: Builder): 'fits' | 'parameters' | 'content' {
  const names = (m: GuideModel) => cfnLinkParameterValues(m).map(([name]) => name).join('\n');
  if (names(model) !== names(published)) return 'parameters';
  return build(withParametersOf(model, published)) === publishedTemplate(published, build) ? 'fits' : 'content';
}

// The published model is the same object for a whole page: its template is built once.
const publishedTexts = new WeakMap<GuideModel, string>();

/** `build(model)`, once per model object. */
function publishedTemplate(model: GuideModel, build: Builder): string {
  let text = publishedTexts.get(model);
  if (text === undefined) publishedTexts.set(model, (text = build(model)));
  return text;
}

/** The AWS console's origin for a region of `partition`. */
export function consoleOrigin(partition: Partition, region: string): string {
  switch (partition) {
    case 'aws':
      return `https://${region}.console.aws.amazon.com`;
    case 'aws-cn':
      return `https://${region}.console.amazonaws.cn`;
    case 'aws-us-gov':
      return `https://${region}.console.amazonaws-us-gov.com`;
  }
}

/** What a quick-create link carries. */
export interface QuickCreate {
  templateUrl: string;
  region: string;
  partition: Partition;
  stackName: string;
  /** Template parameters, in template order, NoEcho ones excluded by the caller. */
  parameters: ReadonlyArray<readonly [name: string, value: string]>;
}

/**
 * The quick-create URL: `<console>/cloudformation/home?region=<r>#/stacks/quickcreate?templateURL=…
 * &stackName=…&param_<Name>=…`. Every value is percent-encoded (the console decodes them),
 * so no value can add a parameter of its own.
 */
export function quickCreateUrl(q: QuickCreate): string {
  const query = [
    ['templateURL', q.templateUrl],
    ['stackName', q.stackName],
    ...q.parameters.map(([name, value]) => [`param_${name}`, value] as const),
  ]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${consoleOrigin(q.partition, q.region)}/cloudformation/home?region=${encodeURIComponent(q.region)}#/stacks/quickcreate?${query}`;
}
