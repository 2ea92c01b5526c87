/**
 * Reading what the customer pasted: the JSON object `collect-setup.sh` writes, or one or
 * more raw outputs of the AWS CLI v2 (`--output json`) and kubectl (`-o json`) pasted
 * together in any order, each recognised by its shape.
 *
 * Untrusted text, so limits come first: the size is checked before anything is scanned,
 * a small bounded scanner splits the text into top-level JSON values and measures their
 * nesting before `JSON.parse` sees them, and every field is type-checked as it is read.
 * `__proto__` / `constructor` / `prototype` keys are dropped while parsing. Bad input yields
 * one issue code (messages in ./messages.ts), never an exception.
 *
 * Shapes, as the AWS CLI prints them (AWS CLI Command Reference, "Output" of each command's
 * example): `get-account-authorization-details` → `{ RoleDetailList, Policies, … }`;
 * `get-role` → `{ Role }`; `eks describe-cluster` → `{ cluster }` with
 * `accessConfig.authenticationMode` (API | API_AND_CONFIG_MAP | CONFIG_MAP);
 * `eks describe-access-entry` → `{ accessEntry }`; `eks list-access-entries` →
 * `{ accessEntries }`; kubectl: a `ConfigMap` named aws-auth, a `List` of Role/RoleBinding.
 * IAM returns policy documents URL-encoded (RFC 3986) in the API; the CLI decodes them, some
 * SDKs do not: both forms are accepted.
 */

import { MAX_INPUT_CHARS } from './input-limit.ts';

export { MAX_INPUT_CHARS } from './input-limit.ts';

/** Deepest nesting of arrays/objects accepted (the real outputs need about 10). */
export const MAX_DEPTH = 40;
/** Most top-level JSON values in one paste. */
export const MAX_VALUES = 200;

/** Why the input could not be read at all. */
export type ParseErrorCode = 'empty' | 'tooLarge' | 'notJson' | 'truncated' | 'tooDeep' | 'tooMany' | 'unrecognised';

/** A problem with one part of an otherwise readable input. */
export interface ParseNote {
  code: 'unrecognisedValue' | 'wrongType' | 'badPolicyDocument' | 'badMapRoles' | 'skipped';
  params: Record<string, string>;
}

/** A trust or permissions policy document as found (undefined when it could not be read). */
export type FoundDocument = unknown;

/** One IAM role as found. */
export interface FoundRole {
  roleName: string;
  arn: string;
  path: string;
  trust: FoundDocument;
  /** ARNs of the attached managed policies, with their names. */
  attached: { policyName: string; policyArn: string }[];
  /** Inline policies; undefined when the output did not include them (get-role does not). */
  inline: { policyName: string; document: FoundDocument }[] | undefined;
  /** From get-account-authorization-details (which lists attachments); get-role alone does not. */
  hasAttachments: boolean;
  /**
   * `PermissionsBoundary.PermissionsBoundaryArn`; undefined when the role has none (both
   * get-role's `Role` and get-account-authorization-details' `RoleDetail` carry it, and omit it
   * when unset). Optional so older callers' roles read as "none".
   */
  permissionsBoundaryArn?: string | undefined;
  /** `Tags` as `Key`/`Value` pairs (both outputs carry them and omit them when there are none). */
  tags?: { key: string; value: string }[];
}

/** One customer-managed policy with its default version's document. */
export interface FoundPolicy {
  policyName: string;
  arn: string;
  document: FoundDocument;
}

/** One EKS cluster as found. */
export interface FoundCluster {
  name: string;
  arn: string;
  authenticationMode: string | undefined;
}

/** One EKS access entry as found. */
export interface FoundAccessEntry {
  clusterName: string;
  principalArn: string;
  username: string | undefined;
  kubernetesGroups: string[];
}

/** One `mapRoles` entry of aws-auth. */
export interface FoundMapRole {
  rolearn: string;
  username: string | undefined;
  groups: string[];
}

/** A Kubernetes Role or RoleBinding as found (only the parts checked). */
export interface FoundK8sRole {
  name: string;
  namespace: string;
  rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
}
/** A RoleBinding as found. */
export interface FoundK8sBinding {
  name: string;
  namespace: string;
  subjects: { kind: string; name: string }[];
  roleRef: { kind: string; name: string };
}

/** Everything read from the input. Lists are empty when the input held no such output. */
export interface SetupData {
  /** Which kinds of output were recognised, e.g. `authorizationDetails`, `getRole`. */
  sources: string[];
  roles: FoundRole[];
  policies: FoundPolicy[];
  clusters: FoundCluster[];
  accessEntries: FoundAccessEntry[];
  /** Access entries listed by `list-access-entries`, per cluster when known. */
  listedAccessEntries: string[];
  /** aws-auth's mapRoles; undefined when no aws-auth ConfigMap was given. */
  mapRoles: FoundMapRole[] | undefined;
  k8sRoles: FoundK8sRole[];
  k8sBindings: FoundK8sBinding[];
  /** Whether kubectl Role/RoleBinding output was given at all (an empty List counts). */
  rbacGiven: boolean;
  notes: ParseNote[];
}

/** Result of {@link parseSetupText}. */
export type ParseResult = { ok: true; data: SetupData } | { ok: false; code: ParseErrorCode; params: Record<string, string> };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Splits `text` into its top-level JSON values without parsing them: tracks strings,
 * escapes and bracket depth in one pass (O(n), no recursion), so a huge or deeply nested
 * input is refused before `JSON.parse` could spend time or stack on it.
 */
export function scanJsonValues(text: string): { ok: true; values: string[] } | { ok: false; code: ParseErrorCode; params: Record<string, string> } {
  const values: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 0x5c) escaped = true;
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (depth === 0) {
      // Between values only whitespace may appear (a BOM too: some editors add one).
      if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09 || ch === 0xfeff) continue;
      if (ch !== 0x7b && ch !== 0x5b) return { ok: false, code: 'notJson', params: { at: String(lineOf(text, i)) } };
      if (values.length >= MAX_VALUES) return { ok: false, code: 'tooMany', params: { max: String(MAX_VALUES) } };
      start = i;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > MAX_DEPTH) return { ok: false, code: 'tooDeep', params: { max: String(MAX_DEPTH) } };
    } else if (ch === 0x7d || ch === 0x5d) {
      depth--;
      if (depth === 0) values.push(text.slice(start, i + 1));
    }
  }
  if (depth !== 0 || inString) return { ok: false, code: 'truncated', params: {} };
  if (values.length === 0) return { ok: false, code: 'empty', params: {} };
  return { ok: true, values };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** JSON.parse without prototype-ish keys (a reviver returning undefined drops the key). */
function safeParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * A policy document as IAM gives it: an object (the CLI decodes it) or a URL-encoded JSON
 * string (the API, some SDKs). Undefined when it is neither.
 */
export function readPolicyDocument(value: unknown): FoundDocument {
  if (isRecord(value)) return value;
  if (typeof value !== 'string' || value.length > MAX_INPUT_CHARS) return undefined;
  let text = value;
  if (!text.trimStart().startsWith('{')) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, '%20'));
    } catch {
      return undefined;
    }
  }
  const scanned = scanJsonValues(text);
  if (!scanned.ok || scanned.values.length !== 1) return undefined;
  try {
    const doc = safeParse(scanned.values[0] ?? '');
    return isRecord(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** An empty {@link SetupData}. */
function emptyData(): SetupData {
  return {
    sources: [],
    roles: [],
    policies: [],
    clusters: [],
    accessEntries: [],
    listedAccessEntries: [],
    mapRoles: undefined,
    k8sRoles: [],
    k8sBindings: [],
    rbacGiven: false,
    notes: [],
  };
}

function readRole(raw: Record<string, unknown>, data: SetupData, withDetails: boolean): void {
  const roleName = str(raw['RoleName']);
  const arn = str(raw['Arn']);
  if (roleName === undefined || arn === undefined) {
    data.notes.push({ code: 'wrongType', params: { what: 'Role' } });
    return;
  }
  const trust = readPolicyDocument(raw['AssumeRolePolicyDocument']);
  if (trust === undefined) data.notes.push({ code: 'badPolicyDocument', params: { what: `${roleName} AssumeRolePolicyDocument` } });
  const attached = Array.isArray(raw['AttachedManagedPolicies'])
    ? raw['AttachedManagedPolicies'].filter(isRecord).flatMap((p) => {
        const policyName = str(p['PolicyName']);
        const policyArn = str(p['PolicyArn']);
        return policyName !== undefined && policyArn !== undefined ? [{ policyName, policyArn }] : [];
      })
    : [];
  const inline = Array.isArray(raw['RolePolicyList'])
    ? raw['RolePolicyList'].filter(isRecord).flatMap((p) => {
        const policyName = str(p['PolicyName']);
        if (policyName === undefined) return [];
        const document = readPolicyDocument(p['PolicyDocument']);
        if (document === undefined) data.notes.push({ code: 'badPolicyDocument', params: { what: `${roleName} ${policyName}` } });
        return [{ policyName, document }];
      })
    : undefined;
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html and API_RoleDetail.html:
  // PermissionsBoundary is an AttachedPermissionsBoundary, Tags a list of { Key, Value }.
  const boundary = isRecord(raw['PermissionsBoundary']) ? str(raw['PermissionsBoundary']['PermissionsBoundaryArn']) : undefined;
  const tags = Array.isArray(raw['Tags'])
    ? raw['Tags'].filter(isRecord).flatMap((t) => {
        const key = str(t['Key']);
        return key === undefined ? [] : [{ key, value: str(t['Value']) ?? '' }];
      })
    : [];
  const role: FoundRole = {
    roleName,
    arn,
    path: str(raw['Path']) ?? '/',
    trust,
    attached,
    inline: withDetails ? (inline ?? []) : inline,
    hasAttachments: withDetails,
    permissionsBoundaryArn: boundary,
    tags,
  };
  // get-role after get-account-authorization-details adds nothing; the other way round, details win.
  const existing = data.roles.findIndex((r) => r.roleName === roleName);
  if (existing === -1) data.roles.push(role);
  else if (withDetails) data.roles[existing] = role;
}

function readPolicy(raw: Record<string, unknown>, data: SetupData): void {
  const policyName = str(raw['PolicyName']);
  const arn = str(raw['Arn']);
  if (policyName === undefined || arn === undefined) {
    data.notes.push({ code: 'wrongType', params: { what: 'Policies' } });
    return;
  }
  const versions = Array.isArray(raw['PolicyVersionList']) ? raw['PolicyVersionList'].filter(isRecord) : [];
  const defaultId = str(raw['DefaultVersionId']);
  // The version in force: IsDefaultVersion, or the one named by DefaultVersionId.
  const version = versions.find((v) => v['IsDefaultVersion'] === true) ?? versions.find((v) => v['VersionId'] === defaultId);
  const document = version ? readPolicyDocument(version['Document']) : undefined;
  if (document === undefined) data.notes.push({ code: 'badPolicyDocument', params: { what: policyName } });
  if (!data.policies.some((p) => p.arn === arn)) data.policies.push({ policyName, arn, document });
}

/**
 * aws-auth's `mapRoles` is YAML inside a string. Only the form the AWS documentation and
 * eksctl write is read: a list of maps with scalar `rolearn` / `username` and `groups` as
 * a block or flow list. Anything else is reported, not guessed.
 */
export function readMapRoles(text: string): FoundMapRole[] | undefined {
  const entries: FoundMapRole[] = [];
  let current: FoundMapRole | undefined;
  let inGroups = false;
  const scalar = (v: string) => {
    const t = v.trim();
    const quoted = t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")));
    return quoted ? t.slice(1, -1) : t;
  };
  // Sets one known key of the current entry; false for anything this reader does not know.
  const setKey = (key: string, value: string): boolean => {
    if (!current) return false;
    inGroups = false;
    if (key === 'rolearn') current.rolearn = scalar(value);
    else if (key === 'username') current.username = scalar(value);
    else if (key === 'groups') {
      const v = value.trim();
      if (v === '') inGroups = true;
      else if (v.startsWith('[') && v.endsWith(']')) current.groups.push(...v.slice(1, -1).split(',').map(scalar).filter((g) => g !== ''));
      else return false;
    }
    // Other keys (e.g. a comment-like extra field) are ignored, as aws-iam-authenticator ignores them.
    return true;
  };
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trim().startsWith('#')) continue;
    const entryStart = /^\s*-\s+(rolearn|username|groups):\s*(.*)$/.exec(rawLine);
    if (entryStart && !(inGroups && entryStart[1] !== 'rolearn' && entryStart[1] !== 'username' && entryStart[1] !== 'groups')) {
      current = { rolearn: '', username: undefined, groups: [] };
      entries.push(current);
      if (!setKey(entryStart[1] ?? '', entryStart[2] ?? '')) return undefined;
      continue;
    }
    const listItem = /^\s*-\s+(.*)$/.exec(rawLine);
    if (listItem) {
      if (!current || !inGroups) return undefined;
      current.groups.push(scalar(listItem[1] ?? ''));
      continue;
    }
    const kv = /^\s*([A-Za-z]+):\s*(.*)$/.exec(rawLine);
    if (!kv || !setKey(kv[1] ?? '', kv[2] ?? '')) return undefined;
  }
  return entries.every((e) => e.rolearn !== '') ? entries : undefined;
}

function readK8sObject(raw: Record<string, unknown>, data: SetupData): boolean {
  const kind = str(raw['kind']);
  const meta = isRecord(raw['metadata']) ? raw['metadata'] : {};
  const name = str(meta['name']) ?? '';
  const namespace = str(meta['namespace']) ?? '';
  if (kind === 'ConfigMap' && name === 'aws-auth') {
    data.sources.push('awsAuth');
    const mapRolesText = isRecord(raw['data']) ? str(raw['data']['mapRoles']) : undefined;
    if (mapRolesText === undefined) {
      data.mapRoles = [];
      return true;
    }
    const parsed = readMapRoles(mapRolesText);
    if (parsed === undefined) data.notes.push({ code: 'badMapRoles', params: {} });
    data.mapRoles = parsed ?? [];
    return true;
  }
  if (kind === 'Role') {
    data.rbacGiven = true;
    const rules = Array.isArray(raw['rules'])
      ? raw['rules'].filter(isRecord).map((r) => ({ apiGroups: strList(r['apiGroups']), resources: strList(r['resources']), verbs: strList(r['verbs']) }))
      : [];
    data.k8sRoles.push({ name, namespace, rules });
    return true;
  }
  if (kind === 'RoleBinding') {
    data.rbacGiven = true;
    const subjects = Array.isArray(raw['subjects'])
      ? raw['subjects'].filter(isRecord).map((s) => ({ kind: str(s['kind']) ?? '', name: str(s['name']) ?? '' }))
      : [];
    const ref = isRecord(raw['roleRef']) ? raw['roleRef'] : {};
    data.k8sBindings.push({ name, namespace, subjects, roleRef: { kind: str(ref['kind']) ?? '', name: str(ref['name']) ?? '' } });
    return true;
  }
  if (kind === 'List' && Array.isArray(raw['items'])) {
    const items = raw['items'].filter(isRecord);
    // `kubectl get role,rolebinding` prints a List, empty when the namespace has none.
    if (items.length === 0) {
      data.rbacGiven = true;
      data.sources.push('rbac');
      return true;
    }
    let any = false;
    for (const item of items) any = readK8sObject(item, data) || any;
    if (any && data.rbacGiven) data.sources.push('rbac');
    return any;
  }
  return false;
}

/** Reads one top-level value by its shape; false when it is none of the known outputs. */
function readValue(value: unknown, data: SetupData, depth = 0): boolean {
  if (!isRecord(value)) return false;
  // The collection script's object: its outputs, each recognised in turn, and what it skipped.
  if (value['methodBSetup'] !== undefined && depth === 0) {
    data.sources.push('collectSetup');
    const outputs = Array.isArray(value['outputs']) ? value['outputs'] : [];
    for (const output of outputs) {
      if (isRecord(output) && output['output'] !== undefined && !readValue(output['output'], data, 1)) {
        data.notes.push({ code: 'unrecognisedValue', params: { what: str(output['command']) ?? '?' } });
      }
    }
    for (const skip of Array.isArray(value['skipped']) ? value['skipped'] : []) {
      if (isRecord(skip)) data.notes.push({ code: 'skipped', params: { what: str(skip['command']) ?? '?', why: str(skip['reason']) ?? '' } });
    }
    return true;
  }
  if (Array.isArray(value['RoleDetailList']) || Array.isArray(value['Policies'])) {
    data.sources.push('authorizationDetails');
    for (const role of Array.isArray(value['RoleDetailList']) ? value['RoleDetailList'] : []) {
      if (isRecord(role)) readRole(role, data, true);
      else data.notes.push({ code: 'wrongType', params: { what: 'RoleDetailList' } });
    }
    for (const policy of Array.isArray(value['Policies']) ? value['Policies'] : []) {
      if (isRecord(policy)) readPolicy(policy, data);
      else data.notes.push({ code: 'wrongType', params: { what: 'Policies' } });
    }
    return true;
  }
  if (isRecord(value['Role'])) {
    data.sources.push('getRole');
    readRole(value['Role'], data, false);
    return true;
  }
  if (isRecord(value['cluster'])) {
    const c = value['cluster'];
    const name = str(c['name']);
    const arn = str(c['arn']);
    if (name === undefined || arn === undefined) {
      data.notes.push({ code: 'wrongType', params: { what: 'cluster' } });
      return true;
    }
    data.sources.push('describeCluster');
    const access = isRecord(c['accessConfig']) ? c['accessConfig'] : {};
    // A cluster created before access entries has no accessConfig: it reads aws-auth only.
    data.clusters.push({ name, arn, authenticationMode: str(access['authenticationMode']) ?? 'CONFIG_MAP' });
    return true;
  }
  if (isRecord(value['accessEntry'])) {
    const e = value['accessEntry'];
    const clusterName = str(e['clusterName']);
    const principalArn = str(e['principalArn']);
    if (clusterName === undefined || principalArn === undefined) {
      data.notes.push({ code: 'wrongType', params: { what: 'accessEntry' } });
      return true;
    }
    data.sources.push('describeAccessEntry');
    data.accessEntries.push({ clusterName, principalArn, username: str(e['username']), kubernetesGroups: strList(e['kubernetesGroups']) });
    return true;
  }
  if (Array.isArray(value['accessEntries'])) {
    data.sources.push('listAccessEntries');
    data.listedAccessEntries.push(...strList(value['accessEntries']));
    return true;
  }
  return readK8sObject(value, data);
}

/**
 * Reads pasted text (or a file's text): limits, then scan, then each value by shape.
 * At least one recognised output is needed; values that are not are listed as notes.
 */
export function parseSetupText(text: string): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, code: 'empty', params: {} };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, code: 'tooLarge', params: { max: String(MAX_INPUT_CHARS / 1_000_000) } };
  const scanned = scanJsonValues(text);
  if (!scanned.ok) return scanned;
  const data = emptyData();
  let recognised = 0;
  for (const [i, chunk] of scanned.values.entries()) {
    let value: unknown;
    try {
      value = safeParse(chunk);
    } catch {
      return { ok: false, code: 'notJson', params: { at: String(i + 1) } };
    }
    if (readValue(value, data)) recognised++;
    else data.notes.push({ code: 'unrecognisedValue', params: { what: String(i + 1) } });
  }
  if (recognised === 0) return { ok: false, code: 'unrecognised', params: {} };
  data.sources = [...new Set(data.sources)];
  return { ok: true, data };
}
