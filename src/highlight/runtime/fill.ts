/**
 * Fills a live snippet's `<code>` with an artifact's text, changing only what changed. A
 * keystroke changes a few lines of a file (the account ID in an ARN, one more cluster);
 * rebuilding the whole block would re-create hundreds of elements per snippet and make the
 * browser restyle all of them. The markup is Expressive Code's own, line by line (see
 * `render.ts`), so a patched block is identical to one rendered from scratch.
 *
 * What one keystroke costs is kept to the minimum, in three steps:
 * - {@link SnippetFiller} highlights only the lines whose text, or whose values, changed
 *   (a line's highlighting depends on the values only through those it contains);
 * - {@link patchLines} keeps every line element both versions share, and rewrites a changed
 *   line *in place* rather than removing it and inserting a new one: Expressive Code's
 *   stylesheet has `:nth-child(1 of .ec-line)`, so inserting or removing a line makes the
 *   browser restyle every line after it (and `:has()` rules of Starlight's stylesheet restyle
 *   the document's root on any insertion), while an edited text node restyles nothing;
 * - {@link rewriteLine} turns a line element into the new line's markup by setting only the
 *   text nodes that differ when the tags are the same (a new account ID is one text node per
 *   ARN), else ({@link syncLineHtml}) only the nodes and attributes that differ.
 */
import { highlightLine, type CompiledTemplates, type HighlightedLine } from './match.ts';
import { lineHtml } from './render.ts';

// A highlighted line object stands for one exact text (the match cache returns the same
// object for the same line and relevant values), so its HTML can be kept with it.
const htmlOf = new WeakMap<HighlightedLine, string>();

/** Lines of an artifact text: split on `\n` only, the final newline makes no line (as in `highlightText`). */
export function splitLines(text: string): string[] {
  return text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
}

/** The HTML of one line of an artifact (one `div.ec-line`), highlighted with `templates`. */
export function lineHtmlFor(templates: CompiledTemplates, text: string, values: readonly (readonly string[])[]): string {
  const line = highlightLine(templates, text, values);
  if (!line) return lineHtml(text, null);
  let html = htmlOf.get(line);
  if (html === undefined) {
    html = lineHtml(text, line);
    htmlOf.set(line, html);
  }
  return html;
}

/** The HTML of every line of `text` (one `div.ec-line` each), highlighted with `templates`. */
export function linesHtml(templates: CompiledTemplates, text: string, values: readonly (readonly string[])[]): string[] {
  return splitLines(text).map((line) => lineHtmlFor(templates, line, values));
}

/** The values of `a` that `b` lacks and those of `b` that `a` lacks, any kind (distinct strings). */
export function changedValues(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  const kinds = Math.max(a.length, b.length);
  for (let kind = 0; kind < kinds; kind++) {
    const x = a[kind] ?? [];
    const y = b[kind] ?? [];
    if (x === y) continue;
    for (const v of x) if (!y.includes(v)) out.add(v);
    for (const v of y) if (!x.includes(v)) out.add(v);
  }
  return [...out];
}

/**
 * The line HTML of one snippet, kept from one change to the next: {@link SnippetFiller.update}
 * returns the HTML of every line of a new text, highlighting again only a line whose text is
 * new or which contains a value that changed (a line's highlighting depends on the values
 * only through the values it contains, see `highlightLine`); every other line keeps its HTML
 * string (the same string object, so comparing it later costs nothing).
 */
export class SnippetFiller {
  private text: string | null = null;
  private values: readonly (readonly string[])[] = [];
  private byText = new Map<string, string>();
  /** The HTML of the lines shown (the last {@link update}). */
  lines: string[] = [];

  private readonly templates: CompiledTemplates;

  /** A filler for one snippet's templates (nothing shown yet). */
  constructor(templates: CompiledTemplates) {
    this.templates = templates;
  }

  /** The line HTML for `text` with `values`; the same array when nothing changed. */
  update(text: string, values: readonly (readonly string[])[]): string[] {
    if (this.text === null) {
      this.lines = linesHtml(this.templates, text, values);
    } else {
      const changed = changedValues(this.values, values);
      if (text === this.text && changed.length === 0) {
        this.values = values;
        return this.lines;
      }
      this.lines = splitLines(text).map((line) => {
        const kept = this.byText.get(line);
        if (kept !== undefined && !changed.some((value) => line.includes(value))) return kept;
        return lineHtmlFor(this.templates, line, values);
      });
    }
    this.text = text;
    this.values = values;
    const texts = splitLines(text);
    this.byText = new Map(texts.map((line, i) => [line, this.lines[i]!]));
    return this.lines;
  }
}

// Reused for parsing line HTML out of the document (a template's content is inert: parsing
// into it neither runs anything nor touches the page's style).
let parser: HTMLTemplateElement | null = null;

function syncAttributes(target: Element, source: Element): void {
  for (const { name, value } of [...source.attributes]) if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  for (const { name } of [...target.attributes]) if (!source.hasAttribute(name)) target.removeAttribute(name);
}

// Makes `target`'s children what `source`'s are, keeping every node whose kind matches and
// writing only text and attributes that differ; a subtree whose shape differs is replaced.
function syncChildren(target: Node, source: Node): void {
  const want = source.childNodes;
  const have = target.childNodes;
  let same = want.length === have.length;
  for (let i = 0; same && i < want.length; i++) same = want[i]!.nodeName === have[i]!.nodeName;
  if (!same) {
    (target as Element).replaceChildren(...[...want]);
    return;
  }
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.nodeType === 3 /* text */) {
      if ((h as Text).data !== (w as Text).data) (h as Text).data = (w as Text).data;
    } else if (w.nodeType === 1 /* element */) {
      syncAttributes(h as Element, w as Element);
      syncChildren(h, w);
    }
  }
}

/**
 * Turns the line element `element` (one `div.ec-line`) into the markup `html` of another line,
 * in place: only text nodes and attributes that differ are written, the element itself stays.
 */
export function syncLineHtml(element: Element, html: string): void {
  parser ??= element.ownerDocument.createElement('template');
  parser.innerHTML = html;
  const source = parser.content.firstElementChild;
  if (!source || source.nodeName !== element.nodeName) {
    element.outerHTML = html;
    return;
  }
  syncAttributes(element, source);
  syncChildren(element, source);
}

const ENTITY: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const decode = (text: string) => (text.includes('&') ? text.replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITY[e]!) : text);

/**
 * Where the markup `html` of a line has the same tags as `previous` (the usual keystroke: a
 * value changed, not its colour or mark), the texts between the tags, in order; else null.
 * Our line markup escapes every text with `escapeHtml` (`render.ts`), so a text holds no tag
 * and only its four entities.
 */
export function changedTexts(previous: string, html: string): Array<[index: number, text: string]> | null {
  const a = previous.split(/(<[^>]*>)/);
  const b = html.split(/(<[^>]*>)/);
  if (a.length !== b.length) return null;
  const out: Array<[number, string]> = [];
  let node = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (i % 2 === 1) {
      if (x !== y) return null;
      continue;
    }
    // An empty text makes no text node: the two must agree on which texts exist.
    if ((x === '') !== (y === '')) return null;
    if (y === '') continue;
    if (x !== y) out.push([node, decode(y)]);
    node++;
  }
  return out;
}

/**
 * {@link syncLineHtml} for a line element that shows the markup `previous`: when only texts
 * differ, sets just those text nodes' data, without parsing anything.
 */
export function rewriteLine(element: Element, html: string, previous: string): void {
  const texts = changedTexts(previous, html);
  if (texts === null) {
    syncLineHtml(element, html);
    return;
  }
  if (texts.length === 0) return;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let index = -1;
  let k = 0;
  for (let node = walker.nextNode(); node && k < texts.length; node = walker.nextNode()) {
    index++;
    const [at, text] = texts[k]!;
    if (index !== at) continue;
    if ((node as Text).data !== text) (node as Text).data = text;
    k++;
  }
  // The element did not show `previous` after all (never expected): rebuild the line.
  if (k < texts.length) syncLineHtml(element, html);
}

/**
 * A line element's markup as {@link lineHtml} writes it, so lines the document already shows
 * (the build's) compare equal to the runtime's: the HTML serialiser leaves `"` bare in text,
 * where `escapeHtml` writes `&quot;` (attribute values come out escaped either way).
 */
export function shownLineHtml(element: Element): string {
  return element.outerHTML.replace(/>([^<]*)</g, (_, text: string) => `>${text.replaceAll('"', '&quot;')}<`);
}

/** Above this many line pairs in the changed middle, the middle is simply rewritten. */
const MAX_DIFF_CELLS = 250_000;

/** Writes the line markup `html` into the existing line element `element`, which shows `previous` (default: {@link rewriteLine}). */
export type LineWriter = (element: Element, html: string, previous: string) => void;

/**
 * Turns `code`, which shows the lines `before`, into `after`, writing only lines that are
 * not in both. With as many lines as before, each changed line is rewritten in place
 * (`write`). Otherwise a longest common subsequence of the lines (after trimming the common
 * start and end) says which old lines stay; between two kept lines, old lines are rewritten
 * in place into new ones, and only the surplus is removed or inserted. Returns how many lines
 * were written (for tests).
 */
export function patchLines(code: HTMLElement, before: readonly string[], after: readonly string[], write: LineWriter = rewriteLine): number {
  // The DOM must be what `before` says; anything else (never expected) is rebuilt from scratch.
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
  if (n === 0 && m === 0) return 0;
  const children = code.children;
  const insertAt = (pos: number, html: string) => {
    const next = children[pos];
    if (next) next.insertAdjacentHTML('beforebegin', html);
    else code.insertAdjacentHTML('beforeend', html);
  };
  // One gap between kept lines: `removed` old lines at `pos` become the new lines `added`.
  let pos = head;
  const replace = (removed: number, added: readonly string[], from: number) => {
    const common = Math.min(removed, added.length);
    for (let k = 0; k < common; k++) write(children[pos + k]!, added[k]!, a[from + k]!);
    for (let k = common; k < removed; k++) children[pos + common]!.remove();
    if (added.length > common) insertAt(pos + common, added.slice(common).join(''));
    pos += added.length;
    return added.length;
  };
  // As many lines as before (a value changed, the common case): line k becomes line k, so no
  // element moves, even where a longest common subsequence would shift lines by one.
  if (n === m) {
    let written = 0;
    for (let k = 0; k < n; k++) {
      if (a[k] === b[k]) continue;
      write(children[head + k]!, b[k]!, a[k]!);
      written++;
    }
    return written;
  }
  if (n * m > MAX_DIFF_CELLS) return replace(n, b, 0);
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i…] and b[j…].
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let written = 0;
  let i = 0;
  let j = 0;
  let removed = 0;
  let added: string[] = [];
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      written += replace(removed, added, i - removed);
      removed = 0;
      added = [];
      pos++;
      i++;
      j++;
    } else if (j === m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      removed++;
      i++;
    } else {
      added.push(b[j]!);
      j++;
    }
  }
  return written + replace(removed, added, i - removed);
}
