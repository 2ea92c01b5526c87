/**
 * The marks a setup check leaves for the checklist: one per passing check, one per kind over
 * all clusters (no customer value in a key), removed when the check no longer passes; and the
 * checklist items they tick.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runSetupCheck } from '../../../src/core/check/run.ts';
import { CHECKLIST_ITEMS, checklistState } from '../../../src/stores/checklist.ts';
import { checkMarks, recordCheckMarks } from '../../../src/stores/setup-check.ts';
import { $used } from '../../../src/stores/state.ts';
import { correctFixtures, fixtureInputs, MISTAKES, modelFor, pasted } from '../check/mistakes.ts';

function reportOf(text: string) {
  const r = runSetupCheck(fixtureInputs(), text);
  if (!r.ok) throw new Error('fixture does not parse');
  return r.report;
}

describe('setup check marks', () => {
  beforeEach(() => $used.set({}));

  it('a passing setup ticks roles, trust, policies, mapping and RBAC; keys name no cluster', () => {
    const marks = checkMarks(reportOf(pasted(correctFixtures())));
    expect(Object.values(marks).every(Boolean)).toBe(true);
    expect(Object.keys(marks).some((key) => key.includes('portal-dev'))).toBe(false);
    recordCheckMarks(reportOf(pasted(correctFixtures())));
    const state = checklistState($used.get(), {});
    for (const id of ['roles', 'trust', 'policies', 'mapping', 'rbac']) expect(state[id], id).toEqual({ checked: true, auto: true });
    for (const id of ['repos', 'sent', 'verify', 'handoff', 'stored']) expect(state[id]?.checked, id).toBe(false);
    expect(CHECKLIST_ITEMS.length).toBe(10);
  });

  it('a check that fails later removes its mark (and unticks the item)', () => {
    recordCheckMarks(reportOf(pasted(correctFixtures())));
    const mistake = MISTAKES.find((m) => m.id === 'require-external-id-unticked')!;
    const f = correctFixtures();
    mistake.mutate(f, modelFor(fixtureInputs()));
    recordCheckMarks(reportOf(pasted(f)));
    expect($used.get()['check.role.repoPusher.externalId.passed']).toBeUndefined();
    expect($used.get()['check.role.repoPusher.exists.passed']).toBe(true);
    expect(checklistState($used.get(), {})['trust']?.checked).toBe(false);
  });
});
