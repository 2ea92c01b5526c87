/**
 * `vendor-roles.cfn.yaml`: the vendor guide's CloudFormation template, corrected and
 * pre-filled. Both roles, both managed policies, the trust with ExternalId; the
 * customer's values are parameter defaults, so the console shows them and still lets
 * the reader change them.
 */
import { EXTERNAL_ID_MAX_LENGTH, EXTERNAL_ID_MIN_LENGTH } from '../external-id.ts';
import type { GuideModel } from '../types.ts';
import { CLUSTER_NAME_PATTERN, LIMITS } from '../validate.ts';
import { MIN_LITERAL_PREFIX } from '../rules/pattern-breadth.ts';
import { eksDeployerPolicyDocument } from './eks-deployer-policy.ts';
import { repoPusherPolicyDocument } from './repo-pusher-policy.ts';
import { parseRoleArn } from '../rules/iam-arn.ts';
import { parseTags } from '../rules/tags.ts';
import { oneOrList, trustPolicyDocument } from './trust-policy.ts';
import { cfnGetAtt, cfnRef, cfnSub, yamlText } from './yaml.ts';

/**
 * Name of the n-th (0-based) list parameter: `EKSClusterName`, `EKSClusterName2`, …
 * One String parameter per item (not a CommaDelimitedList) keeps every ARN a single
 * `!Sub` with `${AWS::Partition}`/`${AWS::Region}` and lets each item carry its own
 * AllowedPattern, which CloudFormation cannot check per item of a list.
 */
function listParameterName(base: string, index: number): string {
  return index === 0 ? base : `${base}${index + 1}`;
}

/** Parameter name of the n-th cluster (0-based). */
export function clusterParameterName(index: number): string {
  return listParameterName('EKSClusterName', index);
}

/** Parameter name of the n-th repository pattern (0-based). */
export function repoPatternParameterName(index: number): string {
  return listParameterName('RepoPattern', index);
}

/**
 * The parameters' constraints, the guide's own validation rules written as CloudFormation
 * (Java) regular expressions, so the console refuses exactly what the guide refuses.
 * The ExternalId's is that of `sts:AssumeRole`: 2–1224 characters of `[\w+=,.@:/-]`.
 */
export const CFN_CONSTRAINTS = {
  externalId: {
    minLength: EXTERNAL_ID_MIN_LENGTH,
    maxLength: EXTERNAL_ID_MAX_LENGTH,
    allowedPattern: '^[\\w+=,.@:/-]+$',
  },
  cluster: { minLength: LIMITS.cluster.min, maxLength: LIMITS.cluster.max, allowedPattern: CLUSTER_NAME_PATTERN.source },
  /**
   * ECR's name grammar with `*` allowed wherever a letter or digit is (the validator's
   * rule: a pattern is valid when putting a letter in place of each `*` gives a valid name),
   * and at least MIN_LITERAL_PREFIX (3) fixed characters before the first `*`
   * (rules/pattern-breadth.ts; `*` alone is the case of none).
   */
  repoPattern: {
    minLength: LIMITS.repo.min,
    maxLength: LIMITS.repo.max,
    allowedPattern:
      `^(?![^*]{0,${MIN_LITERAL_PREFIX - 1}}\\*)[a-z0-9*]+(?:(?:\\.|_|__|-+)[a-z0-9*]+)*(?:/[a-z0-9*]+(?:(?:\\.|_|__|-+)[a-z0-9*]+)*)*$`,
  },
} as const;

/** One row of {@link CFN_PARAMETERS}: the model field a set of template parameters holds. */
interface CfnParameterRow {
  /** The model's field whose value the parameters hold (nothing else of the model goes into them). */
  readonly field: keyof GuideModel;
  /** NoEcho: the console masks it and ignores it in a quick-create link. */
  readonly noEcho?: true;
  /** The parameters with the model's values, in template order (none when the field is empty and optional). */
  readonly values: (model: GuideModel) => ReadonlyArray<readonly [name: string, value: string]>;
}

/**
 * The template's parameters by the field they hold, in template order: the one list the
 * parameters file, the deploy script, the Launch Stack link and its check that the published
 * template fits the reader's values (`../launch-stack.ts`) all derive from.
 */
const CFN_PARAMETERS: readonly CfnParameterRow[] = [
  { field: 'vendorAccountId', values: (m) => [['VendorAccountId', m.vendorAccountId]] },
  // The ExternalId has no default: it is here for the parameters file and the deploy script.
  { field: 'externalId', noEcho: true, values: (m) => [['ExternalId', m.externalId]] },
  // Only while rotating: the overlap version of the stack accepts the old ID too.
  { field: 'previousExternalId', noEcho: true, values: (m) => (m.previousExternalId === '' ? [] : [['PreviousExternalId', m.previousExternalId]]) },
  { field: 'clusters', values: (m) => m.clusters.map((cluster, i) => [clusterParameterName(i), cluster] as const) },
  { field: 'repoPatterns', values: (m) => m.repoPatterns.map((pattern, i) => [repoPatternParameterName(i), pattern] as const) },
  { field: 'permissionsBoundary', values: (m) => (m.permissionsBoundary === '' ? [] : [['PermissionsBoundary', m.permissionsBoundary]]) },
];

/**
 * Every parameter with the value the customer gave, in template order: what the
 * parameters file and the deploy script pass. The ExternalId is here (it has no default).
 */
export function cfnParameterValues(model: GuideModel): Array<readonly [key: string, value: string]> {
  return CFN_PARAMETERS.flatMap((row) => row.values(model));
}

/**
 * The template's parameters that a quick-create link can carry, in template order: all but the
 * NoEcho ones, which the console ignores in a link (and a secret does not belong in a URL).
 */
export function cfnLinkParameterValues(model: GuideModel): Array<readonly [key: string, value: string]> {
  return CFN_PARAMETERS.filter((row) => !row.noEcho).flatMap((row) => row.values(model));
}

/** The model fields whose values a quick-create link carries as parameters. */
export const CFN_LINK_FIELDS: readonly (keyof GuideModel)[] = CFN_PARAMETERS.filter((row) => !row.noEcho).map((row) => row.field);

/**
 * `model` with every parameter's value taken from `from`: its template then differs from
 * `from`'s only where a value outside the parameters differs (tags, say), or in which
 * parameters there are (compare their names first).
 */
export function withParametersOf(model: GuideModel, from: GuideModel): GuideModel {
  return { ...model, ...Object.fromEntries(CFN_PARAMETERS.map((row) => [row.field, from[row.field]])) };
}

/**
 * The trusted principal as the template writes it: the vendor account root, or each vendor role
 * with the stack's partition and the VendorAccountId parameter (`!Sub`), so the template keeps
 * following those two as it does for the root. Only the role's path and name are literal text,
 * and validation holds them to `[\w+=,.@/-]`, so nothing in them can read as a `${}` reference.
 * A value that is not a role ARN (a placeholder in the preview) is written as it is.
 */
function cfnTrustPrincipal(model: GuideModel) {
  if (model.trustedVendorRoleArns.length === 0) return cfnSub('arn:${AWS::Partition}:iam::${VendorAccountId}:root');
  return oneOrList(
    model.trustedVendorRoleArns.map((arn) => {
      const parts = parseRoleArn(arn);
      return parts ? cfnSub(`arn:\${AWS::Partition}:iam::\${VendorAccountId}:role${parts.path}${parts.name}`) : arn;
    }),
  );
}

/** `PermissionsBoundary`'s constraint: empty (no boundary) or a managed policy ARN, the guide's rule without the account check. */
const BOUNDARY_PATTERN = '^$|^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}|aws):policy/([\\w+=,.@-]+/)*[\\w+=,.@-]+$';

/** Header comment: what the file is and the capability it needs, the first thing a reader of the file sees. */
const HEADER = [
  ' vendor-roles.cfn.yaml: Method B roles that the vendor assumes with sts:AssumeRole and an ExternalId.',
  ' The roles and managed policies have fixed names, so the stack needs CAPABILITY_NAMED_IAM',
  ' (console: tick "I acknowledge that AWS CloudFormation might create IAM resources with custom names").',
  ' Deploy with deploy-stack.sh, or:',
  '   aws cloudformation create-stack --stack-name vendor-roles --template-body file://vendor-roles.cfn.yaml \\',
  '     --parameters file://vendor-roles.parameters.json --capabilities CAPABILITY_NAMED_IAM --region <region>',
].join('\n');

/** Builds `vendor-roles.cfn.yaml`. */
export function buildCfnTemplate(model: GuideModel): string {
  const clusterParams = model.clusters.map((cluster, i) => [
    clusterParameterName(i),
    {
      Type: 'String',
      Description: `EKS cluster the deployer role may describe (${i + 1} of ${model.clusters.length})`,
      Default: cluster,
      AllowedPattern: CFN_CONSTRAINTS.cluster.allowedPattern,
      MinLength: CFN_CONSTRAINTS.cluster.minLength,
      MaxLength: CFN_CONSTRAINTS.cluster.maxLength,
      ConstraintDescription: `${CFN_CONSTRAINTS.cluster.minLength}-${CFN_CONSTRAINTS.cluster.maxLength} letters, digits, hyphens or underscores, starting with a letter or digit`,
    },
  ]);
  const patternParams = model.repoPatterns.map((pattern, i) => [
    repoPatternParameterName(i),
    {
      Type: 'String',
      Description: `ECR repository name pattern the pusher role may push to and pull from; * matches any characters (${i + 1} of ${model.repoPatterns.length})`,
      Default: pattern,
      AllowedPattern: CFN_CONSTRAINTS.repoPattern.allowedPattern,
      MinLength: CFN_CONSTRAINTS.repoPattern.minLength,
      MaxLength: CFN_CONSTRAINTS.repoPattern.maxLength,
      ConstraintDescription:
        `an ECR repository name (lowercase letters, digits, separators . _ - / between them) where * stands for any characters, with at least ${MIN_LITERAL_PREFIX} fixed characters before the first *`,
    },
  ]);

  const rotating = model.previousExternalId !== '';
  const hasBoundary = model.permissionsBoundary !== '';
  // Literal tags (not parameters): CloudFormation cannot turn a parameter into a tag list, and
  // the tags are the reader's own. AWS::IAM::ManagedPolicy has no Tags property (cfn-lint's
  // schema, E3002), so in the template only the roles carry them.
  const tags = parseTags(model.tags);
  const role = (policyLogicalId: string, roleName: string, description: string) => ({
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: roleName,
      Description: description,
      AssumeRolePolicyDocument: trustPolicyDocument(
        cfnTrustPrincipal(model),
        rotating ? [cfnRef('ExternalId'), cfnRef('PreviousExternalId')] : cfnRef('ExternalId'),
      ),
      ManagedPolicyArns: [cfnRef(policyLogicalId)],
      // One hour: the vendor's deploy jobs re-assume the role rather than hold long sessions.
      MaxSessionDuration: 3600,
      // Cleared in the console, the parameter means "no boundary" rather than an invalid ARN.
      PermissionsBoundary: hasBoundary
        ? { 'Fn::If': ['HasPermissionsBoundary', cfnRef('PermissionsBoundary'), cfnRef('AWS::NoValue')] }
        : undefined,
      Tags: tags.length > 0 ? tags : undefined,
    },
  });

  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Method B: roles ${model.roleNames.repoPusher} and ${model.roleNames.eksDeployer}, assumed by the vendor with sts:AssumeRole and an ExternalId. Creates named IAM resources: requires CAPABILITY_NAMED_IAM.`,
    Parameters: {
      VendorAccountId: {
        Type: 'String',
        Description: 'Vendor AWS account ID (12 digits)',
        Default: model.vendorAccountId,
        AllowedPattern: '^\\d{12}$',
        ConstraintDescription: 'exactly 12 digits',
      },
      ExternalId: {
        Type: 'String',
        Description: 'ExternalId shared with the vendor (secret: no default, never shown)',
        NoEcho: true,
        MinLength: CFN_CONSTRAINTS.externalId.minLength,
        MaxLength: CFN_CONSTRAINTS.externalId.maxLength,
        AllowedPattern: CFN_CONSTRAINTS.externalId.allowedPattern,
        ConstraintDescription: `${CFN_CONSTRAINTS.externalId.minLength}-${CFN_CONSTRAINTS.externalId.maxLength} characters: letters, digits and + = , . @ : / - _`,
      },
      ...(rotating
        ? {
            PreviousExternalId: {
              Type: 'String',
              Description:
                'ExternalId being replaced, still accepted during the rotation (secret: no default, never shown). Remove it with the final version of this template.',
              NoEcho: true,
              MinLength: CFN_CONSTRAINTS.externalId.minLength,
              MaxLength: CFN_CONSTRAINTS.externalId.maxLength,
              AllowedPattern: CFN_CONSTRAINTS.externalId.allowedPattern,
              ConstraintDescription: `${CFN_CONSTRAINTS.externalId.minLength}-${CFN_CONSTRAINTS.externalId.maxLength} characters: letters, digits and + = , . @ : / - _`,
            },
          }
        : {}),
      ...Object.fromEntries(clusterParams),
      ...Object.fromEntries(patternParams),
      ...(hasBoundary
        ? {
            PermissionsBoundary: {
              Type: 'String',
              Description: 'ARN of the managed policy set as permissions boundary of both roles (empty: none)',
              Default: model.permissionsBoundary,
              AllowedPattern: BOUNDARY_PATTERN,
              MaxLength: 2048,
              ConstraintDescription: 'empty, or a managed policy ARN (arn:<partition>:iam::<account ID or aws>:policy/<path/>name)',
            },
          }
        : {}),
    },
    Conditions: hasBoundary
      ? { HasPermissionsBoundary: { 'Fn::Not': [{ 'Fn::Equals': [cfnRef('PermissionsBoundary'), ''] }] } }
      : undefined,
    Resources: {
      VendorRepoPusherPolicy: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          ManagedPolicyName: model.policyNames.repoPusher,
          Description: 'ECR push/pull on the repositories matching the patterns',
          PolicyDocument: repoPusherPolicyDocument(
            model.repoPatterns.map((_, i) =>
              cfnSub(`arn:\${AWS::Partition}:ecr:\${AWS::Region}:\${AWS::AccountId}:repository/\${${repoPatternParameterName(i)}}`),
            ),
          ),
        },
      },
      VendorEKSDeployerPolicy: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          ManagedPolicyName: model.policyNames.eksDeployer,
          Description: 'eks:DescribeCluster on the named clusters',
          PolicyDocument: eksDeployerPolicyDocument(
            model.clusters.map((_, i) =>
              cfnSub(`arn:\${AWS::Partition}:eks:\${AWS::Region}:\${AWS::AccountId}:cluster/\${${clusterParameterName(i)}}`),
            ),
          ),
        },
      },
      VendorRepoPusherRole: role('VendorRepoPusherPolicy', model.roleNames.repoPusher, 'Vendor pushes and pulls container images (Method B)'),
      VendorEKSDeployerRole: role('VendorEKSDeployerPolicy', model.roleNames.eksDeployer, 'Vendor reads EKS cluster details to deploy (Method B)'),
    },
    Outputs: {
      RepoPusherRoleArn: {
        Description: 'Send to the vendor',
        Value: cfnGetAtt('VendorRepoPusherRole.Arn'),
      },
      EKSDeployerRoleArn: {
        Description: 'Send to the vendor; also the rolearn for aws-auth or the access entry',
        Value: cfnGetAtt('VendorEKSDeployerRole.Arn'),
      },
    },
  };
  return yamlText(template, HEADER);
}
