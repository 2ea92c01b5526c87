/**
 * `vendor-eks-deployer-policy.json`: the only AWS permission the deployer role needs,
 * reading the connection details (endpoint, CA) of the named clusters. What it may do
 * inside a cluster is Kubernetes' decision (aws-auth or access entry, then RBAC).
 */
import { eksClusterArn } from '../arn.ts';
import type { GuideModel } from '../types.ts';
import { IAM_POLICY_VERSION, jsonText } from './json.ts';

/**
 * The policy document for the given cluster resources: one statement with a Resource list
 * (the vendor's guide said "add a statement per cluster"; a list is equivalent and shorter).
 * Generic so the CloudFormation template can pass `!Sub` nodes.
 */
export function eksDeployerPolicyDocument<R>(clusterResources: readonly R[]) {
  return {
    Version: IAM_POLICY_VERSION,
    Statement: [
      {
        Sid: 'DescribeTargetCluster',
        Effect: 'Allow',
        Action: ['eks:DescribeCluster'],
        Resource: [...clusterResources],
      },
    ],
  };
}

/** Builds `vendor-eks-deployer-policy.json`: one cluster ARN per cluster, in the model's order. */
export function buildEksDeployerPolicy(model: GuideModel): string {
  return jsonText(eksDeployerPolicyDocument(model.clusters.map((cluster) => eksClusterArn(model, cluster))));
}
