/**
 * `deploy-stack.sh`: creates or updates the roles' stack with `aws cloudformation deploy`,
 * for readers who prefer one command to the console. It carries the ExternalId.
 */
import { shellCommand, shellQuote, shellScript } from '../shell.ts';
import type { GuideModel } from '../types.ts';
import { cfnParameterValues } from './cfn-template.ts';

/** Stack name used by the script and the template's header; fixed so re-running updates the same stack. */
export const STACK_NAME = 'vendor-roles';

/** Builds `deploy-stack.sh`. */
export function buildDeployStack(model: GuideModel): string {
  const deploy = shellCommand('aws cloudformation deploy', [
    ['--stack-name', STACK_NAME],
    ['--template-file', 'vendor-roles.cfn.yaml'],
    ['--region', model.region],
    // The template names its roles and policies, which CloudFormation only does when told so.
    ['--capabilities', 'CAPABILITY_NAMED_IAM'],
    // Re-running with nothing changed is success, not an error.
    ['--no-fail-on-empty-changeset'],
    // `deploy` splits each override at its first `=`, so a value may itself contain `=`.
    ['--parameter-overrides', ...cfnParameterValues(model).map(([key, value]) => `${key}=${value}`)],
  ]);
  const outputs = shellCommand('aws cloudformation describe-stacks', [
    ['--stack-name', STACK_NAME],
    ['--region', model.region],
    ['--query', 'Stacks[0].Outputs'],
    ['--output', 'table'],
  ]);
  return shellScript(
    [
      'deploy-stack.sh: creates or updates the CloudFormation stack with the two roles the vendor assumes (Method B).',
      'Run it with administrator credentials of YOUR account, next to vendor-roles.cfn.yaml.',
      '',
      'SECRET: this script contains the ExternalId. Do not commit it, attach it to a ticket or send it',
      'by e-mail; delete it after the stack is created.',
      // Only while rotating, so the source example's script is unchanged.
      ...(model.previousExternalId === ''
        ? []
        : [
            '',
            'ROTATION, overlap version: the roles accept the new and the previous ExternalId. Once the vendor',
            'uses only the new one, deploy the final version (generated without the previous ExternalId).',
          ]),
    ],
    [
      // Run from the script's folder so --template-file finds the template wherever it is started from.
      `cd -- "$(dirname -- "$0")"`,
      deploy,
      `echo ${shellQuote('Stack deployed. Send these role ARNs to the vendor (handoff.md lists them too):')}`,
      outputs,
    ],
  );
}
