/**
 * `eks-access-entry.sh`: the EKS access-entry alternative to aws-auth, one
 * `aws eks create-access-entry` per cluster mapping the deployer role to the same
 * Kubernetes user and group.
 */
import { roleArns } from '../arn.ts';
import { shellCommand, shellComment, shellScript } from '../shell.ts';
import type { GuideModel } from '../types.ts';

/** Builds `eks-access-entry.sh`. */
export function buildAccessEntry(model: GuideModel): string {
  const principalArn = roleArns(model).eksDeployer;
  const commands = model.clusters.map((cluster) =>
    shellCommand('aws eks create-access-entry', [
      ['--cluster-name', cluster],
      ['--principal-arn', principalArn],
      ['--kubernetes-groups', model.kubernetes.group],
      ['--username', model.kubernetes.username],
      ['--region', model.region],
    ]),
  );
  return shellScript(
    [
      'eks-access-entry.sh: lets the vendor\'s deployer role into each cluster through an EKS access entry',
      '(the alternative to aws-auth-maproles.yaml; use one or the other). Run it with credentials of YOUR account',
      'that may call eks:CreateAccessEntry.',
      '',
      'The cluster\'s authentication mode must be API or API_AND_CONFIG_MAP. Check it with',
      '  aws eks describe-cluster --name <cluster> --query cluster.accessConfig.authenticationMode',
      'and, if it is CONFIG_MAP, switch with',
      '  aws eks update-cluster-config --name <cluster> --access-config authenticationMode=API_AND_CONFIG_MAP',
      '(one-way: a cluster cannot go back to CONFIG_MAP; existing aws-auth entries keep working).',
      '',
      'No access policy is associated on purpose: the entry only names the Kubernetes group, and what the',
      'group may do is granted by the Role and RoleBinding in vendor-portal-rbac.yaml.',
    ],
    model.clusters.length > 1
      ? commands.map((command, i) => `${shellComment(`Cluster ${i + 1} of ${commands.length}`)}\n${command}`)
      : commands,
  );
}
