/**
 * ARNs and hosts built from the model. One place, so the policies, the template's
 * defaults, the scripts and the handoff sheet can never disagree about a format.
 * Every function only joins its (validated or placeholder) inputs; it checks nothing.
 */
import type { GuideModel, RolePair } from './types.ts';

/** The partition/region/account part every ARN here shares. */
type ArnScope = Pick<GuideModel, 'partition' | 'region' | 'accountId'>;

/** `arn:${partition}:ecr:${region}:${account}:repository/${nameOrPattern}` (a pattern keeps its `*`). */
export function ecrRepositoryArn(model: ArnScope, nameOrPattern: string): string {
  return `arn:${model.partition}:ecr:${model.region}:${model.accountId}:repository/${nameOrPattern}`;
}

/** `arn:${partition}:eks:${region}:${account}:cluster/${cluster}`. */
export function eksClusterArn(model: ArnScope, cluster: string): string {
  return `arn:${model.partition}:eks:${model.region}:${model.accountId}:cluster/${cluster}`;
}

/**
 * `arn:${partition}:iam::${account}:role/${roleName}`. IAM is global, so no region.
 * No path: the roles are created at `/`, and aws-auth's `rolearn` must not carry a path anyway.
 */
export function iamRoleArn(partition: GuideModel['partition'], accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** `arn:${partition}:iam::${account}:root`: "this account" as a trust-policy principal (its IAM admins decide who). */
export function accountRootArn(partition: GuideModel['partition'], accountId: string): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/** The customer's private ECR registry host: `${account}.dkr.ecr.${region}.${dnsSuffix}`. */
export function ecrRegistryHost(model: Pick<GuideModel, 'accountId' | 'region' | 'dnsSuffix'>): string {
  return `${model.accountId}.dkr.ecr.${model.region}.${model.dnsSuffix}`;
}

/** A repository's URI, as `docker push` wants it: `${registryHost}/${repo}`. */
export function ecrRepositoryUri(model: Pick<GuideModel, 'accountId' | 'region' | 'dnsSuffix'>, repo: string): string {
  return `${ecrRegistryHost(model)}/${repo}`;
}

/** ARNs of the two roles the customer creates, in their account. */
export function roleArns(model: Pick<GuideModel, 'partition' | 'accountId' | 'roleNames'>): RolePair {
  return {
    repoPusher: iamRoleArn(model.partition, model.accountId, model.roleNames.repoPusher),
    eksDeployer: iamRoleArn(model.partition, model.accountId, model.roleNames.eksDeployer),
  };
}
