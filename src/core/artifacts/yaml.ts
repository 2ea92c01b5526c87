/**
 * YAML text of an artifact, and the CloudFormation short-form intrinsics (`!Sub`, `!Ref`,
 * `!GetAtt`) as tagged values, so templates are built as data too.
 *
 * A small emitter written for these artifacts rather than the `yaml` package: the browser
 * runs the same builders, and the package (about 15 KB of gzipped JavaScript) would not fit
 * the guide's JavaScript budget. It writes what the artifacts need, block maps and
 * sequences of strings, numbers, booleans and tagged strings, in the layout the `yaml`
 * package produced before (two-space indent, sequences indented under their key, a
 * comment header and a blank line), so the files did not change. The tests parse every
 * artifact back with the `yaml` package.
 *
 * Quoting: a string is written plain only when both YAML 1.1 (CloudFormation, kubectl,
 * eksctl) and YAML 1.2 read it back as the same string; otherwise in single quotes (`'`
 * doubled), or in double quotes with escapes when it holds a line break, a control
 * character or anything else single quotes cannot carry.
 */

/** A scalar with a YAML tag, e.g. `!Sub arn:${AWS::Partition}:…`. */
export class YamlTagged {
  /** The tag, written before the value (`!Sub`). */
  readonly tag: string;
  /** The scalar's text. */
  readonly value: string;
  constructor(tag: string, value: string) {
    this.tag = tag;
    this.value = value;
  }
}

/** `!Sub text`. Only fixed text goes in: values reach the template as parameter defaults, never inside a Sub. */
export function cfnSub(text: string): YamlTagged {
  return new YamlTagged('!Sub', text);
}

/** `!Ref name` (a parameter or a resource's logical ID). */
export function cfnRef(name: string): YamlTagged {
  return new YamlTagged('!Ref', name);
}

/** `!GetAtt logicalId.attribute`. */
export function cfnGetAtt(path: string): YamlTagged {
  return new YamlTagged('!GetAtt', path);
}

/**
 * Plain scalars a YAML 1.1 or 1.2 reader resolves to something other than a string: null,
 * booleans (1.1's `y`/`yes`/`on`… too), integers and floats in every notation either version
 * knows (octal `0777` and `0o17`, hex, binary, `_` separators, sexagesimal `1:30`, `.inf`,
 * `.nan`) and timestamps (`2010-09-09`).
 */
const NON_STRING = [
  /^(?:~|null|Null|NULL)?$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?$/,
];

/**
 * What a plain scalar may not look like (the `yaml` package's rule): starting with an
 * indicator or whitespace, `-`/`?` alone or before a space, `: ` or ` #` inside, ending in a
 * space or `:`; plus document markers at the start.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$|^(?:---|\.\.\.)/;

/** Characters only double quotes can carry: line breaks of either version, controls, BOM, non-characters, lone surrogates. */
const NEEDS_DOUBLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\u{d800}-\u{dfff}]/u;

/** YAML's short escapes (the rest are written `\\xNN` / `\\uNNNN`). */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '\x85': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
  '"': '\\"',
  '\\': '\\\\',
};

function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (NEEDS_DOUBLE.test(ch)) out += code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `value` as a scalar: plain when that reads back as the same string, otherwise quoted. */
function scalarString(value: string, kind: 'value' | 'tagged' | 'key'): string {
  const plain =
    value !== '' &&
    !NOT_PLAIN.test(value) &&
    !NEEDS_DOUBLE.test(value) &&
    // Tagged too: `!Ref yes` would otherwise look like a boolean to a reader without the tag.
    !NON_STRING.some((re) => re.test(value)) &&
    // As a key, `<<` is YAML 1.1's merge key.
    !(kind === 'key' && value === '<<');
  if (plain) return value;
  if (NEEDS_DOUBLE.test(value) || (value.includes("'") && !value.includes('"'))) return doubleQuoted(value);
  return `'${value.replaceAll("'", "''")}'`;
}

function scalar(value: unknown): string | undefined {
  if (value instanceof YamlTagged) return `${value.tag} ${scalarString(value.value, 'tagged')}`;
  if (typeof value === 'string') return scalarString(value, 'value');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (value === null) return 'null';
  return undefined;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof YamlTagged);

// The lines of a block node at `indent`; `first` replaces the indent of the first line
// (a map or sequence that starts right after `- `).
function block(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const single = inline(item);
      if (single !== undefined) return [`${indent}- ${single}`];
      const [head = '', ...rest] = block(item, `${indent}  `);
      return [`${indent}- ${head.slice(indent.length + 2)}`, ...rest];
    });
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.flatMap(([key, item]) => {
    const k = scalarString(key, 'key');
    const single = inline(item);
    if (single !== undefined) return [`${indent}${k}: ${single}`];
    // Sequences sit two spaces in under their key, as maps do.
    return [`${indent}${k}:`, ...block(item, `${indent}  `)];
  });
}

// A value written on its key's (or dash's) line: a scalar, or an empty collection.
function inline(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (isMap(value)) return Object.values(value).some((v) => v !== undefined) ? undefined : '{}';
  const s = scalar(value);
  if (s === undefined) throw new TypeError(`yamlText: cannot write a ${typeof value}`);
  return s;
}

/**
 * Serialises `value` (plain data: maps, arrays, strings, numbers, booleans, null and
 * {@link YamlTagged}) as one YAML document, with `comment` as `#` lines before it. Every
 * line break YAML 1.1 knows (CR, NEL, LS, PS too) starts a new `#` line, so no comment
 * text can end its comment early and turn into content. Long values are never folded
 * (an ARN stays on one line). No anchors or aliases: each value is spelled out.
 */
export function yamlText(value: unknown, comment?: string): string {
  const lines: string[] = [];
  const joined = comment?.split(/\r\n|[\r\n\u0085\u2028\u2029]/).join('\n');
  if (joined) {
    // `#` before each line; empty lines stay empty, a lone space becomes `#` (the yaml package's rules).
    const text = joined.replace(/^(?!$)(?: $)?/gm, '#');
    lines.push(/^\n+$/.test(text) ? text.slice(1) : text, '');
  }
  const single = inline(value);
  lines.push(...(single !== undefined ? [single] : block(value, '')));
  return `${lines.join('\n')}\n`;
}
