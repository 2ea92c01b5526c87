import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ARTIFACT_CATALOG,
  ARTIFACT_IDS,
  artifactUsedKey,
  containsSecret,
  downloadName,
  fileList,
  isArtifactId,
  secretArtifacts,
} from '../../../src/core/artifacts/catalog.ts';
import { ARTIFACTS, generateArtifacts } from '../../../src/core/generate.ts';
import { validInputs } from '../core/fixtures.ts';

describe('the artifact table', () => {
  test('the generator joins every row, in table order, with distinct ids and file names', () => {
    expect(ARTIFACTS.map((a) => a.id)).toEqual(ARTIFACT_IDS);
    expect(new Set(ARTIFACT_CATALOG.map((r) => r.fileName)).size).toBe(ARTIFACT_CATALOG.length);
    expect(isArtifactId('trustPolicy')).toBe(true);
    expect(isArtifactId('__proto__')).toBe(false);
  });

  test('"contains the ExternalId" is derived from the fields, and matches the generated text', () => {
    const inputs = validInputs();
    const result = generateArtifacts(inputs);
    if (!result.ok) throw new Error('fixture invalid');
    for (const artifact of result.artifacts) {
      const row = ARTIFACT_CATALOG.find((r) => r.id === artifact.id);
      expect(row && containsSecret(row), artifact.id).toBe(artifact.text.includes(inputs.externalId));
    }
    expect(secretArtifacts().map(downloadName)).toEqual([
      'vendor-trust-policy.json',
      'vendor-roles.parameters.json',
      'deploy-stack.sh',
    ]);
  });

  test('helpers: used keys and file lists', () => {
    expect(artifactUsedKey('rbac', 'downloaded')).toBe('artifact.rbac.downloaded');
    expect(fileList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(fileList(['a', 'b'], 'ja')).toBe('a、b');
  });

  // Where each file appears: its <Snippet id> sits below the heading {#section} (before the next
  // heading of the same or a higher level), in both languages.
  test.each(['', 'en'])('every row\'s section holds its snippet (%s)', (lang) => {
    const dir = join('src/content/docs', lang);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const row of ARTIFACT_CATALOG) {
      const at = text.indexOf(`<Snippet id="${row.id}"`);
      expect(at, row.id).toBeGreaterThan(-1);
      const headings = [...text.slice(0, at).matchAll(/^#{2,4} .*\{#([a-z0-9-]+)\}\s*$/gm)];
      expect(headings.at(-1)?.[1], row.id).toBe(row.section);
    }
  });
});
