/**
 * The CloudFormation console's quick-create link ("Launch Stack"): the console of the
 * reader's region opens with the vendor's published template, the stack name and the
 * parameters filled in. The console ignores NoEcho parameters in such a link, so the
 * ExternalId never goes into it (it would also leak into browser history and referrers):
 * the reader pastes it on the console page.
 */
import { CFN_NO_ECHO_PARAMETERS, cfnParameterValues } from '../core/artifacts/cfn-template.ts';
import type { GuideModel, Partition } from '../core/types.ts';

/** The template parameters the console ignores in a link: the template's NoEcho ones. */
export const NO_ECHO_PARAMETERS: ReadonlySet<string> = new Set(CFN_NO_ECHO_PARAMETERS);

/** The template's parameters for `model` that a link can carry (all but the NoEcho ones), in template order. */
export function launchStackParameters(model: GuideModel): Array<readonly [name: string, value: string]> {
  return cfnParameterValues(model).filter(([name]) => !NO_ECHO_PARAMETERS.has(name));
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
