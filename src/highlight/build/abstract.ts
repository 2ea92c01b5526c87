/**
 * Build-time side of the templates: the abstraction of a sample line into its shape, and
 * the conversion of Expressive Code's tokens of that line into a template (tokens whose text
 * carries marker characters where the sample had values).
 */
import { markerChar, NUMBER_KIND, PARTITION_KIND } from '../runtime/markers.ts';

/** Where one value (or digit run) sits in a line, and its kind. */
export interface MarkerSpan {
  start: number;
  end: number;
  kind: number;
}

/** A token as Expressive Code rendered it: its text and style index (-1: bare text). */
export interface TemplateToken {
  text: string;
  style: number;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The values of `line`, scanning left to right: at each position the longest value of any
 * kind (`values`: `valuesByKind` of the sample model) that starts there; otherwise the
 * partition, but only inside `arn:<partition>:` (the bare word `aws` is also a CLI
 * command); otherwise a maximal run of digits (`number`).
 */
export function abstractLine(line: string, values: readonly (readonly string[])[]): MarkerSpan[] {
  const candidates = values
    .flatMap((list, kind) => (kind === PARTITION_KIND || kind === NUMBER_KIND ? [] : list.map((value) => ({ value, kind }))))
    .filter((c) => c.value !== '')
    .sort((a, b) => b.value.length - a.value.length);
  const partitions = values[PARTITION_KIND] ?? [];
  const spans: MarkerSpan[] = [];
  let pos = 0;
  while (pos < line.length) {
    const hit = candidates.find((c) => line.startsWith(c.value, pos));
    if (hit) {
      spans.push({ start: pos, end: pos + hit.value.length, kind: hit.kind });
      pos += hit.value.length;
      continue;
    }
    const partition = line.endsWith('arn:', pos) ? partitions.find((p) => line.startsWith(`${p}:`, pos)) : undefined;
    if (partition) {
      spans.push({ start: pos, end: pos + partition.length, kind: PARTITION_KIND });
      pos += partition.length;
      continue;
    }
    if (isDigit(line[pos])) {
      let end = pos;
      while (isDigit(line[end])) end++;
      spans.push({ start: pos, end, kind: NUMBER_KIND });
      pos = end;
      continue;
    }
    pos++;
  }
  return spans;
}

/** `line` with every span replaced by its marker character. */
export function shapeOf(line: string, spans: readonly MarkerSpan[]): string {
  let out = '';
  let pos = 0;
  for (const span of spans) {
    out += line.slice(pos, span.start) + markerChar(span.kind);
    pos = span.end;
  }
  return out + line.slice(pos);
}

/**
 * The template of a line: its tokens with each span replaced by its marker. A span that
 * straddles a token boundary belongs wholly to the token where it starts (later tokens lose
 * the characters it covered; tokens left empty are dropped, and the indent count with them).
 */
export function templateTokens(
  tokens: readonly TemplateToken[],
  indent: number,
  spans: readonly MarkerSpan[],
): { indent: number; tokens: TemplateToken[] } {
  const out: TemplateToken[] = [];
  let outIndent = 0;
  let pos = 0;
  let skipUntil = 0;
  let next = 0;
  tokens.forEach((token, index) => {
    let text = '';
    for (let i = 0; i < token.text.length; i++, pos++) {
      const span = spans[next];
      if (span && span.start === pos) {
        text += markerChar(span.kind);
        skipUntil = span.end;
        next++;
        continue;
      }
      if (pos < skipUntil) continue;
      text += token.text[i];
    }
    if (text === '') return;
    out.push({ text, style: token.style });
    if (index < indent) outIndent++;
  });
  return { indent: outIndent, tokens: out };
}
