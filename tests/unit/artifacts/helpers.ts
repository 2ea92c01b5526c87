/**
 * Shared helpers of the artifact tests: the source guide's example values, independent
 * parsers (a strict POSIX-shell tokeniser for the subset the scripts use, YAML with the
 * CloudFormation tags) and the expected structure of every artifact, written here from
 * the source guide and AWS's CLI reference rather than from the builders.
 */
import { Composer, type CST, type Document, LineCounter, Parser, parseAllDocuments, type Tags } from 'yaml';
import type { GuideInputs, GuideModel } from '../../../src/core/types.ts';
import { withPlainEnv } from '../../support/plain-env.ts';
import { validateInputs } from '../../../src/core/validate.ts';

/** The fixed ExternalId of the golden files. */
export const EXAMPLE_EXTERNAL_ID = 'vnd-3Fz7K4q9Example0ExternalId0Golden';

/** The vendor guide's own example values (section 0 of method-b-guide.ja.txt). */
export function sourceExampleInputs(): GuideInputs {
  return {
    accountId: '123456789012',
    vendorAccountId: '111122223333',
    region: 'ap-northeast-1',
    clusters: ['portal-dev'],
    repoPatterns: ['portal-*'],
    repos: ['portal-api', 'cron-runner'],
    roleNames: { repoPusher: 'VendorRepoPusher', eksDeployer: 'VendorEKSDeployer' },
    policyNames: { repoPusher: 'VendorRepoPusherPolicy', eksDeployer: 'VendorEKSDeployerPolicy' },
    kubernetes: { username: 'vendor-eks-deployer', group: 'vendor:portal:deployer', namespace: 'portal' },
    externalId: EXAMPLE_EXTERNAL_ID,
    // Issue 10's optional fields, not set (the golden files are those of no option).
    trustedVendorRoleArns: [],
    permissionsBoundary: '',
    tags: [],
    previousExternalId: '',
  };
}

/** The validated model of `inputs`; fails the test when they are invalid. */
export function modelOf(inputs: GuideInputs): GuideModel {
  const result = validateInputs(inputs);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.errors)}`);
  return result.model;
}

/** A model with every value overridden as given, bypassing validation (for builder-level tests). */
export function rawModel(overrides: Partial<GuideModel> = {}): GuideModel {
  return { ...modelOf(sourceExampleInputs()), ...overrides };
}

/** The nine repository actions of the source guide's ECRRepositoryActions statement, in its order (copied by hand). */
export const SOURCE_ECR_ACTIONS = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:CompleteLayerUpload',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'ecr:InitiateLayerUpload',
  'ecr:PutImage',
  'ecr:UploadLayerPart',
  'ecr:DescribeRepositories',
  'ecr:ListImages',
];

// ------------------------------------------------------------------ YAML

/** CloudFormation short-form tags, resolved to their long forms. */
export const CFN_TAGS: Tags = [
  { tag: '!Sub', resolve: (value: string) => ({ 'Fn::Sub': value }) },
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split('.') }) },
];

/**
 * `parse` memoised by its text: the parsers below are pure, and property tests that vary one
 * field parse the same unchanged artifacts thousands of times. Only successful parses are kept
 * (a text that threw is parsed, and throws, again), and the cache is bounded.
 */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = parse(text);
    if (cache.size >= 2000) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * Both readings of a YAML stream, YAML 1.1 (CloudFormation, kubectl) and 1.2, each as its list
 * of documents. The text is lexed and parsed into its concrete syntax tree ONCE (that part of
 * the `yaml` package does not depend on the version: only composing does, and the composer
 * does not modify the tree), then composed once per version.
 *
 * The lexing runs with a plain `process.env` (tests/support/plain-env.ts: the `yaml` package
 * reads it once per token).
 */
function yamlReadings(text: string, forceDoc: boolean, customTags?: Tags): [Document.Parsed[], Document.Parsed[]] {
  const tokens: CST.Token[] = withPlainEnv(() => [...new Parser().parse(text)]);
  const compose = (version: '1.1' | '1.2') => [
    ...new Composer({ version, uniqueKeys: true, ...(customTags ? { customTags } : {}) }).compose(tokens, forceDoc, text.length),
  ];
  return [compose('1.1'), compose('1.2')];
}

/** Throws when `doc` (read as `version`) has errors or warnings (such as unknown tags), naming them with their line. */
function strict(doc: Document.Parsed, version: string, text: string, customTags?: Tags): void {
  if (doc.errors.length === 0 && doc.warnings.length === 0) return;
  // The slow path, only on failure: the messages with their line and column.
  const lineCounter = new LineCounter();
  const pretty = parseAllDocuments(text, { version: version as '1.1' | '1.2', uniqueKeys: true, lineCounter, ...(customTags ? { customTags } : {}) });
  const problems = (Array.isArray(pretty) ? pretty : []).flatMap((d) => [...d.errors, ...d.warnings]);
  throw new Error(`YAML ${version}: ${(problems.length > 0 ? problems : [...doc.errors, ...doc.warnings]).map((e) => e.message).join('; ')}`);
}

/**
 * Parses one YAML document strictly (no errors, no warnings such as unknown tags) as
 * YAML 1.1 (CloudFormation, kubectl) and as 1.2, and requires both readings to agree.
 * Callers must not mutate the result (it is shared by equal texts).
 */
export const parseYaml: (text: string) => unknown = memo(parseYamlUncached);

function parseYamlUncached(text: string): unknown {
  const readings = yamlReadings(text, true, CFN_TAGS).map((docs, i) => {
    const version = i === 0 ? '1.1' : '1.2';
    const [doc, extra] = docs;
    if (doc === undefined) throw new Error(`YAML ${version}: no document`);
    // As parseDocument: a second document is an error.
    if (extra !== undefined) throw new Error(`YAML ${version}: Source contains multiple documents`);
    strict(doc, version, text, CFN_TAGS);
    return doc.toJS();
  });
  if (JSON.stringify(readings[0]) !== JSON.stringify(readings[1])) {
    throw new Error(`YAML 1.1 and 1.2 readings differ:\n${JSON.stringify(readings[0])}\n${JSON.stringify(readings[1])}`);
  }
  return readings[0];
}

/** Parses a multi-document YAML stream strictly (as {@link parseYaml}); the result is shared, do not mutate it. */
export const parseYamlAll: (text: string) => unknown[] = memo(parseYamlAllUncached);

function parseYamlAllUncached(text: string): unknown[] {
  const readings = yamlReadings(text, false).map((docs, i) => {
    const version = i === 0 ? '1.1' : '1.2';
    if (docs.length === 0) throw new Error('empty YAML stream');
    return docs.map((doc) => {
      strict(doc, version, text);
      return doc.toJS() as unknown;
    });
  });
  if (JSON.stringify(readings[0]) !== JSON.stringify(readings[1])) throw new Error('YAML 1.1 and 1.2 readings differ');
  return readings[0] ?? [];
}

/** Parses an artifact's text by its language; throws when the structure is broken. */
export function parsePreview(language: string, fileName: string, text: string): void {
  if (language === 'json') JSON.parse(text);
  else if (language === 'yaml') fileName.includes('rbac') ? parseYamlAll(text) : parseYaml(text);
  else if (language === 'sh') tokenizeShell(text);
}

// ------------------------------------------------------------------ shell

/** One simple command: its words after quote removal; expansions keep their raw text (`$X`, `$(…)`). */
export interface ShellCommand {
  words: string[];
  /** Raw text of every expansion in the command's words, e.g. `$EXTERNAL_ID`. */
  expansions: string[];
}

const OPERATORS = [';;', '&&', '||', ';', '|', '&', '(', ')'];

/**
 * A strict tokeniser for the POSIX shell the generated scripts are written in: comments,
 * line continuations, single and double quotes, `$name`/`${…}`/`$(…)` expansions (kept as
 * raw text), control operators and redirections. Anything it does not know (backquotes,
 * unterminated quotes, heredocs) throws, so an unexpected construct fails the test.
 */
export function tokenizeShell(src: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let expansions: string[] = [];
  let word: string | null = null;
  let i = 0;

  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push({ words, expansions });
    words = [];
    expansions = [];
  };
  // Reads an expansion starting at src[at] === '$'; returns its raw text.
  const readExpansion = (at: number): string => {
    const next = src[at + 1];
    if (next === '(') {
      let depth = 0;
      let j = at + 1;
      for (; j < src.length; j++) {
        const ch = src[j];
        if (ch === "'") {
          const close = src.indexOf("'", j + 1);
          if (close < 0) throw new Error('unterminated quote in $(...)');
          j = close;
        } else if (ch === '"') {
          j = readDoubleQuoted(j).end;
        } else if (ch === '(') depth++;
        else if (ch === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (depth !== 0) throw new Error('unterminated $(...)');
      return src.slice(at, j + 1);
    }
    if (next === '{') {
      const close = src.indexOf('}', at);
      if (close < 0) throw new Error('unterminated ${...}');
      return src.slice(at, close + 1);
    }
    const name = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(src.slice(at));
    if (!name) throw new Error(`bare $ at ${at}`);
    return name[0];
  };
  // Reads a double-quoted string starting at src[at] === '"'; returns its value and the index of the closing quote.
  const readDoubleQuoted = (at: number): { value: string; found: string[]; end: number } => {
    let value = '';
    const found: string[] = [];
    let j = at + 1;
    while (j < src.length && src[j] !== '"') {
      const ch = src[j] as string;
      if (ch === '\\' && j + 1 < src.length && '$`"\\\n'.includes(src[j + 1] as string)) {
        if (src[j + 1] !== '\n') value += src[j + 1];
        j += 2;
      } else if (ch === '$') {
        const raw = readExpansion(j);
        found.push(raw);
        value += raw;
        j += raw.length;
      } else if (ch === '`') {
        throw new Error('backquote');
      } else {
        value += ch;
        j++;
      }
    }
    if (j >= src.length) throw new Error('unterminated double quote');
    return { value, found, end: j };
  };

  while (i < src.length) {
    const c = src[i] as string;
    if (word === null && c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\') {
      if (src[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 >= src.length) throw new Error('trailing backslash');
      word = (word ?? '') + src[i + 1];
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
      continue;
    }
    if (c === '\n') {
      endCommand();
      i++;
      continue;
    }
    if (c === '<' && src[i + 1] === '<') throw new Error('heredoc');
    if (c === '>' || c === '<') {
      // A redirection: an all-digit word just before it is the file descriptor; the target follows.
      if (word !== null && /^[0-9]+$/.test(word)) word = null;
      endWord();
      i++;
      if (src[i] === '>' || src[i] === '&') i++;
      while (src[i] === ' ') i++;
      const target = /^[^\s;&|()<>]+/.exec(src.slice(i));
      if (!target) throw new Error('redirection without target');
      i += target[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      endCommand();
      i += op.length;
      continue;
    }
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) throw new Error('unterminated single quote');
      word = (word ?? '') + src.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      const { value, found, end } = readDoubleQuoted(i);
      word = (word ?? '') + value;
      expansions.push(...found);
      i = end + 1;
      continue;
    }
    if (c === '$') {
      const raw = readExpansion(i);
      word = (word ?? '') + raw;
      expansions.push(raw);
      i += raw.length;
      continue;
    }
    if (c === '`') throw new Error('backquote');
    word = (word ?? '') + c;
    i++;
  }
  endCommand();
  return commands;
}

/** Heads of the commands a script may run; anything else would be an injected command. */
export const ALLOWED_HEADS = new Set([
  'set', 'cd', 'aws', 'eksctl', 'echo', 'printf', 'local', 'if', 'then', 'fi', 'case', 'esac', 'return', 'exit',
  ':', 'expect_access_denied', 'customer', 'vendor', '{', '}', '*AccessDenied*', '*',
  // verify.sh's AssumeRole retry and session helpers (fixed text, no values).
  'for', 'do', 'done', 'break', 'sleep', 'with_retry', 'as_session', 'expect_forbidden',
  'SESSION=', 'SESSION=$output', 'rest=${SESSION#*[[:space:]]}', 'key=${rest%%[[:space:]]*}',
  'rest=${rest#*[[:space:]]}', 'secret=${rest%%[[:space:]]*}', 'AWS_ACCESS_KEY_ID=$key',
]);

/** The commands of `script` that call AWS (or eksctl), directly or through `expect_access_denied`. */
export function awsCommands(script: string): string[][] {
  return tokenizeShell(script)
    .map((c) => c.words)
    // `expect_access_denied() {` alone is the function's definition, not a call; likewise the
    // other wrappers verify.sh runs AWS calls through.
    .filter(
      (w) =>
        w[0] === 'aws' ||
        w[0] === 'eksctl' ||
        (['expect_access_denied', 'with_retry', 'as_session', 'expect_forbidden'].includes(w[0] ?? '') && w.length > 1),
    );
}

// ------------------------------------------------------------------ expected structure

const arnRole = (m: GuideModel, name: string) => `arn:${m.partition}:iam::${m.accountId}:role/${name}`;

/** The pusher policy the source guide shows, for the model's values. */
export function expectedRepoPusherPolicy(m: GuideModel): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ECRAuth', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
      {
        Sid: 'ECRRepositoryActions',
        Effect: 'Allow',
        Action: SOURCE_ECR_ACTIONS,
        Resource: m.repoPatterns.map((p) => `arn:${m.partition}:ecr:${m.region}:${m.accountId}:repository/${p}`),
      },
    ],
  };
}

/** The deployer policy: DescribeTargetCluster on each cluster. */
export function expectedEksDeployerPolicy(m: GuideModel): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DescribeTargetCluster',
        Effect: 'Allow',
        Action: ['eks:DescribeCluster'],
        Resource: m.clusters.map((c) => `arn:${m.partition}:eks:${m.region}:${m.accountId}:cluster/${c}`),
      },
    ],
  };
}

/** The trust policy: the vendor account root, sts:AssumeRole, the exact ExternalId. */
export function expectedTrustPolicy(m: GuideModel): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:${m.partition}:iam::${m.vendorAccountId}:root` },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': m.externalId } },
      },
    ],
  };
}

/** CloudFormation parameter names and values, in order. */
export function expectedCfnParameters(m: GuideModel): Array<[string, string]> {
  return [
    ['VendorAccountId', m.vendorAccountId],
    ['ExternalId', m.externalId],
    ...m.clusters.map((c, i): [string, string] => [i === 0 ? 'EKSClusterName' : `EKSClusterName${i + 1}`, c]),
    ...m.repoPatterns.map((p, i): [string, string] => [i === 0 ? 'RepoPattern' : `RepoPattern${i + 1}`, p]),
  ];
}

/** The entries of `aws-auth-maproles.yaml`'s `data.mapRoles` block, parsed as aws-iam-authenticator does (YAML in YAML). */
export function awsAuthEntries(text: string): unknown {
  const doc = parseYaml(text) as { data?: { mapRoles?: unknown } };
  const block = doc.data?.mapRoles;
  if (typeof block !== 'string') throw new Error('aws-auth-maproles.yaml has no data.mapRoles block');
  return parseYaml(block);
}

/** The aws-auth mapRoles entry. */
export function expectedMapRoles(m: GuideModel): unknown {
  return [{ rolearn: arnRole(m, m.roleNames.eksDeployer), username: m.kubernetes.username, groups: [m.kubernetes.group] }];
}

/** The AWS CLI calls of each script (argv after quote removal), per the AWS CLI reference. */
export function expectedAwsCalls(id: 'deployStack' | 'accessEntry' | 'verify', m: GuideModel): string[][] {
  switch (id) {
    case 'deployStack':
      return [
        [
          'aws', 'cloudformation', 'deploy',
          '--stack-name', 'vendor-roles',
          '--template-file', 'vendor-roles.cfn.yaml',
          '--region', m.region,
          '--capabilities', 'CAPABILITY_NAMED_IAM',
          '--no-fail-on-empty-changeset',
          '--parameter-overrides', ...expectedCfnParameters(m).map(([k, v]) => `${k}=${v}`),
        ],
        ['aws', 'cloudformation', 'describe-stacks', '--stack-name', 'vendor-roles', '--region', m.region, '--query', 'Stacks[0].Outputs', '--output', 'table'],
      ];
    case 'accessEntry':
      return m.clusters.map((c) => [
        'aws', 'eks', 'create-access-entry',
        '--cluster-name', c,
        '--principal-arn', arnRole(m, m.roleNames.eksDeployer),
        '--kubernetes-groups', m.kubernetes.group,
        '--username', m.kubernetes.username,
        '--region', m.region,
      ]);
    case 'verify': {
      const roles = [m.roleNames.repoPusher, m.roleNames.eksDeployer];
      return [
        ...roles.flatMap((r) => [
          ['aws', 'iam', 'get-role', '--role-name', r, '--query', 'Role.AssumeRolePolicyDocument', '--output', 'json'],
          ['aws', 'iam', 'list-attached-role-policies', '--role-name', r, '--output', 'table'],
        ]),
        ...roles.flatMap((r, i) => [
          ['with_retry', 'aws', 'sts', 'assume-role', '--role-arn', arnRole(m, r), '--role-session-name', 'vendor-method-b-verify', '--external-id', '$EXTERNAL_ID',
            '--query', '[AssumedRoleUser.Arn,Credentials.AccessKeyId,Credentials.SecretAccessKey,Credentials.SessionToken]', '--output', 'text'],
          // With the session: what the role is for (ECR on the first planned repository, EKS on
          // each cluster), then one read-only action it is not granted.
          ...(i === 0
            ? m.repos.slice(0, 1).flatMap((repo) => [
                ['as_session', 'aws', 'ecr', 'describe-repositories', '--region', m.region, '--repository-names', repo, '--query', 'repositories[0].repositoryUri', '--output', 'text'],
                ['expect_forbidden', 'as_session', 'aws', 'ecr', 'get-repository-policy', '--region', m.region, '--repository-name', repo],
              ])
            : [
                ...m.clusters.map((c) => ['as_session', 'aws', 'eks', 'describe-cluster', '--region', m.region, '--name', c, '--query', 'cluster.status', '--output', 'text']),
                ['expect_forbidden', 'as_session', 'aws', 'eks', 'list-clusters', '--region', m.region],
              ]),
          ['expect_access_denied', 'aws', 'sts', 'assume-role', '--role-arn', arnRole(m, r), '--role-session-name', 'vendor-method-b-verify'],
        ]),
      ];
    }
  }
}

/** The eksctl command (from the aws-auth file's comments) for each cluster. */
export function expectedEksctlCalls(m: GuideModel): string[][] {
  return m.clusters.map((c) => [
    'eksctl', 'create', 'iamidentitymapping',
    '--cluster', c,
    '--region', m.region,
    '--arn', arnRole(m, m.roleNames.eksDeployer),
    '--username', m.kubernetes.username,
    '--group', m.kubernetes.group,
  ]);
}

/** The eksctl commands written as comments in `aws-auth-maproles.yaml`, tokenised. */
export function eksctlCallsInComments(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('#   eksctl '))
    .flatMap((line) => tokenizeShell(line.slice(1)).map((c) => c.words));
}
