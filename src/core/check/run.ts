/**
 * The setup checker end to end: the reader's values (validated like everywhere else), the
 * pasted text, and the report. Its words are in ./text.ts (strings given) and ./messages.ts (by language).
 */
import type { FieldIssue, GuideInputs } from '../types.ts';
import { validateInputs, type ValidateOptions } from '../validate.ts';
import { checkSetup, type CheckReport } from './checks.ts';
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
