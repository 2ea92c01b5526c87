/**
 * Shape of the vendor settings, the environment variables that override them,
 * and their resolution (defaults ← environment) for the build and the CLI.
 */
import type { KubernetesIdentity, RolePair } from '../core/types.ts';

/** Everything a deploying vendor sets. See `vendor.ts` for each value's meaning. */
export interface VendorSettings {
  vendorName: string;
  vendorAccountId: string;
  externalIdPrefix: string;
  externalIdMode: 'generate' | 'vendor-issued';
  defaultRegion: string;
  defaultClusters: string[];
  repoPatterns: string[];
  plannedRepos: string[];
  roleNames: RolePair;
  policyNames: RolePair;
  kubernetes: KubernetesIdentity;
  supportContact: string;
  templateUrl: string;
}

/** Environment variable → setting path. Lists are comma-separated. */
export const SETTINGS_ENV = {
  VENDOR_NAME: 'vendorName',
  VENDOR_ACCOUNT_ID: 'vendorAccountId',
  VENDOR_EXTERNAL_ID_PREFIX: 'externalIdPrefix',
  VENDOR_EXTERNAL_ID_MODE: 'externalIdMode',
  VENDOR_DEFAULT_REGION: 'defaultRegion',
  VENDOR_DEFAULT_CLUSTERS: 'defaultClusters',
  VENDOR_REPO_PATTERNS: 'repoPatterns',
  VENDOR_PLANNED_REPOS: 'plannedRepos',
  VENDOR_ROLE_NAME_REPO_PUSHER: 'roleNames.repoPusher',
  VENDOR_ROLE_NAME_EKS_DEPLOYER: 'roleNames.eksDeployer',
  VENDOR_POLICY_NAME_REPO_PUSHER: 'policyNames.repoPusher',
  VENDOR_POLICY_NAME_EKS_DEPLOYER: 'policyNames.eksDeployer',
  VENDOR_K8S_USERNAME: 'kubernetes.username',
  VENDOR_K8S_GROUP: 'kubernetes.group',
  VENDOR_K8S_NAMESPACE: 'kubernetes.namespace',
  VENDOR_SUPPORT_CONTACT: 'supportContact',
  VENDOR_TEMPLATE_URL: 'templateUrl',
} as const;
