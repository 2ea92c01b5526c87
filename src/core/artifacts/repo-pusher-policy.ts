/**
 * `vendor-repo-pusher-policy.json`: the permissions of the repo-pusher role, push and
 * pull of the customer's ECR repositories whose names match the patterns, nothing else.
 */
import { ecrRepositoryArn } from '../arn.ts';
import type { GuideModel } from '../types.ts';
import { IAM_POLICY_VERSION, jsonText } from './json.ts';

/**
 * The repository-scoped ECR actions, exactly as the vendor's guide lists them and in its
 * order: layer upload and download, image manifest read/write, and the two read-only
 * listings `docker` tooling uses. No delete, no policy or lifecycle changes.
 */
export const ECR_REPOSITORY_ACTIONS = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:CompleteLayerUpload',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'ecr:InitiateLayerUpload',
  'ecr:PutImage',
  'ecr:UploadLayerPart',
  'ecr:DescribeRepositories',
  'ecr:ListImages',
] as const;

/**
 * The policy document with the given repository resources. Generic over the resource
 * value so the CloudFormation template can pass `!Sub` nodes instead of literal ARNs.
 */
export function repoPusherPolicyDocument<R>(repositoryResources: readonly R[]) {
  return {
    Version: IAM_POLICY_VERSION,
    Statement: [
      {
        Sid: 'ECRAuth',
        Effect: 'Allow',
        // GetAuthorizationToken has no resource type: it can only be granted on `*`,
        // and the token it returns opens nothing by itself; the next statement decides.
        Action: ['ecr:GetAuthorizationToken'],
        Resource: '*',
      },
      {
        Sid: 'ECRRepositoryActions',
        Effect: 'Allow',
        Action: [...ECR_REPOSITORY_ACTIONS],
        Resource: [...repositoryResources],
      },
    ],
  };
}

/** Builds `vendor-repo-pusher-policy.json`: one repository ARN per pattern, in the model's order. */
export function buildRepoPusherPolicy(model: GuideModel): string {
  return jsonText(repoPusherPolicyDocument(model.repoPatterns.map((pattern) => ecrRepositoryArn(model, pattern))));
}
