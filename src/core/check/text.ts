/**
 * The setup checker's report in words, from the `check.*` strings of one language of the UI
 * catalogue (src/core/i18n/{ja,en}.ts), filled with the catalogue's one syntax `{{name}}`.
 * It takes the strings as an argument and imports no catalogue, so the page's island ships
 * only its own language (the `.astro` wrapper picks the strings); the CLI and tests use the
 * per-language wrappers in ./messages.ts.
 */
import { fill } from '../i18n/fill.ts';
import type { UiKey } from '../i18n/index.ts';
import type { CheckReport, CheckResult, CheckStatus, MatrixRow, Problem } from './checks.ts';
import type { ParseErrorCode, ParseNote } from './parse.ts';

/** The catalogue keys of the checker. */
export type CheckKey = Extract<UiKey, `check.${string}`>;

/** The checker's strings of one language (every `check.*` key). */
export type CheckStrings = Readonly<Record<CheckKey, string>>;

type Params = Readonly<Record<string, string | number>>;

// A dynamic key (`check.problem.<code>.what`…) filled; an unknown key shows itself rather than nothing.
function say(strings: CheckStrings, key: string, params: Params = {}): string {
  const template = (strings as Readonly<Record<string, string>>)[key];
  return template === undefined ? key : fill(template, params);
}

/** A check's title. */
export function checkTitle(result: Pick<CheckResult, 'title' | 'titleParams'>, strings: CheckStrings): string {
  return say(strings, `check.title.${result.title}`, result.titleParams);
}

/** What is wrong, why it matters and how to fix it (the shared console steps filled in as `{{trustFix}}` / `{{policyFix}}`). */
export function problemText(problem: Pick<Problem, 'code' | 'params'>, strings: CheckStrings): { what: string; why: string; fix: string } {
  const params = { ...problem.params, trustFix: strings['check.fix.trust'], policyFix: strings['check.fix.policy'] };
  const at = (part: string) => say(strings, `check.problem.${problem.code}.${part}`, params);
  return { what: at('what'), why: at('why'), fix: at('fix') };
}

/** A status word (pass / fail / not checked). */
export function statusText(status: CheckStatus, strings: CheckStrings): string {
  return say(strings, `check.status.${status}`);
}

/** A matrix row's label and its expected and found decisions. */
export function matrixText(row: MatrixRow, strings: CheckStrings): { label: string; expected: string; found: string } {
  return {
    label: say(strings, `check.${row.label}`, row.params),
    expected: say(strings, `check.decision.${row.expected === 'allowed' ? 'allowed' : 'implicit-deny'}`),
    found: say(strings, `check.decision.${row.found}`),
  };
}

/** A parse error's message. */
export function parseErrorText(code: ParseErrorCode, params: Params, strings: CheckStrings): string {
  return say(strings, `check.parse.${code}`, params);
}

/** A parse note's message. */
export function noteText(note: ParseNote, strings: CheckStrings): string {
  return say(strings, `check.note.${note.code}`, note.params);
}

/** How many checks passed, failed and were not checked. */
export function reportCounts(report: CheckReport): { pass: number; fail: number; skip: number } {
  const pass = report.results.filter((r) => r.status === 'pass').length;
  const fail = report.results.filter((r) => r.status === 'fail').length;
  return { pass, fail, skip: report.results.length - pass - fail };
}

const MARK = { pass: '✔', fail: '✘', 'not-checked': '–' } as const;

/** The report as plain text (what the CLI prints). */
export function formatReport(report: CheckReport, strings: CheckStrings): string {
  const lines: string[] = [`${strings['check.word.checks']}:`];
  for (const r of report.results) {
    lines.push(`${MARK[r.status]} [${statusText(r.status, strings)}] ${checkTitle(r, strings)}  (${r.id})`);
    for (const p of r.problems) {
      const t = problemText(p, strings);
      lines.push(`    ${t.what}`);
      if (r.status === 'fail') {
        if (t.why) lines.push(`    ${strings['check.word.why']}: ${t.why}`);
        if (t.fix) lines.push(`    ${strings['check.word.fix']}: ${t.fix}`);
        if (p.command) lines.push(...p.command.split('\n').map((l) => `      ${l}`));
      }
    }
  }
  lines.push('', `${strings['check.word.matrix']}:`);
  for (const row of report.matrix) {
    const t = matrixText(row, strings);
    const mark = row.found === 'not-checked' ? MARK['not-checked'] : row.ok ? MARK.pass : MARK.fail;
    lines.push(`${mark} ${t.label}: ${strings['check.word.found']} ${t.found} / ${strings['check.word.expected']} ${t.expected}`);
  }
  if (report.notes.length) {
    lines.push('', `${strings['check.word.notes']}:`);
    for (const note of report.notes) lines.push(`  ${noteText(note, strings)}`);
  }
  lines.push('', fill(strings['check.word.summary'], reportCounts(report)));
  return `${lines.join('\n')}\n`;
}
