/**
 * Fills a live snippet's `<code>` with an artifact's text, changing only the lines that
 * changed. A keystroke changes a few lines of a file (the account ID in an ARN, one more
 * cluster); rebuilding the whole block would re-create hundreds of elements per snippet
 * and make the browser restyle all of them. The markup is Expressive Code's own, line by
 * line (see `render.ts`), so a patched block is identical to one rendered from scratch.
 */
import { highlightText, type CompiledTemplates, type HighlightedLine } from './match.ts';
import { lineHtml } from './render.ts';

// A highlighted line object stands for one exact text (the match cache returns the same
// object for the same line and relevant values), so its HTML can be kept with it.
const htmlOf = new WeakMap<HighlightedLine, string>();

/** The HTML of every line of `text` (one `div.ec-line` each), highlighted with `templates`. */
export function linesHtml(templates: CompiledTemplates, text: string, values: readonly (readonly string[])[]): string[] {
  return highlightText(templates, text, values).map(({ text: lineText, line }) => {
    if (!line) return lineHtml(lineText, null);
    let html = htmlOf.get(line);
    if (html === undefined) {
      html = lineHtml(lineText, line);
      htmlOf.set(line, html);
    }
    return html;
  });
}

/** Above this many line pairs in the changed middle, the middle is simply rewritten. */
const MAX_DIFF_CELLS = 250_000;

/**
 * Turns `code`, which shows the lines `before`, into `after`, writing only lines that are
 * not in both: a longest common subsequence of the lines (after trimming the common start
 * and end) says which old lines stay, which go and where new ones come. Returns how many
 * lines were written (for tests).
 */
export function patchLines(code: HTMLElement, before: readonly string[], after: readonly string[]): number {
  // The DOM must be what `before` says; anything else (first fill) is rebuilt from scratch.
  if (code.childElementCount !== before.length) {
    code.innerHTML = after.join('');
    return after.length;
  }
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const n = a.length;
  const m = b.length;
  const children = code.children;
  const insertAt = (pos: number, html: string) => {
    const next = children[pos];
    if (next) next.insertAdjacentHTML('beforebegin', html);
    else code.insertAdjacentHTML('beforeend', html);
  };
  if (n * m > MAX_DIFF_CELLS) {
    for (let i = 0; i < n; i++) children[head]!.remove();
    if (m > 0) insertAt(head, b.join(''));
    return m;
  }
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i…] and b[j…].
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let written = 0;
  let pos = head;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      pos++;
      i++;
      j++;
    } else if (j === m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      children[pos]!.remove();
      i++;
    } else {
      insertAt(pos, b[j]!);
      pos++;
      j++;
      written++;
    }
  }
  return written;
}
