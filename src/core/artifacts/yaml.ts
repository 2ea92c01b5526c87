/**
 * YAML text of an artifact, and the CloudFormation short-form intrinsics (`!Sub`, `!Ref`,
 * `!GetAtt`) as tagged nodes of the `yaml` package, so templates are built as data too.
 */
import { Document, Scalar } from 'yaml';

/**
 * Serialises `value` (plain data, possibly holding tagged nodes) as one YAML document.
 * Written for YAML 1.1 readers: CloudFormation, kubectl and eksctl parse 1.1, where plain
 * `yes`, `on`, `0123` or `2010-09-09` are not strings, so such strings come out quoted.
 * `lineWidth: 0` never folds long values (an ARN stays on one line).
 */
export function yamlText(value: unknown, comment?: string): string {
  // No anchors/aliases for repeated objects: every reader should see each value spelled out.
  const doc = new Document(value, { version: '1.1', aliasDuplicateObjects: false });
  // Every line break YAML 1.1 knows (CR, NEL, LS, PS too) becomes a new `#` line, so no
  // comment text can end its comment early and turn into content.
  if (comment !== undefined) doc.commentBefore = comment.split(/\r\n|[\r\n\u0085\u2028\u2029]/).join('\n');
  return doc.toString({ lineWidth: 0, singleQuote: true });
}

/** A scalar carrying a YAML tag, e.g. `!Sub arn:${AWS::Partition}:…`. */
function tagged(tag: string, text: string): Scalar<string> {
  const node = new Scalar(text);
  node.tag = tag;
  return node;
}

/** `!Sub text`. Only fixed text goes in: values reach the template as parameter defaults, never inside a Sub. */
export function cfnSub(text: string): Scalar<string> {
  return tagged('!Sub', text);
}

/** `!Ref name` (a parameter or a resource's logical ID). */
export function cfnRef(name: string): Scalar<string> {
  return tagged('!Ref', name);
}

/** `!GetAtt logicalId.attribute`. */
export function cfnGetAtt(path: string): Scalar<string> {
  return tagged('!GetAtt', path);
}
