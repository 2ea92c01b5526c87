/** The Launch Stack link: console per partition, every non-NoEcho parameter, values encoded, no ExternalId. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { buildCfnTemplate } from '../../../src/core/artifacts/cfn-template.ts';
import { defaultInputs, mergeInputs } from '../../../src/core/inputs.ts';
import type { GuideModel } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { consoleOrigin, launchStackParameters, NO_ECHO_PARAMETERS, quickCreateUrl } from '../../../src/utils/launch-stack.ts';

const TEMPLATE_URL = 'https://s3.amazonaws.com/bucket/vendor-roles.cfn.yaml';
const TAGS = ['!Sub', '!Ref', '!GetAtt'].map((tag) => ({ tag, resolve: (s: string) => ({ [tag]: s }) }));

function model(patch: Parameters<typeof mergeInputs>[1]): GuideModel {
  const inputs = mergeInputs(defaultInputs(vendorSettings), { accountId: '123456789012', externalId: 'vnd-SECRET0123456789', ...patch });
  const result = validateInputs(inputs, { vendorAccountId: vendorSettings.vendorAccountId });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

/** The query of the console's hash route, as the console reads it. */
function linkParams(url: string): URLSearchParams {
  const hash = new URL(url).hash;
  expect(hash.startsWith('#/stacks/quickcreate?')).toBe(true);
  return new URLSearchParams(hash.slice('#/stacks/quickcreate?'.length));
}

describe('quickCreateUrl', () => {
  it("opens the region's console for each partition", () => {
    expect(consoleOrigin('aws', 'ap-northeast-1')).toBe('https://ap-northeast-1.console.aws.amazon.com');
    expect(consoleOrigin('aws-cn', 'cn-north-1')).toBe('https://cn-north-1.console.amazonaws.cn');
    expect(consoleOrigin('aws-us-gov', 'us-gov-west-1')).toBe('https://us-gov-west-1.console.amazonaws-us-gov.com');
    const m = model({ region: 'cn-northwest-1' });
    const url = quickCreateUrl({ templateUrl: TEMPLATE_URL, region: m.region, partition: m.partition, stackName: 'vendor-roles', parameters: [] });
    expect(url).toBe(
      `https://cn-northwest-1.console.amazonaws.cn/cloudformation/home?region=cn-northwest-1#/stacks/quickcreate?templateURL=${encodeURIComponent(TEMPLATE_URL)}&stackName=vendor-roles`,
    );
  });

  it('carries the stack name and every parameter but the NoEcho ones, never the ExternalId', () => {
    const m = model({ clusters: ['prod-a', 'prod-b'], repoPatterns: ['shop-*', 'batch/*'] });
    const url = quickCreateUrl({
      templateUrl: TEMPLATE_URL,
      region: m.region,
      partition: m.partition,
      stackName: 'vendor-roles',
      parameters: launchStackParameters(m),
    });
    const params = linkParams(url);
    expect(params.get('templateURL')).toBe(TEMPLATE_URL);
    expect(params.get('stackName')).toBe('vendor-roles');
    expect(Object.fromEntries([...params].filter(([k]) => k.startsWith('param_')))).toEqual({
      param_VendorAccountId: '111122223333',
      param_EKSClusterName: 'prod-a',
      param_EKSClusterName2: 'prod-b',
      param_RepoPattern: 'shop-*',
      param_RepoPattern2: 'batch/*',
    });
    expect(url).not.toContain('SECRET');
    expect(url).not.toContain('ExternalId');
  });

  it('NO_ECHO_PARAMETERS are exactly the NoEcho parameters of the generated template', () => {
    // While rotating, the template has both secret parameters; a link carries neither.
    const m = model({ previousExternalId: 'vnd-PREVIOUS-SECRET-0123' });
    expect(quickCreateUrl({ templateUrl: 'https://b.s3.amazonaws.com/t.yaml', region: m.region, partition: m.partition, stackName: 's', parameters: launchStackParameters(m) })).not.toContain('PREVIOUS-SECRET');
    const template = parse(buildCfnTemplate(m), { customTags: TAGS, version: '1.1' }) as {
      Parameters: Record<string, { NoEcho?: boolean }>;
    };
    const noEcho = Object.entries(template.Parameters).filter(([, p]) => p.NoEcho === true).map(([name]) => name);
    expect(noEcho).toEqual([...NO_ECHO_PARAMETERS]);
    // And every other parameter of the template is in the link.
    expect(launchStackParameters(m).map(([name]) => name)).toEqual(Object.keys(template.Parameters).filter((n) => !noEcho.includes(n)));
  });

  it('percent-encodes values, so none can add or change a parameter', () => {
    const url = quickCreateUrl({
      templateUrl: 'https://s3.amazonaws.com/b/t.yaml?x=1&y=2#frag',
      region: 'us-east-1',
      partition: 'aws',
      stackName: 'a&param_X=1',
      parameters: [['P', 'v=1&param_Q=2#x ?']],
    });
    const params = linkParams(url);
    expect(params.get('templateURL')).toBe('https://s3.amazonaws.com/b/t.yaml?x=1&y=2#frag');
    expect(params.get('stackName')).toBe('a&param_X=1');
    expect(params.get('param_P')).toBe('v=1&param_Q=2#x ?');
    expect([...params.keys()]).toEqual(['templateURL', 'stackName', 'param_P']);
  });
});
