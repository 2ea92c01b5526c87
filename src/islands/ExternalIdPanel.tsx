/**
 * The ExternalId widget. In section 1-1 (`variant="generator"`) the reader generates (or, in
 * the vendor-issued mode, pastes) the ID; in section 2 (`variant="handoff"`) they copy it to
 * send it separately from the handoff file.
 *
 * Privacy decisions:
 * - Generated only in a click handler, never while rendering: the static HTML is the same for
 *   every visitor and must hold no ID.
 * - Masked by default: readers share their screen with support while following the guide,
 *   and the checklist asks them to keep the ID out of screenshots. Copy works while masked.
 * - Never in a URL or request: there is no form to submit, and the ID is only ever written to
 *   the clipboard and to sessionStorage (localStorage only with "remember on this device").
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatIssue } from './issue-text.ts';
import { generateExternalId } from '../core/external-id.ts';
import type { Lang } from '../core/types.ts';
import {
  $externalId,
  $externalIdConflict,
  $rememberExternalId,
  $usedView,
  adoptOtherExternalId,
  externalIdWasUsed,
  initGuideStore,
  keepOwnExternalId,
  markUsed,
  pageSettings,
  replaceExternalId,
  setRememberExternalId,
} from '../stores/guide.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { ExternalIdStateStrings } from './state-strings.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { fill, type ExternalIdStrings } from './strings.ts';
import { $externalIdIssues } from './slices.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';

/** Props of {@link ExternalIdPanel}, passed by `src/user-components/ExternalIdPanel.astro` (settings come from the build, once). */
export interface ExternalIdPanelProps {
  lang: Lang;
  strings: ExternalIdStrings & ExternalIdStateStrings;
  variant: 'generator' | 'handoff';
  /** Link to section 1-1, for the handoff variant when there is no ID yet. */
  generatorHref: string;
}

// Shown instead of the random part while masked; the vendor's prefix is not secret.
const MASK = '•'.repeat(16);

/** The ExternalId island. */
export default function ExternalIdPanel({ lang, strings: s, variant, generatorHref }: ExternalIdPanelProps) {
  initGuideStore();
  const settings = pageSettings();
  const id = useGuideStore($externalId);
  const remember = useGuideStore($rememberExternalId);
  // The ExternalId's own messages only: typing in the values panel does not render this island.
  const idIssues = useGuideStore($externalIdIssues);
  const conflict = useGuideStore($externalIdConflict);
  const hydrated = useHydrated();
  const uid = useId();
  const [shown, setShown] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [pasteTouched, setPasteTouched] = useState(false);
  const [focusCopy, setFocusCopy] = useState(false);
  const copyRef = useRef<HTMLButtonElement>(null);

  // The first Generate button is replaced by Copy: move the focus there rather than lose it to the page.
  useEffect(() => {
    if (focusCopy && copyRef.current) {
      copyRef.current.focus();
      setFocusCopy(false);
    }
  }, [focusCopy, id]);

  const vendorIssued = settings.externalIdMode === 'vendor-issued';
  const vendor = settings.vendorName;
  const issues = idIssues && id !== '' ? idIssues : [];
  const valid = id !== '' && issues.length === 0;

  function flash(message: string) {
    setStatus('');
    // A fresh text node, so a repeated message is announced again.
    requestAnimationFrame(() => setStatus(message));
  }

  function generate() {
    if ($externalId.get() === '') setFocusCopy(true);
    replaceExternalId(generateExternalId(settings.externalIdPrefix));
    markUsed('externalId.generated');
    setConfirming(false);
    flash(s['externalId.generatedStatus']);
  }

  function onGenerateClick() {
    if (id !== '' && externalIdWasUsed($usedView.get())) setConfirming(true);
    else generate();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText($externalId.get());
      markUsed('externalId.copied');
      flash(s['externalId.copied']);
    } catch {
      flash(s['externalId.copyFailed']);
    }
  }

  const prefix = id.startsWith(settings.externalIdPrefix) ? settings.externalIdPrefix : '';
  const display = id === '' ? s['externalId.none'] : shown ? id : `${prefix}${MASK}`;
  const valueId = `${uid}-value`;
  const rememberHintId = `${uid}-remember-hint`;

  const showButton = (
    <button
      type="button"
      className="guide-button"
      aria-pressed={shown}
      disabled={!hydrated || id === ''}
      onClick={() => setShown(!shown)}
    >
      {s['externalId.show']}
    </button>
  );
  const copyButton = (
    <button type="button" ref={copyRef} className="guide-button guide-button--primary" disabled={!hydrated || !valid} onClick={copy}>
      {s['externalId.copy']}
    </button>
  );

  // The value as text (generate mode, and the handoff copy): selectable when shown.
  const valueBox = (
    <p className="external-id-value-row">
      <span className="external-id-label">{s['externalId.label']}</span>{' '}
      <code
        id={valueId}
        className={`external-id-value${id === '' ? ' external-id-value--empty' : ''}`}
        data-masked={id !== '' && !shown ? '' : undefined}
      >
        {id !== '' && !shown ? (
          <>
            <span aria-hidden="true">{display}</span>
            <span className="sr-only">
              {prefix} ({s['externalId.hidden']})
            </span>
          </>
        ) : (
          display
        )}
      </code>
    </p>
  );

  // Another tab remembered a different ID: say so, with the choice (never a silent swap).
  const tail = (value: string) => value.slice(-4);
  const conflictNotice = conflict ? (
    <div className="guide-callout guide-callout--warning" role="status" data-external-id-conflict="">
      <p>{fill(s['externalId.conflict.text'], { other: tail(conflict.other), mine: tail(id) })}</p>
      <div className="widget-actions">
        <button type="button" className="guide-button" onClick={keepOwnExternalId}>
          {s['externalId.conflict.keep']}
        </button>
        <button type="button" className="guide-button" onClick={adoptOtherExternalId}>
          {s['externalId.conflict.adopt']}
        </button>
      </div>
    </div>
  ) : null;

  if (variant === 'handoff') {
    return (
      <div className="gx not-content" data-external-id-panel="handoff" {...readiness(hydrated)}>
        {conflictNotice}
        {valueBox}
        <div className="widget-actions">
          {copyButton}
          {showButton}
        </div>
        {id === '' && hydrated ? (
          <p className="external-id-note">
            {s['externalId.handoffNone']} <a href={generatorHref}>{s['externalId.handoffNoneLink']}</a>
          </p>
        ) : null}
        <p className="external-id-reminder">{s['externalId.handoffReminder']}</p>
        <p className="external-id-status" role="status">
          {status}
        </p>
      </div>
    );
  }

  return (
    <div className="gx not-content" data-external-id-panel="generator" {...readiness(hydrated)}>
      {conflictNotice}
      <StorageNotice strings={s} />
      {vendorIssued ? (
        <div className="values-field">
          <label htmlFor={`${uid}-paste`} className="values-label">
            {fill(s['externalId.pasteLabel'], { vendor })}
          </label>
          <p id={`${uid}-paste-hint`} className="values-hint">
            {fill(s['externalId.pasteHint'], { vendor })}
          </p>
          <div className="external-id-paste-row">
            <input
              id={`${uid}-paste`}
              name="externalId"
              className="values-input"
              type={shown ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              value={id}
              aria-describedby={`${uid}-paste-hint ${uid}-paste-msgs`}
              aria-invalid={pasteTouched && issues.length > 0}
              onChange={(e) => {
                replaceExternalId(e.target.value);
                setPasteTouched(true);
              }}
            />
          </div>
          <ul id={`${uid}-paste-msgs`} className="values-issues" aria-live="polite">
            {pasteTouched || id !== ''
              ? issues.map((issue, i) => (
                  <li key={`${issue.code}-${i}`} className="values-issue values-issue--error">
                    {formatIssue(issue, lang)}
                  </li>
                ))
              : null}
          </ul>
          <div className="widget-actions">
            {copyButton}
            {showButton}
          </div>
        </div>
      ) : (
        <>
          {valueBox}
          <div className="widget-actions">
            {id === '' ? (
              <button type="button" className="guide-button guide-button--primary" disabled={!hydrated} onClick={onGenerateClick}>
                {s['externalId.generate']}
              </button>
            ) : (
              <>
                {copyButton}
                {showButton}
                <button type="button" className="guide-button" disabled={!hydrated} onClick={onGenerateClick}>
                  {s['externalId.regenerate']}
                </button>
              </>
            )}
          </div>
        </>
      )}
      <p className="external-id-status" role="status">
        {status}
      </p>
      <div className="external-id-remember">
        <label className="widget-check">
          <input
            type="checkbox"
            checked={remember}
            disabled={!hydrated}
            aria-describedby={rememberHintId}
            onChange={(e) => setRememberExternalId(e.target.checked)}
          />
          <span>{s['externalId.remember']}</span>
        </label>
        <p id={rememberHintId} className="values-hint">
          {s['externalId.rememberHint']}
        </p>
      </div>
      <p className="external-id-note">{s['externalId.privacy']}</p>
      <ConfirmDialog
        open={confirming}
        title={s['externalId.regenTitle']}
        confirmLabel={s['externalId.regenConfirm']}
        cancelLabel={s['externalId.cancel']}
        onConfirm={generate}
        onCancel={() => setConfirming(false)}
      >
        <p>{s['externalId.regenText']}</p>
      </ConfirmDialog>
    </div>
  );
}
