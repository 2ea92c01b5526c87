#!/usr/bin/env bash
# verify.sh: checks Method B end to end. Two parts, run by two different people:
#
#   bash verify.sh customer
#       Run by YOU, the customer, with credentials of your own AWS account.
#       Shows both roles' trust policies and attached policies.
#
#   EXTERNAL_ID=... bash verify.sh vendor
#       Run by THE VENDOR, with credentials of the vendor's AWS account.
#       Assumes each role with the ExternalId (must succeed; retried for a few seconds, as IAM
#       takes seconds to propagate a new role) and without it (must be refused); with each session,
#       calls what the role is for (must succeed) and one action it is not granted (must be refused).
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

# Runs an AssumeRole call (the arguments) until AWS accepts it. Only AccessDenied is retried:
# a role created seconds ago is refused until IAM has propagated it (seconds, not minutes).
# Keeps "arn key secret token" in SESSION; prints only the session ARN, never the credentials.
SESSION=''
with_retry() {
  local output delay
  for delay in 1 2 4 8 0; do
    if output="$("$@" 2>&1)"; then
      SESSION="$output"
      echo "OK: assumed as ${SESSION%%[[:space:]]*}"
      return 0
    fi
    case "$output" in
      *AccessDenied*) ;;
      *)
        printf '%s\n' "$output" >&2
        return 1
        ;;
    esac
    if [ "$delay" = 0 ]; then
      break
    fi
    echo "Refused; IAM may still be propagating the role. Retrying in ${delay}s..." >&2
    sleep "$delay"
  done
  printf '%s\n' "$output" >&2
  echo 'FAIL: the role could not be assumed WITH the ExternalId (check the trust policy and the value).' >&2
  return 1
}

# Runs the command given as arguments with the credentials of the last assumed session.
# (SESSION is "arn<TAB>key<TAB>secret<TAB>token", the AWS CLI's text output of the --query below.)
as_session() {
  local rest key secret
  rest="${SESSION#*[[:space:]]}"
  key="${rest%%[[:space:]]*}"
  rest="${rest#*[[:space:]]}"
  secret="${rest%%[[:space:]]*}"
  AWS_ACCESS_KEY_ID="$key" AWS_SECRET_ACCESS_KEY="$secret" AWS_SESSION_TOKEN="${rest#*[[:space:]]}" "$@"
}

# Runs the command given as arguments; passes only if AWS refuses it with AccessDenied.
expect_forbidden() {
  local output
  if output="$("$@" 2>&1)"; then
    echo 'FAIL: the role was allowed an action the guide does not grant; check its permissions policy.' >&2
    return 1
  fi
  case "$output" in
    *AccessDenied*) echo 'OK: not granted, as it must be.' ;;
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
  echo '== Assume VendorRepoPusher WITH the ExternalId (must succeed; retried for a few seconds while IAM propagates) =='
  with_retry aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorRepoPusher' \
    --role-session-name 'vendor-method-b-verify' \
    --external-id "$EXTERNAL_ID" \
    --query '[AssumedRoleUser.Arn,Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]' \
    --output 'text'
  echo '== VendorRepoPusher can read the planned repository portal-api (must succeed) =='
  as_session aws ecr describe-repositories \
    --region 'ap-northeast-1' \
    --repository-names 'portal-api' \
    --query 'repositories[0].repositoryUri' \
    --output 'text'
  echo '== VendorRepoPusher cannot read repository policies (must be refused) =='
  expect_forbidden as_session aws ecr get-repository-policy \
    --region 'ap-northeast-1' \
    --repository-name 'portal-api'
  echo '== Assume VendorRepoPusher WITHOUT the ExternalId (must be refused) =='
  expect_access_denied aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorRepoPusher' \
    --role-session-name 'vendor-method-b-verify'
  echo '== Assume VendorEKSDeployer WITH the ExternalId (must succeed; retried for a few seconds while IAM propagates) =='
  with_retry aws sts assume-role \
    --role-arn 'arn:aws:iam::123456789012:role/VendorEKSDeployer' \
    --role-session-name 'vendor-method-b-verify' \
    --external-id "$EXTERNAL_ID" \
    --query '[AssumedRoleUser.Arn,Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]' \
    --output 'text'
  echo '== VendorEKSDeployer can describe the cluster portal-dev (must succeed) =='
  as_session aws eks describe-cluster \
    --region 'ap-northeast-1' \
    --name 'portal-dev' \
    --query 'cluster.status' \
    --output 'text'
  echo '== VendorEKSDeployer cannot list clusters (must be refused) =='
  expect_forbidden as_session aws eks list-clusters \
    --region 'ap-northeast-1'
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
