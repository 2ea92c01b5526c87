/**
 * Runtime highlighting of a snippet from build-time templates (no Shiki in the browser).
 *
 * At build time, Expressive Code highlighted many sample versions of each artifact; every
 * line was reduced to its shape (values and digit runs replaced by marker characters, see
 * `markers.ts`) and stored with its tokens: {@link SnippetTemplates}. Here, a line of the
 * artifact for the reader's current values is matched against those shapes: a marker of a
 * value kind matches one of the current model's values of that kind, a `number` marker a
 * run of digits. The matched values are put back into the template's tokens, which
 * reproduces the line exactly, with Expressive Code's colours. The result is checked
 * against the line; a line that no template reproduces is returned as `null` and shown
 * as plain text: never wrong text, at worst uncoloured text.
 */
import { markerKind, NUMBER_KIND } from './markers.ts';

/**
 * Serialised templates of one artifact (compact JSON in the page).
 * `s`: Expressive Code's inline `style` strings (`--0:#…;--1:#…`), by index.
 * `l`: one template per line shape: `[indentTokens, text, style, text, style, …]`, where the
 * first `indentTokens` tokens sit inside EC's `span.indent`, `style` indexes `s`, and -1
 * stands for a bare text node (no span).
 */
export interface SnippetTemplates {
  s: string[];
  l: Array<Array<string | number>>;
}

/** A piece of a token's text: literal text, or a value filled in for a marker. */
export type TokenPiece = string | { kind: number; value: string };

/** One highlighted token: EC's style (null: bare text) and its pieces. */
export interface HighlightedToken {
  style: string | null;
  pieces: TokenPiece[];
}

/** One highlighted line: how many leading tokens form the indent, and the tokens. */
export interface HighlightedLine {
  indent: number;
  tokens: HighlightedToken[];
}

interface CompiledTemplate {
  /** Literal runs and marker kinds, in order: the shape, split. */
  parts: Array<string | number>;
  first: string;
  last: string;
  indent: number;
  tokens: Array<{ text: string; style: number }>;
}

/** Templates ready for matching. */
export interface CompiledTemplates {
  styles: string[];
  exact: Map<string, CompiledTemplate>;
  patterns: CompiledTemplate[];
  cache: Map<string, HighlightedLine | null>;
}

function splitShape(shape: string): Array<string | number> {
  const parts: Array<string | number> = [];
  let literal = '';
  for (const ch of shape) {
    const kind = markerKind(ch);
    if (kind < 0) {
      literal += ch;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    parts.push(kind);
  }
  if (literal) parts.push(literal);
  return parts;
}

/** Prepares serialised templates for {@link highlightLine}. */
export function compileTemplates(data: SnippetTemplates): CompiledTemplates {
  const exact = new Map<string, CompiledTemplate>();
  const patterns: CompiledTemplate[] = [];
  for (const row of data.l) {
    const indent = typeof row[0] === 'number' ? row[0] : 0;
    const tokens: CompiledTemplate['tokens'] = [];
    for (let i = 1; i + 1 < row.length; i += 2) {
      const text = row[i];
      const style = row[i + 1];
      if (typeof text === 'string' && typeof style === 'number') tokens.push({ text, style });
    }
    const shape = tokens.map((t) => t.text).join('');
    const parts = splitShape(shape);
    const first = typeof parts[0] === 'string' ? parts[0] : '';
    const lastPart = parts[parts.length - 1];
    const last = typeof lastPart === 'string' ? lastPart : '';
    const template = { parts, first, last, indent, tokens };
    if (parts.every((p) => typeof p === 'string')) {
      if (!exact.has(shape)) exact.set(shape, template);
    } else {
      patterns.push(template);
    }
  }
  return { styles: data.s, exact, patterns, cache: new Map() };
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

// Backtracking match of `parts[pi…]` against `line[pos…]`; pushes each marker's value to `out`.
function matchFrom(
  parts: ReadonlyArray<string | number>,
  pi: number,
  line: string,
  pos: number,
  values: readonly (readonly string[])[],
  out: string[],
): boolean {
  if (pi === parts.length) return pos === line.length;
  const part = parts[pi]!;
  if (typeof part === 'string') {
    return line.startsWith(part, pos) && matchFrom(parts, pi + 1, line, pos + part.length, values, out);
  }
  if (part === NUMBER_KIND) {
    let end = pos;
    while (isDigit(line[end])) end++;
    for (let e = end; e > pos; e--) {
      out.push(line.slice(pos, e));
      if (matchFrom(parts, pi + 1, line, e, values, out)) return true;
      out.pop();
    }
    return false;
  }
  for (const value of values[part] ?? []) {
    if (!line.startsWith(value, pos)) continue;
    out.push(value);
    if (matchFrom(parts, pi + 1, line, pos + value.length, values, out)) return true;
    out.pop();
  }
  return false;
}

// The template's tokens with the matched values put in place of its markers, in order.
function fill(template: CompiledTemplate, styles: readonly string[], found: readonly string[]): HighlightedLine {
  let next = 0;
  const tokens = template.tokens.map((token): HighlightedToken => {
    const pieces: TokenPiece[] = [];
    let literal = '';
    for (const ch of token.text) {
      const kind = markerKind(ch);
      if (kind < 0) {
        literal += ch;
        continue;
      }
      const value = found[next++] ?? '';
      // Digit runs are fixed text of the artifact (counts, indexes), not the reader's values.
      if (kind === NUMBER_KIND) {
        literal += value;
        continue;
      }
      if (literal) pieces.push(literal);
      literal = '';
      pieces.push({ kind, value });
    }
    if (literal) pieces.push(literal);
    return { style: token.style >= 0 ? (styles[token.style] ?? null) : null, pieces };
  });
  return { indent: template.indent, tokens };
}

/** The text a highlighted line stands for (its pieces joined). */
export function lineText(line: HighlightedLine): string {
  return line.tokens.map((t) => t.pieces.map((p) => (typeof p === 'string' ? p : p.value)).join('')).join('');
}

/**
 * Highlights one line of an artifact for the current values (`values`: `valuesByKind` of
 * the model the text was built from). Returns null when no template reproduces the line.
 */
export function highlightLine(
  templates: CompiledTemplates,
  line: string,
  values: readonly (readonly string[])[],
): HighlightedLine | null {
  // The result depends on the values only through those that occur in the line (a marker
  // matches a value only where the line contains it), so the key holds just those: a line
  // that a keystroke did not change is found in the cache, whatever else changed.
  let key = line;
  for (let kind = 0; kind < values.length; kind++) {
    for (const value of values[kind]!) if (line.includes(value)) key += `\u0001${kind}\u0002${value}`;
  }
  const cached = templates.cache.get(key);
  if (cached !== undefined) return cached;
  let result: HighlightedLine | null = null;
  const exact = templates.exact.get(line);
  if (exact) result = fill(exact, templates.styles, []);
  for (let i = 0; !result && i < templates.patterns.length; i++) {
    const template = templates.patterns[i]!;
    if (!line.startsWith(template.first) || !line.endsWith(template.last)) continue;
    const found: string[] = [];
    if (!matchFrom(template.parts, 0, line, 0, values, found)) continue;
    const filled = fill(template, templates.styles, found);
    // Matching guarantees this; checked anyway, because a wrong line is worse than a plain one.
    if (lineText(filled) === line) result = filled;
  }
  if (templates.cache.size > 5000) templates.cache.clear();
  templates.cache.set(key, result);
  return result;
}

/**
 * Highlights a whole artifact text. Lines are split on `\n` only, as Expressive Code does
 * for our artifacts (they never contain `\r`); the final newline makes no line of its own.
 */
export function highlightText(
  templates: CompiledTemplates,
  text: string,
  values: readonly (readonly string[])[],
): Array<{ text: string; line: HighlightedLine | null }> {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return lines.map((line) => ({ text: line, line: highlightLine(templates, line, values) }));
}
