/**
 * `vendor-eks-access.tf`: the EKS access-entry way for Terraform users, one
 * `aws_eks_access_entry` per cluster of `cluster_names` (declared in `vendor-roles.tf`),
 * mapping the deployer role to the vendor's Kubernetes user and group, as
 * `eks-access-entry.sh` does with the AWS CLI. What the group may do stays in
 * `vendor-portal-rbac.yaml`, applied with kubectl: a Kubernetes provider here would need
 * credentials for every cluster in the same configuration.
 */
import type { GuideModel } from '../types.ts';
import { attr, block, hclRaw, hclText } from './hcl.ts';
import { TF_NAMES } from './terraform-roles.ts';

const HEADER = [
  "vendor-eks-access.tf: lets the vendor's deployer role into each cluster through an EKS access entry",
  '(the alternative to aws-auth-maproles.yaml; use one or the other). It uses cluster_names and the role',
  'of vendor-roles.tf: put it in the same folder.',
  '',
  "The clusters' authentication mode must be API or API_AND_CONFIG_MAP (see eks-access-entry.sh).",
  'No access policy is associated on purpose: the entry only names the Kubernetes group, and what the',
  'group may do is granted by the Role and RoleBinding in vendor-portal-rbac.yaml, applied with kubectl.',
];

/** Builds `vendor-eks-access.tf`. */
export function buildTerraformEksAccess(model: GuideModel): string {
  return hclText(
    [
      [
        block(
          'resource',
          ['aws_eks_access_entry', 'vendor_deployer'],
          [attr('for_each', hclRaw(`toset(var.${TF_NAMES.clusters})`))],
          [
            attr('cluster_name', hclRaw('each.value')),
            attr('principal_arn', hclRaw(`aws_iam_role.${TF_NAMES.eksDeployer}.arn`)),
            attr('kubernetes_groups', [model.kubernetes.group]),
            attr('user_name', model.kubernetes.username),
            attr('type', 'STANDARD'),
          ],
        ),
      ],
    ],
    HEADER,
  );
}
