/**
 * AWS's size limits (issue 9, finding 5), measured on the generated documents: at and just
 * over each limit, with the exact number of items that crosses it; and the per-list maximum
 * item counts, which must refuse a huge list cheaply (a link with 1,817 clusters took 7.5 s).
 */
import { describe, expect, test } from 'vitest';
import { generateArtifacts, previewArtifacts } from '../../../src/core/generate.ts';
import { AWS_LIMITS, measureSizes, policySize, sizeLimitIssues, utf8Bytes, validateWithLimits } from '../../../src/core/limits.ts';
import { formatIssue } from '../../../src/core/messages.ts';
import { MAX_ITEMS } from '../../../src/core/rules/list-limits.ts';
import type { GuideInputs, GuideModel } from '../../../src/core/types.ts';
import { validateField, validateInputs } from '../../../src/core/validate.ts';
import { rawModel } from '../artifacts/helpers.ts';
import { validInputs } from './fixtures.ts';

// GovCloud has the longest partition and region names, so its ARNs are the longest.
const LONGEST = { region: 'us-gov-west-1', partition: 'aws-us-gov' as const, dnsSuffix: 'amazonaws.com' };

/** n distinct patterns of `length` characters (3 fixed characters, then letters, then `*`). */
function patterns(n: number, length = 256): string[] {
  return Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}-`.padEnd(length - 1, 'x') + '*');
}
/** n distinct cluster names of `length` characters. */
function clusters(n: number, length = 100): string[] {
  return Array.from({ length: n }, (_, i) => `c${String(i).padStart(3, '0')}-`.padEnd(length, 'x'));
}

function inputs(overrides: Partial<GuideInputs>): GuideInputs {
  return { ...validInputs(), region: LONGEST.region, repos: [], ...overrides };
}

function codes(issues: readonly { code: string }[]): string[] {
  return issues.map((i) => i.code);
}

/**
 * `list` with `by` characters taken off its items, front first, each kept at 8 characters or
 * more and its last character kept (the `*` of a pattern): a size exactly `by` smaller.
 */
function shrink(list: readonly string[], by: number): string[] {
  let left = by;
  return list.map((item) => {
    const cut = Math.min(left, item.length - 8);
    left -= cut;
    return cut > 0 ? item.slice(0, item.length - 1 - cut) + item.slice(-1) : item;
  });
}

/** The smallest n for which `size(n)` exceeds `limit` (sizes grow with n). */
function firstOver(limit: number, size: (n: number) => number, upTo = 5000): number {
  for (let n = 1; n <= upTo; n++) if (size(n) > limit) return n;
  throw new Error('never over the limit');
}

describe('measuring', () => {
  test('policy size counts every character but white space; template size is UTF-8 bytes', () => {
    expect(policySize('{\n  "a": "b c"\n}')).toBe('{"a":"bc"}'.length);
    expect(utf8Bytes('aé漢😀')).toBe(1 + 2 + 3 + 4);
  });

  test('the sizes are those of the generated files', () => {
    const result = generateArtifacts(validInputs());
    if (!result.ok) throw new Error('fixture invalid');
    const text = (id: string) => result.artifacts.find((a) => a.id === id)!.text;
    const validation = validateInputs(validInputs());
    if (!validation.ok) throw new Error('fixture invalid');
    const sizes = measureSizes(validation.model);
    expect(sizes.repoPusherPolicy).toBe(text('repoPusherPolicy').replace(/\s/g, '').length);
    expect(sizes.eksDeployerPolicy).toBe(text('eksDeployerPolicy').replace(/\s/g, '').length);
    expect(sizes.trustPolicy).toBe(text('trustPolicy').replace(/\s/g, '').length);
    expect(sizes.cfnTemplateBytes).toBe(new TextEncoder().encode(text('cfnTemplate')).length);
    expect(sizes.cfnParameters).toBe((text('cfnTemplate').match(/^ {2}\w+:\n {4}Type: String$/gm) ?? []).length);
  });
});

describe('managed policy: 6,144 characters without white space', () => {
  test('repository patterns: crossed only beyond the field table\'s cap, and measured at / one over', () => {
    const model = (list: string[]): GuideModel => rawModel({ ...LONGEST, repoPatterns: list });
    const size = (list: string[]) => measureSizes(model(list)).repoPusherPolicy;
    // 256-character patterns in GovCloud cross it at this count, beyond what a list takes.
    const n = firstOver(AWS_LIMITS.managedPolicyChars, (k) => size(patterns(k)));
    expect(n).toBe(19);
    expect(n).toBeGreaterThan(MAX_ITEMS.repoPatterns);
    // The longest list a reader can enter fits.
    expect(validateWithLimits(inputs({ repoPatterns: patterns(MAX_ITEMS.repoPatterns) })).ok).toBe(true);
    expect(sizeLimitIssues(model(patterns(n - 1)))).toEqual([]);
    const [over] = sizeLimitIssues(model(patterns(n)));
    expect(over).toMatchObject({ field: 'repoPatterns', code: 'repoPatterns.policySize', params: { size: size(patterns(n)), max: 6144 } });

    // Shorten the patterns so the policy has exactly 6,144 characters, then one more.
    const excess = size(patterns(n)) - AWS_LIMITS.managedPolicyChars;
    const at = shrink(patterns(n), excess);
    expect(size(at)).toBe(6144);
    expect(sizeLimitIssues(model(at))).toEqual([]);
    const oneOver = shrink(patterns(n), excess - 1);
    expect(size(oneOver)).toBe(6145);
    expect(codes(sizeLimitIssues(model(oneOver)))).toEqual(['repoPatterns.policySize']);
  });

  test('clusters: crossed only beyond the 20-cluster cap, and still measured at / one over', () => {
    const model = (list: string[]): GuideModel => rawModel({ ...LONGEST, clusters: list });
    const n = firstOver(AWS_LIMITS.managedPolicyChars, (k) => measureSizes(model(clusters(k))).eksDeployerPolicy);
    expect(n).toBe(39);
    expect(n).toBeGreaterThan(MAX_ITEMS.clusters);
    expect(codes(sizeLimitIssues(model(clusters(n - 1))))).toEqual([]);
    expect(codes(sizeLimitIssues(model(clusters(n))))).toEqual(['clusters.policySize']);
    const excess = measureSizes(model(clusters(n))).eksDeployerPolicy - AWS_LIMITS.managedPolicyChars;
    const at = shrink(clusters(n), excess);
    expect(measureSizes(model(at)).eksDeployerPolicy).toBe(6144);
    expect(sizeLimitIssues(model(at))).toEqual([]);
    const oneOver = shrink(clusters(n), excess - 1);
    expect(measureSizes(model(oneOver)).eksDeployerPolicy).toBe(6145);
    expect(codes(sizeLimitIssues(model(oneOver)))).toEqual(['clusters.policySize']);
    // The issue's measurement: 100 clusters made a policy over the limit.
    expect(measureSizes(model(clusters(100, 20))).eksDeployerPolicy).toBeGreaterThan(6144);
  });
});

/**
 * Runs `body` with AWS's managed-policy limit lowered to `limit`. No valid input reaches AWS's
 * real limits any more (the field table's caps keep every document under them, as shown
 * above), so the wiring — no artifact, placeholders, messages — is shown against a lower one.
 */
async function withPolicyLimit<T>(limit: number, body: () => T | Promise<T>): Promise<T> {
  const limits = AWS_LIMITS as { managedPolicyChars: number };
  const saved = limits.managedPolicyChars;
  limits.managedPolicyChars = limit;
  try {
    return await body();
  } finally {
    limits.managedPolicyChars = saved;
  }
}

describe('role trust policy: 2,048 characters (raisable to 4,096)', () => {
  test('the longest valid ExternalId (1,224) stays under it', () => {
    const v = validateWithLimits(inputs({ externalId: 'x'.repeat(1224) }));
    expect(v.ok).toBe(true);
    if (v.ok) expect(measureSizes(v.model).trustPolicy).toBeLessThanOrEqual(2048);
  });
  test('measured at / one over the limit, with the raise named in both languages', () => {
    const base = measureSizes(rawModel({ externalId: '' })).trustPolicy;
    const at = rawModel({ externalId: 'x'.repeat(2048 - base) });
    expect(measureSizes(at).trustPolicy).toBe(2048);
    expect(sizeLimitIssues(at)).toEqual([]);
    const [issue] = sizeLimitIssues(rawModel({ externalId: 'x'.repeat(2049 - base) }));
    expect(issue).toMatchObject({ field: 'externalId', code: 'externalId.trustPolicySize', params: { size: 2049, max: 2048, raised: 4096 } });
    expect(formatIssue(issue!, 'ja')).toMatch(/2,049 文字.*2,048 文字.*Service Quotas.*4,096/);
    expect(formatIssue(issue!, 'en')).toMatch(/2,049 characters.*2,048.*Service Quotas.*4,096/);
  });
});

describe('CloudFormation: 200 parameters, 51,200-byte template body', () => {
  test('parameters: 2 fixed + one per cluster and pattern; 197 clusters and 1 pattern is 200, 198 is over', () => {
    const model = (n: number) => rawModel({ clusters: clusters(n, 8), repoPatterns: ['portal-*'] });
    expect(measureSizes(model(197)).cfnParameters).toBe(200);
    expect(codes(sizeLimitIssues(model(197)))).not.toContain('clusters.cfnParameters');
    const issues = sizeLimitIssues(model(198));
    expect(issues.filter((i) => i.code.endsWith('.cfnParameters'))).toEqual([
      { field: 'clusters', severity: 'error', code: 'clusters.cfnParameters', params: { size: 201, max: 200 } },
      { field: 'repoPatterns', severity: 'error', code: 'repoPatterns.cfnParameters', params: { size: 201, max: 200 } },
    ]);
    // The issue's case: 199 clusters gave 202 parameters.
    expect(measureSizes(model(199)).cfnParameters).toBe(202);
  });

  test('template body: the cluster count that crosses 51,200 bytes, both sides; beyond the caps', () => {
    const model = (n: number) => rawModel({ ...LONGEST, clusters: clusters(n), repoPatterns: patterns(MAX_ITEMS.repoPatterns) });
    const n = firstOver(AWS_LIMITS.cfnTemplateBodyBytes, (k) => measureSizes(model(k)).cfnTemplateBytes);
    expect(n).toBeGreaterThan(MAX_ITEMS.clusters);
    expect(codes(sizeLimitIssues(model(n - 1)))).not.toContain('clusters.cfnTemplateSize');
    const [issue] = sizeLimitIssues(model(n)).filter((i) => i.code === 'clusters.cfnTemplateSize');
    expect(issue?.params).toEqual({ size: measureSizes(model(n)).cfnTemplateBytes, max: 51200 });
    // With both lists at their caps and every value at its longest, the template still fits.
    expect(measureSizes(model(MAX_ITEMS.clusters)).cfnTemplateBytes).toBeLessThanOrEqual(51200);
  });
});

describe('over a limit: no artifact, placeholders and the reason in the preview', () => {
  const big = inputs({ repoPatterns: patterns(MAX_ITEMS.repoPatterns) });

  test('generate refuses, the message has the limit and the measured size (ja/en)', async () => {
    expect(generateArtifacts(big).ok).toBe(true);
    const result = await withPolicyLimit(5000, () => generateArtifacts(big));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.errors;
    expect(codes(result.errors)).toEqual(['repoPatterns.policySize']);
    expect(formatIssue(issue!, 'ja')).toMatch(/空白を除いて 5,\d{3} 文字.*上限 5,000 文字/);
    expect(formatIssue(issue!, 'en')).toMatch(/5,\d{3} characters without white space, over IAM's limit of 5,000/);
  });

  test('the preview blocks the artifacts that use the field and shows a placeholder instead of the patterns', async () => {
    const previews = await withPolicyLimit(5000, () => previewArtifacts(big));
    const policy = previews.find((a) => a.id === 'repoPusherPolicy')!;
    expect(policy.ready).toBe(false);
    expect(codes(policy.blocking)).toEqual(['repoPatterns.policySize']);
    expect(policy.text).toContain('<REPOSITORY_PATTERN>');
    expect(policy.text).not.toContain('p00-');
    // Artifacts that do not use the patterns stay ready.
    expect(previews.find((a) => a.id === 'eksDeployerPolicy')!.ready).toBe(true);
  });
});

describe('maximum item counts', () => {
  test.each([
    ['clusters', MAX_ITEMS.clusters, (n: number) => clusters(n, 10)],
    ['repoPatterns', MAX_ITEMS.repoPatterns, (n: number) => patterns(n, 10)],
    ['repos', MAX_ITEMS.repos, (n: number) => Array.from({ length: n }, (_, i) => `portal-r${i}`)],
  ] as const)('%s: %i items pass, one more is one error for the whole field', (field, max, make) => {
    expect(validateField(field, inputs({ [field]: make(max) })).filter((i) => i.severity === 'error')).toEqual([]);
    const issues = validateField(field, inputs({ [field]: make(max + 1) }));
    expect(issues).toEqual([{ field, severity: 'error', code: `${field}.tooMany`, params: { count: max + 1, max } }]);
    expect(formatIssue(issues[0]!, 'ja')).toContain(`最大 ${max} 個`);
    expect(formatIssue(issues[0]!, 'en')).toContain(`At most ${max}`);
  });

  test('a 2,000-item list is refused fast, in validation, generation and the preview', () => {
    const huge = inputs({
      clusters: clusters(2000),
      repoPatterns: patterns(2000),
      repos: Array.from({ length: 2000 }, (_, i) => `portal-r${i}`),
    });
    const started = performance.now();
    const validation = validateInputs(huge);
    const generated = generateArtifacts(huge);
    const previews = previewArtifacts(huge);
    const elapsed = performance.now() - started;
    // Generous bound for a loaded 2-core machine; building from 2,000 items took seconds.
    expect(elapsed).toBeLessThan(200);
    expect(validation.ok).toBe(false);
    expect(generated.ok).toBe(false);
    if (!validation.ok) expect(codes(validation.errors)).toEqual(['clusters.tooMany', 'repoPatterns.tooMany', 'repos.tooMany']);
    // One placeholder per list, not 2,000.
    const eks = previews.find((a) => a.id === 'eksDeployerPolicy')!;
    expect(eks.text.match(/<CLUSTER_NAME>/g)).toHaveLength(1);
  });
});
