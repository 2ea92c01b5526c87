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
import { correctFixtures, FIXTURE_EXTERNAL_ID, FIXTURE_FILES, fixtureInputs, MISTAKES, modelFor, pasted, type Fixtures } from './mistakes.ts';

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
