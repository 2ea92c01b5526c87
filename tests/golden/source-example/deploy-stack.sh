#!/usr/bin/env bash
# deploy-stack.sh: creates or updates the CloudFormation stack with the two roles the vendor assumes (Method B).
# Run it with administrator credentials of YOUR account, next to vendor-roles.cfn.yaml.
#
# SECRET: this script contains the ExternalId. Do not commit it, attach it to a ticket or send it
# by e-mail; delete it after the stack is created.
set -euo pipefail

cd -- "$(dirname -- "$0")"

aws cloudformation deploy \
  --stack-name 'vendor-roles' \
  --template-file 'vendor-roles.cfn.yaml' \
  --region 'ap-northeast-1' \
  --capabilities 'CAPABILITY_NAMED_IAM' \
  --no-fail-on-empty-changeset \
  --parameter-overrides \
    'VendorAccountId=111122223333' \
    'ExternalId=vnd-3Fz7K4q9Example0ExternalId0Golden' \
    'EKSClusterName=portal-dev' \
    'RepoPattern=portal-*'

echo 'Stack deployed. Send these role ARNs to the vendor (handoff.md lists them too):'

aws cloudformation describe-stacks \
  --stack-name 'vendor-roles' \
  --region 'ap-northeast-1' \
  --query 'Stacks[0].Outputs' \
  --output 'table'
