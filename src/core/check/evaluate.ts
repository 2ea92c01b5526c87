/**
 * A small IAM policy evaluator: enough of the policy language to say, from the policies a
 * customer really has, whether one concrete request (push to this repository, describe that
 * cluster, assume this role with or without the ExternalId) is allowed.
 *
 * Follows AWS's evaluation logic for one account's identity policies, or one resource
 * policy such as a role's trust policy (IAM User Guide, "Policy evaluation logic" and
 * "IAM JSON policy elements"): an explicit Deny wins, then any Allow, otherwise the request
 * is implicitly denied. Action names match case-insensitively, resource ARNs segment by
 * segment with `*` / `?` (the resource part case-sensitively), condition keys
 * case-insensitively. Anything it does not model (other condition operators, policy
 * variables, malformed documents) makes the answer `unknown` with the reason: never a guess.
 *
 * Pure: no DOM, no Node; cross-checked against @cloud-copilot/iam-simulate in the tests.
 */
import { wildcardMatch } from '../wildcard.ts';

/** A request-context value: one string, or a multi-valued key's strings. */
export type ContextValue = string | readonly string[];

/** One request to evaluate. */
export interface EvalRequest {
  /** `service:Action`, e.g. `ecr:PutImage`. */
  action: string;
  /** The resource ARN, or `*` for actions without a resource type. */
  resource: string;
  /** The caller's ARN (role, assumed-role session, user or account root); needed for trust policies. */
  principal?: string;
  /** Condition keys present in the request (keys compared case-insensitively). */
  context?: Readonly<Record<string, ContextValue>>;
}

/** Which kind of policy the documents are: identity (no Principal) or a resource/trust policy. */
export type PolicyKind = 'identity' | 'trust';

/** What AWS would decide, or `unknown` when the documents use something not modelled here. */
export type Decision = 'allowed' | 'implicit-deny' | 'explicit-deny' | 'unknown';

/** The decision, and for `unknown` why it could not be decided. */
export interface EvalOutcome {
  decision: Decision;
  /** Stable reasons such as `operator:NumericLessThan`, `variable`, `malformed:Statement`. */
  unknownBecause: string[];
}

/** Three-valued match: a statement certainly applies, certainly does not, or cannot be told. */
type Tri = true | false | 'unknown';

/** Thrown internally for a document that is not a policy; turned into an `unknown` outcome. */
class Unevaluable extends Error {}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or list of strings element (Action, Resource, a condition's values…) as a list. */
function stringList(value: unknown, what: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new Unevaluable(`malformed:${what}`);
  return items.map((item) => {
    if (typeof item !== 'string') throw new Unevaluable(`malformed:${what}`);
    return item;
  });
}

/** Condition values: IAM accepts JSON booleans and numbers and reads them as text. */
function conditionValues(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new Unevaluable('malformed:Condition');
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'boolean' || typeof item === 'number') return String(item);
    throw new Unevaluable('malformed:Condition');
  });
}

/** Policy variables (`${aws:username}`) are not modelled: their presence makes a match unknown. */
function hasVariable(text: string): boolean {
  return text.includes('${');
}

// ------------------------------------------------------------------ actions

/** Whether a policy action (with wildcards) names the request's action; case-insensitive, as IAM is. */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  return wildcardMatch(pattern.toLowerCase(), action.toLowerCase());
}

// ------------------------------------------------------------------ resources

/** Splits an ARN into partition, service, region, account and resource (which may hold colons). */
export function splitArn(arn: string): [string, string, string, string, string] | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [parts[1] ?? '', parts[2] ?? '', parts[3] ?? '', parts[4] ?? '', parts.slice(5).join(':')];
}

/**
 * Whether a policy's Resource entry covers the request's resource. `*` covers all; an ARN
 * is matched segment by segment (a wildcard never spans a `:` of the first five), the
 * partition/service/region/account case-insensitively, the resource part case-sensitively;
 * the resource type before its first `/` or `:` must be literal (AWS does not allow
 * wildcards there). A short ARN (fewer segments) is padded with `*`, as IAM reads it.
 */
export function resourceMatches(pattern: string, resource: string): Tri {
  if (pattern === '*') return true;
  if (hasVariable(pattern)) return 'unknown';
  let policyParts = pattern.split(':');
  if (policyParts[0] !== 'arn') return false;
  while (policyParts.length < 6) policyParts = [...policyParts, '*'];
  const policy = splitArn(policyParts.join(':'));
  const request = splitArn(resource);
  if (!policy || !request) return false;
  for (let i = 0; i < 4; i++) {
    if (!wildcardMatch((policy[i] ?? '').toLowerCase(), (request[i] ?? '').toLowerCase())) return false;
  }
  const policyResource = policy[4];
  const requestResource = request[4];
  const slash = policyResource.indexOf('/');
  const colon = policyResource.indexOf(':');
  const cut = slash === -1 ? colon : colon === -1 ? slash : Math.min(slash, colon);
  if (cut !== -1) {
    const type = policyResource.slice(0, cut + 1);
    if (!requestResource.startsWith(type)) return false;
    return wildcardMatch(policyResource.slice(cut + 1), requestResource.slice(cut + 1));
  }
  return wildcardMatch(policyResource, requestResource);
}

/** ArnLike / ArnEquals: the six parts each matched with wildcards, case-sensitively. */
function arnLike(pattern: string, value: string): boolean {
  const p = splitArn(pattern);
  const v = splitArn(value);
  if (!p || !v) return false;
  return p.every((part, i) => wildcardMatch(part, v[i] ?? ''));
}

// ------------------------------------------------------------------ principals

/** The account ID of a principal ARN (`arn:aws:iam::123456789012:role/x` → `123456789012`). */
function accountOf(arn: string): string | undefined {
  const parts = splitArn(arn);
  return parts?.[3] || undefined;
}

/** `arn:aws:sts::123:assumed-role/Name/session` → `arn:aws:iam::123:role/Name`. */
function roleOfSession(arn: string): string | undefined {
  const parts = splitArn(arn);
  if (!parts || parts[1] !== 'sts' || !parts[4].startsWith('assumed-role/')) return undefined;
  const name = parts[4].split('/')[1];
  return name ? `arn:${parts[0]}:iam::${parts[3]}:role/${name}` : undefined;
}

/**
 * Whether one `AWS` principal entry names the caller: `*` anyone; a 12-digit account or
 * its `:root` ARN any identity of that account (whose own policies then decide); a role
 * ARN that role and its sessions; any other ARN itself.
 */
function awsPrincipalMatches(entry: string, caller: string): boolean {
  if (entry === '*') return true;
  if (/^\d{12}$/.test(entry)) return accountOf(caller) === entry;
  const parts = splitArn(entry);
  if (parts && parts[1] === 'iam' && parts[4] === 'root') return accountOf(caller) === parts[3];
  if (entry === caller) return true;
  const sessionRole = roleOfSession(caller);
  if (sessionRole === undefined) return false;
  // A role principal with a path still names the role: compare by account and role name.
  const entryParts = splitArn(entry);
  if (!entryParts || entryParts[1] !== 'iam' || !entryParts[4].startsWith('role/')) return false;
  const entryName = entryParts[4].split('/').at(-1);
  return sessionRole === `arn:${entryParts[0]}:iam::${entryParts[3]}:role/${entryName}`;
}

/** Whether a Principal element admits the caller (`"*"`, `{ "AWS": … }`, `{ "Service": … }`…). */
function principalMatches(element: unknown, caller: string | undefined): boolean {
  if (element === '*') return true;
  if (!isRecord(element)) throw new Unevaluable('malformed:Principal');
  let any = false;
  for (const [type, value] of Object.entries(element)) {
    const entries = stringList(value, 'Principal');
    if (caller === undefined) continue;
    if (type === 'AWS') any ||= entries.some((entry) => awsPrincipalMatches(entry, caller));
    else if (type === 'Service' || type === 'Federated' || type === 'CanonicalUser') any ||= entries.includes(caller);
    else throw new Unevaluable('malformed:Principal');
  }
  return any;
}

// ------------------------------------------------------------------ conditions

/** The base operators modelled here; every other operator makes a statement unknown. */
const OPERATORS: Readonly<Record<string, { negated: boolean; test: (policyValue: string, requestValue: string) => boolean }>> = {
  stringequals: { negated: false, test: (p, v) => p === v },
  stringnotequals: { negated: true, test: (p, v) => p === v },
  stringequalsignorecase: { negated: false, test: (p, v) => p.toLowerCase() === v.toLowerCase() },
  stringnotequalsignorecase: { negated: true, test: (p, v) => p.toLowerCase() === v.toLowerCase() },
  stringlike: { negated: false, test: (p, v) => wildcardMatch(p, v) },
  stringnotlike: { negated: true, test: (p, v) => wildcardMatch(p, v) },
  arnequals: { negated: false, test: arnLike },
  arnlike: { negated: false, test: arnLike },
  arnnotequals: { negated: true, test: arnLike },
  arnnotlike: { negated: true, test: arnLike },
  bool: {
    negated: false,
    test: (p, v) => {
      const pl = p.toLowerCase();
      const vl = v.toLowerCase();
      return (pl === 'true' || pl === 'false') && (vl === 'true' || vl === 'false') && pl === vl;
    },
  },
};

/** The names of the condition operators the evaluator understands (without IfExists / set prefixes), plus `Null`. */
export const SUPPORTED_OPERATORS: readonly string[] = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Bool', 'Null',
];

/** One request value set for a base operator: the negated operators are true when no value matches. */
function baseMatches(op: (typeof OPERATORS)[string], policyValues: readonly string[], requestValue: string): boolean {
  const hit = policyValues.some((p) => op.test(p, requestValue));
  return op.negated ? !hit : hit;
}

/** Looks a condition key up in the request context, case-insensitively. */
function contextLookup(context: Readonly<Record<string, ContextValue>>, key: string): ContextValue | undefined {
  const lower = key.toLowerCase();
  for (const k of Object.keys(context)) if (k.toLowerCase() === lower) return context[k];
  return undefined;
}

/** One operator/key/values triple of a Condition block. */
function conditionMatches(operator: string, key: string, rawValues: unknown, context: Readonly<Record<string, ContextValue>>): Tri {
  const values = conditionValues(rawValues);
  if (values.some(hasVariable)) return 'unknown';
  let name = operator;
  let set: 'any' | 'all' | undefined;
  const lower = name.toLowerCase();
  if (lower.startsWith('foranyvalue:')) {
    set = 'any';
    name = name.slice('ForAnyValue:'.length);
  } else if (lower.startsWith('forallvalues:')) {
    set = 'all';
    name = name.slice('ForAllValues:'.length);
  }
  let ifExists = false;
  if (name.toLowerCase().endsWith('ifexists') && name.toLowerCase() !== 'ifexists') {
    ifExists = true;
    name = name.slice(0, -'IfExists'.length);
  }
  const value = contextLookup(context, key);
  if (name.toLowerCase() === 'null') {
    if (set !== undefined || ifExists) throw new Unevaluable(`operator:${operator}`);
    const goal = value === undefined ? 'true' : 'false';
    return values.some((v) => v.toLowerCase() === goal);
  }
  const op = OPERATORS[name.toLowerCase()];
  if (!op) throw new Unevaluable(`operator:${operator}`);
  if (set === 'all') {
    if (value === undefined) return true;
    const list = typeof value === 'string' ? [value] : value;
    return list.every((v) => baseMatches(op, values, v));
  }
  if (set === 'any') {
    if (value === undefined) return false;
    const list = typeof value === 'string' ? [value] : value;
    return list.some((v) => baseMatches(op, values, v));
  }
  if (value === undefined) return ifExists || op.negated;
  // A multi-valued key needs a set operator; without one it never matches.
  if (typeof value !== 'string') return false;
  return baseMatches(op, values, value);
}

/** A whole Condition block: every operator and every key must hold (AND); values within one are OR. */
function conditionsMatch(block: unknown, context: Readonly<Record<string, ContextValue>>): Tri {
  if (block === undefined) return true;
  if (!isRecord(block)) throw new Unevaluable('malformed:Condition');
  let result: Tri = true;
  for (const [operator, keys] of Object.entries(block)) {
    if (!isRecord(keys)) throw new Unevaluable('malformed:Condition');
    for (const [key, values] of Object.entries(keys)) {
      const one = conditionMatches(operator, key, values, context);
      if (one === false) return false;
      if (one === 'unknown') result = 'unknown';
    }
  }
  return result;
}

// ------------------------------------------------------------------ statements

/** The statements of a policy document (`Statement` may be one object or a list). */
export function statementsOf(document: unknown): Record<string, unknown>[] {
  if (!isRecord(document)) throw new Unevaluable('malformed:Policy');
  const raw = document['Statement'];
  const list = Array.isArray(raw) ? raw : [raw];
  if (raw === undefined || list.length === 0) throw new Unevaluable('malformed:Statement');
  return list.map((s) => {
    if (!isRecord(s)) throw new Unevaluable('malformed:Statement');
    return s;
  });
}

/** Whether one statement applies to the request (its Effect is then what it says). */
function statementMatches(s: Record<string, unknown>, request: EvalRequest, kind: PolicyKind): Tri {
  if (own(s, 'Action') === own(s, 'NotAction')) throw new Unevaluable('malformed:Action');
  const hasResource = own(s, 'Resource');
  const hasNotResource = own(s, 'NotResource');
  if (hasResource && hasNotResource) throw new Unevaluable('malformed:Resource');
  const hasPrincipal = own(s, 'Principal');
  const hasNotPrincipal = own(s, 'NotPrincipal');
  if (kind === 'identity' && (hasPrincipal || hasNotPrincipal)) throw new Unevaluable('malformed:Principal');
  if (kind === 'identity' && !hasResource && !hasNotResource) throw new Unevaluable('malformed:Resource');
  if (kind === 'trust') {
    if (hasPrincipal === hasNotPrincipal) throw new Unevaluable('malformed:Principal');
    const admitted = hasPrincipal
      ? principalMatches(s['Principal'], request.principal)
      : !principalMatches(s['NotPrincipal'], request.principal);
    if (!admitted) return false;
  }

  const actionHit = own(s, 'Action')
    ? stringList(s['Action'], 'Action').some((a) => actionMatches(a, request.action))
    : !stringList(s['NotAction'], 'NotAction').some((a) => actionMatches(a, request.action));
  if (!actionHit) return false;

  let resourceHit: Tri = true;
  if (hasResource || hasNotResource) {
    const patterns = stringList(hasResource ? s['Resource'] : s['NotResource'], hasResource ? 'Resource' : 'NotResource');
    const hits = patterns.map((p) => resourceMatches(p, request.resource));
    const any: Tri = hits.includes(true) ? true : hits.includes('unknown') ? 'unknown' : false;
    resourceHit = hasResource ? any : any === 'unknown' ? 'unknown' : !any;
  }
  if (resourceHit === false) return false;
  const conditionHit = conditionsMatch(s['Condition'], request.context ?? {});
  if (conditionHit === false) return false;
  return resourceHit === 'unknown' || conditionHit === 'unknown' ? 'unknown' : true;
}

/**
 * Evaluates `documents` (parsed policy JSON objects) for `request`: explicit deny if any
 * Deny statement applies, else allowed if any Allow applies, else implicitly denied;
 * `unknown` as soon as a statement that could change that answer cannot be evaluated.
 */
export function evaluatePolicies(documents: readonly unknown[], request: EvalRequest, kind: PolicyKind = 'identity'): EvalOutcome {
  const unknownBecause: string[] = [];
  let allow: Tri = false;
  let deny: Tri = false;
  for (const document of documents) {
    let statements: Record<string, unknown>[];
    try {
      statements = statementsOf(document);
    } catch (error) {
      if (!(error instanceof Unevaluable)) throw error;
      // Not a policy at all: it might have denied, so nothing short of an explicit deny is certain.
      unknownBecause.push(error.message);
      deny = deny === true ? true : 'unknown';
      continue;
    }
    for (const s of statements) {
      const effect = s['Effect'];
      if (effect !== 'Allow' && effect !== 'Deny') {
        unknownBecause.push('malformed:Effect');
        deny = deny === true ? true : 'unknown';
        continue;
      }
      let hit: Tri;
      try {
        hit = statementMatches(s, request, kind);
        // The only undecidable part left without an exception is a policy variable.
        if (hit === 'unknown') unknownBecause.push('variable');
      } catch (error) {
        if (!(error instanceof Unevaluable)) throw error;
        unknownBecause.push(error.message);
        hit = 'unknown';
      }
      if (effect === 'Deny') deny = deny === true || hit === true ? true : deny === 'unknown' || hit === 'unknown' ? 'unknown' : false;
      else allow = allow === true || hit === true ? true : allow === 'unknown' || hit === 'unknown' ? 'unknown' : false;
    }
  }
  if (deny === true) return { decision: 'explicit-deny', unknownBecause: [] };
  if (deny === 'unknown') return { decision: 'unknown', unknownBecause: [...new Set(unknownBecause)] };
  if (allow === true) return { decision: 'allowed', unknownBecause: [] };
  if (allow === 'unknown') return { decision: 'unknown', unknownBecause: [...new Set(unknownBecause)] };
  return { decision: 'implicit-deny', unknownBecause: [] };
}
