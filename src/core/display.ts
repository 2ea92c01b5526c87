/**
 * Values made safe to show inside a message (validate.ts and the islands use these). Apart from
 * messages.ts so that importing them does not carry any language's messages into a page.
 */

const MAX_SHOWN = 60;

/**
 * A value made safe to show inside a message: control, format and line-separator characters
 * become visible escapes (`\n`, `\u{202E}`), and long values are cut to 60 characters with
 * their length noted, so a 100k-character paste cannot flood the page.
 */
export function displayValue(value: string): string {
  const chars = Array.from(value);
  const head = chars.slice(0, MAX_SHOWN).map(displayChar).join('');
  return chars.length > MAX_SHOWN ? `${head}…(${chars.length})` : head;
}

/** One character made visible: itself when printable, otherwise an escape such as `\n` or `\u{3000}`. */
export function displayChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  // Any whitespace other than the plain space (e.g. U+3000, U+00A0) is invisible as a "bad character", so escape it.
  if (/^[\p{C}\p{Zl}\p{Zp}]$/u.test(ch) || (/^\s$/u.test(ch) && ch !== ' ')) {
    return `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
  }
  return ch;
}
