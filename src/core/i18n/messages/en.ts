/**
 * The English issue messages: the same codes as `ja.ts` (the type requires every one), saying the
 * same things. See ja.ts for why each language is its own module.
 */
import { enLabels } from '../en.ts';
import type { jaMessages } from './ja.ts';
import { c, n, t, type IssueCatalogue, type Render } from './shared.ts';

const ACCOUNT_RULE_EN = 'must be exactly 12 digits (0-9), without hyphens or spaces; keep any leading zeros.';
const ECR_FORMAT_EN =
  'separators (. _ - /) may only stand between letters or digits: not at the start or end, and not next to each other (except "__" and runs of "-").';
const IAM_CHARS_EN = 'only letters, digits and + = , . @ _ - are allowed.';
const K8S_CHARS_EN = 'it must start with a letter or digit and contain only letters, digits and - _ . : @ (no spaces, quotes or other symbols).';
const RESERVED_EN = 'names starting with "system:", "eks:", "aws:", "amazon:" or "iam:" are reserved by Kubernetes/EKS.';

/** Every issue code's English message. */
export const enMessages: { readonly [K in keyof typeof jaMessages]: Render } = {
  'accountId.required': () => 'Enter your AWS account ID (12 digits; shown under the account name at the top right of the AWS console).',
  'accountId.pattern': (p) => `AWS account ID "${t(p, 'value')}" is not valid: it ${ACCOUNT_RULE_EN}`,
  'accountId.sameAsVendor': (p) =>
      `Your account ID "${t(p, 'value')}" is the same as the vendor's account ID. Check that you entered the ID of your own account, where the roles are created.`,
  'vendorAccountId.required': () => "Enter the vendor's AWS account ID (12 digits, as sent to you by the vendor).",
  'vendorAccountId.pattern': (p) => `The vendor AWS account ID "${t(p, 'value')}" is not valid: it ${ACCOUNT_RULE_EN}`,
  'vendorAccountId.differs': (p) =>
      `The vendor account ID "${t(p, 'value')}" differs from the one this guide publishes (${t(p, 'expected')}). Trusting the wrong account would let someone else assume your roles: confirm it with the vendor before you continue.`,
  'region.required': () => 'Choose a region (for example ap-northeast-1).',
  'region.unknown': (p) => `"${t(p, 'value')}" is not an AWS region code. Pick one from the list or enter a code such as ap-northeast-1.`,
  'region.otherPartition': (p) =>
      `Region "${t(p, 'value')}" belongs to the ${t(p, 'partition')} partition. Roles can only be assumed from accounts in the same partition: confirm with the vendor that their account is in it.`,
  'clusters.required': () => 'Enter at least one EKS cluster name (one per line, or comma-separated).',
  'clusters.length': (p) => `Cluster name "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'clusters.chars': (p) =>
      `Cluster name "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only letters, digits, hyphens and underscores (starting with a letter or digit).`,
  'clusters.start': (p) => `Cluster name "${t(p, 'value')}" must start with a letter or digit, not a hyphen or underscore.`,
  'clusters.duplicate': (p) => `Cluster name "${t(p, 'value')}" is listed more than once; list each cluster once.`,
  'repoPatterns.required': () => 'Enter at least one ECR repository name pattern (for example portal-*).',
  'repoPatterns.matchesAll': (p) =>
      `Pattern "${t(p, 'value')}" matches every repository and is refused: it would allow pushing to all repositories in your account. Give part of the name, for example portal-*.`,
  'repoPatterns.questionMark': (p) => `Pattern "${t(p, 'value')}" contains "?", which is not allowed; use only "*" as a wildcard.`,
  'repoPatterns.length': (p) => `Pattern "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'repoPatterns.chars': (p) =>
      `Pattern "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only lowercase letters, digits, . _ - / and the wildcard "*".`,
  'repoPatterns.format': (p) => `No valid repository name can match pattern "${t(p, 'value')}": ${ECR_FORMAT_EN}`,
  'repoPatterns.duplicate': (p) => `Pattern "${t(p, 'value')}" is listed more than once; list each pattern once.`,
  'repos.length': (p) => `Repository name "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'repos.wildcard': (p) =>
      `Repository name "${t(p, 'value')}" contains a wildcard. Enter actual repository names here; put patterns in the repository name patterns field.`,
  'repos.chars': (p) =>
      `Repository name "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only lowercase letters, digits and . _ - /.`,
  'repos.format': (p) => `Repository name "${t(p, 'value')}" is not a valid ECR repository name: ${ECR_FORMAT_EN}`,
  'repos.duplicate': (p) => `Repository name "${t(p, 'value')}" is listed more than once; list each repository once.`,
  'repos.uncovered': (p) =>
      `Planned repository "${t(p, 'name')}" is not covered by any pattern (${t(p, 'patterns')}), so the vendor could not push to it. Add a pattern that covers it (for example ${t(p, 'name')}) or rename the repository to match a pattern.`,
  'roleNames.required': (p) => `Enter the ${t(p, 'label')} (1-64 characters; ${IAM_CHARS_EN})`,
  'roleNames.length': (p) => `${t(p, 'label')} "${t(p, 'value')}" is ${t(p, 'length')} characters long; IAM role names are ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'roleNames.chars': (p) => `${t(p, 'label')} "${t(p, 'value')}" contains the character "${c(p, 'en')}": in IAM role names ${IAM_CHARS_EN}`,
  'roleNames.same': (p) => `Both roles are named "${t(p, 'value')}"; give each role its own name.`,
  'policyNames.required': (p) => `Enter the ${t(p, 'label')} (1-128 characters; ${IAM_CHARS_EN})`,
  'policyNames.length': (p) => `${t(p, 'label')} "${t(p, 'value')}" is ${t(p, 'length')} characters long; IAM policy names are ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'policyNames.chars': (p) => `${t(p, 'label')} "${t(p, 'value')}" contains the character "${c(p, 'en')}": in IAM policy names ${IAM_CHARS_EN}`,
  'policyNames.same': (p) => `Both policies are named "${t(p, 'value')}"; give each policy its own name.`,
  'kubernetes.username.required': () => 'Enter the Kubernetes username (for example vendor-eks-deployer).',
  'kubernetes.username.length': (p) => `Kubernetes username "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  'kubernetes.username.chars': (p) => `Kubernetes username "${t(p, 'value')}" is not allowed: ${K8S_CHARS_EN}`,
  'kubernetes.username.reserved': (p) => `Kubernetes username "${t(p, 'value')}" is not allowed: ${RESERVED_EN}`,
  'kubernetes.group.required': () => 'Enter the Kubernetes group (for example vendor:portal:deployer).',
  'kubernetes.group.length': (p) => `Kubernetes group "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  'kubernetes.group.chars': (p) => `Kubernetes group "${t(p, 'value')}" is not allowed: ${K8S_CHARS_EN}`,
  'kubernetes.group.reserved': (p) =>
      `Kubernetes group "${t(p, 'value')}" is not allowed: ${RESERVED_EN} In particular system:masters would make the vendor a cluster administrator. Use a dedicated group such as vendor:portal:deployer.`,
  'kubernetes.namespace.required': () => 'Enter the Kubernetes namespace (for example portal).',
  'kubernetes.namespace.length': (p) => `Namespace "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  'kubernetes.namespace.format': (p) =>
      `Namespace "${t(p, 'value')}" is not valid: use only lowercase letters, digits and hyphens, starting and ending with a letter or digit (for example portal).`,
  'kubernetes.namespace.system': (p) =>
      `Namespace "${t(p, 'value')}" is a Kubernetes system namespace. Granting the vendor rights there can affect critical cluster components; a dedicated namespace (for example portal) is recommended.`,
  'externalId.required': () => 'Enter the External ID, or create one with the Generate button.',
  'externalId.length': (p) => `External ID "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'externalId.chars': (p) =>
      `External ID "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only letters, digits and _ + = , . @ : / -.`,
  'clusters.tooMany': (p) => `At most ${t(p, 'max')} EKS cluster names can be entered (${t(p, 'count')} were given); remove the clusters you do not need.`,
  'repoPatterns.tooMany': (p) => `At most ${t(p, 'max')} repository name patterns can be entered (${t(p, 'count')} were given); group them under a common prefix such as portal-*.`,
  'repos.tooMany': (p) => `At most ${t(p, 'max')} planned repository names can be entered (${t(p, 'count')} were given).`,
  'repoPatterns.policySize': (p) =>
      `With these patterns the ECR push policy (vendor-repo-pusher-policy.json) has ${n(p, 'size')} characters without white space, over IAM's limit of ${n(p, 'max')} for a managed policy. Use fewer patterns, or group them under a common prefix such as portal-*.`,
  'clusters.policySize': (p) =>
      `With these clusters the EKS deploy policy (vendor-eks-deployer-policy.json) has ${n(p, 'size')} characters without white space, over IAM's limit of ${n(p, 'max')} for a managed policy. List fewer clusters.`,
  'externalId.trustPolicySize': (p) =>
      `With this External ID the trust policy has ${n(p, 'size')} characters without white space, over the default limit of ${n(p, 'max')} for a role trust policy (Service Quotas can raise it to ${n(p, 'raised')}, but a shorter External ID is simpler).`,
  'clusters.cfnParameters': (p) =>
      `The CloudFormation template has one parameter per cluster and per pattern: ${n(p, 'size')} in all, over CloudFormation's limit of ${n(p, 'max')}. List fewer clusters or patterns.`,
  'repoPatterns.cfnParameters': (p) =>
      `The CloudFormation template has one parameter per cluster and per pattern: ${n(p, 'size')} in all, over CloudFormation's limit of ${n(p, 'max')}. List fewer clusters or patterns.`,
  'clusters.cfnTemplateSize': (p) =>
      `The CloudFormation template (vendor-roles.cfn.yaml) is ${n(p, 'size')} bytes, over the limit of ${n(p, 'max')} bytes for a template passed directly (deploy-stack.sh, create-stack --template-body). List fewer clusters or patterns.`,
  'repoPatterns.cfnTemplateSize': (p) =>
      `The CloudFormation template (vendor-roles.cfn.yaml) is ${n(p, 'size')} bytes, over the limit of ${n(p, 'max')} bytes for a template passed directly (deploy-stack.sh, create-stack --template-body). List fewer clusters or patterns.`,
  'repoPatterns.tooBroad': (p) =>
      `Pattern "${t(p, 'value')}" is too broad: write at least ${t(p, 'min')} fixed characters before the first wildcard (*), for example portal-* or team/app-*. Patterns with a short fixed start match almost any repository, and a few of them together would allow pushing to every repository in your account.`,
  'trustedVendorRoleArns.tooMany': (p) => `${t(p, 'count')} vendor role ARNs are listed; list at most ${t(p, 'max')}.`,
  'trustedVendorRoleArns.format': (p) =>
      `"${t(p, 'value')}" is not an IAM role ARN: use the form arn:aws:iam::111122223333:role/RoleName (with a path: role/path/RoleName), with only letters, digits and + = , . @ _ -.`,
  'trustedVendorRoleArns.length': (p) => `Role ARN "${t(p, 'value')}" is too long: IAM allows paths of at most ${t(p, 'pathMax')} characters and role names of at most ${t(p, 'nameMax')}.`,
  'trustedVendorRoleArns.account': (p) =>
      `Role ARN "${t(p, 'value')}" is in account ${t(p, 'account')}, not in the vendor account (${t(p, 'expected')}): only the vendor's own roles can be trusted.`,
  'trustedVendorRoleArns.partition': (p) =>
      `Role ARN "${t(p, 'value')}" is in partition "${t(p, 'partition')}", but the region is in "${t(p, 'expected')}": roles can only be assumed from the same partition.`,
  'trustedVendorRoleArns.duplicate': (p) => `Role ARN "${t(p, 'value')}" is listed more than once (IAM role names ignore case); list each role once.`,
  'trustedVendorRoleArns.trustPolicySize': (p) =>
      `The trust policy would be ${t(p, 'size')} characters, over IAM's limit of ${t(p, 'max')} (white space not counted): trust fewer roles, or roles with shorter paths.`,
  'permissionsBoundary.format': (p) =>
      `"${t(p, 'value')}" is not a managed policy ARN: use arn:aws:iam::<your account ID>:policy/PolicyName (an AWS managed policy: arn:aws:iam::aws:policy/PolicyName), with only letters, digits and + = , . @ _ -.`,
  'permissionsBoundary.length': (p) => `Policy ARN "${t(p, 'value')}" is too long: IAM allows paths of at most ${t(p, 'pathMax')} characters and policy names of at most ${t(p, 'nameMax')}.`,
  'permissionsBoundary.account': (p) =>
      `Permissions boundary "${t(p, 'value')}" is in account ${t(p, 'account')}, not in your account (${t(p, 'expected')}): use a customer managed policy of your account or an AWS managed policy.`,
  'permissionsBoundary.partition': (p) =>
      `Permissions boundary "${t(p, 'value')}" is in partition "${t(p, 'partition')}", but the region is in "${t(p, 'expected')}".`,
  'tags.tooMany': (p) => `${t(p, 'count')} tags are listed; IAM allows at most ${t(p, 'max')} tags on a role.`,
  'tags.format': (p) => `Tag "${t(p, 'value')}" has no "=": enter one tag per line as key=value (key= for an empty value).`,
  'tags.keyLength': (p) => `The key of tag "${t(p, 'value')}" is ${t(p, 'length')} characters long; keys must be 1-${t(p, 'max')} characters.`,
  'tags.valueLength': (p) => `The value of tag "${t(p, 'value')}" is ${t(p, 'length')} characters long; values must be at most ${t(p, 'max')}.`,
  'tags.chars': (p) =>
      `Tag "${t(p, 'value')}" contains the character "${c(p, 'en')}", which IAM does not allow in tags: use only letters, digits, spaces and _ . : / = + - @.`,
  'tags.spaces': (p) => `Tag "${t(p, 'value')}" has a space next to "=": the space would become part of the key or value; remove it.`,
  'tags.reserved': (p) => `The key of tag "${t(p, 'value')}" starts with "aws:", which AWS reserves for its own tags (in any case).`,
  'tags.duplicate': (p) => `Tag key "${t(p, 'key')}" is listed more than once (IAM ignores the case of keys); give each key once.`,
  'previousExternalId.length': (p) => `Previous External ID "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  'previousExternalId.chars': (p) =>
      `Previous External ID "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only letters, digits and _ + = , . @ : / -.`,
  'previousExternalId.same': () => 'The previous External ID is the same as the new one: enter the ID being replaced, or leave it empty.',
  'previousExternalId.trustPolicySize': (p) =>
      `The trust policy accepting both External IDs would be ${t(p, 'size')} characters, over IAM's limit of ${t(p, 'max')} (white space not counted): use shorter External IDs.`,
};

/** The English catalogue: messages and the field labels they name. */
export const enIssues: IssueCatalogue = { lang: 'en', messages: enMessages, labels: enLabels };
