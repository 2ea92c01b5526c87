/**
 * The vendor's settings: the one file a vendor edits before building the site.
 *
 * Every value can also be overridden at build time by the environment variable named
 * beside it (see README → "Vendor settings"). Values are validated when the site builds
 * and when the CLI starts: a bad value stops with a message naming the setting and its rule.
 */
import type { VendorSettings } from './settings-schema.ts';

/** Defaults of this deployment. Edit these, or override them with the environment variables. */
export const vendorSettings: VendorSettings = {
  /** `VENDOR_NAME`: how the guide names us. */
  vendorName: 'Example Vendor',
  /** `VENDOR_ACCOUNT_ID`: our AWS account ID, the principal the customer's roles trust (12 digits). */
  vendorAccountId: '111122223333',
  /**
   * `VENDOR_TRUSTED_ROLE_ARNS` (comma-separated): our IAM role ARNs the customer's roles trust
   * instead of our account root. Empty: trust the account root (our IAM decides who may assume).
   * Narrower, but a role deleted and recreated under the same name is no longer trusted.
   */
  trustedVendorRoleArns: [],
  /** `VENDOR_EXTERNAL_ID_PREFIX`: prefix of generated ExternalIds. */
  externalIdPrefix: 'vnd-',
  /** `VENDOR_EXTERNAL_ID_MODE`: `generate` (the reader's browser makes it) or `vendor-issued` (we send it). */
  externalIdMode: 'generate',
  /** `VENDOR_DEFAULT_REGION`: region pre-filled in the guide. */
  defaultRegion: 'ap-northeast-1',
  /** `VENDOR_DEFAULT_CLUSTERS` (comma-separated): EKS cluster names pre-filled in the guide. */
  defaultClusters: ['portal-dev'],
  /** `VENDOR_REPO_PATTERNS` (comma-separated): ECR repository name patterns the pusher role may use. */
  repoPatterns: ['portal-*'],
  /** `VENDOR_PLANNED_REPOS` (comma-separated): repository names we plan to push to. */
  plannedRepos: ['portal-api', 'cron-runner'],
  /** `VENDOR_ROLE_NAME_REPO_PUSHER` / `VENDOR_ROLE_NAME_EKS_DEPLOYER`. */
  roleNames: { repoPusher: 'VendorRepoPusher', eksDeployer: 'VendorEKSDeployer' },
  /** `VENDOR_POLICY_NAME_REPO_PUSHER` / `VENDOR_POLICY_NAME_EKS_DEPLOYER`. */
  policyNames: { repoPusher: 'VendorRepoPusherPolicy', eksDeployer: 'VendorEKSDeployerPolicy' },
  /** `VENDOR_K8S_USERNAME` / `VENDOR_K8S_GROUP` / `VENDOR_K8S_NAMESPACE`: the Kubernetes identity of our deployer role. */
  kubernetes: { username: 'vendor-eks-deployer', group: 'vendor:portal:deployer', namespace: 'portal' },
  /** `VENDOR_SUPPORT_CONTACT`: e-mail address or https URL where customers reach our support. */
  supportContact: 'support@example.com',
  /** `VENDOR_TEMPLATE_URL`: optional https S3 URL of `vendor-roles.cfn.yaml`, enabling the Launch Stack button. */
  templateUrl: '',
};
