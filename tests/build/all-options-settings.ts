/**
 * The vendor settings of the all-options build (issue 10): every optional setting set and every
 * name overridden. One home, shared by the build test (tests/build/all-options.test.ts) and the
 * validators that check what these settings make (tests/validators/options.test.ts: cfn-lint,
 * iam-simulate of the trust).
 */

/** The one vendor role the build trusts instead of the vendor account root (with a path). */
export const ALL_OPTIONS_VENDOR_ROLE = 'arn:aws:iam::444455556666:role/ci/acme-onboarding';

/** The build's `VENDOR_*` environment. */
export const ALL_OPTIONS_SETTINGS = {
  VENDOR_NAME: 'Acme Platform Team',
  VENDOR_ACCOUNT_ID: '444455556666',
  VENDOR_TRUSTED_ROLE_ARNS: ALL_OPTIONS_VENDOR_ROLE,
  VENDOR_EXTERNAL_ID_MODE: 'vendor-issued',
  VENDOR_ROLE_NAME_REPO_PUSHER: 'AcmeImagePusher',
  VENDOR_ROLE_NAME_EKS_DEPLOYER: 'AcmeClusterDeployer',
  VENDOR_POLICY_NAME_REPO_PUSHER: 'AcmeImagePusherPolicy',
  VENDOR_POLICY_NAME_EKS_DEPLOYER: 'AcmeClusterDeployerPolicy',
  VENDOR_K8S_USERNAME: 'acme-deployer',
  VENDOR_K8S_GROUP: 'acme:apps:deployer',
  VENDOR_K8S_NAMESPACE: 'acme-apps',
  VENDOR_DEFAULT_REGION: 'eu-central-1',
  VENDOR_DEFAULT_CLUSTERS: 'acme-prod',
  VENDOR_REPO_PATTERNS: 'acme-*',
  VENDOR_PLANNED_REPOS: 'acme-web,batch-job',
  VENDOR_TEMPLATE_URL: 'https://acme-templates.s3.amazonaws.com/vendor-roles.cfn.yaml',
};
