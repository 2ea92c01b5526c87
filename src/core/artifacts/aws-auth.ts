/**
 * `aws-auth-maproles.yaml`: the `mapRoles` entry that maps the vendor's deployer role to a
 * Kubernetes user and group on clusters that read the aws-auth ConfigMap, with the
 * equivalent eksctl commands as comments.
 */
import { roleArns } from '../arn.ts';
import { shellQuote } from '../shell.ts';
import type { GuideModel } from '../types.ts';
import { yamlText } from './yaml.ts';

/** One element of aws-auth's `mapRoles` list. */
export interface MapRoleEntry {
  rolearn: string;
  username: string;
  groups: string[];
}

/**
 * The entry as data. `rolearn` is the plain role ARN, never one with a path:
 * aws-auth compares it with the path stripped, so a path would make it never match.
 */
export function mapRoleEntry(model: GuideModel): MapRoleEntry {
  return {
    rolearn: roleArns(model).eksDeployer,
    username: model.kubernetes.username,
    groups: [model.kubernetes.group],
  };
}

/** The eksctl command that adds the same entry to one cluster's aws-auth. */
function eksctlCommand(model: GuideModel, cluster: string): string {
  return [
    'eksctl create iamidentitymapping',
    `--cluster ${shellQuote(cluster)}`,
    `--region ${shellQuote(model.region)}`,
    `--arn ${shellQuote(mapRoleEntry(model).rolearn)}`,
    `--username ${shellQuote(model.kubernetes.username)}`,
    `--group ${shellQuote(model.kubernetes.group)}`,
  ].join(' ');
}

/** Builds `aws-auth-maproles.yaml`: a YAML list of one entry, ready to paste under `mapRoles: |`. */
export function buildAwsAuth(model: GuideModel): string {
  const comment = [
    ' aws-auth-maproles.yaml: lets the vendor\'s deployer role into the cluster as a Kubernetes user and group.',
    ' Cluster administrator: add the entry below to data.mapRoles of the aws-auth ConfigMap on each cluster',
    '   kubectl edit -n kube-system configmap/aws-auth',
    ' indented under "mapRoles: |", and KEEP the entries already there (removing your nodes\' role',
    ' disconnects the nodes). What the group may do is granted by vendor-portal-rbac.yaml.',
    ' A cluster in authentication mode API ignores aws-auth: use eks-access-entry.sh there instead.',
    '',
    ' Or let eksctl add it (and keep the rest), one command per cluster:',
    ...model.clusters.map((cluster) => `   ${eksctlCommand(model, cluster)}`),
  ].join('\n');
  return yamlText([mapRoleEntry(model)], comment);
}
