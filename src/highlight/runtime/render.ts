/**
 * The HTML of a highlighted snippet's lines, in Expressive Code's own markup
 * (`div.ec-line > div.code > span.indent? span[style]…`), so that EC's stylesheet colours it
 * exactly like a static code block, in both themes. Values filled into the templates are
 * wrapped in `span.sv` (reader values) or `span.sv.sv-ph` (placeholders) for marking.
 * Every text is escaped: values are validated, but escaping does not depend on that.
 */
import { isPlaceholder } from '../../core/placeholders.ts';
import { READER_KINDS } from './markers.ts';
import type { HighlightedLine, HighlightedToken } from './match.ts';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

function tokenHtml(token: HighlightedToken): string {
  const inner = token.pieces
    .map((piece) => {
      if (typeof piece === 'string') return escapeHtml(piece);
      const text = escapeHtml(piece.value);
      if (isPlaceholder(piece.value)) return `<span class="sv sv-ph">${text}</span>`;
      return READER_KINDS.has(piece.kind) ? `<span class="sv">${text}</span>` : text;
    })
    .join('');
  return token.style === null ? inner : `<span style="${escapeHtml(token.style)}">${inner}</span>`;
}

/** One line's `div.ec-line`; `line` null means "no template": the text, uncoloured. */
export function lineHtml(text: string, line: HighlightedLine | null): string {
  let body: string;
  if (text === '') body = '\n';
  else if (!line) body = escapeHtml(text);
  else {
    const indent = line.tokens.slice(0, line.indent).map(tokenHtml).join('');
    const rest = line.tokens.slice(line.indent).map(tokenHtml).join('');
    body = (indent ? `<span class="indent">${indent}</span>` : '') + rest;
  }
  return `<div class="ec-line"><div class="code">${body}</div></div>`;
}
