/**
 * Reads Expressive Code's rendered block (hast): per line, the tokens with their inline
 * `style` (`--0:` dark / `--1:` light colour variables), and which of them form the indent.
 *
 * The expected markup is `pre > code > div.ec-line > div.code > (span.indent | span[style] |
 * text)*`, `span.indent` holding text or `span[style]`. Anything else throws: if a future
 * Expressive Code changes its markup, the build stops instead of shipping wrong templates.
 */
import type { Element, ElementContent, Root } from 'hast';

/** One token: its text and its `style` attribute (null for a bare text node). */
export interface EcToken {
  text: string;
  style: string | null;
}

/** One rendered line. */
export interface EcLine {
  /** Number of leading tokens inside `span.indent`. */
  indent: number;
  tokens: EcToken[];
}

/** The rendered block: the figure's classes, the pre's `data-language`, and the lines. */
export interface EcBlock {
  figureClass: string;
  language: string;
  lines: EcLine[];
}

function classes(el: Element): string[] {
  const c: unknown = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(' ') : [];
}

function find(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function styleOf(el: Element): string | null {
  const style = el.properties['style'];
  return typeof style === 'string' ? style : null;
}

function textOf(children: readonly ElementContent[], where: string): string {
  return children
    .map((c) => {
      if (c.type === 'text') return c.value;
      throw new Error(`Unexpected ${c.type === 'element' ? `<${c.tagName}>` : c.type} inside ${where} of an Expressive Code line`);
    })
    .join('');
}

/**
 * `outer` and `inner` inline styles as one (`--0:…;--1:…`, inner declarations winning,
 * sorted by property): what a span nested in another shows, written on one span.
 */
export function mergeStyles(outer: string | null, inner: string | null): string | null {
  if (outer === null) return inner;
  if (inner === null) return outer;
  const decls = new Map<string, string>();
  for (const style of [outer, inner]) {
    for (const decl of style.split(';')) {
      const at = decl.indexOf(':');
      if (at > 0) decls.set(decl.slice(0, at).trim(), decl.slice(at + 1).trim());
    }
  }
  return [...decls].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}:${v}`).join(';');
}

function tokensOf(children: readonly ElementContent[], where: string, outer: string | null = null): EcToken[] {
  const tokens: EcToken[] = [];
  for (const child of children) {
    if (child.type === 'text') tokens.push({ text: child.value, style: outer });
    else if (child.type === 'element' && child.tagName === 'span' && classes(child).length === 0) {
      const style = mergeStyles(outer, styleOf(child));
      // When the light and dark themes split a line into different tokens (HCL strings, for
      // example), Expressive Code nests one theme's spans inside the other's: flatten them
      // into tokens that each carry both colours, so a line stays a flat list of tokens.
      if (child.children.some((c) => c.type === 'element')) tokens.push(...tokensOf(child.children, where, style));
      else tokens.push({ text: textOf(child.children, where), style });
    } else throw new Error(`Unexpected ${child.type === 'element' ? `<${child.tagName} class="${classes(child).join(' ')}">` : child.type} in ${where}`);
  }
  return tokens;
}

/** The lines of the first code block in `tree` (the result of `renderer.ec.render`). */
export function readEcBlock(tree: Root | Element): EcBlock {
  const figure = find(tree, (el) => el.tagName === 'figure');
  const pre = figure && find(figure, (el) => el.tagName === 'pre');
  const code = pre && find(pre, (el) => el.tagName === 'code');
  if (!figure || !pre || !code) throw new Error('Expressive Code block without figure > pre > code');
  const lines: EcLine[] = [];
  for (const row of code.children) {
    if (row.type !== 'element' || !classes(row).includes('ec-line')) throw new Error('Unexpected child of <code>: not div.ec-line');
    const cell = row.children.find((c): c is Element => c.type === 'element' && classes(c).includes('code'));
    if (!cell || row.children.length !== 1) throw new Error('div.ec-line without exactly one div.code');
    // An empty line is rendered as a lone "\n" text node.
    if (cell.children.length === 1 && cell.children[0]?.type === 'text' && cell.children[0].value === '\n') {
      lines.push({ indent: 0, tokens: [] });
      continue;
    }
    const tokens: EcToken[] = [];
    let indent = 0;
    for (const child of cell.children) {
      if (child.type === 'element' && child.tagName === 'span' && classes(child).includes('indent')) {
        const inner = tokensOf(child.children, 'span.indent');
        tokens.push(...inner);
        indent += inner.length;
      } else {
        tokens.push(...tokensOf([child], 'div.code'));
      }
    }
    lines.push({ indent, tokens });
  }
  const language = pre.properties['dataLanguage'];
  return { figureClass: classes(figure).join(' '), language: typeof language === 'string' ? language : '', lines };
}
