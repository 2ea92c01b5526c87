/**
 * `handoff.md`: what the customer sends the vendor once the roles exist. Everything the
 * vendor needs to push images and reach the clusters, except the ExternalId, which must
 * travel separately over a secure channel.
 *
 * Bilingual labels (English / Japanese) rather than a `lang` parameter: the customer fills
 * the guide in one language and the vendor's engineers may read the other, and one text
 * for both keeps the file byte-identical wherever it is generated.
 */
import { ecrRegistryHost, ecrRepositoryUri, roleArns } from '../arn.ts';
import type { GuideModel } from '../types.ts';
import { isCovered } from '../wildcard.ts';
import { mdCode } from './markdown.ts';

/** Builds `handoff.md`. */
export function buildHandoff(model: GuideModel): string {
  const arns = roleArns(model);
  const repoLines = model.repos.map((repo) => {
    const uri = `- ${mdCode(ecrRepositoryUri(model, repo))}`;
    // Said here too, not only in the guide's warning: the vendor would otherwise find out at `docker push`.
    return isCovered(model.repoPatterns, repo)
      ? uri
      : `${uri} (not covered by the patterns: the pusher role cannot push here / パターンに一致しないため push できません)`;
  });
  const lines = [
    '# Method B handoff / 方式B 共有情報',
    '',
    'Send this file to the vendor once both roles exist. / ロール作成後、このファイルを当社へお送りください。',
    '',
    '## AWS account / AWS アカウント',
    '',
    `- Account ID / アカウント ID: ${mdCode(model.accountId)}`,
    `- Region / リージョン: ${mdCode(model.region)}`,
    '',
    '## Role ARNs / ロール ARN',
    '',
    `- ECR push role / ECR 用ロール (${mdCode(model.roleNames.repoPusher)}): ${mdCode(arns.repoPusher)}`,
    `- EKS deploy role / EKS 用ロール (${mdCode(model.roleNames.eksDeployer)}): ${mdCode(arns.eksDeployer)}`,
    '',
    '## ECR',
    '',
    `- Registry / レジストリ: ${mdCode(ecrRegistryHost(model))}`,
    '- Repository name patterns / リポジトリ名パターン:',
    ...model.repoPatterns.map((pattern) => `  - ${mdCode(pattern)}`),
    ...(repoLines.length > 0
      ? ['', '### Planned repository URIs / 使用予定のリポジトリ URI', '', ...repoLines]
      : []),
    '',
    '## EKS clusters / EKS クラスター',
    '',
    ...model.clusters.map((cluster) => `- ${mdCode(cluster)}`),
    '',
    '## Kubernetes identity / Kubernetes 上の識別情報',
    '',
    `- Username / ユーザー名: ${mdCode(model.kubernetes.username)}`,
    `- Group / グループ: ${mdCode(model.kubernetes.group)}`,
    `- Namespace: ${mdCode(model.kubernetes.namespace)}`,
    '',
    '## ExternalId',
    '',
    'Not in this file on purpose. Send it to the vendor separately, over a secure channel (not in the same e-mail or ticket).',
    '',
    'このファイルには含めていません。このファイルとは別に、安全な手段で当社へお伝えください(同じメールやチケットには記載しないでください)。',
    '',
  ];
  return lines.join('\n');
}
