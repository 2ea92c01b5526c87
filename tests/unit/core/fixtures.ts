/** Shared fixtures of the core tests: a fully valid set of inputs and hostile strings. */
import type { GuideInputs } from '../../../src/core/types.ts';

/** Inputs that pass validation without warnings (every repo is covered). */
export function validInputs(): GuideInputs {
  return {
    accountId: '012345678901',
    vendorAccountId: '111122223333',
    region: 'ap-northeast-1',
    clusters: ['portal-dev'],
    repoPatterns: ['portal-*'],
    repos: ['portal-api'],
    roleNames: { repoPusher: 'VendorRepoPusher', eksDeployer: 'VendorEKSDeployer' },
    policyNames: { repoPusher: 'VendorRepoPusherPolicy', eksDeployer: 'VendorEKSDeployerPolicy' },
    kubernetes: { username: 'vendor-eks-deployer', group: 'vendor:portal:deployer', namespace: 'portal' },
    externalId: 'vnd-3Fz7K4q9aBcDeFgHiJkLmNoPqRsTuVwX',
    // Issue 10's optional fields, not set (the golden files are those of no option).
    trustedVendorRoleArns: [],
    permissionsBoundary: '',
    tags: [],
    previousExternalId: '',
  };
}

export { HOSTILE } from '../../support/hostile.ts';
