/**
 * The build's real highlighting templates (JSON in each snippet page of `dist/`, made from
 * Expressive Code's rendering) cover every line a reader's values can produce: for many
 * generated inputs, every line of every artifact is highlighted, never left plain, and the
 * highlighted text is exactly the core's text. Runs in Node on the built HTML (no browser):
 * the browser runs this same matching code, and `snippets.spec.ts` checks it there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { ARTIFACTS, previewArtifacts } from '../../src/core/generate.ts';
import { defaultInputs, mergeInputs, type InputsPatch } from '../../src/core/inputs.ts';
import type { ArtifactId } from '../../src/core/types.ts';
import { validateInputs } from '../../src/core/validate.ts';
import { valuesByKind } from '../../src/highlight/runtime/markers.ts';
import { previewModel } from '../../src/highlight/runtime/model.ts';
import { compileTemplates, highlightText, lineText, type CompiledTemplates, type SnippetTemplates } from '../../src/highlight/runtime/match.ts';
import { messyPatch, validPatch } from '../unit/highlight/arbitraries.ts';
import { LOCALES, PAGE_SLUGS } from './support/site.ts';
import { SETTINGS } from './support/widgets.ts';

const DIST = process.env['DIST_DIR'] ?? 'dist';
// Every guide page: whichever holds snippets contributes its templates.
const PAGES = PAGE_SLUGS.filter((slug) => slug !== '');
const SNIPPET = /<div class="snippet" data-snippet="(\w+)"[^>]*>[\s\S]*?<script type="application\/json" data-snippet-templates(?:="")?>([\s\S]*?)<\/script>/g;

/** The templates of every artifact, as each page of each language carries them. */
function builtTemplates(): Array<{ page: string; id: ArtifactId; templates: CompiledTemplates }> {
  const out: Array<{ page: string; id: ArtifactId; templates: CompiledTemplates }> = [];
  for (const { prefix } of LOCALES) {
    for (const page of PAGES) {
      const html = readFileSync(join(DIST, `${prefix}${page}/index.html`), 'utf8');
      for (const [, id, json] of html.matchAll(SNIPPET)) {
        out.push({ page: `${prefix}${page}/`, id: id as ArtifactId, templates: compileTemplates(JSON.parse(json!) as SnippetTemplates) });
      }
    }
  }
  return out;
}

test('the built templates highlight every line for any values (no plain-text fallback)', () => {
  test.setTimeout(120_000);
  const built = builtTemplates();
  // Every artifact, on a page of each language.
  expect(new Set(built.map((b) => b.id))).toEqual(new Set(ARTIFACTS.map((a) => a.id)));
  expect(built.length).toBe(ARTIFACTS.length * LOCALES.length);
  const misses = (patch: InputsPatch): string[] => {
    const inputs = mergeInputs(defaultInputs(SETTINGS), patch);
    const opts = { vendorAccountId: SETTINGS.vendorAccountId };
    const values = valuesByKind(previewModel(inputs, validateInputs(inputs, opts)));
    const previews = previewArtifacts(inputs, opts);
    return built.flatMap(({ page, id, templates }) =>
      highlightText(templates, previews.find((p) => p.id === id)!.text, values)
        .filter(({ text, line }) => line === null || lineText(line) !== text)
        .map(({ text }) => `${page} ${id}: ${JSON.stringify(text)}`),
    );
  };
  expect(misses({})).toEqual([]);
  fc.assert(
    fc.property(fc.oneof(validPatch, messyPatch), (patch) => {
      expect(misses(patch)).toEqual([]);
    }),
    { numRuns: 400 },
  );
});
