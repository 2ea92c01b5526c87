/**
 * `patchLines`, the live snippet's line patcher: for any old and new list of lines the
 * `<code>` ends up showing exactly the new lines, and lines both lists share (a longest
 * common subsequence) are never rewritten. Runs against a minimal stand-in for the few DOM
 * operations the patcher uses (each line is one element whose HTML is its text), so the
 * property runs in Node, many times over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedTexts, changedValues, linesHtml, patchLines, shownLineHtml, SnippetFiller } from '../../../src/highlight/runtime/fill.ts';
import { compileTemplates } from '../../../src/highlight/runtime/match.ts';
import { FIELD_PATHS, fieldDef } from '../../../src/core/fields.ts';
import { markerChar, MARKER_KINDS, READER_KINDS } from '../../../src/highlight/runtime/markers.ts';
import { escapeHtml, lineHtml } from '../../../src/highlight/runtime/render.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
console.log(`fill property tests: seed ${seed} (FC_SEED=${seed} to replay)`);

/** One `div.ec-line` of the stand-in: its HTML, and whether the patcher created it. */
interface FakeLine {
  html: string;
  written: boolean;
  remove(): void;
  insertAdjacentHTML(where: 'beforebegin', html: string): void;
}

/** The stand-in `<code>`: one child per `div.ec-line…</div>` chunk of inserted HTML. */
class FakeCode {
  lines: FakeLine[] = [];
  get childElementCount(): number {
    return this.lines.length;
  }
  get children(): FakeLine[] {
    return this.lines;
  }
  set innerHTML(html: string) {
    this.lines = split(html).map((h) => this.line(h));
  }
  insertAdjacentHTML(_where: 'beforeend', html: string): void {
    this.lines.push(...split(html).map((h) => this.line(h)));
  }
  line(html: string, written = true): FakeLine {
    const line: FakeLine = {
      html,
      written,
      remove: () => this.lines.splice(this.lines.indexOf(line), 1),
      insertAdjacentHTML: (_where, more) => this.lines.splice(this.lines.indexOf(line), 0, ...split(more).map((h) => this.line(h))),
    };
    return line;
  }
}

// The stand-in for writing a line in place: the element stays, its markup changes.
const rewrite = (element: Element, html: string) => {
  const line = element as unknown as FakeLine;
  line.html = html;
  line.written = true;
};

const split = (html: string) => html.match(/<div class="ec-line">.*?<\/div>/g) ?? [];
const asLine = (text: string) => `<div class="ec-line">${text}</div>`;

/** Length of a longest common subsequence (the lines that can stay). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    let diag = 0;
    for (let j = b.length - 1; j >= 0; j--) {
      const keep = row[j]!;
      row[j] = a[i] === b[j] ? diag + 1 : Math.max(row[j]!, row[j + 1]!);
      diag = keep;
    }
  }
  return row[0]!;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '', 'arn:aws:iam::123', 'arn:aws:iam::124'), { maxLength: 30 }).map((l) => l.map(asLine));

describe('marker kinds', () => {
  it("are the field table's slots, then the derived kinds; the reader's and the secrets are the marked ones", () => {
    expect(MARKER_KINDS).toEqual([...FIELD_PATHS.filter((path) => path !== 'trustedVendorRoleArns'), 'partition', 'dnsSuffix', 'number']);
    expect(new Set(MARKER_KINDS).size).toBe(MARKER_KINDS.length);
    const marked = MARKER_KINDS.filter((_, kind) => READER_KINDS.has(kind));
    expect(marked).toEqual(['accountId', 'region', 'clusters', 'repoPatterns', 'repos', 'permissionsBoundary', 'tags', 'externalId', 'previousExternalId']);
    expect(marked.every((path) => fieldDef(path as never).owner !== 'settings')).toBe(true);
  });
});

describe('patchLines', () => {
  it('shows exactly the new lines, rewriting only changed lines (same count) or lines outside a longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const code = new FakeCode();
        code.lines = before.map((h) => code.line(h, false));
        const kept = new Set(code.lines);
        const written = patchLines(code as unknown as HTMLElement, before, after, rewrite);
        expect(code.lines.map((l) => l.html)).toEqual(after);
        // Equal lengths: line k becomes line k; otherwise only lines outside an LCS are written.
        const differing = after.filter((h, i) => before[i] !== h).length;
        expect(written).toBe(before.length === after.length ? differing : after.length - lcsLength(before, after));
        expect(code.lines.filter((l) => l.written)).toHaveLength(written);
        // Old elements are reused for new lines between kept ones: at most the surplus goes.
        const survivors = code.lines.filter((l) => kept.has(l)).length;
        expect(survivors).toBeGreaterThanOrEqual(lcsLength(before, after));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('rewrites changed lines in place: no element is removed or inserted when only values change', () => {
    fc.assert(
      fc.property(lines, fc.array(fc.boolean(), { maxLength: 30 }), (before, flips) => {
        // Each flipped line gets a new value (a text no old line has), as one keystroke does.
        const after = before.map((h, i) => (flips[i] ? h.replace('</div>', ' 9</div>') : h));
        const code = new FakeCode();
        code.lines = before.map((h) => code.line(h, false));
        const elements = [...code.lines];
        patchLines(code as unknown as HTMLElement, before, after, rewrite);
        expect(code.lines.map((l) => l.html)).toEqual(after);
        expect(code.lines).toEqual(elements);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('rebuilds from scratch when the element does not show what it was told', () => {
    const code = new FakeCode();
    const written = patchLines(code as unknown as HTMLElement, [asLine('x')], [asLine('a'), asLine('b')]);
    expect(written).toBe(2);
    expect(code.lines.map((l) => l.html)).toEqual([asLine('a'), asLine('b')]);
  });
});

describe('SnippetFiller', () => {
  // Two kinds of value and a few line shapes, enough for lines whose text stays while the
  // meaning of a part changes (a value becoming plain text and back).
  const account = MARKER_KINDS.indexOf('accountId');
  const region = MARKER_KINDS.indexOf('region');
  const templates = () =>
    compileTemplates({
      s: ['--0:#111', '--0:#222'],
      l: [
        [0, `"arn:aws:iam::${markerChar(account)}:root"`, 0],
        [0, `region ${markerChar(region)}`, 1],
        [0, `${markerChar(account)} in ${markerChar(region)}`, 0],
        [0, 'fixed', 1],
      ],
    });
  const value = fc.constantFrom('111122223333', '123456789012', '1234', 'ap-northeast-1', 'us-east-1', '<YOUR_ACCOUNT_ID>');
  const state = fc.record({
    account: value,
    region: value,
    lines: fc.array(fc.constantFrom(0, 1, 2, 3, 4), { maxLength: 8 }),
  });
  const textOf = (s: { account: string; region: string; lines: number[] }) =>
    s.lines
      .map((k) => [`"arn:aws:iam::${s.account}:root"`, `region ${s.region}`, `${s.account} in ${s.region}`, 'fixed', `plain ${s.account}`][k])
      .join('\n');
  const valuesOf = (s: { account: string; region: string }) => MARKER_KINDS.map((_, kind) => (kind === account ? [s.account] : kind === region ? [s.region] : []));

  it('gives, after any sequence of changes, exactly the lines a fresh render gives', () => {
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 6 }), (states) => {
        const filler = new SnippetFiller(templates());
        for (const s of states) expect(filler.update(textOf(s), valuesOf(s))).toEqual(linesHtml(templates(), textOf(s), valuesOf(s)));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('returns the same lines, untouched, when neither the text nor the values changed', () => {
    const filler = new SnippetFiller(templates());
    const s = { account: '123456789012', region: 'us-east-1', lines: [0, 1, 2, 3] };
    const first = filler.update(textOf(s), valuesOf(s));
    expect(filler.update(textOf(s), valuesOf(s))).toBe(first);
  });

  it('lists the values that differ between two value sets', () => {
    expect(changedValues([['a'], ['b', 'c']], [['a'], ['c', 'd']]).sort()).toEqual(['b', 'd']);
    expect(changedValues([['a']], [['a']])).toEqual([]);
  });
});

describe('changedTexts', () => {
  // Lines as render.ts writes them: a styled token, a marked value, plain text.
  const line = (value: string, mark = 'sv', tail = '') =>
    `<div class="ec-line"><div class="code"><span style="--0:#111">"arn:aws:iam::<span class="${mark}">${escapeHtml(value)}</span>:root"</span>${escapeHtml(tail)}</div></div>`;

  it('lists the text nodes to write, by index among the line\'s text nodes, decoded', () => {
    expect(changedTexts(line('123456789012'), line('123456789013'))).toEqual([[1, '123456789013']]);
    expect(changedTexts(line('1', 'sv', 'a'), line('1', 'sv', '<b & "c">'))).toEqual([[3, '<b & "c">']]);
    expect(changedTexts(line('1'), line('1'))).toEqual([]);
  });

  it('gives up (null) when the tags differ or a text appears or disappears', () => {
    expect(changedTexts(line('123456789012'), line('<YOUR_ACCOUNT_ID>', 'sv sv-ph'))).toBeNull();
    expect(changedTexts(line('1', 'sv', ''), line('1', 'sv', 'x'))).toBeNull();
    expect(changedTexts(lineHtml('', null), lineHtml('x', null))).toEqual([[0, 'x']]);
  });

  it('agrees with the texts of the new markup for arbitrary texts (property)', () => {
    const text = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(text, text, text, text, (a, b, c, d) => {
        const before = line(a, 'sv', b);
        const after = line(c, 'sv', d);
        const found = changedTexts(before, after);
        // Splitting at tags gives the text nodes (empty texts make none).
        const nodes = (html: string) => html.split(/<[^>]*>/).filter((t) => t !== '');
        const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        if (found === null) {
          // Only when an empty text becomes non-empty or back (the node would appear or go).
          expect((a === '') === (c === '') && (b === '') === (d === '')).toBe(false);
        } else {
          const shown = nodes(before).map(unescape);
          for (const [at, t] of found) shown[at] = t;
          expect(shown).toEqual(nodes(after).map(unescape));
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('shownLineHtml', () => {
  // The browser serialises text with a bare `"` (attributes keep `&quot;`); escapeHtml writes
  // `&quot;` everywhere. A line the build rendered must compare equal to the same line rendered here.
  const asSerialised = (html: string) => html.replace(/>([^<]*)</g, (_, text: string) => `>${text.replaceAll('&quot;', '"')}<`);

  it('gives the markup lineHtml writes for a line the document shows', () => {
    const html = '<div class="ec-line"><div class="code"><span style="--0:#a&quot;b">&quot;Effect&quot;</span>: &quot;Allow&quot; &gt; &amp;</div></div>';
    expect(asSerialised(html)).toContain('>"Effect"<');
    expect(shownLineHtml({ outerHTML: asSerialised(html) } as Element)).toBe(html);
  });

  it('round-trips any text through the serialiser (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = lineHtml(text, null);
        expect(shownLineHtml({ outerHTML: asSerialised(html) } as Element)).toBe(html);
      }),
      { seed },
    );
  });
});
