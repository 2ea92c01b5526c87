/**
 * The core's IAM evaluator against @cloud-copilot/iam-simulate (AGPL, test-only, never
 * imported from src/) on thousands of generated identity and trust policies and requests:
 * every decision must agree. The generators only use what the evaluator models, so an
 * `unknown` answer is a failure too. fast-check prints its seed on failure; set
 * EVAL_SEED to replay one.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type ContextValue, type Decision } from '../../../src/core/check/evaluate.ts';

const seed = process.env['EVAL_SEED'] === undefined ? Date.now() % 2_147_483_647 : Number(process.env['EVAL_SEED']);
// eslint-disable-next-line no-console
console.log(`evaluate-simulate seed: ${seed}`);

const CUSTOMER = '123456789012';
const VENDOR = '111122223333';
const OTHER = '444455556666';

const SIM: Record<string, Decision> = { Allowed: 'allowed', ImplicitlyDenied: 'implicit-deny', ExplicitlyDenied: 'explicit-deny' };

const repo = (name: string, region = 'ap-northeast-1', account = CUSTOMER, partition = 'aws') =>
  `arn:${partition}:ecr:${region}:${account}:repository/${name}`;
const cluster = (name: string, region = 'ap-northeast-1', account = CUSTOMER) => `arn:aws:eks:${region}:${account}:cluster/${name}`;

/** Requests: an action with a resource of its own resource type. */
const REQUESTS: ReadonlyArray<readonly [string, string]> = [
  ['ecr:PutImage', repo('portal-api')],
  ['ecr:PutImage', repo('cron-runner')],
  ['ecr:PutImage', repo('Portal-api')],
  ['ecr:BatchGetImage', repo('portal-api')],
  ['ecr:BatchGetImage', repo('portal-api', 'us-east-1')],
  // Same account only: another account's resource also needs that account's resource policy.
  ['ecr:InitiateLayerUpload', repo('portal-web', 'eu-west-1')],
  ['ecr:DeleteRepository', repo('portal-api')],
  ['ecr:GetAuthorizationToken', '*'],
  ['eks:DescribeCluster', cluster('portal-dev')],
  ['eks:DescribeCluster', cluster('portal-prod', 'us-west-2')],
  ['eks:DeleteCluster', cluster('portal-dev')],
];

const ACTION_PATTERNS = [
  '*', 'ecr:*', 'ecr:PutImage', 'ECR:putimage', 'ecr:Put*', 'ecr:*Image', 'ecr:Batch?etImage', 'ecr:Delete*',
  'ecr:GetAuthorizationToken', 'eks:DescribeCluster', 'eks:describe*', 'eks:*', 'eks:Delete????????', 's3:GetObject',
];
const RESOURCE_PATTERNS = [
  '*',
  repo('portal-*'),
  repo('*'),
  repo('portal-???'),
  repo('cron-runner'),
  repo('Portal-*'),
  repo('portal-api', '*'),
  repo('*', 'ap-northeast-1', '*'),
  repo('portal-*', 'ap-northeast-1', CUSTOMER, 'aws-cn'),
  'arn:aws:ecr:ap-northeast-?:123456789012:repository/*',
  'arn:aws:ecr:*:*:*',
  cluster('portal-dev'),
  cluster('portal-*', '*'),
  'arn:aws:eks:*:*:cluster/*',
  cluster('portal-dev', 'us-west-2'),
];

/** Condition keys with the operators and values that fit their type. */
const CONDITION_KEYS = {
  'aws:PrincipalTag/team': { ops: ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'], values: ['blue', 'Blue', 'bl*', 'gr?en', 'green'] },
  'aws:RequestedRegion': { ops: ['StringEquals', 'StringLike', 'StringNotEquals'], values: ['ap-northeast-1', 'us-*', 'eu-west-1'] },
  'aws:MultiFactorAuthPresent': { ops: ['Bool'], values: ['true', 'false'] },
  'aws:PrincipalArn': { ops: ['ArnLike', 'ArnEquals', 'ArnNotLike', 'ArnNotEquals', 'StringLike'], values: [`arn:aws:iam::${VENDOR}:role/*`, `arn:aws:iam::*:role/vendor-ci`, `arn:aws:sts::${CUSTOMER}:assumed-role/*`, `arn:aws:iam::${OTHER}:*`] },
} as const;
const TRUST_KEYS = {
  ...CONDITION_KEYS,
  'sts:ExternalId': { ops: ['StringEquals', 'StringLike', 'StringNotEquals', 'StringEqualsIgnoreCase'], values: ['vnd-abc123', 'VND-ABC123', 'vnd-*', 'other'] },
} as const;
type KeyTable = Readonly<Record<string, { ops: readonly string[]; values: readonly string[] }>>;

function conditionArb(keys: KeyTable) {
  const names = Object.keys(keys);
  const one = fc.constantFrom(...names).chain((key) => {
    const spec = keys[key]!;
    return fc.record({
      key: fc.constant(key),
      op: fc.constantFrom(...spec.ops),
      prefix: fc.constantFrom('', '', '', 'ForAnyValue:', 'ForAllValues:'),
      ifExists: fc.boolean(),
      values: fc.uniqueArray(fc.constantFrom(...spec.values), { minLength: 1, maxLength: 3 }),
      isNull: fc.nat(9),
      nullValue: fc.constantFrom('true', 'false'),
    });
  });
  return fc.array(one, { maxLength: 3 }).map((items) => {
    const block: Record<string, Record<string, unknown>> = {};
    for (const c of items) {
      // Set operators on single-valued keys, Bool with set operators: not what policies do; keep to plain forms there.
      const op = c.isNull === 0 ? 'Null' : `${c.key === 'aws:MultiFactorAuthPresent' ? '' : c.prefix}${c.op}${c.ifExists && c.isNull !== 0 ? 'IfExists' : ''}`;
      const values = op === 'Null' ? c.nullValue : c.values.length === 1 ? c.values[0] : c.values;
      (block[op] ??= {})[c.key] = values;
    }
    return Object.keys(block).length ? block : undefined;
  });
}

const listOrOne = <T>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { minLength: 1, maxLength: 3 }).chain((items) => (items.length === 1 ? fc.constantFrom<T | T[]>(items[0]!, items) : fc.constant(items)));

function statementArb(keys: KeyTable, trust: boolean) {
  return fc.record({
    effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
    notAction: fc.nat(4),
    actions: listOrOne(fc.constantFrom(...(trust ? ['sts:AssumeRole', 'sts:*', 'sts:Assume*', 'sts:TagSession', '*'] : ACTION_PATTERNS))),
    notResource: fc.nat(4),
    resources: listOrOne(fc.constantFrom(...(trust ? ['*'] : RESOURCE_PATTERNS))),
    principals: listOrOne(
      fc.constantFrom(VENDOR, `arn:aws:iam::${VENDOR}:root`, `arn:aws:iam::${VENDOR}:role/vendor-ci`, `arn:aws:iam::${OTHER}:root`, `arn:aws:iam::${VENDOR}:role/other`),
    ),
    star: fc.nat(9),
    condition: conditionArb(keys),
  }).map((s) => {
    const out: Record<string, unknown> = { Effect: s.effect };
    if (trust) out['Principal'] = s.star === 0 ? '*' : { AWS: s.principals };
    out[s.notAction === 0 ? 'NotAction' : 'Action'] = s.actions;
    if (!trust) out[s.notResource === 0 ? 'NotResource' : 'Resource'] = s.resources;
    if (s.condition) out['Condition'] = s.condition;
    return out;
  });
}

const policyArb = (keys: KeyTable, trust: boolean) =>
  fc.array(statementArb(keys, trust), { minLength: 1, maxLength: 4 }).map((Statement) => ({ Version: '2012-10-17', Statement }));

function contextArb(keys: KeyTable) {
  return fc.record(
    Object.fromEntries(
      Object.entries(keys).map(([key, spec]) => [
        key,
        key === 'aws:MultiFactorAuthPresent'
          ? fc.constantFrom('true', 'false')
          : key === 'aws:PrincipalArn'
            ? fc.constant('')
            : fc.constantFrom(...spec.values.filter((v) => !v.includes('*') && !v.includes('?')), 'ap-northeast-1', 'blue', 'vnd-abc123'),
      ]),
    ),
    { requiredKeys: [] },
  );
}

async function simulate(request: Parameters<typeof runSimulation>[0]): Promise<Decision> {
  const result = await runSimulation(request, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return SIM[result.overallResult as string]!;
}

const RUNS = 2500;
/** Decisions seen, so a generator that only ever produces one answer fails instead of passing vacuously. */
const seen = (): Record<Decision, number> => ({ allowed: 0, 'implicit-deny': 0, 'explicit-deny': 0, unknown: 0 });
function expectVaried(counts: Record<Decision, number>): void {
  expect(counts.allowed).toBeGreaterThan(RUNS / 20);
  expect(counts['implicit-deny']).toBeGreaterThan(RUNS / 20);
  expect(counts['explicit-deny']).toBeGreaterThan(RUNS / 20);
}

describe('evaluator = iam-simulate', () => {
  it(`identity policies: ${RUNS} generated policies × requests agree`, async () => {
    const principal = `arn:aws:sts::${CUSTOMER}:assumed-role/VendorRepoPusher/vendor-session`;
    const counts = seen();
    await fc.assert(
      fc.asyncProperty(policyArb(CONDITION_KEYS, false), fc.constantFrom(...REQUESTS), contextArb(CONDITION_KEYS), async (policy, [action, resource], ctx) => {
        const context: Record<string, ContextValue> = Object.fromEntries(Object.entries(ctx).filter((e): e is [string, string] => e[1] !== undefined));
        if ('aws:PrincipalArn' in context) context['aws:PrincipalArn'] = principal;
        const ours = evaluatePolicies([policy], { action, resource, principal, context });
        const theirs = await simulate({
          request: { principal, action, resource: { resource, accountId: resource === '*' ? CUSTOMER : resource.split(':')[4]! }, contextVariables: context as Record<string, string> },
          identityPolicies: [{ name: 'p', policy }],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
        });
        expect(ours.decision, JSON.stringify({ policy, action, resource, context })).toBe(theirs);
        counts[theirs]++;
      }),
      { seed, numRuns: RUNS },
    );
    expectVaried(counts);
  }, 240_000);

  it(`trust policies: ${RUNS} generated trust policies × callers agree`, async () => {
    const callers = [
      `arn:aws:iam::${VENDOR}:role/vendor-ci`,
      `arn:aws:sts::${VENDOR}:assumed-role/vendor-ci/session-1`,
      `arn:aws:iam::${VENDOR}:role/other`,
      `arn:aws:iam::${OTHER}:role/vendor-ci`,
    ];
    const role = `arn:aws:iam::${CUSTOMER}:role/VendorRepoPusher`;
    // The caller's own account allows it to call AssumeRole, so the trust policy alone decides.
    const counts = seen();
    const callerIdentity = { name: 'caller', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } };
    await fc.assert(
      fc.asyncProperty(policyArb(TRUST_KEYS, true), fc.constantFrom(...callers), contextArb(TRUST_KEYS), async (trust, principal, ctx) => {
        const context: Record<string, ContextValue> = Object.fromEntries(Object.entries(ctx).filter((e): e is [string, string] => e[1] !== undefined));
        if ('aws:PrincipalArn' in context) context['aws:PrincipalArn'] = principal.includes(':assumed-role/') ? `arn:aws:iam::${VENDOR}:role/vendor-ci` : principal;
        const ours = evaluatePolicies([trust], { action: 'sts:AssumeRole', resource: role, principal, context }, 'trust');
        const theirs = await simulate({
          request: { principal, action: 'sts:AssumeRole', resource: { resource: role, accountId: CUSTOMER }, contextVariables: context as Record<string, string> },
          identityPolicies: [callerIdentity],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          resourcePolicy: trust,
        });
        expect(ours.decision, JSON.stringify({ trust, principal, context })).toBe(theirs);
        counts[theirs]++;
      }),
      { seed, numRuns: RUNS },
    );
    expectVaried(counts);
  }, 240_000);

  it('unknown operators and policy variables give "unknown", never a guess', () => {
    const request = { action: 'ecr:PutImage', resource: repo('portal-api'), context: { 'aws:EpochTime': '5' } };
    const numeric = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { NumericLessThan: { 'aws:EpochTime': '10' } } }] };
    expect(evaluatePolicies([numeric], request)).toEqual({ decision: 'unknown', unknownBecause: ['operator:NumericLessThan'] });
    const variable = { Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:ecr:*:*:repository/${aws:username}' }] };
    expect(evaluatePolicies([variable], request).decision).toBe('unknown');
    // An explicit deny elsewhere still decides.
    const deny = { Statement: [{ Effect: 'Deny', Action: 'ecr:*', Resource: '*' }] };
    expect(evaluatePolicies([numeric, deny], request).decision).toBe('explicit-deny');
    expect(evaluatePolicies(['not a policy'], request).decision).toBe('unknown');
  });
});
