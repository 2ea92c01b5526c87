/**
 * `verify.sh`: the checks that prove Method B works, in two clearly separate parts: the
 * customer inspects the roles in their account; the vendor assumes each role with the
 * ExternalId (must succeed, retried for a few seconds while IAM propagates a new role) and
 * without it (must be refused with AccessDenied), then, with the assumed session, calls what
 * the role is for (ECR on a planned repository, EKS on each cluster: must succeed) and one
 * read-only action the role is not granted (must be refused): a role that can do more or
 * less than the guide says fails here, before any real work.
 *
 * The ExternalId is read from the `EXTERNAL_ID` environment variable, not written into the
 * script: the script can then travel with `handoff.md` while the ExternalId keeps to its
 * own secure channel.
 */
import { roleArns } from '../arn.ts';
import { shellCommand, shellQuote, shellScript } from '../shell.ts';
import type { GuideModel } from '../types.ts';

/** Session name the vendor's checks use, so they are recognisable in the customer's CloudTrail. */
export const VERIFY_SESSION_NAME = 'vendor-method-b-verify';

/** Runs a command that must be refused with AccessDenied; any success, or any other error, fails the check. */
const EXPECT_ACCESS_DENIED = `# Runs the command given as arguments; passes only if AWS refuses it with AccessDenied.
expect_access_denied() {
  local output
  if output="$("$@" 2>&1)"; then
    echo 'FAIL: the role was assumed WITHOUT the ExternalId; its trust policy must require sts:ExternalId.' >&2
    return 1
  fi
  case "$output" in
    *AccessDenied*) echo 'OK: refused with AccessDenied, as it must be.' ;;
    *)
      printf '%s\\n' "$output" >&2
      echo 'FAIL: refused, but not with AccessDenied (see the error above).' >&2
      return 1
      ;;
  esac
}`;

/** Seconds between AssumeRole attempts (doubling); IAM propagation of a new role takes seconds. */
export const ASSUME_RETRY_DELAYS = [1, 2, 4, 8] as const;

/**
 * Retry and session helpers. `with_retry` runs an AssumeRole call until it succeeds, only
 * retrying AccessDenied (what a role created seconds ago returns until IAM has propagated it),
 * and keeps the output in SESSION. `as_session` runs a command with that session's credentials
 * in its own environment only, so the vendor's own credentials stay in force for the next role.
 * `expect_forbidden` passes only when AWS refuses the command with AccessDenied(Exception).
 */
const SESSION_HELPERS = `# Runs an AssumeRole call (the arguments) until AWS accepts it. Only AccessDenied is retried:
# a role created seconds ago is refused until IAM has propagated it (seconds, not minutes).
# Keeps "arn key secret token" in SESSION; prints only the session ARN, never the credentials.
SESSION=''
with_retry() {
  local output delay
  for delay in ${ASSUME_RETRY_DELAYS.join(' ')} 0; do
    if output="$("$@" 2>&1)"; then
      SESSION="$output"
      echo "OK: assumed as \${SESSION%%[[:space:]]*}"
      return 0
    fi
    case "$output" in
      *AccessDenied*) ;;
      *)
        printf '%s\\n' "$output" >&2
        return 1
        ;;
    esac
    if [ "$delay" = 0 ]; then
      break
    fi
    echo "Refused; IAM may still be propagating the role. Retrying in \${delay}s..." >&2
    sleep "$delay"
  done
  printf '%s\\n' "$output" >&2
  echo 'FAIL: the role could not be assumed WITH the ExternalId (check the trust policy and the value).' >&2
  return 1
}

# Runs the command given as arguments with the credentials of the last assumed session.
# (SESSION is "arn<TAB>key<TAB>secret<TAB>token", the AWS CLI's text output of the --query below.)
as_session() {
  local rest key secret
  rest="\${SESSION#*[[:space:]]}"
  key="\${rest%%[[:space:]]*}"
  rest="\${rest#*[[:space:]]}"
  secret="\${rest%%[[:space:]]*}"
  AWS_ACCESS_KEY_ID="$key" AWS_SECRET_ACCESS_KEY="$secret" AWS_SESSION_TOKEN="\${rest#*[[:space:]]}" "$@"
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
      printf '%s\\n' "$output" >&2
      echo 'FAIL: refused, but not with AccessDenied (see the error above).' >&2
      return 1
      ;;
  esac
}`;

/** The session's AssumeRole output: the ARN first (printed), then the credentials (never printed). */
const SESSION_QUERY = '[AssumedRoleUser.Arn,Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]';

/** Builds `verify.sh`. */
export function buildVerify(model: GuideModel): string {
  const arns = roleArns(model);
  const roles = [
    { name: model.roleNames.repoPusher, arn: arns.repoPusher },
    { name: model.roleNames.eksDeployer, arn: arns.eksDeployer },
  ];
  // Indented by the builders themselves, never by rewriting the text afterwards: a
  // quoted value must reach the shell exactly as quoted.
  const echo = (text: string) => `  echo ${shellQuote(text)}`;

  const customerSteps = roles.flatMap((role) => [
    echo(`== Trust policy of ${role.name} (must name the vendor account and sts:ExternalId) ==`),
    shellCommand('aws iam get-role', [
      ['--role-name', role.name],
      ['--query', 'Role.AssumeRolePolicyDocument'],
      ['--output', 'json'],
    ], '  '),
    echo(`== Policies attached to ${role.name} ==`),
    shellCommand('aws iam list-attached-role-policies', [
      ['--role-name', role.name],
      ['--output', 'table'],
    ], '  '),
  ]);

  // What each role is for, called with its session: must succeed. Then one read-only
  // action it is not granted: must be refused (harmless even if a policy wrongly allowed it).
  const repo = model.repos[0];
  const useSteps = [
    repo === undefined
      ? [echo('== No planned repository: ECR checks skipped ==')]
      : [
          echo(`== ${model.roleNames.repoPusher} can read the planned repository ${repo} (must succeed) ==`),
          shellCommand('as_session aws ecr describe-repositories', [
            ['--region', model.region],
            ['--repository-names', repo],
            ['--query', 'repositories[0].repositoryUri'],
            ['--output', 'text'],
          ], '  '),
          echo(`== ${model.roleNames.repoPusher} cannot read repository policies (must be refused) ==`),
          shellCommand('expect_forbidden as_session aws ecr get-repository-policy', [
            ['--region', model.region],
            ['--repository-name', repo],
          ], '  '),
        ],
    [
      ...model.clusters.flatMap((cluster) => [
        echo(`== ${model.roleNames.eksDeployer} can describe the cluster ${cluster} (must succeed) ==`),
        shellCommand('as_session aws eks describe-cluster', [
          ['--region', model.region],
          ['--name', cluster],
          ['--query', 'cluster.status'],
          ['--output', 'text'],
        ], '  '),
      ]),
      echo(`== ${model.roleNames.eksDeployer} cannot list clusters (must be refused) ==`),
      shellCommand('expect_forbidden as_session aws eks list-clusters', [['--region', model.region]], '  '),
    ],
  ];

  const vendorSteps = roles.flatMap((role, index) => [
    echo(`== Assume ${role.name} WITH the ExternalId (must succeed; retried for a few seconds while IAM propagates) ==`),
    // --query returns the session's ARN and credentials; with_retry prints the ARN only.
    shellCommand('with_retry aws sts assume-role', [
      ['--role-arn', role.arn],
      ['--role-session-name', VERIFY_SESSION_NAME],
      ['--external-id "$EXTERNAL_ID"'],
      ['--query', SESSION_QUERY],
      ['--output', 'text'],
    ], '  '),
    ...(useSteps[index] ?? []),
    echo(`== Assume ${role.name} WITHOUT the ExternalId (must be refused) ==`),
    shellCommand('expect_access_denied aws sts assume-role', [
      ['--role-arn', role.arn],
      ['--role-session-name', VERIFY_SESSION_NAME],
    ], '  '),
  ]);

  return shellScript(
    [
      'verify.sh: checks Method B end to end. Two parts, run by two different people:',
      '',
      '  bash verify.sh customer',
      '      Run by YOU, the customer, with credentials of your own AWS account.',
      '      Shows both roles\' trust policies and attached policies.',
      '',
      '  EXTERNAL_ID=... bash verify.sh vendor',
      '      Run by THE VENDOR, with credentials of the vendor\'s AWS account.',
      '      Assumes each role with the ExternalId (must succeed; retried for a few seconds, as IAM',
      '      takes seconds to propagate a new role) and without it (must be refused); with each session,',
      '      calls what the role is for (must succeed) and one action it is not granted (must be refused).',
      '      The ExternalId is not in this file: the vendor sets EXTERNAL_ID to the value sent separately.',
    ],
    [
      EXPECT_ACCESS_DENIED,
      SESSION_HELPERS,
      ['# Part 1: the CUSTOMER.', 'customer() {', ...customerSteps, '}'].join('\n'),
      [
        '# Part 2: the VENDOR.',
        'vendor() {',
        '  : "${EXTERNAL_ID:?Set EXTERNAL_ID to the ExternalId the customer sent you separately}"',
        ...vendorSteps,
        '}',
      ].join('\n'),
      `case "\${1:-}" in
  customer) customer ;;
  vendor) vendor ;;
  *)
    echo 'Usage: bash verify.sh customer            (the customer, in the customer account)' >&2
    echo '       EXTERNAL_ID=... bash verify.sh vendor (the vendor, in the vendor account)' >&2
    exit 2
    ;;
esac`,
    ],
  );
}
