/**
 * Bad input never crashes, hangs or passes: each kind of bad paste gets its own message in
 * ja and en, limits are enforced before JSON.parse, and prototype keys do nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseErrorText } from '../../../src/core/check/messages.ts';
import { MAX_DEPTH, MAX_INPUT_CHARS, parseSetupText, readMapRoles, readPolicyDocument, scanJsonValues } from '../../../src/core/check/parse.ts';
import { runSetupCheck } from '../../../src/core/check/run.ts';
import { correctFixtures, fixtureInputs, pasted } from './mistakes.ts';

const seed = Date.now() % 2_147_483_647;
// eslint-disable-next-line no-console
console.log(`parse seed: ${seed}`);

function errorOf(text: string) {
  const r = parseSetupText(text);
  if (r.ok) throw new Error('parsed');
  return r;
}

describe('bad input: one clear message each, never a crash', () => {
  const cases: [string, string, string][] = [
    ['empty', '   \n', 'empty'],
    ['not JSON (an error message)', 'An error occurred (AccessDenied) when calling the GetRole operation: User is not authorized', 'notJson'],
    ['table output', '-----------------\n|   GetRole     |\n+---------------+', 'notJson'],
    ['truncated', pasted(correctFixtures()).slice(0, 3000), 'truncated'],
    ['another command\'s output', JSON.stringify({ Buckets: [{ Name: 'x' }], Owner: { ID: 'y' } }), 'unrecognised'],
    ['deeply nested', '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1), 'tooDeep'],
    ['10 MB', `{"a":"${'x'.repeat(10_000_000)}"}`, 'tooLarge'],
    ['invalid JSON inside braces', '{"Role": {"RoleName": }}', 'notJson'],
  ];
  for (const [name, text, code] of cases) {
    it(`${name} → ${code}`, () => {
      const started = performance.now();
      const r = errorOf(text);
      expect(r.code).toBe(code);
      expect(performance.now() - started).toBeLessThan(2000);
      const ja = parseErrorText(r.code, r.params, 'ja');
      const en = parseErrorText(r.code, r.params, 'en');
      expect(ja).not.toBe(en);
      expect(ja.length).toBeGreaterThan(10);
    });
  }

  it('a million nested brackets are refused by the scanner, not by a stack overflow', () => {
    expect(scanJsonValues('['.repeat(1_000_000)).ok).toBe(false);
    expect(errorOf('{"a":'.repeat(200_000)).code).toBe('tooDeep');
  });

  it('wrong types are skipped with a note, never trusted', () => {
    const r = parseSetupText(JSON.stringify({ RoleDetailList: [{ RoleName: 5, Arn: [] }, 'x'], Policies: [null] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.roles).toEqual([]);
    expect(r.data.notes.map((n) => n.code)).toContain('wrongType');
    // A role whose trust policy is a number: read as unreadable, and the check says so.
    const odd = JSON.stringify({ Role: { RoleName: 'VendorRepoPusher', Arn: 'arn:aws:iam::123456789012:role/VendorRepoPusher', AssumeRolePolicyDocument: 42 } });
    const run = runSetupCheck(fixtureInputs(), odd);
    expect(run.ok && run.report.results.find((x) => x.id === 'role.repoPusher.trust')?.problems[0]?.code).toBe('trust.unreadable');
  });

  it('__proto__ and constructor keys are dropped and pollute nothing', () => {
    const text = '{"__proto__": {"polluted": true}, "Role": {"__proto__": {"RoleName": "x"}, "constructor": {"prototype": {"polluted": true}}, "RoleName": "VendorRepoPusher", "Arn": "arn:aws:iam::123456789012:role/VendorRepoPusher", "AssumeRolePolicyDocument": {"Statement": [], "__proto__": {"Statement": [{"Effect": "Allow"}]}}}}';
    const r = parseSetupText(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (r.ok) expect(r.data.roles[0]?.roleName).toBe('VendorRepoPusher');
  });

  it('any string is answered (property), within limits and without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v))), (text) => {
        const r = parseSetupText(text);
        if (!r.ok) expect(parseErrorText(r.code, r.params, 'ja').length).toBeGreaterThan(0);
        const run = runSetupCheck(fixtureInputs(), text);
        expect(run.ok || run.kind === 'parse').toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('random truncations of a real paste are refused as truncated or read partly, never crash', () => {
    const full = pasted(correctFixtures());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: full.length - 1 }), (cut) => {
        const r = parseSetupText(full.slice(0, cut));
        expect(r.ok ? r.data.sources.length > 0 : ['truncated', 'notJson', 'empty', 'unrecognised'].includes(r.code)).toBe(true);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('the size limit is the documented one', () => {
    expect(MAX_INPUT_CHARS).toBeLessThan(10_000_000);
  });
});

describe('parts', () => {
  it('policy documents: objects, URL-encoded JSON (with + for spaces), garbage', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '111122223333' } }] };
    expect(readPolicyDocument(doc)).toEqual(doc);
    expect(readPolicyDocument(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
    expect(readPolicyDocument(encodeURIComponent(JSON.stringify(doc, null, 1)).replaceAll('%20', '+'))).toEqual(doc);
    expect(readPolicyDocument('%E0%A4%A')).toBeUndefined();
    expect(readPolicyDocument(7)).toBeUndefined();
  });

  it('mapRoles in the layouts eksctl and the AWS docs write', () => {
    expect(readMapRoles('- rolearn: arn:aws:iam::1:role/A\n  username: a\n  groups:\n    - g1\n    - g2\n')).toEqual([{ rolearn: 'arn:aws:iam::1:role/A', username: 'a', groups: ['g1', 'g2'] }]);
    expect(readMapRoles('- groups:\n  - system:masters\n  rolearn: "arn:aws:iam::1:role/B"\n  username: \'b\'\n')).toEqual([{ rolearn: 'arn:aws:iam::1:role/B', username: 'b', groups: ['system:masters'] }]);
    expect(readMapRoles('- rolearn: arn:aws:iam::1:role/C\n  groups: [x, y]\n')).toEqual([{ rolearn: 'arn:aws:iam::1:role/C', username: undefined, groups: ['x', 'y'] }]);
    expect(readMapRoles('this is: not\n  - a list')).toBeUndefined();
  });
});
