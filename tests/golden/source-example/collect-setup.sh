#!/usr/bin/env bash
# collect-setup.sh: collects, with READ-ONLY calls, what the guide's setup check needs, into method-b-setup.json.
# Run it with credentials of YOUR account (and kubectl pointed at the cluster, if you use it). It changes nothing;
# whatever it may not read is recorded as skipped. It prints no output of the calls: they go to the file only.
set -euo pipefail

REGION='ap-northeast-1'
ROLES=(
  'VendorRepoPusher'
  'VendorEKSDeployer'
)
DETAILS_QUERY='{RoleDetailList: RoleDetailList[?RoleName=='\''VendorRepoPusher'\'' || RoleName=='\''VendorEKSDeployer'\''], Policies: Policies[?PolicyName=='\''VendorRepoPusherPolicy'\'' || PolicyName=='\''VendorEKSDeployerPolicy'\'']}'
DEPLOYER_ARN='arn:aws:iam::123456789012:role/VendorEKSDeployer'
CLUSTERS=(
  'portal-dev'
)
NAMESPACE='portal'
OUT='method-b-setup.json'

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
n=0

# The text as a JSON string: backslash, quote, tab, CR and LF escaped, other control characters dropped.
json_string() {
  local s="$1"
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//$'\t'/\\t}"
  s="${s//$'\r'/\\r}"
  s="${s//$'\n'/\\n}"
  printf '"%s"' "$(printf '%s' "$s" | tr -d '\000-\037')"
}

# read_call LABEL COMMAND...: runs one read-only command. A JSON object on stdout is kept;
# a failure (or anything else) is recorded as skipped with the first line of its error.
read_call() {
  local label="$1"
  shift
  n=$((n + 1))
  printf '%s' "$label" > "$tmp/$n.label"
  if "$@" > "$tmp/$n.out" 2> "$tmp/$n.err" && [ "$(head -c 1 "$tmp/$n.out")" = '{' ]; then
    mv "$tmp/$n.out" "$tmp/$n.json"
    echo "  read:    $label"
  else
    head -n 1 "$tmp/$n.err" | cut -c 1-300 > "$tmp/$n.skip"
    rm -f "$tmp/$n.out"
    echo "  skipped: $label ($(cat "$tmp/$n.skip"))"
  fi
}

echo 'IAM: the two roles, their trust policies, attached policies and the default versions of the policies'
read_call 'aws iam get-account-authorization-details' \
  aws iam get-account-authorization-details --filter Role LocalManagedPolicy --query "$DETAILS_QUERY" --output json
if [ -f "$tmp/$n.skip" ]; then
  # Not permitted: each role's own get-role still shows its trust policy.
  for role in "${ROLES[@]}"; do
    read_call "aws iam get-role --role-name $role" aws iam get-role --role-name "$role" --output json
  done
fi

echo 'EKS: authentication mode and access entries of each cluster'
for cluster in "${CLUSTERS[@]}"; do
  read_call "aws eks describe-cluster --name $cluster" \
    aws eks describe-cluster --name "$cluster" --region "$REGION" --output json
  read_call "aws eks list-access-entries --cluster-name $cluster" \
    aws eks list-access-entries --cluster-name "$cluster" --region "$REGION" --output json
  read_call "aws eks describe-access-entry --cluster-name $cluster" \
    aws eks describe-access-entry --cluster-name "$cluster" --principal-arn "$DEPLOYER_ARN" --region "$REGION" --output json
done

echo 'Kubernetes (current kubectl context): aws-auth, and the Role/RoleBinding of the vendor namespace'
echo '  expected: arn:aws:iam::123456789012:role/VendorEKSDeployer as user vendor-eks-deployer, group vendor:portal:deployer, namespace portal'
if command -v kubectl > /dev/null 2>&1; then
  read_call 'kubectl get configmap aws-auth -n kube-system' kubectl get configmap aws-auth -n kube-system -o json
  read_call "kubectl get role,rolebinding -n $NAMESPACE" kubectl get role,rolebinding -n "$NAMESPACE" -o json
else
  n=$((n + 1))
  printf '%s' 'kubectl' > "$tmp/$n.label"
  echo 'kubectl is not installed' > "$tmp/$n.skip"
  echo '  skipped: kubectl (not installed)'
fi

# One JSON object: every output as the CLI printed it, then what could not be read.
{
  printf '{\n  "methodBSetup": 1,\n  "outputs": ['
  sep=''
  for ((i = 1; i <= n; i++)); do
    [ -f "$tmp/$i.json" ] || continue
    printf '%s\n    {"command": %s, "output": ' "$sep" "$(json_string "$(cat "$tmp/$i.label")")"
    cat "$tmp/$i.json"
    printf '}'
    sep=','
  done
  printf '\n  ],\n  "skipped": ['
  sep=''
  for ((i = 1; i <= n; i++)); do
    [ -f "$tmp/$i.skip" ] || continue
    printf '%s\n    {"command": %s, "reason": %s}' "$sep" "$(json_string "$(cat "$tmp/$i.label")")" "$(json_string "$(cat "$tmp/$i.skip")")"
    sep=','
  done
  printf '\n  ]\n}\n'
} > "$OUT"
echo "Wrote $OUT. Paste it into the guide's setup check, or give it to the vendor's support (it holds your trust policies, which contain the ExternalId: send it like the ExternalId)."
