/**
 * Golden files: the artifacts for the vendor guide's own example values, reviewed by hand
 * against the guide's policies and template (same actions in the same order, same Sids,
 * corrected template). Any change to an artifact's bytes shows up here as a diff to review.
 * After an intended change: `UPDATE_GOLDEN=1 npx vitest run tests/unit/artifacts/golden.test.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, generateArtifacts } from '../../../src/core/generate.ts';
import { sourceExampleInputs } from './helpers.ts';

const dir = fileURLToPath(new URL('../../golden/source-example/', import.meta.url));
const result = generateArtifacts(sourceExampleInputs());
if (!result.ok) throw new Error('the source example must be valid');
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden files (source guide example)', () => {
  for (const artifact of result.artifacts) {
    it(artifact.fileName, () => {
      const path = `${dir}${artifact.fileName}`;
      if (update) writeFileSync(path, artifact.text);
      expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(artifact.text).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('holds exactly one file per artifact', () => {
    expect(readdirSync(dir).sort()).toEqual(ARTIFACTS.map((a) => a.fileName).sort());
  });
});
