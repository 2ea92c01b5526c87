#!/usr/bin/env bash
# verify.sh: checks Method B end to end. Two parts, run by two different people:
#
#   bash verify.sh customer
#       Run by YOU, the customer, with credentials of your own AWS account.
#       Shows both roles' trust policies and attached policies.
#
#   EXTERNAL_ID=... bash verify.sh vendor
#       Run by THE VENDOR, with credentials of the vendor's AWS account.
#       Assumes each role with the ExternalId (must succeed) and without it (must be refused).
#       The ExternalId is not in this file: the vendor sets EXTERNAL_ID to the value sent separately.
set -euo pipefail

# Runs the command given as arguments; passes only if AWS refuses it with AccessDenied.
expect_access_denied() {
  local output
  if output="$("$@" 2>&1)"; then
    echo 'FAIL: the role was assumed WITHOUT the ExternalId; its trust policy must require sts:ExternalId.' >&2
    return 1
  fi
  case "$output" in
    *AccessDenied*) echo 'OK: refused with AccessDenied, as it must be.' ;;
    *)
      printf '%s\n' "$output" >&2
      echo 'FAIL: refused, but not with AccessDenied (see the error above).' >&2
      return 1
      ;;
  esac
}

# Part 1: the CUSTOMER.
customer() {
  echo '== Trust policy of VendorRepoPusher (must name the vendor account and sts:ExternalId) =='
  aws iam get-role \
    --role-name 'VendorRepoPusher' \
    --query 'Role.AssumeRolePolicyDocument' \
    --output 'json'
  echo '== Policies attached to VendorRepoPusher =='
  aws iam list-attached-role-policies \
    --role-name 'VendorRepoPusher' \
    --output 'table'
  echo '== Trust policy of VendorEKSDeployer (must name the vendor account and sts:ExternalId) =='
  aws iam get-role \
    --role-name 'VendorEKSDeployer' \
    --query 'Role.AssumeRolePolicyDocument' \
    --output 'json'
  echo '== Policies attached to VendorEKSDeployer =='
  aws iam list-attached-role-policies \
    --role-name 'VendorEKSDeployer' \
    --output 'table'
}

# Part 2: the VENDOR.
vendor() {
  : "${EXTERNAL_ID:?Set EXTERNAL_ID to the ExternalId the customer sent you separately}"
  echo '== Assume VendorRepoPusher WITH the ExternalId (must succeed) =='
  aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorRepoPusher' \
    --role-session-name 'vendor-method-b-verify' \
    --external-id "$EXTERNAL_ID" \
    --query 'AssumedRoleUser.Arn' \
    --output 'text'
  echo '== Assume VendorRepoPusher WITHOUT the ExternalId (must be refused) =='
  expect_access_denied aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorRepoPusher' \
    --role-session-name 'vendor-method-b-verify'
  echo '== Assume VendorEKSDeployer WITH the ExternalId (must succeed) =='
  aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorEKSDeployer' \
    --role-session-name 'vendor-method-b-verify' \
    --external-id "$EXTERNAL_ID" \
    --query 'AssumedRoleUser.Arn' \
    --output 'text'
  echo '== Assume VendorEKSDeployer WITHOUT the ExternalId (must be refused) =='
  expect_access_denied aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorEKSDeployer' \
    --role-session-name 'vendor-method-b-verify'
}

case "${1:-}" in
  customer) customer ;;
  vendor) vendor ;;
  *)
    echo 'Usage: bash verify.sh customer            (the customer, in the customer account)' >&2
    echo '       EXTERNAL_ID=... bash verify.sh vendor (the vendor, in the vendor account)' >&2
    exit 2
    ;;
esac
