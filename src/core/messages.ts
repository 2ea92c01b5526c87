/**
 * The message catalogue: one Japanese and one English message per issue code. Field labels
 * come from the UI string catalogue (`label.<field>[.<key>]` in src/core/i18n/). Messages state the rule, name the offending item and say how to fix it,
 * because the reader fixes the value alone, without us.
 *
 * Values interpolated into messages have already been made printable by {@link displayValue}
 * (validate.ts does it), so a message never carries a raw newline or control character.
 */
import { enLabels } from './i18n/en.ts';
import { jaLabels } from './i18n/ja.ts';
import type { FieldIssue, FieldName, Lang } from './types.ts';

type Params = Readonly<Record<string, string | number>>;
type Render = (p: Params) => string;
interface Entry {
  ja: Render;
  en: Render;
}

// Reads one parameter as text; a missing parameter renders empty rather than "undefined".
function t(p: Params, key: string): string {
  const v = p[key];
  return v === undefined ? '' : String(v);
}

// A number parameter with thousands separators (6,433), the way AWS's documentation writes limits.
function n(p: Params, key: string): string {
  const v = p[key];
  return typeof v === 'number' ? v.toLocaleString('en-US') : t(p, key);
}

// The offending character; a plain space would be invisible between quotes, so it is named.
function c(p: Params, lang: Lang): string {
  const ch = t(p, 'char');
  if (ch === ' ') return lang === 'ja' ? '空白' : 'space';
  return ch;
}

const ACCOUNT_RULE_JA = '12桁の半角数字で入力してください(ハイフンや空白は入れません。先頭の 0 も省略しません)。';
const ACCOUNT_RULE_EN = 'must be exactly 12 digits (0-9), without hyphens or spaces; keep any leading zeros.';
const ECR_FORMAT_JA =
  '区切り文字(. _ - /)は英数字と英数字の間にだけ置けます(先頭・末尾に置いたり、「._」「/-」のように続けたりはできません。「__」と「--」は可)。';
const ECR_FORMAT_EN =
  'separators (. _ - /) may only stand between letters or digits: not at the start or end, and not next to each other (except "__" and runs of "-").';
const IAM_CHARS_JA = '英数字と + = , . @ _ - のみ使用できます。';
const IAM_CHARS_EN = 'only letters, digits and + = , . @ _ - are allowed.';
const K8S_CHARS_JA = '英数字で始め、英数字と - _ . : @ のみ使用できます(空白・引用符などは不可)。';
const K8S_CHARS_EN = 'it must start with a letter or digit and contain only letters, digits and - _ . : @ (no spaces, quotes or other symbols).';
const RESERVED_JA = '「system:」「eks:」「aws:」「amazon:」「iam:」で始まる名前は Kubernetes/EKS が予約しているため使用できません。';
const RESERVED_EN = 'names starting with "system:", "eks:", "aws:", "amazon:" or "iam:" are reserved by Kubernetes/EKS.';

const CATALOGUE = {
  'accountId.required': {
    ja: () => 'お客様の AWS アカウント ID を入力してください(12桁の数字。AWS コンソール右上のアカウント名から確認できます)。',
    en: () => 'Enter your AWS account ID (12 digits; shown under the account name at the top right of the AWS console).',
  },
  'accountId.pattern': {
    ja: (p) => `AWS アカウント ID「${t(p, 'value')}」は正しくありません。${ACCOUNT_RULE_JA}`,
    en: (p) => `AWS account ID "${t(p, 'value')}" is not valid: it ${ACCOUNT_RULE_EN}`,
  },
  'accountId.sameAsVendor': {
    ja: (p) =>
      `お客様のアカウント ID「${t(p, 'value')}」が当社のアカウント ID と同じです。ロールを作成するお客様ご自身のアカウント ID を入力しているか確認してください。`,
    en: (p) =>
      `Your account ID "${t(p, 'value')}" is the same as the vendor's account ID. Check that you entered the ID of your own account, where the roles are created.`,
  },
  'vendorAccountId.required': {
    ja: () => '当社の AWS アカウント ID を入力してください(12桁の数字。当社からお伝えした値です)。',
    en: () => "Enter the vendor's AWS account ID (12 digits, as sent to you by the vendor).",
  },
  'vendorAccountId.pattern': {
    ja: (p) => `当社の AWS アカウント ID「${t(p, 'value')}」は正しくありません。${ACCOUNT_RULE_JA}`,
    en: (p) => `The vendor AWS account ID "${t(p, 'value')}" is not valid: it ${ACCOUNT_RULE_EN}`,
  },
  'vendorAccountId.differs': {
    ja: (p) =>
      `当社のアカウント ID「${t(p, 'value')}」は、このガイドに記載の当社アカウント ID(${t(p, 'expected')})と異なります。信頼するアカウントを誤ると第三者にロールを引き受けられるおそれがあります。当社に確認してから進めてください。`,
    en: (p) =>
      `The vendor account ID "${t(p, 'value')}" differs from the one this guide publishes (${t(p, 'expected')}). Trusting the wrong account would let someone else assume your roles: confirm it with the vendor before you continue.`,
  },
  'region.required': {
    ja: () => 'リージョンを選択してください(例: ap-northeast-1)。',
    en: () => 'Choose a region (for example ap-northeast-1).',
  },
  'region.unknown': {
    ja: (p) => `リージョン「${t(p, 'value')}」は AWS のリージョンコードではありません。一覧から選ぶか、ap-northeast-1 のようなコードを入力してください。`,
    en: (p) => `"${t(p, 'value')}" is not an AWS region code. Pick one from the list or enter a code such as ap-northeast-1.`,
  },
  'region.otherPartition': {
    ja: (p) =>
      `リージョン「${t(p, 'value')}」は ${t(p, 'partition')} パーティションに属します。ロールは同じパーティションのアカウントからしか引き受けられないため、当社のアカウントがこのパーティションにあるか当社に確認してください。`,
    en: (p) =>
      `Region "${t(p, 'value')}" belongs to the ${t(p, 'partition')} partition. Roles can only be assumed from accounts in the same partition: confirm with the vendor that their account is in it.`,
  },
  'clusters.required': {
    ja: () => 'EKS クラスター名を 1 つ以上入力してください(1 行に 1 つ、またはカンマ区切り)。',
    en: () => 'Enter at least one EKS cluster name (one per line, or comma-separated).',
  },
  'clusters.length': {
    ja: (p) => `クラスター名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
    en: (p) => `Cluster name "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'clusters.chars': {
    ja: (p) =>
      `クラスター名「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英数字・ハイフン・アンダースコアのみ使用できます(先頭は英数字)。`,
    en: (p) =>
      `Cluster name "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only letters, digits, hyphens and underscores (starting with a letter or digit).`,
  },
  'clusters.start': {
    ja: (p) => `クラスター名「${t(p, 'value')}」は英数字で始めてください(先頭にハイフンやアンダースコアは使えません)。`,
    en: (p) => `Cluster name "${t(p, 'value')}" must start with a letter or digit, not a hyphen or underscore.`,
  },
  'clusters.duplicate': {
    ja: (p) => `クラスター名「${t(p, 'value')}」が重複しています。同じ名前は 1 回だけ入力してください。`,
    en: (p) => `Cluster name "${t(p, 'value')}" is listed more than once; list each cluster once.`,
  },
  'repoPatterns.required': {
    ja: () => 'ECR リポジトリ名のパターンを 1 つ以上入力してください(例: portal-*)。',
    en: () => 'Enter at least one ECR repository name pattern (for example portal-*).',
  },
  'repoPatterns.matchesAll': {
    ja: (p) =>
      `パターン「${t(p, 'value')}」はすべてのリポジトリに一致するため使用できません(アカウント内の全リポジトリへの push を許可してしまいます)。portal-* のように名前の一部を指定してください。`,
    en: (p) =>
      `Pattern "${t(p, 'value')}" matches every repository and is refused: it would allow pushing to all repositories in your account. Give part of the name, for example portal-*.`,
  },
  'repoPatterns.questionMark': {
    ja: (p) => `パターン「${t(p, 'value')}」に「?」は使用できません。ワイルドカードは「*」のみ使用できます。`,
    en: (p) => `Pattern "${t(p, 'value')}" contains "?", which is not allowed; use only "*" as a wildcard.`,
  },
  'repoPatterns.length': {
    ja: (p) => `パターン「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
    en: (p) => `Pattern "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'repoPatterns.chars': {
    ja: (p) =>
      `パターン「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英小文字・数字・. _ - / とワイルドカード「*」のみ使用できます(大文字は不可)。`,
    en: (p) =>
      `Pattern "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only lowercase letters, digits, . _ - / and the wildcard "*".`,
  },
  'repoPatterns.format': {
    ja: (p) => `パターン「${t(p, 'value')}」に一致する有効なリポジトリ名がありません。${ECR_FORMAT_JA}`,
    en: (p) => `No valid repository name can match pattern "${t(p, 'value')}": ${ECR_FORMAT_EN}`,
  },
  'repoPatterns.duplicate': {
    ja: (p) => `パターン「${t(p, 'value')}」が重複しています。同じパターンは 1 回だけ入力してください。`,
    en: (p) => `Pattern "${t(p, 'value')}" is listed more than once; list each pattern once.`,
  },
  'repos.length': {
    ja: (p) => `リポジトリ名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
    en: (p) => `Repository name "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'repos.wildcard': {
    ja: (p) =>
      `リポジトリ名「${t(p, 'value')}」にワイルドカードは使えません。ここには実際のリポジトリ名を入力し、パターンは「リポジトリ名のパターン」欄に入力してください。`,
    en: (p) =>
      `Repository name "${t(p, 'value')}" contains a wildcard. Enter actual repository names here; put patterns in the repository name patterns field.`,
  },
  'repos.chars': {
    ja: (p) =>
      `リポジトリ名「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英小文字・数字・. _ - / のみ使用できます(大文字は不可)。`,
    en: (p) =>
      `Repository name "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only lowercase letters, digits and . _ - /.`,
  },
  'repos.format': {
    ja: (p) => `リポジトリ名「${t(p, 'value')}」は ECR のリポジトリ名として正しくありません。${ECR_FORMAT_JA}`,
    en: (p) => `Repository name "${t(p, 'value')}" is not a valid ECR repository name: ${ECR_FORMAT_EN}`,
  },
  'repos.duplicate': {
    ja: (p) => `リポジトリ名「${t(p, 'value')}」が重複しています。同じ名前は 1 回だけ入力してください。`,
    en: (p) => `Repository name "${t(p, 'value')}" is listed more than once; list each repository once.`,
  },
  'repos.uncovered': {
    ja: (p) =>
      `使用予定のリポジトリ「${t(p, 'name')}」は、どのパターン(${t(p, 'patterns')})にも一致しません。このままでは当社はこのリポジトリに push できません。このリポジトリに一致するパターン(例: ${t(p, 'name')})を追加するか、パターンに合う名前に変更してください。`,
    en: (p) =>
      `Planned repository "${t(p, 'name')}" is not covered by any pattern (${t(p, 'patterns')}), so the vendor could not push to it. Add a pattern that covers it (for example ${t(p, 'name')}) or rename the repository to match a pattern.`,
  },
  'roleNames.required': {
    ja: (p) => `${t(p, 'label')}を入力してください(1〜64 文字。${IAM_CHARS_JA})`,
    en: (p) => `Enter the ${t(p, 'label')} (1-64 characters; ${IAM_CHARS_EN})`,
  },
  'roleNames.length': {
    ja: (p) => `${t(p, 'label')}「${t(p, 'value')}」は ${t(p, 'length')} 文字です。IAM のロール名は ${t(p, 'min')}〜${t(p, 'max')} 文字です。`,
    en: (p) => `${t(p, 'label')} "${t(p, 'value')}" is ${t(p, 'length')} characters long; IAM role names are ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'roleNames.chars': {
    ja: (p) => `${t(p, 'label')}「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。IAM のロール名には${IAM_CHARS_JA}`,
    en: (p) => `${t(p, 'label')} "${t(p, 'value')}" contains the character "${c(p, 'en')}": in IAM role names ${IAM_CHARS_EN}`,
  },
  'roleNames.same': {
    ja: (p) => `2 つのロールに同じ名前「${t(p, 'value')}」が指定されています。ロールごとに別の名前を付けてください。`,
    en: (p) => `Both roles are named "${t(p, 'value')}"; give each role its own name.`,
  },
  'policyNames.required': {
    ja: (p) => `${t(p, 'label')}を入力してください(1〜128 文字。${IAM_CHARS_JA})`,
    en: (p) => `Enter the ${t(p, 'label')} (1-128 characters; ${IAM_CHARS_EN})`,
  },
  'policyNames.length': {
    ja: (p) => `${t(p, 'label')}「${t(p, 'value')}」は ${t(p, 'length')} 文字です。IAM のポリシー名は ${t(p, 'min')}〜${t(p, 'max')} 文字です。`,
    en: (p) => `${t(p, 'label')} "${t(p, 'value')}" is ${t(p, 'length')} characters long; IAM policy names are ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'policyNames.chars': {
    ja: (p) => `${t(p, 'label')}「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。IAM のポリシー名には${IAM_CHARS_JA}`,
    en: (p) => `${t(p, 'label')} "${t(p, 'value')}" contains the character "${c(p, 'en')}": in IAM policy names ${IAM_CHARS_EN}`,
  },
  'policyNames.same': {
    ja: (p) => `2 つのポリシーに同じ名前「${t(p, 'value')}」が指定されています。ポリシーごとに別の名前を付けてください。`,
    en: (p) => `Both policies are named "${t(p, 'value')}"; give each policy its own name.`,
  },
  'kubernetes.username.required': {
    ja: () => 'Kubernetes のユーザー名を入力してください(例: vendor-eks-deployer)。',
    en: () => 'Enter the Kubernetes username (for example vendor-eks-deployer).',
  },
  'kubernetes.username.length': {
    ja: (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
    en: (p) => `Kubernetes username "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  },
  'kubernetes.username.chars': {
    ja: (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は使用できません。${K8S_CHARS_JA}`,
    en: (p) => `Kubernetes username "${t(p, 'value')}" is not allowed: ${K8S_CHARS_EN}`,
  },
  'kubernetes.username.reserved': {
    ja: (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は使用できません。${RESERVED_JA}`,
    en: (p) => `Kubernetes username "${t(p, 'value')}" is not allowed: ${RESERVED_EN}`,
  },
  'kubernetes.group.required': {
    ja: () => 'Kubernetes のグループ名を入力してください(例: vendor:portal:deployer)。',
    en: () => 'Enter the Kubernetes group (for example vendor:portal:deployer).',
  },
  'kubernetes.group.length': {
    ja: (p) => `Kubernetes のグループ名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
    en: (p) => `Kubernetes group "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  },
  'kubernetes.group.chars': {
    ja: (p) => `Kubernetes のグループ名「${t(p, 'value')}」は使用できません。${K8S_CHARS_JA}`,
    en: (p) => `Kubernetes group "${t(p, 'value')}" is not allowed: ${K8S_CHARS_EN}`,
  },
  'kubernetes.group.reserved': {
    ja: (p) =>
      `Kubernetes のグループ名「${t(p, 'value')}」は使用できません。${RESERVED_JA}特に system:masters はクラスター全体の管理者権限を与えてしまいます。vendor:portal:deployer のような専用のグループを使ってください。`,
    en: (p) =>
      `Kubernetes group "${t(p, 'value')}" is not allowed: ${RESERVED_EN} In particular system:masters would make the vendor a cluster administrator. Use a dedicated group such as vendor:portal:deployer.`,
  },
  'kubernetes.namespace.required': {
    ja: () => 'Kubernetes の Namespace を入力してください(例: portal)。',
    en: () => 'Enter the Kubernetes namespace (for example portal).',
  },
  'kubernetes.namespace.length': {
    ja: (p) => `Namespace「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
    en: (p) => `Namespace "${t(p, 'value')}" is ${t(p, 'length')} characters long; use at most ${t(p, 'max')}.`,
  },
  'kubernetes.namespace.format': {
    ja: (p) =>
      `Namespace「${t(p, 'value')}」は使用できません。英小文字・数字・ハイフンのみで、先頭と末尾は英小文字か数字にしてください(例: portal)。`,
    en: (p) =>
      `Namespace "${t(p, 'value')}" is not valid: use only lowercase letters, digits and hyphens, starting and ending with a letter or digit (for example portal).`,
  },
  'kubernetes.namespace.system': {
    ja: (p) =>
      `Namespace「${t(p, 'value')}」は Kubernetes のシステム用です。ここに当社の権限を付与するとクラスターの重要なコンポーネントに影響しうるため、専用の Namespace(例: portal)の使用をお勧めします。`,
    en: (p) =>
      `Namespace "${t(p, 'value')}" is a Kubernetes system namespace. Granting the vendor rights there can affect critical cluster components; a dedicated namespace (for example portal) is recommended.`,
  },
  'externalId.required': {
    ja: () => '外部 ID(ExternalId)を入力するか、「生成」ボタンで作成してください。',
    en: () => 'Enter the External ID, or create one with the Generate button.',
  },
  'externalId.length': {
    ja: (p) => `外部 ID「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
    en: (p) => `External ID "${t(p, 'value')}" is ${t(p, 'length')} characters long; it must be ${t(p, 'min')}-${t(p, 'max')} characters.`,
  },
  'externalId.chars': {
    ja: (p) =>
      `外部 ID「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英数字と _ + = , . @ : / - のみ使用できます。`,
    en: (p) =>
      `External ID "${t(p, 'value')}" contains the character "${c(p, 'en')}", which is not allowed: use only letters, digits and _ + = , . @ : / -.`,
  },
  'clusters.tooMany': {
    ja: (p) => `EKS クラスター名は最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。不要なクラスターを外してください。`,
    en: (p) => `At most ${t(p, 'max')} EKS cluster names can be entered (${t(p, 'count')} were given); remove the clusters you do not need.`,
  },
  'repoPatterns.tooMany': {
    ja: (p) => `ECR リポジトリ名のパターンは最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。portal-* のように共通の接頭辞でまとめてください。`,
    en: (p) => `At most ${t(p, 'max')} repository name patterns can be entered (${t(p, 'count')} were given); group them under a common prefix such as portal-*.`,
  },
  'repos.tooMany': {
    ja: (p) => `使用予定の ECR リポジトリ名は最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。`,
    en: (p) => `At most ${t(p, 'max')} planned repository names can be entered (${t(p, 'count')} were given).`,
  },
  'repoPatterns.policySize': {
    ja: (p) =>
      `このパターンでは ECR 用ポリシー(vendor-repo-pusher-policy.json)が空白を除いて ${n(p, 'size')} 文字になり、IAM の管理ポリシーの上限 ${n(p, 'max')} 文字を超えます。パターンの数を減らすか、portal-* のような共通の接頭辞にまとめてください。`,
    en: (p) =>
      `With these patterns the ECR push policy (vendor-repo-pusher-policy.json) has ${n(p, 'size')} characters without white space, over IAM's limit of ${n(p, 'max')} for a managed policy. Use fewer patterns, or group them under a common prefix such as portal-*.`,
  },
  'clusters.policySize': {
    ja: (p) =>
      `このクラスター数では EKS 用ポリシー(vendor-eks-deployer-policy.json)が空白を除いて ${n(p, 'size')} 文字になり、IAM の管理ポリシーの上限 ${n(p, 'max')} 文字を超えます。クラスターの数を減らしてください。`,
    en: (p) =>
      `With these clusters the EKS deploy policy (vendor-eks-deployer-policy.json) has ${n(p, 'size')} characters without white space, over IAM's limit of ${n(p, 'max')} for a managed policy. List fewer clusters.`,
  },
  'externalId.trustPolicySize': {
    ja: (p) =>
      `この外部 ID では信頼ポリシーが空白を除いて ${n(p, 'size')} 文字になり、ロールの信頼ポリシーの既定の上限 ${n(p, 'max')} 文字を超えます(Service Quotas で最大 ${n(p, 'raised')} 文字まで引き上げられますが、外部 ID を短くするほうが簡単です)。`,
    en: (p) =>
      `With this External ID the trust policy has ${n(p, 'size')} characters without white space, over the default limit of ${n(p, 'max')} for a role trust policy (Service Quotas can raise it to ${n(p, 'raised')}, but a shorter External ID is simpler).`,
  },
  'clusters.cfnParameters': {
    ja: (p) =>
      `クラスターとパターンごとに 1 つずつパラメータを作るため、CloudFormation テンプレートのパラメータが ${n(p, 'size')} 個になり、上限 ${n(p, 'max')} 個を超えます。クラスターかパターンの数を減らしてください。`,
    en: (p) =>
      `The CloudFormation template has one parameter per cluster and per pattern: ${n(p, 'size')} in all, over CloudFormation's limit of ${n(p, 'max')}. List fewer clusters or patterns.`,
  },
  'repoPatterns.cfnParameters': {
    ja: (p) =>
      `クラスターとパターンごとに 1 つずつパラメータを作るため、CloudFormation テンプレートのパラメータが ${n(p, 'size')} 個になり、上限 ${n(p, 'max')} 個を超えます。クラスターかパターンの数を減らしてください。`,
    en: (p) =>
      `The CloudFormation template has one parameter per cluster and per pattern: ${n(p, 'size')} in all, over CloudFormation's limit of ${n(p, 'max')}. List fewer clusters or patterns.`,
  },
  'clusters.cfnTemplateSize': {
    ja: (p) =>
      `CloudFormation テンプレート(vendor-roles.cfn.yaml)が ${n(p, 'size')} バイトになり、テンプレートを直接渡すとき(deploy-stack.sh、create-stack --template-body)の上限 ${n(p, 'max')} バイトを超えます。クラスターかパターンの数を減らしてください。`,
    en: (p) =>
      `The CloudFormation template (vendor-roles.cfn.yaml) is ${n(p, 'size')} bytes, over the limit of ${n(p, 'max')} bytes for a template passed directly (deploy-stack.sh, create-stack --template-body). List fewer clusters or patterns.`,
  },
  'repoPatterns.cfnTemplateSize': {
    ja: (p) =>
      `CloudFormation テンプレート(vendor-roles.cfn.yaml)が ${n(p, 'size')} バイトになり、テンプレートを直接渡すとき(deploy-stack.sh、create-stack --template-body)の上限 ${n(p, 'max')} バイトを超えます。クラスターかパターンの数を減らしてください。`,
    en: (p) =>
      `The CloudFormation template (vendor-roles.cfn.yaml) is ${n(p, 'size')} bytes, over the limit of ${n(p, 'max')} bytes for a template passed directly (deploy-stack.sh, create-stack --template-body). List fewer clusters or patterns.`,
  },
  'repoPatterns.tooBroad': {
    ja: (p) =>
      `パターン「${t(p, 'value')}」は範囲が広すぎます。ワイルドカード(*)の前に、固定の文字を ${t(p, 'min')} 文字以上書いてください(例: portal-*、team/app-*)。先頭の固定部分が短いパターンは、いくつか組み合わせるだけでアカウント内のほぼすべてのリポジトリへの push を許可してしまうためです。`,
    en: (p) =>
      `Pattern "${t(p, 'value')}" is too broad: write at least ${t(p, 'min')} fixed characters before the first wildcard (*), for example portal-* or team/app-*. Patterns with a short fixed start match almost any repository, and a few of them together would allow pushing to every repository in your account.`,
  },
} as const satisfies Record<string, Entry>;

/** Every code the validators can report; the catalogue has a message for each in both languages. */
export type IssueCode = keyof typeof CATALOGUE;

/** All issue codes, in catalogue order. */
export const ISSUE_CODES: readonly IssueCode[] = Object.keys(CATALOGUE) as IssueCode[];

/** Whether `code` is a catalogued issue code. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(CATALOGUE, code);
}

/**
 * Label of a field (or of one sub-key of a nested field) in `lang`, lower-case in English
 * so it can sit inside a sentence; the UI capitalises it for form labels.
 */
export function fieldLabel(field: FieldName, lang: Lang, key?: string): string {
  // hasOwn guards: field/key may come from untyped data (`__proto__`, `toString`…).
  // Only the labels, not the whole UI catalogue: this module ships to the browser with the islands.
  const catalogue: Readonly<Record<string, string>> = lang === 'ja' ? jaLabels : enLabels;
  const sub = `label.${String(field)}.${String(key)}`;
  if (key !== undefined && Object.hasOwn(catalogue, sub)) return catalogue[sub] as string;
  const whole = `label.${String(field)}`;
  return Object.hasOwn(catalogue, whole) ? (catalogue[whole] as string) : String(field);
}

/**
 * The message for one issue in `lang`. Never throws: an unknown code (a bug, or a newer
 * core than catalogue) still yields a generic sentence naming the field.
 */
export function formatIssue(issue: FieldIssue, lang: Lang): string {
  const params: Params = {
    label: fieldLabel(issue.field, lang, issue.key),
    ...(issue.params ?? {}),
  };
  if (isIssueCode(issue.code)) return CATALOGUE[issue.code][lang](params);
  return lang === 'ja'
    ? `${fieldLabel(issue.field, 'ja', issue.key)}の値を確認してください(${issue.code})。`
    : `Check the value of ${fieldLabel(issue.field, 'en', issue.key)} (${issue.code}).`;
}

const MAX_SHOWN = 60;

/**
 * A value made safe to show inside a message: control, format and line-separator characters
 * become visible escapes (`\n`, `\u{202E}`), and long values are cut to 60 characters with
 * their length noted, so a 100k-character paste cannot flood the page.
 */
export function displayValue(value: string): string {
  const chars = Array.from(value);
  const head = chars.slice(0, MAX_SHOWN).map(displayChar).join('');
  return chars.length > MAX_SHOWN ? `${head}…(${chars.length})` : head;
}

/** One character made visible: itself when printable, otherwise an escape such as `\n` or `\u{3000}`. */
export function displayChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  // Any whitespace other than the plain space (e.g. U+3000, U+00A0) is invisible as a "bad character", so escape it.
  if (/^[\p{C}\p{Zl}\p{Zp}]$/u.test(ch) || (/^\s$/u.test(ch) && ch !== ' ')) {
    return `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
  }
  return ch;
}
