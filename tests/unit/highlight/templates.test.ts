/**
 * The snippet highlighting pipeline without the browser: abstraction of lines into shapes,
 * templates with markers, runtime matching, and — the property that matters — that the
 * build's sample models cover every line shape a reader's values can produce, so no line
 * of any artifact falls back to plain text.
 *
 * Coverage depends only on the lines' shapes, not on how the lines are tokenised, so these
 * tests use a small fake tokeniser instead of Expressive Code (which only runs inside the
 * Astro build). The real templates from the build are checked against Expressive Code's own
 * rendering in `tests/e2e/snippets-highlight.spec.ts`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VendorSettings } from '../../../src/config/settings-schema.ts';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { ARTIFACTS, previewArtifacts } from '../../../src/core/generate.ts';
import { defaultInputs, mergeInputs, type InputsPatch } from '../../../src/core/inputs.ts';
import type { ArtifactId } from '../../../src/core/types.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { abstractLine, shapeOf, templateTokens } from '../../../src/highlight/build/abstract.ts';
import type { EcBlock, EcToken } from '../../../src/highlight/build/ec-hast.ts';
import { markerChar, MARKER_KINDS, valuesByKind } from '../../../src/highlight/runtime/markers.ts';
import { previewModel } from '../../../src/highlight/runtime/model.ts';
import { escapeHtml, lineHtml } from '../../../src/highlight/runtime/render.ts';
import {
  compileTemplates,
  highlightLine,
  highlightText,
  lineText,
  type CompiledTemplates,
} from '../../../src/highlight/runtime/match.ts';
import { artifactLines, makeTemplates, templatesJson } from '../../../src/highlight/build/templates.ts';
import { messyPatch, validPatch } from './arbitraries.ts';

const kind = (name: (typeof MARKER_KINDS)[number]) => MARKER_KINDS.indexOf(name);
const M = (name: (typeof MARKER_KINDS)[number]) => markerChar(kind(name));

/** A stand-in for Expressive Code: words, runs of spaces and single punctuation marks, styled by class. */
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
      const indent = tokens[0] && /^ +$/.test(tokens[0].text) ? 1 : 0;
      return { indent, tokens };
    }),
  };
}

/** Another deployment's settings: other names, a prefix with symbols, several defaults. */
const otherSettings: VendorSettings = {
  ...vendorSettings,
  vendorAccountId: '000000000042',
  externalIdPrefix: 'acme:',
  defaultRegion: 'eu-west-1',
  defaultClusters: ['main', 'backup-2'],
  repoPatterns: ['acme/*', 'tools-*'],
  plannedRepos: [],
  roleNames: { repoPusher: 'AcmePush2', eksDeployer: 'AcmeDeploy' },
  policyNames: { repoPusher: 'AcmePush2Policy', eksDeployer: 'AcmeDeployPolicy' },
  kubernetes: { username: 'acme', group: 'acme:deployers', namespace: 'acme-apps' },
};

/** The trust narrowed to vendor roles (issue 10's setting): one and several role ARNs, with a path. */
const vendorRoleSettings: VendorSettings = {
  ...otherSettings,
  trustedVendorRoleArns: ['arn:aws:iam::000000000042:role/deploy/AcmeDeployer', 'arn:aws:iam::000000000042:role/AcmePusher'],
};
const oneVendorRoleSettings: VendorSettings = { ...vendorSettings, trustedVendorRoleArns: [`arn:aws:iam::${vendorSettings.vendorAccountId}:role/Deployer`] };

const SETTINGS = [
  ['default settings', vendorSettings],
  ['other settings', otherSettings],
  ['vendor role ARNs', vendorRoleSettings],
  ['one vendor role ARN', oneVendorRoleSettings],
] as const;

const compiled = new Map<VendorSettings, Map<ArtifactId, CompiledTemplates>>();
beforeAll(async () => {
  for (const [, settings] of SETTINGS) {
    const byId = new Map<ArtifactId, CompiledTemplates>();
    for (const spec of ARTIFACTS) {
      const report = await makeTemplates(spec.id, settings, fakeHighlight);
      // The JSON round trip is what the page does.
      byId.set(spec.id, compileTemplates(JSON.parse(templatesJson(report.templates))));
    }
    compiled.set(settings, byId);
  }
});

/** Every line of every artifact for `patch` over `settings`' defaults, highlighted; returns the misses. */
function misses(settings: VendorSettings, patch: InputsPatch): string[] {
  const inputs = mergeInputs(defaultInputs(settings), patch);
  const opts = { vendorAccountId: settings.vendorAccountId };
  const values = valuesByKind(previewModel(inputs, validateInputs(inputs, opts)));
  const out: string[] = [];
  for (const artifact of previewArtifacts(inputs, opts)) {
    const templates = compiled.get(settings)!.get(artifact.id)!;
    for (const { text, line } of highlightText(templates, artifact.text, values)) {
      if (line === null) out.push(`${artifact.fileName}: ${JSON.stringify(text)}`);
      else if (lineText(line) !== text) out.push(`${artifact.fileName}: wrong text for ${JSON.stringify(text)}`);
    }
  }
  return out;
}

describe('abstractLine', () => {
  it('replaces values longest first, digits, and the partition only inside an ARN', () => {
    const values = MARKER_KINDS.map(() => [] as string[]);
    values[kind('accountId')] = ['123456789012'];
    values[kind('region')] = ['ap-northeast-1'];
    values[kind('partition')] = ['aws'];
    values[kind('roleNames.repoPusher')] = ['Pusher'];
    values[kind('policyNames.repoPusher')] = ['PusherPolicy'];
    const line = "aws iam get-role 'arn:aws:iam::123456789012:role/PusherPolicy' --region ap-northeast-1 # 2 of 10";
    expect(shapeOf(line, abstractLine(line, values))).toBe(
      `aws iam get-role 'arn:${M('partition')}:iam::${M('accountId')}:role/${M('policyNames.repoPusher')}' --region ${M('region')} # ${M('number')} of ${M('number')}`,
    );
  });

  it('a value straddling tokens belongs to the token where it starts', () => {
    const tokens = [
      { text: '"arn:', style: 0 },
      { text: 'aws', style: 1 },
      { text: ':x"', style: 0 },
    ];
    // "ws:x" is a value starting inside the second token and ending inside the third.
    const spans = [{ start: 6, end: 10, kind: kind('clusters') }];
    expect(templateTokens(tokens, 0, spans).tokens).toEqual([
      { text: '"arn:', style: 0 },
      { text: `a${M('clusters')}`, style: 1 },
      { text: '"', style: 0 },
    ]);
  });

  it('drops tokens a value swallowed whole, and keeps the indent count right', () => {
    const tokens = [
      { text: '  ', style: -1 },
      { text: 'ab', style: 0 },
      { text: 'c', style: 1 },
      { text: 'd', style: 2 },
    ];
    const spans = [{ start: 2, end: 5, kind: kind('clusters') }];
    expect(templateTokens(tokens, 1, spans)).toEqual({
      indent: 1,
      tokens: [
        { text: '  ', style: -1 },
        { text: M('clusters'), style: 0 },
        { text: 'd', style: 2 },
      ],
    });
  });
});

describe('highlightLine', () => {
  const templates = compileTemplates({
    s: ['--0:#a', '--0:#b'],
    l: [
      [1, '  ', -1, `"${M('clusters')}"`, 0, ',', 1],
      [0, `Name${M('number')}: `, 0, `${M('repoPatterns')}`, 1],
      [0, 'fixed', 0],
    ],
  });
  const values = MARKER_KINDS.map(() => [] as string[]);
  values[kind('clusters')] = ['dev-1', 'dev'];
  values[kind('repoPatterns')] = ['a*', '<REPOSITORY_PATTERN>'];

  it('fills markers with the current values and reproduces the line', () => {
    const line = highlightLine(templates, '  "dev-1",', values);
    expect(line).not.toBeNull();
    expect(lineText(line!)).toBe('  "dev-1",');
    expect(line!.indent).toBe(1);
    expect(line!.tokens[1]).toEqual({ style: '--0:#a', pieces: ['"', { kind: kind('clusters'), value: 'dev-1' }, '"'] });
  });

  it('numbers are fixed text, values are pieces; placeholders are values too', () => {
    const line = highlightLine(templates, 'Name12: <REPOSITORY_PATTERN>', values)!;
    expect(line.tokens[0]!.pieces).toEqual(['Name12: ']);
    expect(line.tokens[1]!.pieces).toEqual([{ kind: kind('repoPatterns'), value: '<REPOSITORY_PATTERN>' }]);
  });

  it('a line no template reproduces is null, never a wrong line', () => {
    expect(highlightLine(templates, '  "prod",', values)).toBeNull();
    expect(highlightLine(templates, 'fixed ', values)).toBeNull();
    expect(highlightLine(templates, 'Name: a*', values)).toBeNull();
    expect(lineText(highlightLine(templates, 'fixed', values)!)).toBe('fixed');
  });
});

describe('lineHtml', () => {
  it("uses Expressive Code's markup and escapes everything", () => {
    const html = lineHtml('  "<X>&"', {
      indent: 1,
      tokens: [
        { style: null, pieces: ['  '] },
        { style: '--0:#a"x', pieces: ['"', { kind: kind('accountId'), value: '<X>&' }, '"'] },
      ],
    });
    expect(html).toBe(
      '<div class="ec-line"><div class="code"><span class="indent">  </span><span style="--0:#a&quot;x">&quot;<span class="sv">&lt;X&gt;&amp;</span>&quot;</span></div></div>',
    );
    expect(lineHtml('', null)).toBe('<div class="ec-line"><div class="code">\n</div></div>');
    expect(lineHtml('<b>', null)).toBe('<div class="ec-line"><div class="code">&lt;b&gt;</div></div>');
    expect(escapeHtml('&<>"')).toBe('&amp;&lt;&gt;&quot;');
  });

  it('marks placeholders unmistakably and leaves settings values unmarked', () => {
    const html = lineHtml('<YOUR_ACCOUNT_ID> R', {
      indent: 0,
      tokens: [
        {
          style: null,
          pieces: [{ kind: kind('accountId'), value: '<YOUR_ACCOUNT_ID>' }, ' ', { kind: kind('roleNames.repoPusher'), value: 'R' }],
        },
      ],
    });
    expect(html).toContain('<span class="sv sv-ph">&lt;YOUR_ACCOUNT_ID&gt;</span> R<');
  });
});

// ------------------------------------------------------------------ coverage

describe.each(SETTINGS)('template coverage, %s', (_, settings) => {
  it('the vendor defaults and the first visit (placeholders) are covered', () => {
    expect(misses(settings, {})).toEqual([]);
    expect(misses(settings, { accountId: '123456789012', externalId: `${settings.externalIdPrefix}x1` })).toEqual([]);
  });

  it('every line of every artifact is highlighted for any valid values (no plain-text fallback)', () => {
    fc.assert(
      fc.property(validPatch, (patch) => {
        expect(misses(settings, patch)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('and for any mix of valid and invalid values (placeholders)', () => {
    fc.assert(
      fc.property(messyPatch, (patch) => {
        expect(misses(settings, patch)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
