/**
 * POSIX shell quoting for the generated scripts.
 *
 * Every value that reaches a script goes through {@link shellQuote}, so a value is always
 * exactly one argument, whatever it contains: validation keeps bad values out, and this
 * keeps a value that slipped through (or a placeholder such as `<EXTERNAL_ID>`) from ever
 * being read as shell syntax.
 */

/**
 * Quotes `value` as one POSIX shell word: wrapped in single quotes, each `'` written as
 * `'\''`. Inside single quotes nothing is special (no `$`, backslash, glob or history
 * expansion in a script), so this is safe for every string without NUL.
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * One shell command laid out one option per line: `head` holds the fixed words
 * (written as is, so they must be literal shell words), then each option is followed
 * by its quoted value(s). Lines end in ` \` so the command stays one command when pasted.
 */
export function shellCommand(
  head: string,
  options: ReadonlyArray<readonly [flag: string, ...values: string[]]>,
  indent = '',
): string {
  const lines = [`${indent}${head}`];
  for (const [flag, ...values] of options) {
    if (values.length <= 1) {
      lines.push(`${indent}  ${[flag, ...values.map(shellQuote)].join(' ')}`);
    } else {
      // One value per line: a list of parameter overrides stays readable and diffable.
      lines.push(`${indent}  ${flag}`, ...values.map((value) => `${indent}    ${shellQuote(value)}`));
    }
  }
  return lines.join(' \\\n');
}

/**
 * A whole script: bash shebang, a comment header, `set -euo pipefail` (stop at the first
 * failing command, unset variable or failing pipe stage), then the blocks separated by
 * blank lines. Comment lines are fixed English text; line breaks in them are flattened
 * anyway, so a comment can never spill into a command.
 */
export function shellScript(header: readonly string[], blocks: readonly string[]): string {
  return ['#!/usr/bin/env bash', ...header.map(shellComment), 'set -euo pipefail', '', blocks.join('\n\n'), ''].join('\n');
}

/** A comment line inside a script body (same flattening as the header). */
export function shellComment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}`.trimEnd();
}
