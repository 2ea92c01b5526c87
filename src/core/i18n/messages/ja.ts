/**
 * The Japanese issue messages: one per issue code (the codes are this object's keys; `en.ts` must
 * have every one). A separate module per language so that a page's browser bundle carries only
 * its own language (src/islands/issue-text.ts loads the page's one); the CLI and the tests read
 * both through src/core/messages.ts.
 */
import { jaLabels } from '../ja.ts';
import { c, n, t, type IssueCatalogue, type Render } from './shared.ts';

const ACCOUNT_RULE_JA = '12桁の半角数字で入力してください(ハイフンや空白は入れません。先頭の 0 も省略しません)。';
const ECR_FORMAT_JA =
  '区切り文字(. _ - /)は英数字と英数字の間にだけ置けます(先頭・末尾に置いたり、「._」「/-」のように続けたりはできません。「__」と「--」は可)。';
const IAM_CHARS_JA = '英数字と + = , . @ _ - のみ使用できます。';
const K8S_CHARS_JA = '英数字で始め、英数字と - _ . : @ のみ使用できます(空白・引用符などは不可)。';
const RESERVED_JA = '「system:」「eks:」「aws:」「amazon:」「iam:」で始まる名前は Kubernetes/EKS が予約しているため使用できません。';

/** Every issue code's Japanese message. */
export const jaMessages = {
  'accountId.required': () => 'お客様の AWS アカウント ID を入力してください(12桁の数字。AWS コンソール右上のアカウント名から確認できます)。',
  'accountId.pattern': (p) => `AWS アカウント ID「${t(p, 'value')}」は正しくありません。${ACCOUNT_RULE_JA}`,
  'accountId.sameAsVendor': (p) =>
      `お客様のアカウント ID「${t(p, 'value')}」が当社のアカウント ID と同じです。ロールを作成するお客様ご自身のアカウント ID を入力しているか確認してください。`,
  'vendorAccountId.required': () => '当社の AWS アカウント ID を入力してください(12桁の数字。当社からお伝えした値です)。',
  'vendorAccountId.pattern': (p) => `当社の AWS アカウント ID「${t(p, 'value')}」は正しくありません。${ACCOUNT_RULE_JA}`,
  'vendorAccountId.differs': (p) =>
      `当社のアカウント ID「${t(p, 'value')}」は、このガイドに記載の当社アカウント ID(${t(p, 'expected')})と異なります。信頼するアカウントを誤ると第三者にロールを引き受けられるおそれがあります。当社に確認してから進めてください。`,
  'region.required': () => 'リージョンを選択してください(例: ap-northeast-1)。',
  'region.unknown': (p) => `リージョン「${t(p, 'value')}」は AWS のリージョンコードではありません。一覧から選ぶか、ap-northeast-1 のようなコードを入力してください。`,
  'region.otherPartition': (p) =>
      `リージョン「${t(p, 'value')}」は ${t(p, 'partition')} パーティションに属します。ロールは同じパーティションのアカウントからしか引き受けられないため、当社のアカウントがこのパーティションにあるか当社に確認してください。`,
  'clusters.required': () => 'EKS クラスター名を 1 つ以上入力してください(1 行に 1 つ、またはカンマ区切り)。',
  'clusters.length': (p) => `クラスター名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
  'clusters.chars': (p) =>
      `クラスター名「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英数字・ハイフン・アンダースコアのみ使用できます(先頭は英数字)。`,
  'clusters.start': (p) => `クラスター名「${t(p, 'value')}」は英数字で始めてください(先頭にハイフンやアンダースコアは使えません)。`,
  'clusters.duplicate': (p) => `クラスター名「${t(p, 'value')}」が重複しています。同じ名前は 1 回だけ入力してください。`,
  'repoPatterns.required': () => 'ECR リポジトリ名のパターンを 1 つ以上入力してください(例: portal-*)。',
  'repoPatterns.matchesAll': (p) =>
      `パターン「${t(p, 'value')}」はすべてのリポジトリに一致するため使用できません(アカウント内の全リポジトリへの push を許可してしまいます)。portal-* のように名前の一部を指定してください。`,
  'repoPatterns.questionMark': (p) => `パターン「${t(p, 'value')}」に「?」は使用できません。ワイルドカードは「*」のみ使用できます。`,
  'repoPatterns.length': (p) => `パターン「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
  'repoPatterns.chars': (p) =>
      `パターン「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英小文字・数字・. _ - / とワイルドカード「*」のみ使用できます(大文字は不可)。`,
  'repoPatterns.format': (p) => `パターン「${t(p, 'value')}」に一致する有効なリポジトリ名がありません。${ECR_FORMAT_JA}`,
  'repoPatterns.duplicate': (p) => `パターン「${t(p, 'value')}」が重複しています。同じパターンは 1 回だけ入力してください。`,
  'repos.length': (p) => `リポジトリ名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
  'repos.wildcard': (p) =>
      `リポジトリ名「${t(p, 'value')}」にワイルドカードは使えません。ここには実際のリポジトリ名を入力し、パターンは「リポジトリ名のパターン」欄に入力してください。`,
  'repos.chars': (p) =>
      `リポジトリ名「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英小文字・数字・. _ - / のみ使用できます(大文字は不可)。`,
  'repos.format': (p) => `リポジトリ名「${t(p, 'value')}」は ECR のリポジトリ名として正しくありません。${ECR_FORMAT_JA}`,
  'repos.duplicate': (p) => `リポジトリ名「${t(p, 'value')}」が重複しています。同じ名前は 1 回だけ入力してください。`,
  'repos.uncovered': (p) =>
      `使用予定のリポジトリ「${t(p, 'name')}」は、どのパターン(${t(p, 'patterns')})にも一致しません。このままでは当社はこのリポジトリに push できません。このリポジトリに一致するパターン(例: ${t(p, 'name')})を追加するか、パターンに合う名前に変更してください。`,
  'roleNames.required': (p) => `${t(p, 'label')}を入力してください(1〜64 文字。${IAM_CHARS_JA})`,
  'roleNames.length': (p) => `${t(p, 'label')}「${t(p, 'value')}」は ${t(p, 'length')} 文字です。IAM のロール名は ${t(p, 'min')}〜${t(p, 'max')} 文字です。`,
  'roleNames.chars': (p) => `${t(p, 'label')}「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。IAM のロール名には${IAM_CHARS_JA}`,
  'roleNames.same': (p) => `2 つのロールに同じ名前「${t(p, 'value')}」が指定されています。ロールごとに別の名前を付けてください。`,
  'policyNames.required': (p) => `${t(p, 'label')}を入力してください(1〜128 文字。${IAM_CHARS_JA})`,
  'policyNames.length': (p) => `${t(p, 'label')}「${t(p, 'value')}」は ${t(p, 'length')} 文字です。IAM のポリシー名は ${t(p, 'min')}〜${t(p, 'max')} 文字です。`,
  'policyNames.chars': (p) => `${t(p, 'label')}「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。IAM のポリシー名には${IAM_CHARS_JA}`,
  'policyNames.same': (p) => `2 つのポリシーに同じ名前「${t(p, 'value')}」が指定されています。ポリシーごとに別の名前を付けてください。`,
  'kubernetes.username.required': () => 'Kubernetes のユーザー名を入力してください(例: vendor-eks-deployer)。',
  'kubernetes.username.length': (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
  'kubernetes.username.chars': (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は使用できません。${K8S_CHARS_JA}`,
  'kubernetes.username.reserved': (p) => `Kubernetes のユーザー名「${t(p, 'value')}」は使用できません。${RESERVED_JA}`,
  'kubernetes.group.required': () => 'Kubernetes のグループ名を入力してください(例: vendor:portal:deployer)。',
  'kubernetes.group.length': (p) => `Kubernetes のグループ名「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
  'kubernetes.group.chars': (p) => `Kubernetes のグループ名「${t(p, 'value')}」は使用できません。${K8S_CHARS_JA}`,
  'kubernetes.group.reserved': (p) =>
      `Kubernetes のグループ名「${t(p, 'value')}」は使用できません。${RESERVED_JA}特に system:masters はクラスター全体の管理者権限を与えてしまいます。vendor:portal:deployer のような専用のグループを使ってください。`,
  'kubernetes.namespace.required': () => 'Kubernetes の Namespace を入力してください(例: portal)。',
  'kubernetes.namespace.length': (p) => `Namespace「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'max')} 文字以内にしてください。`,
  'kubernetes.namespace.format': (p) =>
      `Namespace「${t(p, 'value')}」は使用できません。英小文字・数字・ハイフンのみで、先頭と末尾は英小文字か数字にしてください(例: portal)。`,
  'kubernetes.namespace.system': (p) =>
      `Namespace「${t(p, 'value')}」は Kubernetes のシステム用です。ここに当社の権限を付与するとクラスターの重要なコンポーネントに影響しうるため、専用の Namespace(例: portal)の使用をお勧めします。`,
  'externalId.required': () => '外部 ID(ExternalId)を入力するか、「生成」ボタンで作成してください。',
  'externalId.length': (p) => `外部 ID「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
  'externalId.chars': (p) =>
      `外部 ID「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英数字と _ + = , . @ : / - のみ使用できます。`,
  'clusters.tooMany': (p) => `EKS クラスター名は最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。不要なクラスターを外してください。`,
  'repoPatterns.tooMany': (p) => `ECR リポジトリ名のパターンは最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。portal-* のように共通の接頭辞でまとめてください。`,
  'repos.tooMany': (p) => `使用予定の ECR リポジトリ名は最大 ${t(p, 'max')} 個まで入力できます(${t(p, 'count')} 個入力されています)。`,
  'repoPatterns.policySize': (p) =>
      `このパターンでは ECR 用ポリシー(vendor-repo-pusher-policy.json)が空白を除いて ${n(p, 'size')} 文字になり、IAM の管理ポリシーの上限 ${n(p, 'max')} 文字を超えます。パターンの数を減らすか、portal-* のような共通の接頭辞にまとめてください。`,
  'clusters.policySize': (p) =>
      `このクラスター数では EKS 用ポリシー(vendor-eks-deployer-policy.json)が空白を除いて ${n(p, 'size')} 文字になり、IAM の管理ポリシーの上限 ${n(p, 'max')} 文字を超えます。クラスターの数を減らしてください。`,
  'externalId.trustPolicySize': (p) =>
      `この外部 ID では信頼ポリシーが空白を除いて ${n(p, 'size')} 文字になり、ロールの信頼ポリシーの既定の上限 ${n(p, 'max')} 文字を超えます(Service Quotas で最大 ${n(p, 'raised')} 文字まで引き上げられますが、外部 ID を短くするほうが簡単です)。`,
  'clusters.cfnParameters': (p) =>
      `クラスターとパターンごとに 1 つずつパラメータを作るため、CloudFormation テンプレートのパラメータが ${n(p, 'size')} 個になり、上限 ${n(p, 'max')} 個を超えます。クラスターかパターンの数を減らしてください。`,
  'repoPatterns.cfnParameters': (p) =>
      `クラスターとパターンごとに 1 つずつパラメータを作るため、CloudFormation テンプレートのパラメータが ${n(p, 'size')} 個になり、上限 ${n(p, 'max')} 個を超えます。クラスターかパターンの数を減らしてください。`,
  'clusters.cfnTemplateSize': (p) =>
      `CloudFormation テンプレート(vendor-roles.cfn.yaml)が ${n(p, 'size')} バイトになり、テンプレートを直接渡すとき(deploy-stack.sh、create-stack --template-body)の上限 ${n(p, 'max')} バイトを超えます。クラスターかパターンの数を減らしてください。`,
  'repoPatterns.cfnTemplateSize': (p) =>
      `CloudFormation テンプレート(vendor-roles.cfn.yaml)が ${n(p, 'size')} バイトになり、テンプレートを直接渡すとき(deploy-stack.sh、create-stack --template-body)の上限 ${n(p, 'max')} バイトを超えます。クラスターかパターンの数を減らしてください。`,
  'repoPatterns.tooBroad': (p) =>
      `パターン「${t(p, 'value')}」は範囲が広すぎます。ワイルドカード(*)の前に、固定の文字を ${t(p, 'min')} 文字以上書いてください(例: portal-*、team/app-*)。先頭の固定部分が短いパターンは、いくつか組み合わせるだけでアカウント内のほぼすべてのリポジトリへの push を許可してしまうためです。`,
  'trustedVendorRoleArns.tooMany': (p) => `信頼する当社ロールの ARN が ${t(p, 'count')} 個あります。${t(p, 'max')} 個以内にしてください。`,
  'trustedVendorRoleArns.format': (p) =>
      `「${t(p, 'value')}」は IAM ロールの ARN ではありません。arn:aws:iam::111122223333:role/ロール名 の形式(パスを含む場合は role/パス/ロール名)で、英数字と + = , . @ _ - のみ使用できます。`,
  'trustedVendorRoleArns.length': (p) => `ロール ARN「${t(p, 'value')}」が長すぎます。IAM ではパスは ${t(p, 'pathMax')} 文字以内、ロール名は ${t(p, 'nameMax')} 文字以内です。`,
  'trustedVendorRoleArns.account': (p) =>
      `ロール ARN「${t(p, 'value')}」のアカウント ${t(p, 'account')} は当社のアカウント ID(${t(p, 'expected')})と異なります。信頼できるのは当社アカウントのロールだけです。`,
  'trustedVendorRoleArns.partition': (p) =>
      `ロール ARN「${t(p, 'value')}」のパーティション「${t(p, 'partition')}」は、リージョンのパーティション「${t(p, 'expected')}」と異なります。ロールは同じパーティションのアカウントからしか引き受けられません。`,
  'trustedVendorRoleArns.duplicate': (p) => `ロール ARN「${t(p, 'value')}」が重複しています(IAM のロール名は大文字と小文字を区別しません)。1 回だけ指定してください。`,
  'trustedVendorRoleArns.trustPolicySize': (p) =>
      `信頼ポリシーが ${t(p, 'size')} 文字になり、IAM の上限 ${t(p, 'max')} 文字(空白を除く)を超えます。信頼するロールの数を減らすか、短いパスのロールを使ってください。`,
  'permissionsBoundary.format': (p) =>
      `「${t(p, 'value')}」は管理ポリシーの ARN ではありません。arn:aws:iam::<お客様のアカウント ID>:policy/ポリシー名(AWS 管理ポリシーなら arn:aws:iam::aws:policy/ポリシー名)の形式で、英数字と + = , . @ _ - のみ使用できます。`,
  'permissionsBoundary.length': (p) => `ポリシー ARN「${t(p, 'value')}」が長すぎます。IAM ではパスは ${t(p, 'pathMax')} 文字以内、ポリシー名は ${t(p, 'nameMax')} 文字以内です。`,
  'permissionsBoundary.account': (p) =>
      `アクセス許可の境界「${t(p, 'value')}」のアカウント ${t(p, 'account')} は、お客様のアカウント ID(${t(p, 'expected')})と異なります。境界には、お客様のアカウントのカスタマー管理ポリシーか AWS 管理ポリシーを指定してください。`,
  'permissionsBoundary.partition': (p) =>
      `アクセス許可の境界「${t(p, 'value')}」のパーティション「${t(p, 'partition')}」は、リージョンのパーティション「${t(p, 'expected')}」と異なります。`,
  'tags.tooMany': (p) => `タグが ${t(p, 'count')} 個あります。IAM では 1 つのロールに付けられるタグは ${t(p, 'max')} 個までです。`,
  'tags.format': (p) => `タグ「${t(p, 'value')}」に「=」がありません。1 行に 1 つ、キー=値 の形式で入力してください(値が空なら キー=)。`,
  'tags.keyLength': (p) => `タグ「${t(p, 'value')}」のキーは ${t(p, 'length')} 文字です。キーは 1〜${t(p, 'max')} 文字にしてください。`,
  'tags.valueLength': (p) => `タグ「${t(p, 'value')}」の値は ${t(p, 'length')} 文字です。値は ${t(p, 'max')} 文字以内にしてください。`,
  'tags.chars': (p) =>
      `タグ「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。IAM のタグには文字・数字・半角スペースと _ . : / = + - @ のみ使用できます。`,
  'tags.spaces': (p) => `タグ「${t(p, 'value')}」の「=」の前後に空白があります。空白もキーや値の一部になるため、取り除いてください。`,
  'tags.reserved': (p) => `タグ「${t(p, 'value')}」のキーは「aws:」で始まっています。aws: で始まるキーは AWS が予約しているため使用できません(大文字・小文字を問いません)。`,
  'tags.duplicate': (p) => `タグのキー「${t(p, 'key')}」が重複しています(IAM ではキーの大文字・小文字は区別されません)。キーごとに 1 つにしてください。`,
  'previousExternalId.length': (p) => `以前の外部 ID「${t(p, 'value')}」は ${t(p, 'length')} 文字です。${t(p, 'min')}〜${t(p, 'max')} 文字にしてください。`,
  'previousExternalId.chars': (p) =>
      `以前の外部 ID「${t(p, 'value')}」に使用できない文字「${c(p, 'ja')}」が含まれています。英数字と _ + = , . @ : / - のみ使用できます。`,
  'previousExternalId.same': () => '以前の外部 ID が新しい外部 ID と同じです。切り替え前の外部 ID を入力するか、空欄にしてください。',
  'previousExternalId.trustPolicySize': (p) =>
      `2 つの外部 ID を受け付ける信頼ポリシーが ${t(p, 'size')} 文字になり、IAM の上限 ${t(p, 'max')} 文字(空白を除く)を超えます。短い外部 ID を使ってください。`,
} as const satisfies Readonly<Record<string, Render>>;

/** The Japanese catalogue: messages and the field labels they name. */
export const jaIssues: IssueCatalogue = { lang: 'ja', messages: jaMessages, labels: jaLabels };
