/**
 * `collect-setup.sh`: collects, with read-only calls only, what the guide's setup checker
 * needs, and writes it as one JSON object to `method-b-setup.json` for the reader to paste
 * or upload into the guide (or give to the check-setup CLI).
 *
 * Read calls only (AWS CLI Command Reference): `iam get-account-authorization-details`
 * (narrowed by --query to our two roles and their two policies, keeping its shape; falls
 * back to `iam get-role` when not permitted), `eks describe-cluster`,
 * `eks list-access-entries`, `eks describe-access-entry`, and, when kubectl is installed,
 * `kubectl get configmap aws-auth` and `kubectl get role,rolebinding`. A call that fails
 * (not permitted, not found, no kubectl) is recorded under "skipped" with its first error
 * line, never fatal. The outputs go to the file only, not to the terminal: the trust
 * policies hold the ExternalId, which the script itself never contains or prints.
 */
import { roleArns } from '../arn.ts';
import { shellQuote, shellScript } from '../shell.ts';
import type { GuideModel } from '../types.ts';

/** The file the script writes (fixed: the guide's file picker and the CLI expect this name). */
export const COLLECT_SETUP_OUTPUT = 'method-b-setup.json';

/** A bash array assignment, one quoted value per line (each line has the same shape whatever the count). */
function bashArray(name: string, values: readonly string[]): string {
  return [`${name}=(`, ...values.map((v) => `  ${shellQuote(v)}`), ')'].join('\n');
}

/** JMESPath: our roles and policies only, the output keeping get-account-authorization-details' shape. */
function detailsQuery(model: GuideModel): string {
  // JMESPath raw string literals; IAM names cannot contain a quote, so none needs escaping.
  const roles = [model.roleNames.repoPusher, model.roleNames.eksDeployer].map((n) => `RoleName=='${n}'`).join(' || ');
  const policies = [model.policyNames.repoPusher, model.policyNames.eksDeployer].map((n) => `PolicyName=='${n}'`).join(' || ');
  return `{RoleDetailList: RoleDetailList[?${roles}], Policies: Policies[?${policies}]}`;
}

const HELPERS = `tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
n=0

# The text as a JSON string: backslash, quote, tab, CR and LF escaped, other control characters dropped.
json_string() {
  local s="$1"
  s="\${s//\\\\/\\\\\\\\}"
  s="\${s//\\"/\\\\\\"}"
  s="\${s//$'\\t'/\\\\t}"
  s="\${s//$'\\r'/\\\\r}"
  s="\${s//$'\\n'/\\\\n}"
  printf '"%s"' "$(printf '%s' "$s" | tr -d '\\000-\\037')"
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
}`;

const WRITE = `# One JSON object: every output as the CLI printed it, then what could not be read.
{
  printf '{\\n  "methodBSetup": 1,\\n  "outputs": ['
  sep=''
  for ((i = 1; i <= n; i++)); do
    [ -f "$tmp/$i.json" ] || continue
    printf '%s\\n    {"command": %s, "output": ' "$sep" "$(json_string "$(cat "$tmp/$i.label")")"
    cat "$tmp/$i.json"
    printf '}'
    sep=','
  done
  printf '\\n  ],\\n  "skipped": ['
  sep=''
  for ((i = 1; i <= n; i++)); do
    [ -f "$tmp/$i.skip" ] || continue
    printf '%s\\n    {"command": %s, "reason": %s}' "$sep" "$(json_string "$(cat "$tmp/$i.label")")" "$(json_string "$(cat "$tmp/$i.skip")")"
    sep=','
  done
  printf '\\n  ]\\n}\\n'
} > "$OUT"
echo "Wrote $OUT. Paste it into the guide's setup check, or give it to the vendor's support (it holds your trust policies, which contain the ExternalId: send it like the ExternalId)."`;

/** Builds `collect-setup.sh`. */
export function buildCollectSetup(model: GuideModel): string {
  const deployerArn = roleArns(model).eksDeployer;
  const settings = [
    `REGION=${shellQuote(model.region)}`,
    bashArray('ROLES', [model.roleNames.repoPusher, model.roleNames.eksDeployer]),
    `DETAILS_QUERY=${shellQuote(detailsQuery(model))}`,
    `DEPLOYER_ARN=${shellQuote(deployerArn)}`,
    bashArray('CLUSTERS', model.clusters),
    `NAMESPACE=${shellQuote(model.kubernetes.namespace)}`,
    `OUT=${shellQuote(COLLECT_SETUP_OUTPUT)}`,
  ].join('\n');
  const iam = `echo 'IAM: the two roles, their trust policies, attached policies and the default versions of the policies'
read_call 'aws iam get-account-authorization-details' \\
  aws iam get-account-authorization-details --filter Role LocalManagedPolicy --query "$DETAILS_QUERY" --output json
if [ -f "$tmp/$n.skip" ]; then
  # Not permitted: each role's own get-role still shows its trust policy.
  for role in "\${ROLES[@]}"; do
    read_call "aws iam get-role --role-name $role" aws iam get-role --role-name "$role" --output json
  done
fi`;
  const eks = `echo 'EKS: authentication mode and access entries of each cluster'
for cluster in "\${CLUSTERS[@]}"; do
  read_call "aws eks describe-cluster --name $cluster" \\
    aws eks describe-cluster --name "$cluster" --region "$REGION" --output json
  read_call "aws eks list-access-entries --cluster-name $cluster" \\
    aws eks list-access-entries --cluster-name "$cluster" --region "$REGION" --output json
  read_call "aws eks describe-access-entry --cluster-name $cluster" \\
    aws eks describe-access-entry --cluster-name "$cluster" --principal-arn "$DEPLOYER_ARN" --region "$REGION" --output json
done`;
  const k8s = `echo 'Kubernetes (current kubectl context): aws-auth, and the Role/RoleBinding of the vendor namespace'
echo ${shellQuote(`  expected: ${deployerArn} as user ${model.kubernetes.username}, group ${model.kubernetes.group}, namespace ${model.kubernetes.namespace}`)}
if command -v kubectl > /dev/null 2>&1; then
  read_call 'kubectl get configmap aws-auth -n kube-system' kubectl get configmap aws-auth -n kube-system -o json
  read_call "kubectl get role,rolebinding -n $NAMESPACE" kubectl get role,rolebinding -n "$NAMESPACE" -o json
else
  n=$((n + 1))
  printf '%s' 'kubectl' > "$tmp/$n.label"
  echo 'kubectl is not installed' > "$tmp/$n.skip"
  echo '  skipped: kubectl (not installed)'
fi`;
  return shellScript(
    [
      'collect-setup.sh: collects, with READ-ONLY calls, what the guide\'s setup check needs, into method-b-setup.json.',
      'Run it with credentials of YOUR account (and kubectl pointed at the cluster, if you use it). It changes nothing;',
      'whatever it may not read is recorded as skipped. It prints no output of the calls: they go to the file only.',
    ],
    [settings, HELPERS, iam, eks, k8s, WRITE],
  );
}
