/**
 * `patchLines`, the live snippet's line patcher: for any old and new list of lines the
 * `<code>` ends up showing exactly the new lines, and lines both lists share (a longest
 * common subsequence) are never rewritten. Runs against a minimal stand-in for the few DOM
 * operations the patcher uses (each line is one element whose HTML is its text), so the
 * property runs in Node, many times over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchLines } from '../../../src/highlight/runtime/fill.ts';

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

describe('patchLines', () => {
  it('shows exactly the new lines and rewrites only lines outside a longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const code = new FakeCode();
        code.lines = before.map((h) => code.line(h, false));
        const written = patchLines(code as unknown as HTMLElement, before, after);
        expect(code.lines.map((l) => l.html)).toEqual(after);
        expect(written).toBe(after.length - lcsLength(before, after));
        expect(code.lines.filter((l) => l.written)).toHaveLength(written);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('rebuilds from scratch when the element does not show what it was told', () => {
    const code = new FakeCode();
    const written = patchLines(code as unknown as HTMLElement, [asLine('x')], [asLine('a'), asLine('b')]);
    expect(written).toBe(2);
    expect(code.lines.map((l) => l.html)).toEqual([asLine('a'), asLine('b')]);
  });
});
