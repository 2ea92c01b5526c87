/**
 * Markdown helpers for the handoff sheet.
 */

/**
 * `value` as an inline code span that cannot end early: the fence is one backtick longer
 * than the longest backtick run inside, padded with spaces when the value starts or ends
 * with a backtick, as CommonMark specifies. Line breaks become spaces (a code span is one line).
 */
export function mdCode(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
