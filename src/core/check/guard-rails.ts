/**
 * The setup checks of issue 10's guard-rails: when the reader asked for a permissions boundary
 * or tags, each role as found must have them. No check exists for a guard-rail the reader did
 * not ask for (a boundary or tags the customer's own rules add are theirs, not a mistake).
 *
 * What is compared, as `get-role` and `get-account-authorization-details` print it
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html, API_RoleDetail.html):
 * `PermissionsBoundary.PermissionsBoundaryArn` against the boundary ARN exactly; each requested
 * tag's key (IAM compares tag keys case-insensitively: two keys differing only in case cannot be
 * on one role, https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) and its value
 * exactly. Extra tags are not a problem. The managed policies' tags are not checked: the
 * policy details of `get-account-authorization-details` do not include tags.
 */
import { parseTags } from '../rules/tags.ts';
import { shellCommand } from '../shell.ts';
import type { GuideModel } from '../types.ts';
import type { CheckResult, Problem } from './checks.ts';
import type { SetupData } from './parse.ts';

/** The fix that sets the boundary on `role`: https://docs.aws.amazon.com/cli/latest/reference/iam/put-role-permissions-boundary.html */
function boundaryFix(role: string, arn: string): string {
  return shellCommand('aws iam put-role-permissions-boundary', [
    ['--role-name', role],
    ['--permissions-boundary', arn],
  ]);
}

/**
 * The fix that adds or corrects `tags` on `role`, as JSON like the guide's create-role command
 * (a value with `=`, `,` or spaces stays one tag): https://docs.aws.amazon.com/cli/latest/reference/iam/tag-role.html
 */
function tagFix(role: string, tags: readonly { Key: string; Value: string }[]): string {
  return shellCommand('aws iam tag-role', [
    ['--role-name', role],
    ['--tags', JSON.stringify(tags)],
  ]);
}

/**
 * The boundary and tag checks of one role (`role.<key>.boundary`, `role.<key>.tags`), each only
 * when the reader set that value; not checked while the role is not in the input.
 */
export function checkGuardRails(model: GuideModel, data: SetupData, key: 'repoPusher' | 'eksDeployer'): CheckResult[] {
  const name = model.roleNames[key];
  const role = data.roles.find((r) => r.roleName === name);
  const missing: Problem[] = [{ code: data.roles.length === 0 ? 'input.noIam' : 'role.missing', params: { role: name } }];
  const results: CheckResult[] = [];
  if (model.permissionsBoundary !== '') {
    const base = { id: `role.${key}.boundary`, title: 'role.boundary', titleParams: { role: name, boundary: model.permissionsBoundary } };
    const found = role?.permissionsBoundaryArn;
    if (!role) results.push({ ...base, status: 'not-checked', problems: missing });
    else if (found === model.permissionsBoundary) results.push({ ...base, status: 'pass', problems: [] });
    else {
      const command = boundaryFix(name, model.permissionsBoundary);
      const problem: Problem = found === undefined
        ? { code: 'boundary.missing', params: { role: name, expected: model.permissionsBoundary }, command }
        : { code: 'boundary.other', params: { role: name, found, expected: model.permissionsBoundary }, command };
      results.push({ ...base, status: 'fail', problems: [problem] });
    }
  }
  const wanted = parseTags(model.tags);
  if (wanted.length > 0) {
    const base = { id: `role.${key}.tags`, title: 'role.tags', titleParams: { role: name } };
    if (!role) results.push({ ...base, status: 'not-checked', problems: missing });
    else {
      const have = role.tags ?? [];
      const absent = wanted.filter((t) => !have.some((h) => h.key.toLowerCase() === t.Key.toLowerCase()));
      const differing = wanted.flatMap((t) => {
        const h = have.find((x) => x.key.toLowerCase() === t.Key.toLowerCase());
        return h !== undefined && (h.key !== t.Key || h.value !== t.Value) ? [{ wanted: t, found: h }] : [];
      });
      const problems: Problem[] = [];
      const show = (tags: readonly { Key: string; Value: string }[]) => tags.map((t) => `${t.Key}=${t.Value}`).join(', ');
      if (absent.length > 0) problems.push({ code: 'tags.missing', params: { role: name, tags: show(absent) }, command: tagFix(name, absent) });
      if (differing.length > 0) {
        problems.push({
          code: 'tags.value',
          params: {
            role: name,
            found: differing.map((d) => `${d.found.key}=${d.found.value}`).join(', '),
            expected: show(differing.map((d) => d.wanted)),
          },
          // tag-role overwrites the value of a key that is already there; a key in another case
          // is removed first (untag-role), so the role ends with the key as the reader wrote it.
          command: [
            ...differing
              .filter((d) => d.found.key !== d.wanted.Key)
              .map((d) => shellCommand('aws iam untag-role', [['--role-name', name], ['--tag-keys', d.found.key]])),
            tagFix(name, differing.map((d) => d.wanted)),
          ].join('\n'),
        });
      }
      results.push({ ...base, status: problems.length > 0 ? 'fail' : 'pass', problems });
    }
  }
  return results;
}
