/**
 * The AWS CLI commands that create the two roles without CloudFormation, filled with the
 * model: the managed policies (from the downloaded policy files), the roles with the trust
 * policy file, and the attachments. Not an artifact (no file of its own): the guide's console
 * and CLI steps place these strings, and the rotation steps place {@link iamTrustUpdateCommands}.
 *
 * Issue 10's options appear only when set: `--permissions-boundary` on both roles; `--tags` on
 * both roles and on both customer managed policies (IAM's CreatePolicy accepts tags; only
 * CloudFormation's AWS::IAM::ManagedPolicy has no Tags property). Tags are passed as JSON, not
 * the CLI's `Key=…,Value=…` shorthand, so a value with `=` or spaces stays exactly one tag.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html
 * https://docs.aws.amazon.com/cli/latest/reference/iam/create-policy.html
 */
import { artifactRow } from './artifacts/catalog.ts';
import { parseTags } from './rules/tags.ts';
import { shellCommand } from './shell.ts';
import type { GuideModel } from './types.ts';

/** Files the commands read, as the guide offers them for download (the artifact table's names). */
const FILES = {
  repoPusherPolicy: artifactRow('repoPusherPolicy').fileName,
  eksDeployerPolicy: artifactRow('eksDeployerPolicy').fileName,
  trustPolicy: artifactRow('trustPolicy').fileName,
} as const;

/** `arn:<partition>:iam::<account>:policy/<name>` of a customer managed policy created at `/`. */
function policyArn(m: GuideModel, name: string): string {
  return `arn:${m.partition}:iam::${m.accountId}:policy/${name}`;
}

// `--tags` with the tags as JSON, or nothing when there are none.
function tagOption(m: GuideModel): Array<readonly [string, string]> {
  const tags = parseTags(m.tags);
  return tags.length === 0 ? [] : [['--tags', JSON.stringify(tags)]];
}

/** One role's commands, in the order they must run. */
export interface RoleCommands {
  createPolicy: string;
  createRole: string;
  attachPolicy: string;
}

/**
 * The commands for both roles (`repoPusher`, `eksDeployer`): create the policy, create the role
 * with the trust policy (one hour sessions, as the template), attach the policy. Each is one
 * command with every value shell-quoted.
 */
export function iamCliCommands(m: GuideModel): { repoPusher: RoleCommands; eksDeployer: RoleCommands } {
  const role = (key: 'repoPusher' | 'eksDeployer', policyFile: string): RoleCommands => ({
    createPolicy: shellCommand('aws iam create-policy', [
      ['--policy-name', m.policyNames[key]],
      ['--policy-document', `file://${policyFile}`],
      ...tagOption(m),
    ]),
    createRole: shellCommand('aws iam create-role', [
      ['--role-name', m.roleNames[key]],
      ['--assume-role-policy-document', `file://${FILES.trustPolicy}`],
      ['--max-session-duration', '3600'],
      ...(m.permissionsBoundary === '' ? [] : [['--permissions-boundary', m.permissionsBoundary] as const]),
      ...tagOption(m),
    ]),
    attachPolicy: shellCommand('aws iam attach-role-policy', [
      ['--role-name', m.roleNames[key]],
      ['--policy-arn', policyArn(m, m.policyNames[key])],
    ]),
  });
  return { repoPusher: role('repoPusher', FILES.repoPusherPolicy), eksDeployer: role('eksDeployer', FILES.eksDeployerPolicy) };
}

/**
 * Rotation without CloudFormation: replace both roles' trust with `vendor-trust-policy.json`
 * — the overlap version while `previousExternalId` is set, the final one after.
 */
export function iamTrustUpdateCommands(m: GuideModel): string[] {
  return (['repoPusher', 'eksDeployer'] as const).map((key) =>
    shellCommand('aws iam update-assume-role-policy', [
      ['--role-name', m.roleNames[key]],
      ['--policy-document', `file://${FILES.trustPolicy}`],
    ]),
  );
}
