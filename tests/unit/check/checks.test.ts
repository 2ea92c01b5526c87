/**
 * The checker on the fixtures: the correct setup passes every check and every matrix row;
 * each common mistake is caught by its check with its own message in ja and en (the
 * ExternalId never in any text), and applying the reported fix turns the report green.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport, problemText, PROBLEM_CODES, checkTitle } from '../../../src/core/check/messages.ts';
import { reportFails, reportPasses, runSetupCheck } from '../../../src/core/check/run.ts';
import type { GuideInputs } from '../../../src/core/types.ts';
import { shellQuote } from '../../../src/core/shell.ts';
import { BOUNDARY, correctFixtures, FIXTURE_EXTERNAL_ID, FIXTURE_FILES, fixtureInputs, MISTAKES, modelFor, pasted, setBoundary, setTags, TAGS, type Fixtures } from './mistakes.ts';

function report(fixtures: Fixtures, inputs: GuideInputs = fixtureInputs(), text = pasted(fixtures)) {
  const r = runSetupCheck(inputs, text);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.report;
}

describe('the correct setup', () => {
  it('passes every check and every matrix row (both languages, no ExternalId in the text)', () => {
    const r = report(correctFixtures());
    const failing = r.results.filter((x) => x.status !== 'pass');
    expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
    expect(r.matrix.filter((row) => !row.ok)).toEqual([]);
    expect(reportPasses(r)).toBe(true);
    for (const lang of ['ja', 'en'] as const) expect(formatReport(r, lang)).not.toContain(FIXTURE_EXTERNAL_ID);
  });

  it('the matrix holds the concrete requests, allowed and denied as they should be', () => {
    const r = report(correctFixtures());
    const found = Object.fromEntries(r.matrix.map((row) => [`${row.label} ${Object.values(row.params).join(',')}`, row.found]));
    expect(found).toMatchObject({
      'matrix.push portal-api': 'allowed',
      'matrix.pull portal-web': 'allowed',
      'matrix.pushOutside not-a-vendor-repository': 'implicit-deny',
      'matrix.deleteRepo portal-api': 'implicit-deny',
      'matrix.describe portal-dev': 'allowed',
      'matrix.describeOther another-cluster': 'implicit-deny',
      'matrix.assumeWith VendorRepoPusher': 'allowed',
      'matrix.assumeWithout VendorEKSDeployer': 'implicit-deny',
    });
  });

  it('reads the outputs pasted in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...FIXTURE_FILES], { minLength: FIXTURE_FILES.length }), (order) => {
        expect(reportPasses(report(correctFixtures(), fixtureInputs(), pasted(correctFixtures(), order)))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('accepts URL-encoded policy documents (as the IAM API returns them)', () => {
    const f = correctFixtures();
    const d = f['get-account-authorization-details.json'];
    for (const r of d.RoleDetailList) r.AssumeRolePolicyDocument = encodeURIComponent(JSON.stringify(r.AssumeRolePolicyDocument));
    for (const p of d.Policies) p.PolicyVersionList[0].Document = encodeURIComponent(JSON.stringify(p.PolicyVersionList[0].Document));
    expect(reportPasses(report(f))).toBe(true);
  });

  it('without an ExternalId the comparison is "not checked", never a pass', () => {
    const r = report(correctFixtures(), { ...fixtureInputs(), externalId: '' });
    expect(r.results.find((x) => x.id === 'role.repoPusher.externalId')?.status).toBe('not-checked');
    expect(r.matrix.find((row) => row.label === 'matrix.assumeWith')?.found).toBe('not-checked');
    expect(reportFails(r)).toBe(false);
  });

  it('with another ExternalId the comparison fails without showing either value', () => {
    const other = 'vnd-SomeOtherValue000000000000000000';
    const r = report(correctFixtures(), { ...fixtureInputs(), externalId: other });
    const id = r.results.find((x) => x.id === 'role.repoPusher.externalId');
    expect(id?.status).toBe('fail');
    for (const lang of ['ja', 'en'] as const) {
      const text = formatReport(r, lang);
      expect(text).not.toContain(other);
      expect(text).not.toContain(FIXTURE_EXTERNAL_ID);
    }
  });
});

describe('each common mistake', () => {
  it('there are at least 15 distinct ones, with distinct codes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(MISTAKES.map((m) => m.code)).size).toBeGreaterThanOrEqual(15);
  });

  for (const mistake of MISTAKES) {
    it(`${mistake.id}: ${mistake.title} — caught, explained in ja and en, fixed by its fix`, () => {
      const inputs = { ...fixtureInputs(), ...mistake.values };
      const model = modelFor(inputs);
      const f = correctFixtures();
      mistake.mutate(f, model);
      const r = report(f, inputs);
      const result = r.results.find((x) => x.id === mistake.check);
      expect(result?.status, JSON.stringify(r.results.filter((x) => x.status !== 'pass'), null, 1)).toBe('fail');
      const problem = result?.problems.find((p) => p.code === mistake.code);
      expect(problem, JSON.stringify(result?.problems)).toBeDefined();
      expect(reportFails(r)).toBe(true);
      for (const lang of ['ja', 'en'] as const) {
        const t = problemText(problem!, lang);
        expect(t.what).not.toBe(mistake.code);
        expect(t.why.length).toBeGreaterThan(5);
        expect(t.fix.length).toBeGreaterThan(5);
        expect(checkTitle(result!, lang)).not.toBe(result!.title);
        const text = formatReport(r, lang);
        expect(text).toContain(t.what);
        expect(text).not.toContain(FIXTURE_EXTERNAL_ID);
      }
      expect(problemText(problem!, 'ja').what).not.toBe(problemText(problem!, 'en').what);

      const changed = mistake.fix(f, model) ?? {};
      const fixedInputs = { ...inputs, ...changed };
      const fixed = report(f, fixedInputs);
      const still = fixed.results.filter((x) => x.status !== 'pass');
      expect(still, JSON.stringify(still, null, 1)).toEqual([]);
      expect(fixed.matrix.filter((row) => !row.ok)).toEqual([]);
    });
  }

  it('every problem the checker reports has a message (no bare codes)', () => {
    for (const mistake of MISTAKES) {
      const inputs = { ...fixtureInputs(), ...mistake.values };
      const f = correctFixtures();
      mistake.mutate(f, modelFor(inputs));
      for (const result of report(f, inputs).results) for (const p of result.problems) expect(PROBLEM_CODES).toContain(p.code);
    }
  });
});

describe('guard-rails the reader asked for (issue 10: permissions boundary, tags)', () => {
  const withGuardRails = (): GuideInputs => ({ ...fixtureInputs(), permissionsBoundary: BOUNDARY, tags: TAGS });
  const ids = (r: ReturnType<typeof report>) => r.results.map((x) => x.id).filter((id) => /\.(boundary|tags)$/.test(id));

  it('no boundary or tag check exists when the reader set neither (a boundary the customer adds is theirs)', () => {
    const f = correctFixtures();
    setBoundary(f, 'arn:aws:iam::123456789012:policy/TheirOwnBoundary');
    expect(ids(report(f))).toEqual([]);
    expect(reportPasses(report(f))).toBe(true);
  });

  it('both roles with the boundary and tags entered: four checks, all pass; extra tags are not a problem', () => {
    const f = correctFixtures();
    setBoundary(f, BOUNDARY);
    setTags(f, [...TAGS, 'owner=someone-else']);
    const r = report(f, withGuardRails());
    expect(ids(r)).toEqual(['role.repoPusher.boundary', 'role.repoPusher.tags', 'role.eksDeployer.boundary', 'role.eksDeployer.tags']);
    expect(r.results.filter((x) => ids(r).includes(x.id)).map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(reportPasses(r)).toBe(true);
  });

  it('reads the boundary and tags from get-role output too (the shape `aws iam get-role` prints)', () => {
    const f = correctFixtures();
    setBoundary(f, BOUNDARY);
    setTags(f, TAGS);
    const getRole = (name: string, withTags: boolean) => {
      const d = f['get-account-authorization-details.json'].RoleDetailList.find((x: { RoleName: string }) => x.RoleName === name);
      const { RolePolicyList: _a, AttachedManagedPolicies: _b, InstanceProfileList: _c, ...rest } = d;
      if (!withTags) delete rest.Tags;
      return JSON.stringify({ Role: rest }, null, 4);
    };
    const text = [getRole('VendorRepoPusher', true), getRole('VendorEKSDeployer', false)].join('\n');
    const r = report({}, withGuardRails(), text);
    const by = (id: string) => r.results.find((x) => x.id === id);
    expect(by('role.repoPusher.boundary')?.status).toBe('pass');
    expect(by('role.repoPusher.tags')?.status).toBe('pass');
    expect(by('role.eksDeployer.boundary')?.status).toBe('pass');
    expect(by('role.eksDeployer.tags')?.status).toBe('fail');
    expect(by('role.eksDeployer.tags')?.problems.map((p) => p.code)).toEqual(['tags.wrong']);
  });

  it('without IAM output the guard-rail checks are "not checked", never a pass', () => {
    const f = correctFixtures();
    delete f['get-account-authorization-details.json'];
    const r = report(f, withGuardRails());
    for (const id of ids(r)) expect(r.results.find((x) => x.id === id)?.status).toBe('not-checked');
    expect(ids(r)).toHaveLength(4);
  });

  it('the fixes are the filled commands that set exactly what was asked (the tags as JSON, one tag per pair)', () => {
    const f = correctFixtures();
    const r = report(f, withGuardRails());
    const boundary = r.results.find((x) => x.id === 'role.repoPusher.boundary')?.problems[0];
    expect(boundary?.command).toBe(`aws iam put-role-permissions-boundary \\\n  --role-name ${shellQuote('VendorRepoPusher')} \\\n  --permissions-boundary ${shellQuote(BOUNDARY)}`);
    const tags = r.results.find((x) => x.id === 'role.eksDeployer.tags')?.problems[0];
    const json = unquoteLast(tags!.command!);
    expect(JSON.parse(json)).toEqual(TAGS.map((t) => ({ Key: t.slice(0, t.indexOf('=')), Value: t.slice(t.indexOf('=') + 1) })));
  });

  it('hostile tag values: refused by the field\'s validation (quotes, $(), newlines) or one exact argument of the fix', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[\p{L}\p{N} _.:/=+@-]{0,40}$/u), fc.string({ unit: fc.constantFrom(...`'"$()\\;|&\n\`=,: aZ9`), maxLength: 20 })), (value) => {
        const inputs = { ...withGuardRails(), tags: [`k=${value}`] };
        const r = runSetupCheck(inputs, pasted(correctFixtures()));
        if (!r.ok) return; // refused by the field's own validation: nothing to fix
        const p = r.report.results.find((x) => x.id === 'role.repoPusher.tags')?.problems[0];
        expect(JSON.parse(unquoteLast(p!.command!))).toEqual([{ Key: 'k', Value: value }]);
      }),
    );
  });
});

/** The last argument of a command built by the core's shellCommand (single-quoted or bare). */
function unquoteLast(command: string): string {
  const m = /(?:'((?:[^']|'\\'')*)'|(\S+))$/.exec(command);
  if (!m) throw new Error(command);
  return m[1] !== undefined ? m[1].replaceAll(`'\\''`, `'`) : m[2]!;
}
