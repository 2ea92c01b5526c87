#!/usr/bin/env bash
# eks-access-entry.sh: lets the vendor's deployer role into each cluster through an EKS access entry
# (the alternative to aws-auth-maproles.yaml; use one or the other). Run it with credentials of YOUR account
# that may call eks:CreateAccessEntry.
#
# The cluster's authentication mode must be API or API_AND_CONFIG_MAP. Check it with
#   aws eks describe-cluster --name <cluster> --query cluster.accessConfig.authenticationMode
# and, if it is CONFIG_MAP, switch with
#   aws eks update-cluster-config --name <cluster> --access-config authenticationMode=API_AND_CONFIG_MAP
# (one-way: a cluster cannot go back to CONFIG_MAP; existing aws-auth entries keep working).
#
# No access policy is associated on purpose: the entry only names the Kubernetes group, and what the
# group may do is granted by the Role and RoleBinding in vendor-portal-rbac.yaml.
set -euo pipefail

aws eks create-access-entry \
  --cluster-name 'portal-dev' \
  --principal-arn 'arn:aws:iam::123456789012:role/VendorEKSDeployer' \
  --kubernetes-groups 'vendor:portal:deployer' \
  --username 'vendor-eks-deployer' \
  --region 'ap-northeast-1'
