/**
 * The setup checker's report in Japanese or English for the CLI and tests: the functions of
 * ./text.ts with the `check.*` strings of the language's UI catalogue (src/core/i18n/{ja,en}.ts,
 * where every message lives, one syntax `{{name}}`). Console terms follow the AWS console in each
 * language (信頼関係 / Trust relationships, 外部 ID を要求する / Require external ID…).
 * The browser imports ./text.ts instead, with only its page's strings.
 */
import { CATALOGUES, keysWithPrefix } from '../i18n/index.ts';
import type { Lang } from '../types.ts';
import type { CheckReport, CheckResult, CheckStatus, MatrixRow, Problem } from './checks.ts';
import type { ParseErrorCode, ParseNote } from './parse.ts';
import * as text from './text.ts';
import type { CheckStrings } from './text.ts';

/** Every problem code with a message (tests check the checker emits no other). */
export const PROBLEM_CODES: readonly string[] = /* @__PURE__ */ keysWithPrefix('check.problem.')
  .filter((key) => key.endsWith('.what'))
  .map((key) => key.slice('check.problem.'.length, -'.what'.length));

/** The checker's strings of `lang` (what the page's wrapper hands its island). */
export function checkStrings(lang: Lang): CheckStrings {
  return CATALOGUES[lang];
}

/** A check's title in `lang`. */
export function checkTitle(result: Pick<CheckResult, 'title' | 'titleParams'>, lang: Lang): string {
  return text.checkTitle(result, CATALOGUES[lang]);
}

/** What is wrong, why it matters and how to fix it, in `lang`. */
export function problemText(problem: Pick<Problem, 'code' | 'params'>, lang: Lang): { what: string; why: string; fix: string } {
  return text.problemText(problem, CATALOGUES[lang]);
}

/** A status word in `lang`. */
export function statusText(status: CheckStatus, lang: Lang): string {
  return text.statusText(status, CATALOGUES[lang]);
}

/** A matrix row's label and decision words in `lang`. */
export function matrixText(row: MatrixRow, lang: Lang): { label: string; expected: string; found: string } {
  return text.matrixText(row, CATALOGUES[lang]);
}

/** A parse error's message in `lang`. */
export function parseErrorText(code: ParseErrorCode, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return text.parseErrorText(code, params, CATALOGUES[lang]);
}

/** A parse note's message in `lang`. */
export function noteText(note: ParseNote, lang: Lang): string {
  return text.noteText(note, CATALOGUES[lang]);
}

/** The report as plain text in `lang` (what the CLI prints). */
export function formatReport(report: CheckReport, lang: Lang): string {
  return text.formatReport(report, CATALOGUES[lang]);
}
