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

/** What the admin keeps: a comment line inside the block, where the cluster's own entries are. */
const EXISTING_ENTRIES = "# (the entries already here, such as your nodes' role: KEEP them)";

/**
 * Builds `aws-auth-maproles.yaml`: the entry in its place in the ConfigMap, under
 * `data:` / `mapRoles: |`, with the exact indentation a hand edit needs (a mis-indented
 * aws-auth is what locks administrators out of a cluster). The block's lines are the YAML
 * emitter's own lines for the entry, indented as block content, so no value can leave the
 * block (every value is a scalar on its own line, quoted by the emitter when needed).
 */
export function buildAwsAuth(model: GuideModel): string {
  const comment = [
    ' aws-auth-maproles.yaml: lets the vendor\'s deployer role into the cluster as a Kubernetes user and group.',
    ' Cluster administrator, on each cluster: back up the ConfigMap first',
    '   kubectl get configmap aws-auth -n kube-system -o yaml > aws-auth-backup.yaml',
    ' then open it with',
    '   kubectl edit -n kube-system configmap/aws-auth',
    ' and add the "- rolearn:" entry below under data.mapRoles, indented exactly as shown (spaces, no tabs),',
    ' after the entries already there. KEEP those (removing your nodes\' role disconnects the nodes).',
    ' What the group may do is granted by vendor-portal-rbac.yaml.',
    ' A cluster in authentication mode API ignores aws-auth: use eks-access-entry.sh there instead.',
    '',
    ' Or let eksctl add it (and keep the rest), one command per cluster:',
    ...model.clusters.map((cluster) => `   ${eksctlCommand(model, cluster)}`),
  ].join('\n');
  const skeleton = yamlText({ data: { mapRoles: '' } }, comment);
  const emptyBlock = "  mapRoles: ''\n";
  const entry = yamlText([mapRoleEntry(model)])
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `    ${line}`);
  return `${skeleton.slice(0, skeleton.length - emptyBlock.length)}  mapRoles: |\n    ${EXISTING_ENTRIES}\n${entry.join('\n')}\n`;
}
