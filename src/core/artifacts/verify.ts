/**
 * `verify.sh`: the two checks that prove Method B works, in two clearly separate parts:
 * the customer inspects the roles in their account, the vendor assumes each role with the
 * ExternalId (must succeed) and without it (must be refused with AccessDenied).
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

  const vendorSteps = roles.flatMap((role) => [
    echo(`== Assume ${role.name} WITH the ExternalId (must succeed) ==`),
    // --query prints the session's ARN only, so no credentials reach the terminal.
    shellCommand('aws sts assume-role', [
      ['--role-arn', role.arn],
      ['--role-session-name', VERIFY_SESSION_NAME],
      ['--external-id "$EXTERNAL_ID"'],
      ['--query', 'AssumedRoleUser.Arn'],
      ['--output', 'text'],
    ], '  '),
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
      '      Assumes each role with the ExternalId (must succeed) and without it (must be refused).',
      '      The ExternalId is not in this file: the vendor sets EXTERNAL_ID to the value sent separately.',
    ],
    [
      EXPECT_ACCESS_DENIED,
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
