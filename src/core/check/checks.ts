/**
 * The setup checks: what the customer's AWS account and clusters say (as read by
 * ./parse.ts) against what the guide generates for the same values. The expected documents
 * are built by the same core builders as the downloadable files, then compared, so a
 * policy is never restated here.
 *
 * Each check has a stable id, a status (pass / fail / not-checked) and, for a failure,
 * problems with a code (messages in ./messages.ts) and the exact fix, filled in. The
 * ExternalId is compared here and only "matches" / "does not match" leaves this module.
 */
import { accountRootArn, ecrRepositoryArn, eksClusterArn, roleArns } from '../arn.ts';
import { buildEksDeployerPolicy } from '../artifacts/eks-deployer-policy.ts';
import { RBAC_NAME, rbacRole } from '../artifacts/rbac.ts';
import { buildRepoPusherPolicy } from '../artifacts/repo-pusher-policy.ts';
import { trustPolicyDocument } from '../artifacts/trust-policy.ts';
import { shellCommand } from '../shell.ts';
import type { GuideModel, RolePair } from '../types.ts';
import { isCovered } from '../wildcard.ts';
import { evaluatePolicies, splitArn, statementsOf, type Decision, type EvalRequest } from './evaluate.ts';
import { checkGuardRails } from './guard-rails.ts';
import type { FoundRole, ParseNote, SetupData } from './parse.ts';

/** pass / fail / not-checked (the input did not hold what the check needs). */
export type CheckStatus = 'pass' | 'fail' | 'not-checked';

/** One thing wrong (or, for not-checked, what is missing), with its fix. */
export interface Problem {
  /** Message code, e.g. `trust.externalIdMissing`; ja/en text under `check.problem.<code>.*` in the UI catalogue. */
  code: string;
  params: Record<string, string>;
  /** A filled command that fixes it (shell), when there is one. */
  command?: string;
}

/** One check's result. */
export interface CheckResult {
  /** Stable id, e.g. `role.repoPusher.trust`, `cluster.portal-dev.access`, `k8s.rbac.role`. */
  id: string;
  /** Title code and params (`role.trust` + role name…). */
  title: string;
  titleParams: Record<string, string>;
  status: CheckStatus;
  problems: Problem[];
}

/** Who the matrix' requests come from. */
export type MatrixExpectation = 'allowed' | 'denied';

/** One concrete request and what the policies as found decide. */
export interface MatrixRow {
  /** Label code (`matrix.push`…) and its params. */
  label: string;
  params: Record<string, string>;
  expected: MatrixExpectation;
  /** The evaluator's decision, or not-checked when the policies were not in the input. */
  found: Decision | 'not-checked';
  /** Whether the found decision is the expected one. */
  ok: boolean;
}

/** Everything the checker says about one input. */
export interface CheckReport {
  results: CheckResult[];
  matrix: MatrixRow[];
  notes: ParseNote[];
}

/** What the checker needs besides the data: the validated values and whether an ExternalId was given. */
export interface CheckContext {
  model: GuideModel;
  /** False when the reader has no ExternalId in this browser / passed none: the comparison is then not checked. */
  externalIdKnown: boolean;
}

/** A role of the vendor's account used as the caller of the matrix' AssumeRole requests. */
export const VENDOR_CALLER_ROLE = 'vendor-automation';

const ROLE_KEYS = ['repoPusher', 'eksDeployer'] as const;
type RoleKey = (typeof ROLE_KEYS)[number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/** Statements of a document, or none when it is not a policy. */
function safeStatements(doc: unknown): Record<string, unknown>[] {
  try {
    return statementsOf(doc);
  } catch {
    return [];
  }
}

/** A condition block's keys per operator, with case-insensitive lookups. */
function conditionEntries(s: Record<string, unknown>): { operator: string; key: string; values: string[] }[] {
  const block = s['Condition'];
  if (!isRecord(block)) return [];
  return Object.entries(block).flatMap(([operator, keys]) =>
    isRecord(keys) ? Object.entries(keys).map(([key, values]) => ({ operator, key, values: list(values).map(String) })) : [],
  );
}

function policyArn(model: GuideModel, name: string): string {
  return `arn:${model.partition}:iam::${model.accountId}:policy/${name}`;
}

function findRole(data: SetupData, name: string): FoundRole | undefined {
  return data.roles.find((r) => r.roleName === name);
}

// ------------------------------------------------------------------ roles and trust

function checkRoleExists(ctx: CheckContext, data: SetupData, key: RoleKey): CheckResult {
  const name = ctx.model.roleNames[key];
  const base = { id: `role.${key}.exists`, title: 'role.exists', titleParams: { role: name } };
  if (data.roles.length === 0) return { ...base, status: 'not-checked', problems: [{ code: 'input.noIam', params: {} }] };
  if (findRole(data, name)) return { ...base, status: 'pass', problems: [] };
  const similar = data.roles.find((r) => r.roleName.toLowerCase() === name.toLowerCase());
  return {
    ...base,
    status: 'fail',
    problems: [similar ? { code: 'role.nameCase', params: { role: name, found: similar.roleName } } : { code: 'role.missing', params: { role: name } }],
  };
}

function trustFix(role: string): string {
  return shellCommand('aws iam update-assume-role-policy', [
    ['--role-name', role],
    ['--policy-document', 'file://vendor-trust-policy.json'],
  ]);
}

/** Whether one `AWS` principal entry is the vendor's account (its ID or root ARN, in the right partition). */
function vendorPrincipalProblem(model: GuideModel, entry: string): Problem | undefined {
  if (entry === '*') return { code: 'trust.wildcardPrincipal', params: {} };
  if (entry === model.vendorAccountId || entry === accountRootArn(model.partition, model.vendorAccountId)) return undefined;
  const parts = splitArn(entry);
  if (parts && parts[1] === 'iam' && parts[3] === model.vendorAccountId) {
    if (parts[0] !== model.partition) return { code: 'trust.partition', params: { found: entry, expected: accountRootArn(model.partition, model.vendorAccountId) } };
    // A role of the vendor's account: narrower than the account, admitted (issue 10's vendor role ARNs).
    if (parts[4].startsWith('role/')) return undefined;
  }
  return { code: 'trust.otherPrincipal', params: { principal: entry } };
}

function checkTrust(ctx: CheckContext, data: SetupData, key: RoleKey): CheckResult[] {
  const { model } = ctx;
  const name = model.roleNames[key];
  const trustResult: CheckResult = { id: `role.${key}.trust`, title: 'role.trust', titleParams: { role: name }, status: 'pass', problems: [] };
  const idResult: CheckResult = { id: `role.${key}.externalId`, title: 'role.externalId', titleParams: { role: name }, status: 'pass', problems: [] };
  const role = findRole(data, name);
  if (!role) {
    const missing = [{ code: data.roles.length === 0 ? 'input.noIam' : 'role.missing', params: { role: name } }];
    return [
      { ...trustResult, status: 'not-checked', problems: missing },
      { ...idResult, status: 'not-checked', problems: missing },
    ];
  }
  const fix = trustFix(name);
  const statements = safeStatements(role.trust);
  if (statements.length === 0) {
    const unreadable = [{ code: 'trust.unreadable', params: { role: name }, command: fix }];
    return [
      { ...trustResult, status: 'fail', problems: unreadable },
      { ...idResult, status: 'not-checked', problems: [{ code: 'trust.unreadable', params: { role: name } }] },
    ];
  }
  const problems: Problem[] = [];
  const allows = statements.filter((s) => s['Effect'] === 'Allow');
  let vendorStatements = 0;
  const idProblems: Problem[] = [];
  let idMatched = false;
  for (const [index, s] of allows.entries()) {
    const sid = typeof s['Sid'] === 'string' && s['Sid'] !== '' ? s['Sid'] : `#${index + 1}`;
    const principal = s['Principal'];
    const entries: string[] = [];
    let admitsVendor = false;
    if (principal === '*') problems.push({ code: 'trust.wildcardPrincipal', params: { sid }, command: fix });
    else if (isRecord(principal)) {
      for (const [type, value] of Object.entries(principal)) {
        for (const entry of strings(value)) {
          entries.push(entry);
          const problem = type === 'AWS' ? vendorPrincipalProblem(model, entry) : { code: 'trust.otherPrincipal', params: { principal: `${type}: ${entry}` } };
          if (problem) problems.push({ ...problem, params: { ...problem.params, sid }, command: fix });
          else admitsVendor = true;
        }
      }
    } else if (s['NotPrincipal'] !== undefined) problems.push({ code: 'trust.wildcardPrincipal', params: { sid }, command: fix });
    if (!admitsVendor) continue;
    vendorStatements++;
    const actions = strings(s['Action']);
    const extra = actions.filter((a) => a.toLowerCase() !== 'sts:assumerole');
    if (s['NotAction'] !== undefined || extra.length > 0) {
      problems.push({ code: 'trust.extraAction', params: { actions: s['NotAction'] !== undefined ? 'NotAction' : extra.join(', ') }, command: fix });
    }
    if (!actions.some((a) => a.toLowerCase() === 'sts:assumerole') && s['NotAction'] === undefined) {
      problems.push({ code: 'trust.noAssumeRole', params: { sid }, command: fix });
    }
    const conditions = conditionEntries(s);
    for (const c of conditions) {
      const k = c.key.toLowerCase();
      if (k === 'aws:multifactorauthpresent' || k === 'aws:multifactorauthage') problems.push({ code: 'trust.mfa', params: { key: c.key }, command: fix });
      else if (k !== 'sts:externalid') problems.push({ code: 'trust.extraCondition', params: { key: c.key, operator: c.operator } });
    }
    const idConditions = conditions.filter((c) => c.key.toLowerCase() === 'sts:externalid');
    const exact = idConditions.find((c) => c.operator === 'StringEquals');
    if (idConditions.length === 0) idProblems.push({ code: 'trust.externalIdMissing', params: { role: name }, command: fix });
    else if (!exact) idProblems.push({ code: 'trust.externalIdOperator', params: { operator: idConditions.map((c) => c.operator).join(', ') }, command: fix });
    else if (ctx.externalIdKnown && exact.values.includes(model.externalId)) idMatched = true;
    else if (ctx.externalIdKnown) idProblems.push({ code: 'trust.externalIdMismatch', params: { role: name }, command: fix });
  }
  if (vendorStatements === 0) problems.push({ code: 'trust.vendorNotAdmitted', params: { vendor: model.vendorAccountId }, command: fix });
  if (allows.length > 1) problems.push({ code: 'trust.extraStatement', params: { count: String(allows.length) }, command: fix });
  // Drop repeated identical problems (one per entry is enough).
  const unique = (ps: Problem[]) => ps.filter((p, i) => ps.findIndex((q) => q.code === p.code && JSON.stringify(q.params) === JSON.stringify(p.params)) === i);
  trustResult.problems = unique(problems);
  trustResult.status = problems.length ? 'fail' : 'pass';
  if (vendorStatements === 0) {
    idResult.status = 'not-checked';
    idResult.problems = [{ code: 'trust.vendorNotAdmitted', params: { vendor: model.vendorAccountId } }];
  } else if (idProblems.length > 0) {
    idResult.status = 'fail';
    idResult.problems = unique(idProblems);
  } else if (!ctx.externalIdKnown) {
    idResult.status = 'not-checked';
    idResult.problems = [{ code: 'input.noExternalId', params: {} }];
  } else {
    idResult.status = idMatched ? 'pass' : 'fail';
  }
  return [trustResult, idResult];
}

// ------------------------------------------------------------------ permissions

/** The generated permissions document of a role (from the same builders as the files). */
function expectedPolicy(model: GuideModel, key: RoleKey): Record<string, unknown> {
  return JSON.parse(key === 'repoPusher' ? buildRepoPusherPolicy(model) : buildEksDeployerPolicy(model)) as Record<string, unknown>;
}

/** (action, resource) pairs an expected document grants, actions lower-cased. */
function expectedPairs(doc: Record<string, unknown>): { action: string; resource: string }[] {
  return safeStatements(doc).flatMap((s) => strings(s['Action']).flatMap((action) => strings(s['Resource']).map((resource) => ({ action, resource }))));
}

function createPolicyVersionFix(key: RoleKey, arn: string): string {
  return shellCommand('aws iam create-policy-version', [
    ['--policy-arn', arn],
    ['--policy-document', `file://${key === 'repoPusher' ? 'vendor-repo-pusher-policy.json' : 'vendor-eks-deployer-policy.json'}`],
    ['--set-as-default'],
  ]);
}

/** The documents in force for a role: its inline policies and its attached managed policies' default versions. */
function roleDocuments(data: SetupData, role: FoundRole): { documents: unknown[]; unreadable: string[] } {
  const documents: unknown[] = [];
  const unreadable: string[] = [];
  for (const p of role.inline ?? []) documents.push(p.document);
  for (const a of role.attached) {
    const found = data.policies.find((p) => p.arn === a.policyArn);
    if (found?.document !== undefined) documents.push(found.document);
    else unreadable.push(a.policyArn);
  }
  return { documents, unreadable };
}

function checkAttachment(ctx: CheckContext, data: SetupData, key: RoleKey): CheckResult {
  const { model } = ctx;
  const roleName = model.roleNames[key];
  const policyName = model.policyNames[key];
  const base = { id: `role.${key}.policy`, title: 'role.policy', titleParams: { role: roleName, policy: policyName } };
  const role = findRole(data, roleName);
  if (!role) return { ...base, status: 'not-checked', problems: [{ code: data.roles.length ? 'role.missing' : 'input.noIam', params: { role: roleName } }] };
  if (!role.hasAttachments) return { ...base, status: 'not-checked', problems: [{ code: 'input.noAttachments', params: { role: roleName } }] };
  const arn = data.policies.find((p) => p.policyName === policyName)?.arn ?? policyArn(model, policyName);
  if (role.attached.some((a) => a.policyName === policyName)) return { ...base, status: 'pass', problems: [] };
  const otherKey: RoleKey = key === 'repoPusher' ? 'eksDeployer' : 'repoPusher';
  const other = findRole(data, model.roleNames[otherKey]);
  const attach = shellCommand('aws iam attach-role-policy', [['--role-name', roleName], ['--policy-arn', arn]]);
  if (other?.attached.some((a) => a.policyName === policyName)) {
    const detach = shellCommand('aws iam detach-role-policy', [['--role-name', other.roleName], ['--policy-arn', arn]]);
    return { ...base, status: 'fail', problems: [{ code: 'policy.wrongRole', params: { policy: policyName, role: roleName, other: other.roleName }, command: `${attach}\n${detach}` }] };
  }
  const inline = role.inline?.some((p) => p.policyName === policyName);
  return { ...base, status: 'fail', problems: [{ code: inline ? 'policy.inline' : 'policy.notAttached', params: { policy: policyName, role: roleName }, command: attach }] };
}

/** Partition / region / account of the ARNs a role's Allow statements name, against the values. */
function arnProblems(model: GuideModel, service: 'ecr' | 'eks', resources: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of new Set(resources)) {
    const parts = splitArn(r);
    if (!parts || parts[1] !== service) continue;
    if (parts[0] !== model.partition && !parts[0].includes('*')) problems.push({ code: 'arn.partition', params: { found: r, expected: model.partition } });
    else if (parts[2] !== model.region && !parts[2].includes('*') && !parts[2].includes('?')) problems.push({ code: 'arn.region', params: { found: r, expected: model.region } });
    else if (parts[3] !== model.accountId && !parts[3].includes('*') && !parts[3].includes('?')) problems.push({ code: 'arn.account', params: { found: r, expected: model.accountId } });
  }
  return problems;
}

function checkPermissions(ctx: CheckContext, data: SetupData, key: RoleKey): CheckResult {
  const { model } = ctx;
  const roleName = model.roleNames[key];
  const base = { id: `role.${key}.permissions`, title: 'role.permissions', titleParams: { role: roleName } };
  const role = findRole(data, roleName);
  if (!role) return { ...base, status: 'not-checked', problems: [{ code: data.roles.length ? 'role.missing' : 'input.noIam', params: { role: roleName } }] };
  if (!role.hasAttachments) return { ...base, status: 'not-checked', problems: [{ code: 'input.noAttachments', params: { role: roleName } }] };
  const { documents, unreadable } = roleDocuments(data, role);
  const arn = data.policies.find((p) => p.policyName === model.policyNames[key])?.arn ?? policyArn(model, model.policyNames[key]);
  const fix = createPolicyVersionFix(key, arn);
  const problems: Problem[] = unreadable.map((a) => ({
    code: 'permissions.unreadablePolicy',
    params: { policy: a },
    command: shellCommand('aws iam detach-role-policy', [['--role-name', roleName], ['--policy-arn', a]]),
  }));
  const expected = expectedPolicy(model, key);
  const pairs = expectedPairs(expected);
  const principal = `arn:${model.partition}:sts::${model.accountId}:assumed-role/${roleName}/vendor-session`;
  const decide = (action: string, resource: string) => evaluatePolicies(documents, { action, resource, principal, context: {} }).decision;

  // What we will not be able to do: every expected action on every planned name and pattern.
  const service = key === 'repoPusher' ? 'ecr' : 'eks';
  const targets: { resource: string; code: string; params: Record<string, string> }[] =
    key === 'repoPusher'
      ? [
          // A planned name the values' patterns do not cover needs a value changed first; one they cover, only the policy.
          ...model.repos.map((repo) => ({
            resource: ecrRepositoryArn(model, repo),
            code: isCovered(model.repoPatterns, repo) ? 'permissions.repoDenied' : 'permissions.repoNotCovered',
            params: { repo, patterns: model.repoPatterns.join(', ') },
          })),
          ...model.repoPatterns.map((pattern) => ({ resource: ecrRepositoryArn(model, pattern), code: 'permissions.patternNotCovered', params: { pattern } })),
        ]
      : model.clusters.map((cluster) => ({ resource: eksClusterArn(model, cluster), code: 'permissions.clusterNotCovered', params: { cluster } }));
  const repoActions = [...new Set(pairs.filter((p) => p.resource !== '*').map((p) => p.action))];
  for (const target of targets) {
    const denied = repoActions.filter((a) => decide(a, target.resource) !== 'allowed');
    if (denied.length) problems.push({ code: target.code, params: { ...target.params, actions: denied.join(', ') }, command: fix });
  }
  for (const p of pairs.filter((p) => p.resource === '*')) {
    if (decide(p.action, '*') !== 'allowed') problems.push({ code: 'permissions.missingAction', params: { actions: p.action }, command: fix });
  }

  // More than we need: every (action, resource) an Allow statement grants that the generated policy does not.
  const wanted = new Set(pairs.map((p) => `${p.action.toLowerCase()} ${p.resource}`));
  const wantedActions = new Set(pairs.map((p) => p.action.toLowerCase()));
  const extraActions = new Set<string>();
  const extraResources = new Set<string>();
  const foundResources: string[] = [];
  for (const doc of documents) {
    for (const s of safeStatements(doc)) {
      if (s['Effect'] !== 'Allow') continue;
      if (s['NotAction'] !== undefined) extraActions.add(`NotAction: ${strings(s['NotAction']).join(', ')}`);
      if (s['NotResource'] !== undefined) extraResources.add(`NotResource: ${strings(s['NotResource']).join(', ')}`);
      const resources = strings(s['Resource']);
      foundResources.push(...resources);
      for (const action of strings(s['Action'])) {
        if (!wantedActions.has(action.toLowerCase())) {
          extraActions.add(action);
          continue;
        }
        for (const r of resources) if (!wanted.has(`${action.toLowerCase()} ${r}`)) extraResources.add(r);
      }
    }
  }
  if (extraActions.size) problems.push({ code: 'permissions.extraActions', params: { actions: [...extraActions].join(', ') }, command: fix });
  if (extraResources.size) problems.push({ code: 'permissions.extraResources', params: { resources: [...extraResources].join(', ') }, command: fix });
  problems.push(...arnProblems(model, service, foundResources).map((p) => ({ ...p, command: fix })));
  return { ...base, status: problems.length ? 'fail' : 'pass', problems };
}

// ------------------------------------------------------------------ clusters

function checkCluster(ctx: CheckContext, data: SetupData, cluster: string): CheckResult[] {
  const { model } = ctx;
  const deployerArn = roleArns(model).eksDeployer;
  const { username, group } = model.kubernetes;
  const found: CheckResult = { id: `cluster.${cluster}.found`, title: 'cluster.found', titleParams: { cluster }, status: 'pass', problems: [] };
  const access: CheckResult = { id: `cluster.${cluster}.access`, title: 'cluster.access', titleParams: { cluster }, status: 'pass', problems: [] };
  const described = data.clusters.find((c) => c.name === cluster);
  if (!described) {
    const p = [{ code: 'input.noCluster', params: { cluster } }];
    return [
      { ...found, status: 'not-checked', problems: p },
      { ...access, status: 'not-checked', problems: p },
    ];
  }
  const parts = splitArn(described.arn);
  if (parts && (parts[2] !== model.region || parts[3] !== model.accountId || parts[0] !== model.partition)) {
    found.status = 'fail';
    found.problems.push({ code: 'cluster.elsewhere', params: { cluster, arn: described.arn, region: model.region, account: model.accountId } });
  }
  const mode = described.authenticationMode ?? 'CONFIG_MAP';
  const apiOk = mode === 'API' || mode === 'API_AND_CONFIG_MAP';
  const mapOk = mode === 'CONFIG_MAP' || mode === 'API_AND_CONFIG_MAP';
  const entry = data.accessEntries.find((e) => e.clusterName === cluster && e.principalArn === deployerArn);
  const mapEntry = data.mapRoles?.find((m) => m.rolearn === deployerArn);
  const pathEntry = data.mapRoles?.find((m) => {
    const p = splitArn(m.rolearn);
    return p !== undefined && m.rolearn !== deployerArn && p[3] === model.accountId && p[4].startsWith('role/') && p[4].split('/').at(-1) === model.roleNames.eksDeployer;
  });
  const createEntry = shellCommand('aws eks create-access-entry', [
    ['--cluster-name', cluster],
    ['--principal-arn', deployerArn],
    ['--kubernetes-groups', group],
    ['--username', username],
    ['--region', model.region],
  ]);
  const eksctl = shellCommand('eksctl create iamidentitymapping', [
    ['--cluster', cluster],
    ['--region', model.region],
    ['--arn', deployerArn],
    ['--username', username],
    ['--group', group],
  ]);
  const identityProblems = (foundUser: string | undefined, groups: readonly string[], via: 'entry' | 'awsAuth'): Problem[] => {
    const out: Problem[] = [];
    const command = via === 'entry'
      ? shellCommand('aws eks update-access-entry', [['--cluster-name', cluster], ['--principal-arn', deployerArn], ['--kubernetes-groups', group], ['--username', username], ['--region', model.region]])
      : eksctl;
    if (foundUser !== username) out.push({ code: 'access.wrongUsername', params: { found: foundUser ?? '', expected: username }, command });
    if (!groups.includes(group)) out.push({ code: 'access.wrongGroup', params: { found: groups.join(', '), expected: group }, command });
    return out;
  };
  if (pathEntry && mapOk && !mapEntry) {
    access.problems.push({ code: 'awsAuth.rolePath', params: { found: pathEntry.rolearn, expected: deployerArn }, command: eksctl });
  }
  if (apiOk && entry) access.problems.push(...identityProblems(entry.username, entry.kubernetesGroups, 'entry'));
  else if (mapOk && mapEntry) access.problems.push(...identityProblems(mapEntry.username, mapEntry.groups, 'awsAuth'));
  else if (!pathEntry) {
    const knowsEntries = data.accessEntries.some((e) => e.clusterName === cluster) || data.listedAccessEntries.length > 0 || data.sources.includes('describeAccessEntry');
    const knowsMap = data.mapRoles !== undefined;
    if (mode === 'API' && !knowsEntries && !mapEntry) return [found, { ...access, status: 'not-checked', problems: [{ code: 'input.noAccessEntry', params: { cluster } }] }];
    if (mode === 'CONFIG_MAP' && !knowsMap && !entry) return [found, { ...access, status: 'not-checked', problems: [{ code: 'input.noAwsAuth', params: { cluster } }] }];
    if (mode === 'API_AND_CONFIG_MAP' && !knowsEntries && !knowsMap) return [found, { ...access, status: 'not-checked', problems: [{ code: 'input.noAccessEntry', params: { cluster } }] }];
    if (mode === 'CONFIG_MAP' && entry) access.problems.push({ code: 'access.entryIgnored', params: { cluster }, command: shellCommand('aws eks update-cluster-config', [['--name', cluster], ['--access-config', 'authenticationMode=API_AND_CONFIG_MAP'], ['--region', model.region]]) });
    else if (mode === 'API' && mapEntry) access.problems.push({ code: 'access.awsAuthIgnored', params: { cluster }, command: createEntry });
    else if (mode === 'CONFIG_MAP') access.problems.push({ code: 'access.configMapNoEntry', params: { cluster }, command: eksctl });
    else access.problems.push({ code: 'access.noEntry', params: { cluster }, command: createEntry });
  }
  access.status = access.problems.length ? 'fail' : 'pass';
  return [found, access];
}

// ------------------------------------------------------------------ RBAC

/** apiGroup|resource|verb triples of a list of rules. */
function triples(rules: readonly { apiGroups: readonly string[]; resources: readonly string[]; verbs: readonly string[] }[]): string[] {
  return rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}|${res}|${v}`))));
}

function describeTriples(items: readonly string[]): string {
  const byResource = new Map<string, string[]>();
  for (const t of items) {
    const [g = '', res = '', v = ''] = t.split('|');
    const k = g === '' ? res : `${g}/${res}`;
    byResource.set(k, [...(byResource.get(k) ?? []), v]);
  }
  return [...byResource].map(([k, verbs]) => `${k}: ${verbs.join(' ')}`).join('; ');
}

function checkRbac(ctx: CheckContext, data: SetupData): CheckResult[] {
  const { model } = ctx;
  const ns = model.kubernetes.namespace;
  const role: CheckResult = { id: 'k8s.rbac.role', title: 'rbac.role', titleParams: { name: RBAC_NAME, namespace: ns }, status: 'pass', problems: [] };
  const binding: CheckResult = { id: 'k8s.rbac.binding', title: 'rbac.binding', titleParams: { name: RBAC_NAME, namespace: ns }, status: 'pass', problems: [] };
  if (!data.rbacGiven) {
    const p = [{ code: 'input.noRbac', params: { namespace: ns } }];
    return [{ ...role, status: 'not-checked', problems: p }, { ...binding, status: 'not-checked', problems: p }];
  }
  const apply = 'kubectl apply -f vendor-portal-rbac.yaml';
  const foundRole = data.k8sRoles.find((r) => r.name === RBAC_NAME && (r.namespace === ns || r.namespace === ''));
  if (!foundRole) role.problems.push({ code: 'rbac.roleMissing', params: { name: RBAC_NAME, namespace: ns }, command: apply });
  else {
    const expected = triples(rbacRole(model).rules);
    const found = triples(foundRole.rules);
    const covers = (t: string) => {
      const [g, res, v] = t.split('|');
      return foundRole.rules.some((r) => (r.apiGroups.includes(g ?? '') || r.apiGroups.includes('*')) && (r.resources.includes(res ?? '') || r.resources.includes('*')) && (r.verbs.includes(v ?? '') || r.verbs.includes('*')));
    };
    const missing = expected.filter((t) => !covers(t));
    const extra = [...new Set(found.filter((t) => !expected.includes(t)))];
    if (missing.length) role.problems.push({ code: 'rbac.missing', params: { rules: describeTriples(missing) }, command: apply });
    if (extra.length) role.problems.push({ code: 'rbac.extra', params: { rules: describeTriples(extra) }, command: apply });
  }
  const foundBinding = data.k8sBindings.find((b) => b.roleRef.name === RBAC_NAME && b.roleRef.kind === 'Role' && (b.namespace === ns || b.namespace === ''));
  if (!foundBinding) binding.problems.push({ code: 'rbac.bindingMissing', params: { name: RBAC_NAME, namespace: ns }, command: apply });
  else if (!foundBinding.subjects.some((s) => s.kind === 'Group' && s.name === model.kubernetes.group)) {
    binding.problems.push({ code: 'rbac.bindingGroup', params: { found: foundBinding.subjects.map((s) => `${s.kind}:${s.name}`).join(', '), expected: model.kubernetes.group }, command: apply });
  }
  role.status = role.problems.length ? 'fail' : 'pass';
  binding.status = binding.problems.length ? 'fail' : 'pass';
  return [role, binding];
}

// ------------------------------------------------------------------ the matrix

/** ECR actions a `docker push` makes, and a `docker pull`. */
const PUSH = ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'];
const PULL = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

/** A repository name no pattern covers (for "push outside the patterns"). */
function outsideName(model: GuideModel): string {
  let name = 'not-a-vendor-repository';
  while (isCovered(model.repoPatterns, name)) name = `x-${name}`;
  return name;
}

/** A cluster name that is not one of the values. */
function otherCluster(model: GuideModel): string {
  let name = 'another-cluster';
  while (model.clusters.includes(name)) name = `x-${name}`;
  return name;
}

function combine(decisions: Decision[]): Decision {
  if (decisions.includes('explicit-deny')) return 'explicit-deny';
  if (decisions.includes('unknown')) return 'unknown';
  if (decisions.includes('implicit-deny')) return 'implicit-deny';
  return 'allowed';
}

/** The matrix of concrete requests, decided from the policies as found. */
export function buildMatrix(ctx: CheckContext, data: SetupData): MatrixRow[] {
  const { model } = ctx;
  const rows: MatrixRow[] = [];
  const names: RolePair = model.roleNames;
  const docsOf = (key: RoleKey) => {
    const role = findRole(data, names[key]);
    return role?.hasAttachments ? roleDocuments(data, role).documents : undefined;
  };
  const row = (label: string, params: Record<string, string>, expected: MatrixExpectation, found: Decision | 'not-checked') => {
    const ok = found === 'not-checked' ? false : expected === 'allowed' ? found === 'allowed' : found === 'implicit-deny' || found === 'explicit-deny';
    rows.push({ label, params, expected, found, ok });
  };
  const identity = (key: RoleKey, actions: readonly string[], resource: string): Decision | 'not-checked' => {
    const docs = docsOf(key);
    if (!docs) return 'not-checked';
    const principal = `arn:${model.partition}:sts::${model.accountId}:assumed-role/${names[key]}/vendor-session`;
    return combine(actions.map((action) => evaluatePolicies(docs, { action, resource: action === 'ecr:GetAuthorizationToken' ? '*' : resource, principal, context: {} }).decision));
  };
  for (const repo of model.repos) {
    const arn = ecrRepositoryArn(model, repo);
    row('matrix.push', { repo }, isCovered(model.repoPatterns, repo) ? 'allowed' : 'denied', identity('repoPusher', PUSH, arn));
    row('matrix.pull', { repo }, isCovered(model.repoPatterns, repo) ? 'allowed' : 'denied', identity('repoPusher', PULL, arn));
  }
  const outside = outsideName(model);
  row('matrix.pushOutside', { repo: outside }, 'denied', identity('repoPusher', PUSH.slice(1), ecrRepositoryArn(model, outside)));
  const someRepo = model.repos[0] ?? model.repoPatterns[0]?.replaceAll('*', 'x').replaceAll('?', 'x') ?? 'portal-api';
  row('matrix.deleteRepo', { repo: someRepo }, 'denied', identity('repoPusher', ['ecr:DeleteRepository'], ecrRepositoryArn(model, someRepo)));
  for (const cluster of model.clusters) row('matrix.describe', { cluster }, 'allowed', identity('eksDeployer', ['eks:DescribeCluster'], eksClusterArn(model, cluster)));
  const other = otherCluster(model);
  row('matrix.describeOther', { cluster: other }, 'denied', identity('eksDeployer', ['eks:DescribeCluster'], eksClusterArn(model, other)));
  const caller = `arn:${model.partition}:sts::${model.vendorAccountId}:assumed-role/${VENDOR_CALLER_ROLE}/session`;
  const arns = roleArns(model);
  for (const key of ROLE_KEYS) {
    const role = findRole(data, names[key]);
    const assume = (context: EvalRequest['context']): Decision | 'not-checked' =>
      role ? evaluatePolicies([role.trust], { action: 'sts:AssumeRole', resource: arns[key], principal: caller, context: context ?? {} }, 'trust').decision : 'not-checked';
    row('matrix.assumeWith', { role: names[key] }, 'allowed', ctx.externalIdKnown ? assume({ 'sts:ExternalId': model.externalId }) : 'not-checked');
    row('matrix.assumeWithout', { role: names[key] }, 'denied', assume({}));
  }
  return rows;
}

/** Every check, in the order the guide's steps make them true, and the matrix. */
export function checkSetup(ctx: CheckContext, data: SetupData): CheckReport {
  const results: CheckResult[] = [];
  for (const key of ROLE_KEYS) {
    results.push(checkRoleExists(ctx, data, key), ...checkTrust(ctx, data, key), checkAttachment(ctx, data, key), checkPermissions(ctx, data, key));
    // Issue 10's boundary and tags, only when the reader asked for them (./guard-rails.ts).
    results.push(...checkGuardRails(ctx.model, data, key));
  }
  for (const cluster of ctx.model.clusters) results.push(...checkCluster(ctx, data, cluster));
  results.push(...checkRbac(ctx, data));
  return { results, matrix: buildMatrix(ctx, data), notes: data.notes };
}

/** The expected trust document (for tests and fixes): what vendor-trust-policy.json holds. */
export function expectedTrust(model: GuideModel): unknown {
  return trustPolicyDocument(accountRootArn(model.partition, model.vendorAccountId), model.externalId);
}
