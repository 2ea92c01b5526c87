/**
 * `vendor-roles.tf`: the CloudFormation template's resources as Terraform, for customers who
 * manage AWS as code: the two managed policies (as `aws_iam_policy_document` data blocks
 * made from the same documents as the JSON policies), the two roles with the trust policy,
 * the attachments, and outputs for the handoff sheet. Like the template, it builds ARNs
 * from the account it is applied in (`aws_partition`, `aws_region`, `aws_caller_identity`)
 * and holds the reader's values as variable defaults; the ExternalId variable is sensitive
 * and has no default (it comes from `vendor-roles.auto.tfvars` or `TF_VAR_external_id`).
 */
import type { GuideModel } from '../types.ts';
import { parseTags } from '../rules/tags.ts';
import { eksDeployerPolicyDocument } from './eks-deployer-policy.ts';
import { attr, block, comment, hclObject, hclRaw, hclRawList, hclText, type HclBody } from './hcl.ts';
import { repoPusherPolicyDocument } from './repo-pusher-policy.ts';
import { policyDocumentData } from './terraform-policy.ts';
import {
  accountIdCondition,
  boundaryCondition,
  BOUNDARY_MESSAGE,
  clustersCondition,
  CLUSTERS_MESSAGE,
  externalIdCondition,
  externalIdMessage,
  repoPatternsCondition,
  REPO_PATTERNS_MESSAGE,
  tagsCondition,
  TAGS_MESSAGE,
} from './terraform-rules.ts';
import { trustPolicyDocument } from './trust-policy.ts';

/**
 * The AWS provider version constraint: the current major release (6.x; 6.0 became
 * generally available in June 2025 and renamed `data.aws_region`'s `name` to `region`,
 * which this file uses, so 5.x would not do).
 */
export const AWS_PROVIDER_VERSION = '~> 6.0';

/** Terraform names of the things the file declares, shared with `vendor-eks-access.tf` and the tests. */
export const TF_NAMES = {
  vendorAccountId: 'vendor_account_id',
  externalId: 'external_id',
  previousExternalId: 'previous_external_id',
  permissionsBoundary: 'permissions_boundary',
  tags: 'tags',
  clusters: 'cluster_names',
  repoPatterns: 'repository_patterns',
  repoPusher: 'repo_pusher',
  eksDeployer: 'eks_deployer',
  trust: 'vendor_trust',
} as const;

const HEADER = [
  'vendor-roles.tf: Method B roles that the vendor assumes with sts:AssumeRole and an ExternalId.',
  'Two managed policies, two roles that trust the vendor account with the ExternalId, the attachments,',
  'and outputs to send to the vendor. Put it in a folder of its own with vendor-roles.auto.tfvars',
  '(and vendor-eks-access.tf for EKS access entries), then run:',
  '  terraform init',
  '  terraform plan',
  '  terraform apply',
  'The ExternalId is a secret: it comes from vendor-roles.auto.tfvars (or TF_VAR_external_id) and is',
  'stored in the Terraform state. Keep the tfvars file and the state out of version control.',
];

const v = (name: string) => hclRaw(`var.${name}`);

/** A `variable` block of a list of reader values, with its validation. */
function listVariable(name: string, description: string, values: readonly string[], condition: string, message: string) {
  return block(
    'variable',
    [name],
    [attr('description', description), attr('type', hclRaw('list(string)'))],
    [attr('default', values)],
    [block('validation', [], [attr('condition', hclRaw(condition)), attr('error_message', message)])],
  );
}

/** Builds `vendor-roles.tf`. */
export function buildTerraformRoles(model: GuideModel): string {
  const n = TF_NAMES;
  // An ARN in the account and region the file is applied in, as a template (fixed code only).
  const arn = (service: string, rest: string) => `"arn:\${local.partition}:${service}:\${local.region}:\${local.account_id}:${rest}"`;
  const rotating = model.previousExternalId !== '';
  const hasBoundary = model.permissionsBoundary !== '';
  const tags = parseTags(model.tags);
  const hasTags = tags.length > 0;
  // Issue 10's options: each argument only when its option is set (absent otherwise, so the
  // file without options is what it was before they existed).
  const tagsAttr = hasTags ? [attr('tags', hclRaw(`local.${n.tags}`))] : [];

  const role = (key: 'repoPusher' | 'eksDeployer', description: string) =>
    block('resource', ['aws_iam_role', n[key]], [
      attr('name', model.roleNames[key]),
      attr('description', description),
      attr('assume_role_policy', hclRaw(`data.aws_iam_policy_document.${n.trust}.json`)),
      // One hour, as in the template: the vendor's jobs re-assume the role rather than hold long sessions.
      attr('max_session_duration', 3600),
      ...(hasBoundary ? [attr('permissions_boundary', v(n.permissionsBoundary))] : []),
      ...tagsAttr,
    ]);
  const policy = (key: 'repoPusher' | 'eksDeployer', description: string) =>
    block('resource', ['aws_iam_policy', n[key]], [
      attr('name', model.policyNames[key]),
      attr('description', description),
      attr('policy', hclRaw(`data.aws_iam_policy_document.${n[key]}.json`)),
      // IAM's CreatePolicy takes tags (unlike CloudFormation's AWS::IAM::ManagedPolicy), and
      // the provider's aws_iam_policy has `tags`: the policies carry them too.
      ...tagsAttr,
    ]);
  const attachment = (key: 'repoPusher' | 'eksDeployer') =>
    block('resource', ['aws_iam_role_policy_attachment', n[key]], [
      attr('role', hclRaw(`aws_iam_role.${n[key]}.name`)),
      attr('policy_arn', hclRaw(`aws_iam_policy.${n[key]}.arn`)),
    ]);
  const output = (name: string, description: string, value: string) =>
    block('output', [name], [attr('description', description), attr('value', hclRaw(value))]);

  const body: HclBody = [
    [
      block('terraform', [], [
        block('required_providers', [], [
          attr('aws', hclRaw(`{\n  source  = "hashicorp/aws"\n  version = "${AWS_PROVIDER_VERSION}"\n}`)),
        ]),
      ]),
    ],
    [
      comment('The region of the ECR repositories and EKS clusters: the ARNs below use it.'),
      block('provider', ['aws'], [attr('region', model.region)]),
    ],
    [
      block(
        'variable',
        [n.vendorAccountId],
        [
          attr('description', 'Vendor AWS account ID (12 digits): the account that may assume both roles'),
          attr('type', hclRaw('string')),
          attr('default', model.vendorAccountId),
        ],
        [
          block('validation', [], [
            attr('condition', hclRaw(accountIdCondition(`var.${n.vendorAccountId}`))),
            attr('error_message', 'vendor_account_id must be exactly 12 digits.'),
          ]),
        ],
      ),
    ],
    [
      block(
        'variable',
        [n.externalId],
        [
          attr('description', 'ExternalId shared with the vendor (secret: no default; from vendor-roles.auto.tfvars or TF_VAR_external_id)'),
          attr('type', hclRaw('string')),
          attr('sensitive', true),
        ],
        [
          block('validation', [], [
            attr('condition', hclRaw(externalIdCondition(`var.${n.externalId}`))),
            attr('error_message', externalIdMessage(n.externalId)),
          ]),
        ],
      ),
    ],
    ...(rotating
      ? [
          [
            block(
              'variable',
              [n.previousExternalId],
              [
                attr(
                  'description',
                  'ExternalId being replaced, still accepted during the rotation (secret: no default; from vendor-roles.auto.tfvars or TF_VAR_previous_external_id). Remove it with the final version of these files.',
                ),
                attr('type', hclRaw('string')),
                attr('sensitive', true),
              ],
              [
                block('validation', [], [
                  attr('condition', hclRaw(externalIdCondition(`var.${n.previousExternalId}`))),
                  attr('error_message', externalIdMessage(n.previousExternalId)),
                ]),
              ],
            ),
          ],
        ]
      : []),
    [
      listVariable(
        n.clusters,
        'EKS clusters the deployer role may describe (vendor-eks-access.tf gives each an access entry)',
        model.clusters,
        clustersCondition(`var.${n.clusters}`),
        CLUSTERS_MESSAGE,
      ),
    ],
    [
      listVariable(
        n.repoPatterns,
        'ECR repository name patterns the pusher role may push to and pull from; * matches any characters',
        model.repoPatterns,
        repoPatternsCondition(`var.${n.repoPatterns}`),
        REPO_PATTERNS_MESSAGE,
      ),
    ],
    ...(hasBoundary
      ? [
          [
            block(
              'variable',
              [n.permissionsBoundary],
              [
                attr('description', 'ARN of the managed policy set as permissions boundary of both roles'),
                attr('type', hclRaw('string')),
                attr('default', model.permissionsBoundary),
              ],
              [block('validation', [], [attr('condition', hclRaw(boundaryCondition(`var.${n.permissionsBoundary}`))), attr('error_message', BOUNDARY_MESSAGE)])],
            ),
          ],
        ]
      : []),
    ...(hasTags
      ? [
          [
            block(
              'variable',
              [n.tags],
              // A list of key/value objects, one per line (as IAM's Tag), made a map in `locals`.
              [attr('description', 'Tags of both roles and both policies (keys distinct)'), attr('type', hclRaw('list(object({ key = string, value = string }))'))],
              [attr('default', tags.map((t) => hclObject([['key', t.Key], ['value', t.Value]])))],
              [block('validation', [], [attr('condition', hclRaw(tagsCondition(`var.${n.tags}`))), attr('error_message', TAGS_MESSAGE)])],
            ),
          ],
        ]
      : []),
    [block('data', ['aws_partition', 'current'])],
    [block('data', ['aws_region', 'current'])],
    [block('data', ['aws_caller_identity', 'current'])],
    [
      block(
        'locals',
        [],
        [
          attr('partition', hclRaw('data.aws_partition.current.partition')),
          attr('dns_suffix', hclRaw('data.aws_partition.current.dns_suffix')),
          attr('region', hclRaw('data.aws_region.current.region')),
          attr('account_id', hclRaw('data.aws_caller_identity.current.account_id')),
        ],
        [comment('Planned repositories: their URIs are an output, for the handoff sheet.'), attr('repository_names', model.repos)],
        // Terraform refuses a duplicate key in this for expression: a repeated tag key fails at plan.
        ...(hasTags ? [[attr(n.tags, hclRaw(`{ for tag in var.${n.tags} : tag.key => tag.value }`))]] : []),
      ),
    ],
    [
      policyDocumentData(
        n.repoPusher,
        repoPusherPolicyDocument([hclRawList(`[for pattern in var.${n.repoPatterns} : ${arn('ecr', 'repository/${pattern}')}]`)]),
      ),
    ],
    [
      policyDocumentData(
        n.eksDeployer,
        eksDeployerPolicyDocument([hclRawList(`[for name in var.${n.clusters} : ${arn('eks', 'cluster/${name}')}]`)]),
      ),
    ],
    [
      policyDocumentData(
        n.trust,
        trustPolicyDocument(
          // The vendor's role ARNs when the setting names some (literal, as in the JSON trust
          // policy: validated to be in the vendor account and partition), else its account root.
          model.trustedVendorRoleArns.length > 0
            ? [...model.trustedVendorRoleArns]
            : hclRaw(`"arn:\${local.partition}:iam::\${var.${n.vendorAccountId}}:root"`),
          // While rotating, the old and the new ID (IAM ORs the values of one condition key).
          rotating ? [v(n.externalId), v(n.previousExternalId)] : v(n.externalId),
        ),
      ),
    ],
    [policy('repoPusher', 'ECR push/pull on the repositories matching the patterns')],
    [policy('eksDeployer', 'eks:DescribeCluster on the named clusters')],
    [role('repoPusher', 'Vendor pushes and pulls container images (Method B)')],
    [role('eksDeployer', 'Vendor reads EKS cluster details to deploy (Method B)')],
    [attachment('repoPusher')],
    [attachment('eksDeployer')],
    [output('repo_pusher_role_arn', 'Send to the vendor', `aws_iam_role.${n.repoPusher}.arn`)],
    [
      output(
        'eks_deployer_role_arn',
        'Send to the vendor; also the principal of the EKS access entry or the rolearn for aws-auth',
        `aws_iam_role.${n.eksDeployer}.arn`,
      ),
    ],
    [output('ecr_registry', 'The ECR registry host, for docker login', '"${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}"')],
    [
      output(
        'ecr_repository_uris',
        'URIs of the planned repositories, for the handoff sheet',
        '{ for name in local.repository_names : name => "${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}/${name}" }',
      ),
    ],
  ];
  return hclText(body, HEADER, { multiLine: new Set(['default', 'repository_names']) });
}
