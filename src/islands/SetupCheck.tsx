/**
 * The setup check (page check-setup): the reader pastes what collect-setup.sh wrote (or raw
 * AWS CLI / kubectl JSON outputs), or picks method-b-setup.json, and sees each check with pass /
 * fail / not checked — for a failure what is wrong, why it matters and the filled fix — then
 * what we can and cannot do. The core does the work (src/core/check/), off the main thread
 * (./setup-check/runner.ts); the words come from the page's language only (`check.*` strings
 * picked by the wrapper, rendered by src/core/check/text.ts).
 *
 * Privacy: the text lives in this component's state only: never stored, never in a URL, never
 * sent (the file is read with `File.text()`, nothing is uploaded). The ExternalId is compared
 * in the core and the report says only "matches" or "does not match". A passing check leaves a
 * boolean mark for the checklist (src/stores/setup-check.ts), unless link values are pending.
 */
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { CheckReport, CheckResult, Problem } from '../core/check/checks.ts';
import { MAX_INPUT_CHARS } from '../core/check/input-limit.ts';
import type { RunResult } from '../core/check/run.ts';
import { checkTitle, matrixText, noteText, parseErrorText, problemText, reportCounts, statusText, type CheckStrings } from '../core/check/text.ts';
import { formatIssue } from './issue-text.ts';
import type { Lang } from '../core/types.ts';
import { $preview, $settings, initGuideStore } from '../stores/guide.ts';
import { recordCheckMarks } from '../stores/setup-check.ts';
import { createRunner, type SetupCheckRunner } from './setup-check/runner.ts';
import { fill, type Strings } from './strings.ts';
import type { UiKey } from '../core/i18n/index.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';
import './setup-check/setup-check.css';

/** The strings of the setup check: the report's (`check.*`) and the page's (`setupCheck.*`). */
export type SetupCheckStrings = CheckStrings & Strings<Extract<UiKey, `setupCheck.${string}`>>;

/** Props of {@link SetupCheck}, passed by src/user-components/SetupCheck.astro. */
export interface SetupCheckProps {
  lang: Lang;
  strings: SetupCheckStrings;
  /** The page section with the values panel, where invalid values are fixed. */
  valuesHref: string;
}

// What the result area shows: nothing yet, a check under way, or its outcome.
type View = { state: 'empty' } | { state: 'checking' } | { state: 'done'; result: RunResult | null } | { state: 'file-error'; message: string };

// A file far beyond the parser's limit is refused before it is read (UTF-8: at most 4 bytes a character).
const MAX_FILE_BYTES = MAX_INPUT_CHARS * 4;

/** The setup check island. */
export default function SetupCheck({ lang, strings: s, valuesHref }: SetupCheckProps) {
  initGuideStore();
  const preview = useGuideStore($preview);
  const settings = useGuideStore($settings);
  const hydrated = useHydrated();
  const uid = useId();
  const [text, setText] = useState('');
  const [view, setView] = useState<View>({ state: 'empty' });
  const runner = useRef<SetupCheckRunner | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkPending = (preview?.linkPending.length ?? 0) > 0;

  useEffect(() => {
    runner.current = createRunner((result) => setView({ state: 'done', result }));
    return () => runner.current?.dispose();
  }, []);

  // Check again whenever the text, the values or the ExternalId change (latest wins).
  const inputs = preview?.inputs;
  const vendorAccountId = settings?.vendorAccountId ?? '';
  useEffect(() => {
    if (!runner.current || !inputs) return;
    if (text.trim() === '') {
      runner.current.cancel();
      setView({ state: 'empty' });
      return;
    }
    setView({ state: 'checking' });
    runner.current.check(inputs, text, vendorAccountId);
  }, [text, inputs, vendorAccountId]);

  // A passing check ticks the checklist (not while link values wait for the reader's confirmation).
  const report = view.state === 'done' && view.result?.ok ? view.result.report : null;
  useEffect(() => {
    if (report && !linkPending) recordCheckMarks(report);
  }, [report, linkPending]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setText('');
      setView({ state: 'file-error', message: fill(s['setupCheck.fileTooLarge'], { file: file.name, max: MAX_INPUT_CHARS / 1_000_000 }) });
      return;
    }
    try {
      setText(await file.text());
    } catch {
      setView({ state: 'file-error', message: fill(s['setupCheck.fileUnreadable'], { file: file.name }) });
    }
  };

  const clear = () => {
    setText('');
    setView({ state: 'empty' });
    if (fileInput.current) fileInput.current.value = '';
  };

  const inputId = `${uid}-input`;
  const hintId = `${uid}-hint`;
  const fileId = `${uid}-file`;
  const fileHintId = `${uid}-file-hint`;
  const live = hydrated && inputs !== undefined;

  return (
    <div className="gs not-content" data-setup-check data-result={view.state} {...readiness(live)}>
      <div className="setup-check-field">
        <label className="values-label" htmlFor={inputId}>
          {s['setupCheck.inputLabel']}
        </label>
        <p id={hintId} className="values-hint">
          {s['setupCheck.inputHint']}
        </p>
        <textarea
          id={inputId}
          name="setupOutput"
          className="values-input setup-check-input"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-describedby={hintId}
          disabled={!live}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="setup-check-tools">
        <div className="setup-check-file">
          <label className="values-label" htmlFor={fileId}>
            {s['setupCheck.file']}
          </label>
          <input
            ref={fileInput}
            id={fileId}
            className="setup-check-file-input"
            type="file"
            accept=".json,application/json,text/plain"
            aria-describedby={fileHintId}
            disabled={!live}
            onChange={(e) => void onFile(e)}
          />
          <p id={fileHintId} className="values-hint">
            {s['setupCheck.fileHint']}
          </p>
        </div>
        <button type="button" className="guide-button" disabled={!live || (text === '' && view.state === 'empty')} onClick={clear}>
          {s['setupCheck.clear']}
        </button>
      </div>
      <Results view={view} s={s} lang={lang} valuesHref={valuesHref} linkPending={linkPending} />
    </div>
  );
}

interface ResultsProps {
  view: View;
  s: SetupCheckStrings;
  lang: Lang;
  valuesHref: string;
  linkPending: boolean;
}

// The result area: one polite live status line, then the report.
function Results({ view, s, lang, valuesHref, linkPending }: ResultsProps) {
  const status = useMemo(() => {
    if (view.state === 'empty') return s['setupCheck.empty'];
    if (view.state === 'checking') return s['setupCheck.checking'];
    if (view.state === 'file-error') return view.message;
    const result = view.result;
    if (result === null) return s['setupCheck.failed'];
    if (!result.ok && result.kind === 'parse') return parseErrorText(result.code, result.params, s);
    if (!result.ok) return s['setupCheck.badValues'];
    const counts = reportCounts(result.report);
    return `${fill(s['check.word.summary'], counts)} ${counts.fail > 0 ? s['setupCheck.someFailed'] : counts.skip === 0 ? s['setupCheck.allPassed'] : ''}`.trim();
  }, [view, s]);
  const error = view.state === 'file-error' || (view.state === 'done' && (view.result === null || !view.result.ok));
  const result = view.state === 'done' ? view.result : null;

  return (
    <div className="setup-check-results">
      <p className={`setup-check-status${error ? ' guide-callout guide-callout--warning' : ''}`} role="status" data-setup-status>
        {status}
      </p>
      {result && !result.ok && result.kind === 'inputs' ? (
        <div className="setup-check-values">
          <ul className="values-issues">
            {[...new Set(result.errors.map((issue) => formatIssue(issue, lang)))].map((message) => (
              <li key={message} className="values-issue values-issue--error">
                {message}
              </li>
            ))}
          </ul>
          <p>
            <a href={valuesHref}>{s['setupCheck.valuesLink']}</a>
          </p>
        </div>
      ) : null}
      {result?.ok ? <Report report={result.report} s={s} linkPending={linkPending} /> : null}
    </div>
  );
}

// The report: the checks, then the matrix, then the notes.
function Report({ report, s, linkPending }: { report: CheckReport; s: SetupCheckStrings; linkPending: boolean }) {
  const uid = useId();
  return (
    <>
      {linkPending ? <p className="guide-callout guide-callout--warning">{s['setupCheck.linkPending']}</p> : null}
      <h3 id={`${uid}-checks`} className="setup-check-heading">
        {s['check.word.checks']}
      </h3>
      <ul className="setup-check-checks" aria-labelledby={`${uid}-checks`}>
        {report.results.map((result) => (
          <Check key={result.id} result={result} s={s} />
        ))}
      </ul>
      <div className="setup-check-matrix-wrap">
        <table className="setup-check-matrix" data-setup-matrix>
          <caption className="setup-check-heading">{s['check.word.matrix']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['check.word.request']}</th>
              <th scope="col">{s['check.word.expected']}</th>
              <th scope="col">{s['check.word.found']}</th>
              <th scope="col">
                <span className="sr-only">{s['setupCheck.asExpected']}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.matrix.map((row) => {
              const t = matrixText(row, s);
              const state = row.found === 'not-checked' ? 'not-checked' : row.ok ? 'pass' : 'fail';
              const word = state === 'not-checked' ? statusText('not-checked', s) : row.ok ? s['setupCheck.asExpected'] : s['setupCheck.notAsExpected'];
              return (
                <tr key={`${row.label}:${Object.values(row.params).join(',')}`} data-matrix-row={row.label} data-status={state}>
                  <th scope="row">{t.label}</th>
                  <td>{t.expected}</td>
                  <td>{t.found}</td>
                  <td>
                    <Badge state={state} text={word} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {report.notes.length > 0 ? (
        <>
          <h3 className="setup-check-heading">{s['check.word.notes']}</h3>
          <ul className="setup-check-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{noteText(note, s)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

const ICON = { pass: '✔', fail: '✘', 'not-checked': '–' } as const;

function Badge({ state, text }: { state: keyof typeof ICON; text: string }) {
  return (
    <span className={`setup-check-badge setup-check-badge--${state}`}>
      <span aria-hidden="true">{ICON[state]}</span> {text}
    </span>
  );
}

// One check: its status and title; for a failure each problem's what / why / fix (and command),
// for "not checked" what is missing and how to supply it.
function Check({ result, s }: { result: CheckResult; s: SetupCheckStrings }) {
  return (
    <li className={`setup-check-check setup-check-check--${result.status}`} data-check={result.id} data-status={result.status}>
      <p className="setup-check-check-title">
        <Badge state={result.status} text={statusText(result.status, s)} /> <span>{checkTitle(result, s)}</span>
      </p>
      {result.problems.map((problem, i) => (
        <ProblemView key={i} problem={problem} failed={result.status === 'fail'} s={s} />
      ))}
    </li>
  );
}

function ProblemView({ problem, failed, s }: { problem: Problem; failed: boolean; s: SetupCheckStrings }) {
  const t = problemText(problem, s);
  return (
    <dl className="setup-check-problem" data-problem={problem.code}>
      <div>
        <dt>{failed ? s['setupCheck.what'] : s['setupCheck.missing']}</dt>
        <dd>{t.what}</dd>
      </div>
      {t.why ? (
        <div>
          <dt>{s['check.word.why']}</dt>
          <dd>{t.why}</dd>
        </div>
      ) : null}
      {t.fix ? (
        <div>
          <dt>{s['check.word.fix']}</dt>
          <dd>
            {t.fix}
            {failed && problem.command ? (
              <pre className="setup-check-command" tabIndex={0}>
                <code>{problem.command}</code>
              </pre>
            ) : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
