# vendor-eks-access.tf: lets the vendor's deployer role into each cluster through an EKS access entry
# (the alternative to aws-auth-maproles.yaml; use one or the other). It uses cluster_names and the role
# of vendor-roles.tf: put it in the same folder.
#
# The clusters' authentication mode must be API or API_AND_CONFIG_MAP (see eks-access-entry.sh).
# No access policy is associated on purpose: the entry only names the Kubernetes group, and what the
# group may do is granted by the Role and RoleBinding in vendor-portal-rbac.yaml, applied with kubectl.

resource "aws_eks_access_entry" "vendor_deployer" {
  for_each = toset(var.cluster_names)

  cluster_name      = each.value
  principal_arn     = aws_iam_role.eks_deployer.arn
  kubernetes_groups = ["vendor:portal:deployer"]
  user_name         = "vendor-eks-deployer"
  type              = "STANDARD"
}
