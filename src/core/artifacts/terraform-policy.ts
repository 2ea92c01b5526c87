/**
 * An IAM policy document (the same data the JSON policies and the CloudFormation template
 * are made from: `repoPusherPolicyDocument`, `eksDeployerPolicyDocument`,
 * `trustPolicyDocument`) written as a Terraform `data "aws_iam_policy_document"` block, so a
 * reviewer reads statements rather than a JSON string, and the statements cannot drift
 * from the JSON artifacts.
 */
import { attr, block, HclRaw, type HclEntry, type HclValue } from './hcl.ts';

/** A resource, principal or condition value inside a document: a literal or fixed HCL code. */
type DocValue = string | HclRaw;

/** The statement shapes the documents of this guide use (a subset of the IAM policy grammar). */
export interface PolicyStatementInput {
  Sid?: string;
  Effect: 'Allow' | 'Deny' | string;
  Action: string | readonly string[];
  Resource?: DocValue | readonly DocValue[];
  Principal?: { AWS: DocValue | readonly DocValue[] };
  Condition?: Record<string, Record<string, DocValue | readonly DocValue[]>>;
}

/** A policy document as the `…PolicyDocument` functions return it. */
export interface PolicyDocumentInput {
  Version: string;
  Statement: readonly PolicyStatementInput[];
}

const list = (value: DocValue | readonly DocValue[]): readonly DocValue[] =>
  Array.isArray(value) ? (value as readonly DocValue[]) : [value as DocValue];

/** One `statement { … }` block: sid/effect, actions, resources, then principals and conditions. */
function statementBlock(s: PolicyStatementInput): HclEntry {
  const actions = list(s.Action as string | readonly string[]);
  const head: HclEntry[] = [...(s.Sid === undefined ? [] : [attr('sid', s.Sid)]), attr('effect', s.Effect)];
  const groups: HclEntry[][] = [];
  const inline = (value: readonly DocValue[]) => value.length <= 1;
  // Single-line lists join the head's aligned run; a multi-line list gets a group of its own.
  if (inline(actions)) head.push(attr('actions', actions as HclValue));
  const resources = s.Resource === undefined ? undefined : list(s.Resource);
  const resourcesInline = resources !== undefined && inline(resources) && !(resources[0] instanceof HclRaw && resources[0].isList);
  if (resources !== undefined && resourcesInline) head.push(attr('resources', resources as HclValue));
  groups.push(head);
  if (!inline(actions)) groups.push([attr('actions', actions as HclValue)]);
  if (resources !== undefined && !resourcesInline) groups.push([attr('resources', resources as HclValue)]);
  if (s.Principal !== undefined) {
    groups.push([block('principals', [], [attr('type', 'AWS'), attr('identifiers', list(s.Principal.AWS) as HclValue)])]);
  }
  for (const [test, entries] of Object.entries(s.Condition ?? {})) {
    for (const [variable, values] of Object.entries(entries)) {
      groups.push([block('condition', [], [attr('test', test), attr('variable', variable), attr('values', list(values) as HclValue)])]);
    }
  }
  return block('statement', [], ...groups);
}

/** `data "aws_iam_policy_document" "<name>" { version …; statement { … } … }` for `doc`. */
export function policyDocumentData(name: string, doc: PolicyDocumentInput): HclEntry {
  return block(
    'data',
    ['aws_iam_policy_document', name],
    [attr('version', doc.Version)],
    ...doc.Statement.map((s) => [statementBlock(s)]),
  );
}
