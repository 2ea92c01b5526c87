/**
 * YAML text of an artifact, and the CloudFormation short-form intrinsics (`!Sub`, `!Ref`,
 * `!GetAtt`) as tagged nodes of the `yaml` package, so templates are built as data too.
 */
import { Document, Scalar, visit } from 'yaml';

/**
 * Plain scalars that YAML 1.2's core schema reads as null, boolean, integer or float
 * (spec §10.3.2). The 1.1 serialiser already quotes 1.1's own (`yes`, `0777`, dates…);
 * this adds the 1.2-only ones such as `0o17`, which a valid cluster or role name can be.
 */
const YAML_12_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * Serialises `value` (plain data, possibly holding tagged nodes) as one YAML document.
 * Every string reads back as the same string in YAML 1.1 (CloudFormation, kubectl and
 * eksctl) and in YAML 1.2 (newer tools): strings either version would read as something
 * else (`yes`, `0123`, `2010-09-09`, `0o17`…) come out quoted.
 * `lineWidth: 0` never folds long values (an ARN stays on one line).
 */
export function yamlText(value: unknown, comment?: string): string {
  // No anchors/aliases for repeated objects: every reader should see each value spelled out.
  const doc = new Document(value, { version: '1.1', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (node.tag === undefined && typeof node.value === 'string' && YAML_12_NON_STRING.test(node.value)) {
        node.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  // Every line break YAML 1.1 knows (CR, NEL, LS, PS too) becomes a new `#` line, so no
  // comment text can end its comment early and turn into content.
  if (comment !== undefined) doc.commentBefore = comment.split(/\r\n|[\r\n\u0085\u2028\u2029]/).join('\n');
  // blockQuote: false writes a (never valid) multi-line value as an escaped double-quoted
  // string: block scalars cannot represent every string (e.g. " \n" does not read back).
  return doc.toString({ lineWidth: 0, singleQuote: true, blockQuote: false });
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
