/**
 * The Launch Stack link: console per partition, every non-NoEcho parameter, values encoded, no
 * ExternalId; the fields whose errors block it; whether the published template fits the reader's values.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { buildCfnTemplate, cfnLinkParameterValues, withParametersOf } from '../../../src/core/artifacts/cfn-template.ts';
import { READER_PATHS } from '../../../src/core/fields.ts';
import { defaultInputs, mergeInputs } from '../../../src/core/inputs.ts';
import type { GuideModel } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { consoleOrigin, LAUNCH_STACK_FIELDS, launchStackFit, quickCreateUrl } from '../../../src/core/launch-stack.ts';

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
      parameters: cfnLinkParameterValues(m),
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

  it('a link carries every parameter of the generated template but its NoEcho ones, the ExternalIds', () => {
    // While rotating, the template has both secret parameters; a link carries neither.
    const m = model({ previousExternalId: 'vnd-PREVIOUS-SECRET-0123' });
    expect(quickCreateUrl({ templateUrl: 'https://b.s3.amazonaws.com/t.yaml', region: m.region, partition: m.partition, stackName: 's', parameters: cfnLinkParameterValues(m) })).not.toContain('PREVIOUS-SECRET');
    const template = parse(buildCfnTemplate(m), { customTags: TAGS, version: '1.1' }) as {
      Parameters: Record<string, { NoEcho?: boolean }>;
    };
    const noEcho = Object.entries(template.Parameters).filter(([, p]) => p.NoEcho === true).map(([name]) => name);
    expect(noEcho).toEqual(['ExternalId', 'PreviousExternalId']);
    // And every other parameter of the template is in the link.
    expect(cfnLinkParameterValues(m).map(([name]) => name)).toEqual(Object.keys(template.Parameters).filter((n) => !noEcho.includes(n)));
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

// Another valid value of every reader field (the defaults' are vendorSettings').
const OTHER: Parameters<typeof mergeInputs>[1] = {
  accountId: '210987654321',
  region: 'us-east-1',
  clusters: ['shop-prod'],
  repoPatterns: ['shop-*'],
  repos: ['shop-api'],
  permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary',
  tags: ['team=platform'],
};

describe('LAUNCH_STACK_FIELDS', () => {
  it('names every reader field whose value changes the link, and only those', () => {
    // The hand-kept list this replaced (region, clusters, patterns) missed the permissions
    // boundary: an invalid one would have gone to the console as its placeholder.
    expect(Object.keys(OTHER).sort()).toEqual([...READER_PATHS].sort());
    const base = model({});
    const link = (m: GuideModel) => JSON.stringify([m.region, cfnLinkParameterValues(m)]);
    const changing = READER_PATHS.filter((key) => link(model({ [key]: OTHER[key] })) !== link(base));
    expect(changing.sort()).toEqual([...LAUNCH_STACK_FIELDS].filter((f) => (READER_PATHS as readonly string[]).includes(f)).sort());
    expect(changing).toContain('permissionsBoundary');
  });
});

describe('launchStackFit: does the published template create the stack of the reader\'s own template?', () => {
  // The published template is generated from the vendor's defaults (README).
  const published = model({});

  it('fits values the link carries (clusters, patterns) and values the template does not hold (account, region, planned repositories)', () => {
    for (const key of ['accountId', 'region', 'clusters', 'repoPatterns', 'repos'] as const) {
      const reader = model({ [key]: OTHER[key] });
      expect(launchStackFit(reader, published, buildCfnTemplate), key).toBe('fits');
      // What "fits" means: the published template with the link's values is the reader's own.
      expect(buildCfnTemplate(withParametersOf(published, reader)), key).toBe(buildCfnTemplate(reader));
    }
  });

  it('does not fit a permissions boundary or another number of clusters or patterns (other parameters)', () => {
    expect(launchStackFit(model({ permissionsBoundary: OTHER.permissionsBoundary }), published, buildCfnTemplate)).toBe('parameters');
    expect(launchStackFit(model({ clusters: ['a-prod', 'b-prod'] }), published, buildCfnTemplate)).toBe('parameters');
    expect(launchStackFit(model({ repoPatterns: ['shop-*', 'batch-*'] }), published, buildCfnTemplate)).toBe('parameters');
    // Fewer than published: the published template's other parameters would keep their defaults.
    expect(launchStackFit(model({}), model({ clusters: ['a-prod', 'b-prod'] }), buildCfnTemplate)).toBe('parameters');
    // A boundary published but none entered: the stack would get the published one.
    expect(launchStackFit(model({}), model({ permissionsBoundary: OTHER.permissionsBoundary }), buildCfnTemplate)).toBe('parameters');
  });

  it('does not fit tags (not parameters: the stack would have none)', () => {
    const reader = model({ tags: OTHER.tags });
    expect(launchStackFit(reader, published, buildCfnTemplate)).toBe('content');
    expect(buildCfnTemplate(withParametersOf(published, reader))).not.toBe(buildCfnTemplate(reader));
  });
});
