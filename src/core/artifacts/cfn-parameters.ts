/**
 * `vendor-roles.parameters.json`: the template's parameter values for
 * `aws cloudformation create-stack --parameters file://vendor-roles.parameters.json`.
 * It holds the ExternalId, which the template deliberately has no default for.
 */
import type { GuideModel } from '../types.ts';
import { cfnParameterValues } from './cfn-template.ts';
import { jsonText } from './json.ts';

/** Builds `vendor-roles.parameters.json`: `[{ ParameterKey, ParameterValue }]` in template order. */
export function buildCfnParameters(model: GuideModel): string {
  return jsonText(cfnParameterValues(model).map(([key, value]) => ({ ParameterKey: key, ParameterValue: value })));
}
