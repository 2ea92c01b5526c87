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

type Tag = { Key: string; Value: string };
const show = (tags: readonly Tag[]): string => tags.map((t) => `${t.Key}=${t.Value}`).join(', ');
/** Shown for "found" when the role has no boundary / none of the keys (the same in both languages). */
const NONE = '—';

/**
 * The boundary and tag checks of one role (`role.<key>.boundary`, `role.<key>.tags`), each only
 * when the reader set that value; not checked while the role is not in the input. The fixes:
 * https://docs.aws.amazon.com/cli/latest/reference/iam/put-role-permissions-boundary.html and
 * tag-role.html, the tags as JSON like the guide's create-role command (a value with `=`, `,`
 * or spaces stays one tag); tag-role overwrites the value of a key already there, and a key in
 * another case is removed first (untag-role) so the role ends with the key as entered.
 */
export function checkGuardRails(model: GuideModel, data: SetupData, key: 'repoPusher' | 'eksDeployer'): CheckResult[] {
  const name = model.roleNames[key];
  const role = data.roles.find((r) => r.roleName === name);
  const results: CheckResult[] = [];
  // `problems` undefined: the role is not in the input, so not checked.
  const add = (check: string, titleParams: Record<string, string>, problems: Problem[] | undefined) =>
    results.push({
      id: `role.${key}.${check}`,
      title: `role.${check}`,
      titleParams,
      status: problems === undefined ? 'not-checked' : problems.length > 0 ? 'fail' : 'pass',
      problems: problems ?? [{ code: data.roles.length === 0 ? 'input.noIam' : 'role.missing', params: { role: name } }],
    });
  const boundary = model.permissionsBoundary;
  if (boundary !== '') {
    const found = role?.permissionsBoundaryArn;
    add('boundary', { role: name, boundary }, role && (found === boundary ? [] : [{
      code: 'boundary.wrong',
      params: { role: name, found: found ?? NONE, expected: boundary },
      command: shellCommand('aws iam put-role-permissions-boundary', [['--role-name', name], ['--permissions-boundary', boundary]]),
    }]));
  }
  const wanted = parseTags(model.tags);
  if (wanted.length > 0) {
    const have: Tag[] = (role?.tags ?? []).map((t) => ({ Key: t.key, Value: t.value }));
    const same = (a: Tag, b: Tag) => a.Key.toLowerCase() === b.Key.toLowerCase();
    // The requested tags not on the role exactly (absent, another value, or the key in another case).
    const wrong = wanted.filter((t) => !have.some((h) => h.Key === t.Key && h.Value === t.Value));
    const found = have.filter((h) => wrong.some((t) => same(t, h)));
    add('tags', { role: name }, role && (wrong.length === 0 ? [] : [{
      code: 'tags.wrong',
      params: { role: name, tags: show(wrong), found: found.length > 0 ? show(found) : NONE },
      command: [
        ...found.filter((h) => !wrong.some((t) => t.Key === h.Key)).map((h) => shellCommand('aws iam untag-role', [['--role-name', name], ['--tag-keys', h.Key]])),
        shellCommand('aws iam tag-role', [['--role-name', name], ['--tags', JSON.stringify(wrong)]]),
      ].join('\n'),
    }]));
  }
  return results;
}
