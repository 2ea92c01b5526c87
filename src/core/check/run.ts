/**
 * The setup checker end to end: the reader's values (validated like everywhere else), the
 * pasted text, and the report; plus the same report as plain text for the CLI.
 */
import type { FieldIssue, GuideInputs, Lang } from '../types.ts';
import { validateInputs, type ValidateOptions } from '../validate.ts';
import { checkSetup, type CheckReport } from './checks.ts';
import { checkTitle, matrixText, noteText, parseErrorText, problemText, REPORT_WORDS, statusText } from './messages.ts';
import { parseSetupText, type ParseErrorCode } from './parse.ts';

/** A valid stand-in while no ExternalId is known: never compared, never shown (the comparison is then "not checked"). */
const NO_EXTERNAL_ID = 'no-external-id';

/** Result of {@link runSetupCheck}. */
export type RunResult =
  | { ok: true; report: CheckReport }
  | { ok: false; kind: 'inputs'; errors: FieldIssue[] }
  | { ok: false; kind: 'parse'; code: ParseErrorCode; params: Record<string, string> };

/**
 * Validates `inputs` (an empty ExternalId is allowed: its comparison is then not checked),
 * reads `text` and checks it. Nothing here keeps or returns the ExternalId.
 */
export function runSetupCheck(inputs: GuideInputs, text: string, opts: ValidateOptions = {}): RunResult {
  const externalIdKnown = inputs.externalId !== '';
  const validated = validateInputs({ ...inputs, externalId: externalIdKnown ? inputs.externalId : NO_EXTERNAL_ID }, opts);
  if (!validated.ok) return { ok: false, kind: 'inputs', errors: validated.errors };
  const parsed = parseSetupText(text);
  if (!parsed.ok) return { ok: false, kind: 'parse', code: parsed.code, params: parsed.params };
  return { ok: true, report: checkSetup({ model: validated.model, externalIdKnown }, parsed.data) };
}

/** Whether every check passed and every matrix row is as expected. */
export function reportPasses(report: CheckReport): boolean {
  return report.results.every((r) => r.status === 'pass') && report.matrix.every((row) => row.ok);
}

/** Whether any check failed (not-checked is not a failure). */
export function reportFails(report: CheckReport): boolean {
  return report.results.some((r) => r.status === 'fail') || report.matrix.some((row) => !row.ok && row.found !== 'not-checked');
}

const MARK = { pass: '✔', fail: '✘', 'not-checked': '–' } as const;

/** The report as plain text, in `lang` (what the CLI prints). */
export function formatReport(report: CheckReport, lang: Lang): string {
  const w = REPORT_WORDS[lang];
  const lines: string[] = [`${w.checks}:`];
  for (const r of report.results) {
    lines.push(`${MARK[r.status]} [${statusText(r.status, lang)}] ${checkTitle(r, lang)}  (${r.id})`);
    for (const p of r.problems) {
      const t = problemText(p, lang);
      lines.push(`    ${t.what}`);
      if (r.status === 'fail') {
        if (t.why) lines.push(`    ${w.why}: ${t.why}`);
        if (t.fix) lines.push(`    ${w.fix}: ${t.fix}`);
        if (p.command) lines.push(...p.command.split('\n').map((l) => `      ${l}`));
      }
    }
  }
  lines.push('', `${w.matrix}:`);
  for (const row of report.matrix) {
    const t = matrixText(row, lang);
    const mark = row.found === 'not-checked' ? MARK['not-checked'] : row.ok ? MARK.pass : MARK.fail;
    lines.push(`${mark} ${t.label}: ${w.found} ${t.found} / ${w.expected} ${t.expected}`);
  }
  if (report.notes.length) {
    lines.push('', `${w.notes}:`);
    for (const note of report.notes) lines.push(`  ${noteText(note, lang)}`);
  }
  const pass = report.results.filter((r) => r.status === 'pass').length;
  const fail = report.results.filter((r) => r.status === 'fail').length;
  lines.push('', w.summary(pass, fail, report.results.length - pass - fail));
  return `${lines.join('\n')}\n`;
}

export { parseErrorText };
