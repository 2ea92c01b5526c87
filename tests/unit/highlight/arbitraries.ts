/**
 * Reader inputs for the template coverage tests (unit tests with a fake tokeniser, and the
 * e2e test with the build's real templates): valid values of every shape, values YAML or
 * an ARN treat specially, short values that also occur in the artifacts' fixed text, and
 * anything at all (which the placeholder model replaces).
 */
import fc from 'fast-check';
import type { InputsPatch } from '../../../src/core/inputs.ts';
import { REGIONS } from '../../../src/core/regions.ts';
import { isValidClusterName, isValidRepoName, isValidRepoPattern } from '../../../src/core/validate.ts';
import { HOSTILE } from '../core/fixtures.ts';
/** Values YAML or an ARN treat specially, and short ones that occur in the artifacts' fixed text. */
const TRICKY = [
  'yes', 'No', 'True', 'null', 'Null', '2024', '0x1F', '1e5', '0o17', '1_000', '2020-01-02', '12-30', 'y', 'n', 'on', 'Off',
  'a', '1', 'aws', 'arn', 'eks', 'iam', 'role', 'root', 'vendor', 'portal', 'cluster', 'Type', 'String', 'Default', 'true',
];

const accountId = fc.stringMatching(/^[0-9]{12}$/);
const region = fc.constantFrom(...REGIONS.map((r) => r.code));
const cluster = fc.oneof(fc.stringMatching(/^[0-9A-Za-z][A-Za-z0-9_-]{0,24}$/), fc.constantFrom(...TRICKY)).filter(isValidClusterName);
const pattern = fc
  .oneof(
    fc.stringMatching(/^[a-z0-9*]{1,6}(?:(?:[._/]|-+)[a-z0-9*]{1,6}){0,3}$/),
    fc.constantFrom('*-svc', '*/*', 'a*', 'no', 'on*', 'aws*', '*aws', 'yes', '2024', '0x1f', 'eks', 'root'),
  )
  .filter(isValidRepoPattern);
const repo = fc
  .oneof(fc.stringMatching(/^[a-z0-9]{1,8}(?:(?:[._/]|-+)[a-z0-9]{1,6}){0,3}$/), fc.constantFrom(...TRICKY.map((t) => t.toLowerCase())))
  .filter(isValidRepoName);
const externalId = fc.oneof(fc.stringMatching(/^[\w+=,.@:/-]{2,80}$/), fc.constant(''));

/** Valid reader values (the ExternalId possibly missing). */
export const validPatch: fc.Arbitrary<InputsPatch> = fc.record({
  accountId,
  region,
  clusters: fc.uniqueArray(cluster, { minLength: 1, maxLength: 6 }),
  repoPatterns: fc.uniqueArray(pattern, { minLength: 1, maxLength: 6 }),
  repos: fc.uniqueArray(repo, { minLength: 0, maxLength: 6 }),
  externalId,
});

/** Anything at all in any reader field, including hostile strings. */
const messy = fc.oneof(fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 200)), '', ' '), fc.string({ maxLength: 20 }));
/** Any mix of valid and invalid reader values. */
export const messyPatch: fc.Arbitrary<InputsPatch> = fc.record({
  accountId: fc.oneof(accountId, messy),
  region: fc.oneof(region, messy),
  clusters: fc.array(fc.oneof(cluster, messy), { maxLength: 5 }),
  repoPatterns: fc.array(fc.oneof(pattern, messy), { maxLength: 5 }),
  repos: fc.array(fc.oneof(repo, messy), { maxLength: 5 }),
  externalId: fc.oneof(externalId, messy),
});
