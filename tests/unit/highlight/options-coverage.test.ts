/**
 * The build's sample models cover every line shape issue 10's optional fields can produce
 * (permissions boundary, tags, previous ExternalId), for arbitrary valid and invalid values:
 * no line of any artifact falls back to plain text. Same method as templates.test.ts (a fake
 * tokeniser: coverage depends on shapes only).
 * (Merging h2b-render: these imports move to src/highlight/build/ and src/highlight/runtime/.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { ARTIFACTS, previewArtifacts } from '../../../src/core/generate.ts';
import { defaultInputs, mergeInputs, type InputsPatch } from '../../../src/core/inputs.ts';
import type { ArtifactId } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import type { EcBlock, EcToken } from '../../../src/highlight/build/ec-hast.ts';
import { valuesByKind } from '../../../src/highlight/runtime/markers.ts';
import { previewModel } from '../../../src/highlight/runtime/model.ts';
import { compileTemplates, highlightText, lineText, type CompiledTemplates } from '../../../src/highlight/runtime/match.ts';
import { artifactLines, makeTemplates, templatesJson } from '../../../src/highlight/build/templates.ts';

async function fakeHighlight(code: string): Promise<EcBlock> {
  return {
    figureClass: 'frame',
    language: 'x',
    lines: artifactLines(code).map((line) => {
      const parts = line.match(/ +|[A-Za-z0-9_-]+|./gu) ?? [];
      const tokens: EcToken[] = parts.map((text) => ({
        text,
        style: /^ +$/.test(text) ? null : /^[A-Za-z]/.test(text) ? '--0:#word' : /^[0-9]/.test(text) ? '--0:#num' : '--0:#punct',
      }));
      return { indent: tokens[0] && /^ +$/.test(tokens[0].text) ? 1 : 0, tokens };
    }),
  };
}

const compiled = new Map<ArtifactId, CompiledTemplates>();
beforeAll(async () => {
  for (const spec of ARTIFACTS) {
    const report = await makeTemplates(spec.id, vendorSettings, fakeHighlight);
    compiled.set(spec.id, compileTemplates(JSON.parse(templatesJson(report.templates))));
  }
});

function misses(patch: InputsPatch): string[] {
  const inputs = mergeInputs(defaultInputs(vendorSettings), patch);
  const opts = { vendorAccountId: vendorSettings.vendorAccountId };
  const values = valuesByKind(previewModel(inputs, validateInputs(inputs, opts)));
  const out: string[] = [];
  for (const artifact of previewArtifacts(inputs, opts)) {
    for (const { text, line } of highlightText(compiled.get(artifact.id)!, artifact.text, values)) {
      if (line === null) out.push(`${artifact.fileName}: ${JSON.stringify(text)}`);
      else if (lineText(line) !== text) out.push(`${artifact.fileName}: wrong text for ${JSON.stringify(text)}`);
    }
  }
  return out;
}

const tagPart = fc.stringMatching(/^[A-Za-z0-9_.:/+@-]{1,8}$/);
const optionsPatch: fc.Arbitrary<InputsPatch> = fc.record({
  accountId: fc.constantFrom('123456789012', '', '12'),
  region: fc.constantFrom('ap-northeast-1', 'cn-north-1', 'us-gov-west-1'),
  externalId: fc.constantFrom('vnd-abcdefghij0123456789', ''),
  permissionsBoundary: fc.oneof(
    fc.constant(''),
    fc.constantFrom('arn:aws:iam::123456789012:policy/Boundary', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess', 'bad'),
  ),
  tags: fc.array(
    fc.oneof(
      fc.tuple(tagPart, fc.oneof(tagPart, fc.constant(''), fc.constantFrom('1234', 'yes', '山田 太郎', 'a=b', '0x1F'))).map(([k, v]) => `${k}=${v}`),
      fc.constantFrom('bad', 'aws:x=y', 'k="v"'),
    ),
    { maxLength: 3 },
  ),
  previousExternalId: fc.constantFrom('', 'vnd-previous0123456789', 'X9', 'has space'),
});

describe('snippet templates cover the optional fields', () => {
  it('every line of every artifact, for arbitrary boundaries, tags and previous IDs (200 runs)', () => {
    fc.assert(
      fc.property(optionsPatch, (patch) => {
        expect(misses(patch)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
