/**
 * The ExternalId rotation (issue 10.1, section `rotate-external-id`): the reader enters the
 * ExternalId used until now and sees, side by side, the trust policy for the overlap (both IDs
 * accepted) and the final one (only the new ID), each with Copy and Download.
 *
 * Both texts come from the core (`src/stores/rotation.ts`: the final one is the page's own
 * trust policy, the overlap the same inputs with `previousExternalId`). Copy and Download are
 * gated like every snippet: disabled until hydrated, while a value the policy uses has an
 * error, and while link values wait for the reader's confirmation. The previous ID lives in
 * this tab's sessionStorage only.
 */
import { useId, useState } from 'react';
import type { ArtifactPreview } from '../core/generate.ts';
import { formatIssue } from './issue-text.ts';
import type { UiKey } from '../core/i18n/index.ts';
import type { Lang } from '../core/types.ts';
import { initGuideStore } from '../stores/guide.ts';
import { $previousExternalId, $rotation, startRotationPersistence } from '../stores/rotation.ts';
import { artifactMimeType, downloadText } from '../utils/download.ts';
import type { Strings } from './strings.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';

/** Strings of the rotation island (the catalogue's `rotation.*` keys). */
export type RotationStrings = Strings<Extract<UiKey, `rotation.${string}`>>;

/** Props of {@link ExternalIdRotation}, passed by `src/user-components/ExternalIdRotation.astro`. */
export interface ExternalIdRotationProps {
  lang: Lang;
  strings: RotationStrings;
}

/** Download name of the overlap version: the artifact's file name with `-overlap` before the extension. */
export function overlapFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-overlap${fileName.slice(dot)}` : `${fileName}-overlap`;
}

interface PolicyProps {
  variant: 'overlap' | 'final';
  title: string;
  artifact: ArtifactPreview | null;
  empty: string;
  lang: Lang;
  strings: RotationStrings;
  hydrated: boolean;
  linkPending: boolean;
}

/** One of the two trust policies, with its gated Copy and Download. */
function Policy({ variant, title, artifact, empty, lang, strings: s, hydrated, linkPending }: PolicyProps) {
  const uid = useId();
  // The text last copied: the button says "Copied" only while the policy shown is that text.
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const reasons = artifact ? [...new Set(artifact.blocking.map((issue) => formatIssue(issue, lang)))] : [];
  if (linkPending) reasons.push(s['rotation.linkPending']);
  const ready = hydrated && artifact !== null && artifact.ready && !linkPending;
  const fileName = artifact ? (variant === 'overlap' ? overlapFileName(artifact.fileName) : artifact.fileName) : '';
  async function copy() {
    if (!artifact || !ready) return;
    await navigator.clipboard.writeText(artifact.text);
    setCopiedText(artifact.text);
  }
  return (
    <div className="gr-policy" data-rotation={variant} data-ready={ready ? '' : undefined}>
      <p className="gv-label" id={`${uid}-title`}>
        {title}
      </p>
      {fileName !== '' ? (
        <p className="gv-hint">
          <code>{fileName}</code>
        </p>
      ) : null}
      {artifact ? (
        <pre className="gr-pre" tabIndex={0} aria-labelledby={`${uid}-title`} data-rotation-text="">
          <code>{artifact.text}</code>
        </pre>
      ) : (
        <p className="gv-hint">{empty}</p>
      )}
      {artifact ? (
        <div className="gw-actions">
          <button type="button" className="guide-button" disabled={!ready} onClick={copy} data-rotation-copy="">
            {copiedText === artifact.text ? s['rotation.copied'] : s['rotation.copy']}
          </button>
          <button
            type="button"
            className="guide-button"
            disabled={!ready}
            onClick={() => ready && downloadText(fileName, artifact.text, artifactMimeType(artifact.language))}
            data-rotation-download={fileName}
          >
            {s['rotation.download']}
          </button>
        </div>
      ) : null}
      {artifact && reasons.length > 0 ? (
        <div className="gv-hint" data-rotation-blocked="">
          <p>{s['rotation.blocked']}</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The rotation island. */
export default function ExternalIdRotation({ lang, strings: s }: ExternalIdRotationProps) {
  initGuideStore();
  startRotationPersistence();
  const hydrated = useHydrated();
  const rotation = useGuideStore($rotation);
  const previous = useGuideStore($previousExternalId);
  const uid = useId();
  const id = `${uid}-previous`;
  const issues = rotation?.previousIssues ?? [];
  const invalid = issues.some((i) => i.severity === 'error');
  return (
    // Named by aria-label: the section heading above (`rotate-external-id`) is its visible title.
    <section className="gv-rotation not-content" aria-label={s['rotation.title']} data-rotation-panel="" {...readiness(hydrated)}>
      <p className="gv-hint">{s['rotation.intro']}</p>
      <div className={`gv-field${invalid ? ' gv-field--invalid' : ''}`}>
        <label htmlFor={id} className="gv-label">
          {s['rotation.previousLabel']}
        </label>
        <p id={`${id}-hint`} className="gv-hint">
          {s['rotation.previousHint']}
        </p>
        <input
          id={id}
          name="previousExternalId"
          type="text"
          className="gv-input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint ${id}-msgs`}
          aria-invalid={invalid}
          value={previous}
          disabled={!hydrated}
          onChange={(e) => $previousExternalId.set(e.target.value)}
        />
        <ul id={`${id}-msgs`} className="gv-issues" aria-live="polite">
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`} className={`gv-issue gv-issue--${issue.severity}`}>
              {formatIssue(issue, lang)}
            </li>
          ))}
        </ul>
      </div>
      {rotation ? (
        <div className="gr-pair">
          <Policy
            variant="overlap"
            title={s['rotation.overlapTitle']}
            artifact={rotation.overlap}
            empty={s['rotation.needPrevious']}
            lang={lang}
            strings={s}
            hydrated={hydrated}
            linkPending={rotation.linkPending}
          />
          <Policy
            variant="final"
            title={s['rotation.finalTitle']}
            artifact={rotation.final}
            empty=""
            lang={lang}
            strings={s}
            hydrated={hydrated}
            linkPending={rotation.linkPending}
          />
        </div>
      ) : null}
    </section>
  );
}
