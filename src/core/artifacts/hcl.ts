/**
 * HCL (Terraform) text of an artifact, built as data like the JSON and YAML artifacts.
 *
 * A file is a list of groups (separated by one blank line) of entries: attributes, nested
 * blocks and comments. Values only ever enter the text through {@link hclString}, which
 * writes a quoted string literal that no value can leave: quotes, backslashes and control
 * characters are escaped, and the template sequences `${` and `%{` are doubled (`$${`,
 * `%%{`), so a value can neither end the string nor start an interpolation or a directive.
 * Expressions (references, `for` expressions, function calls) are fixed code of the
 * builders, wrapped in {@link HclRaw}; no value is ever put inside one.
 *
 * Layout follows `terraform fmt`: two-space indentation, and the `=` of consecutive
 * single-line attributes aligned. Builders keep every multi-line attribute in a group of
 * its own, so the alignment never depends on how a value is written.
 */

/** An HCL expression written as is: fixed code of a builder, never a value. */
export class HclRaw {
  /** The expression's text (may span lines; continuation lines are indented by the renderer). */
  readonly code: string;
  /** The expression is itself a list (e.g. a `for` expression), so it stands for a whole list argument. */
  readonly isList: boolean;
  constructor(code: string, isList = false) {
    this.code = code;
    this.isList = isList;
  }
}

/** Fixed HCL code (a reference such as `var.external_id`, a function call). */
export function hclRaw(code: string): HclRaw {
  return new HclRaw(code);
}

/** Fixed HCL code that evaluates to a list (a `for` expression), usable where a list of values is expected. */
export function hclRawList(code: string): HclRaw {
  return new HclRaw(code, true);
}

/**
 * A one-line object constructor `{ key = "value", … }` (e.g. one tag `{ key = "a", value = "b" }`),
 * usable as a list item. Keys are fixed identifiers of a builder; values go through
 * {@link hclString}. One line per object keeps every line's text independent of the other
 * items (no `=` column to align, which would make a line depend on another value's length).
 */
export class HclObject {
  /** The attributes, in order. */
  readonly entries: readonly (readonly [key: string, value: string])[];
  constructor(entries: readonly (readonly [key: string, value: string])[]) {
    this.entries = entries;
  }
}

/** A one-line object constructor (see {@link HclObject}). */
export function hclObject(entries: readonly (readonly [key: string, value: string])[]): HclObject {
  return new HclObject(entries);
}

/** An argument value: a string (written as a literal), a number, a boolean, raw code, or a list of those or of objects. */
export type HclValue = string | number | boolean | HclRaw | readonly (string | HclRaw | HclObject)[];

/** One entry of a body. */
export type HclEntry =
  | { readonly kind: 'attr'; readonly key: string; readonly value: HclValue }
  | { readonly kind: 'block'; readonly type: string; readonly labels: readonly string[]; readonly body: HclBody }
  | { readonly kind: 'comment'; readonly text: string };

/** A body: groups of entries, one blank line between groups. */
export type HclBody = readonly (readonly HclEntry[])[];

/** An attribute `key = value`. */
export function attr(key: string, value: HclValue): HclEntry {
  return { kind: 'attr', key, value };
}

/** A block `type "label" … { body }`. */
export function block(type: string, labels: readonly string[], ...body: HclBody): HclEntry {
  return { kind: 'block', type, labels, body };
}

/** A `#` comment line (fixed text of a builder). */
export function comment(text: string): HclEntry {
  return { kind: 'comment', text };
}

// Control characters other than the ones HCL has a short escape for, and the line/paragraph
// separators (harmless to HCL, but kept visible in a file a reviewer reads).
const OTHER_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/gu;

/**
 * A quoted HCL string literal whose value is exactly `value`. Escapes `\`, `"`, newline,
 * carriage return, tab and every other control character (`\uNNNN`), and doubles the
 * template introducers: `${` → `$${`, `%{` → `%%{` (HCL's own escapes for a literal `${`
 * and `%{`). A lone `$` or `%` stays as it is.
 */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(OTHER_CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/([$%])\{/g, '$1$1{');
  return `"${escaped}"`;
}

/** Whether `key` may be written bare as an attribute name or label-free block type (an HCL identifier). */
function isIdentifier(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
}

function scalar(value: string | number | boolean | HclRaw | HclObject): string {
  if (value instanceof HclRaw) return value.code;
  if (value instanceof HclObject) {
    for (const [key] of value.entries) if (!isIdentifier(key)) throw new Error(`HCL object key ${JSON.stringify(key)} is not an identifier`);
    return `{ ${value.entries.map(([key, v]) => `${key} = ${hclString(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return hclString(value);
  return String(value);
}

/**
 * The expression text of a value. A list with more than one item, or with an item that is
 * a value the reader typed, is written one item per line with a trailing comma, so a line
 * holds at most one value whatever the list's length.
 */
function valueText(value: HclValue, multiLineLists: boolean): string {
  if (!Array.isArray(value)) return scalar(value as string | number | boolean | HclRaw);
  const items = value as readonly (string | HclRaw | HclObject)[];
  const only = items[0];
  if (items.length === 1 && only instanceof HclRaw && only.isList) return only.code;
  if (items.length === 0) return '[]';
  if (!multiLineLists) return `[${items.map(scalar).join(', ')}]`;
  return `[\n${items.map((item) => `  ${scalar(item)},`).join('\n')}\n]`;
}

/** Options of {@link hclText}. */
export interface HclTextOptions {
  /** Attribute keys whose lists are always written one item per line (lists of reader values). */
  readonly multiLine?: ReadonlySet<string>;
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `${indent}${line}`))
    .join('\n');
}

function renderBody(body: HclBody, depth: number, opts: HclTextOptions): string[] {
  const indent = '  '.repeat(depth);
  const out: string[] = [];
  body.forEach((group, gi) => {
    if (gi > 0) out.push('');
    // Attributes of a run of single-line attributes share one `=` column (terraform fmt).
    const texts = group.map((entry) =>
      entry.kind === 'attr'
        ? valueText(entry.value, (Array.isArray(entry.value) && entry.value.length > 1) || (opts.multiLine?.has(entry.key) ?? false))
        : '',
    );
    let i = 0;
    while (i < group.length) {
      const entry = group[i]!;
      if (entry.kind === 'comment') {
        out.push(`${indent}#${entry.text === '' ? '' : ` ${entry.text}`}`);
        i += 1;
      } else if (entry.kind === 'block') {
        const labels = entry.labels.map((label) => ` ${hclString(label)}`).join('');
        if (!isIdentifier(entry.type)) throw new Error(`HCL block type ${JSON.stringify(entry.type)} is not an identifier`);
        if (entry.body.length === 0) out.push(`${indent}${entry.type}${labels} {}`);
        else out.push(`${indent}${entry.type}${labels} {`, ...renderBody(entry.body, depth + 1, opts), `${indent}}`);
        i += 1;
      } else {
        // A multi-line attribute stands alone (terraform fmt aligns only single-line runs).
        let end = i;
        const multi = (k: number) => texts[k]!.includes('\n');
        if (multi(i)) end = i + 1;
        else while (end < group.length && group[end]!.kind === 'attr' && !multi(end)) end += 1;
        const run = group.slice(i, end) as Extract<HclEntry, { kind: 'attr' }>[];
        const width = Math.max(...run.map((a) => a.key.length));
        run.forEach((a, k) => {
          if (!isIdentifier(a.key)) throw new Error(`HCL attribute name ${JSON.stringify(a.key)} is not an identifier`);
          out.push(`${indent}${a.key.padEnd(width)} = ${indentLines(texts[i + k]!, indent)}`);
        });
        i = end;
      }
    }
  });
  return out;
}

/**
 * The text of an HCL file: an optional header comment (one `#` line per item, then a blank
 * line), the body's groups separated by blank lines, and a final newline.
 */
export function hclText(body: HclBody, header: readonly string[] = [], opts: HclTextOptions = {}): string {
  const head = header.map((line) => (line === '' ? '#' : `# ${line}`));
  return `${[...(head.length > 0 ? [...head, ''] : []), ...renderBody(body, 0, opts)].join('\n')}\n`;
}
