/**
 * The ExternalId rotation (issue 10.1, section `rotate-external-id`): the reader enters the
 * ExternalId used until now and sees, for every file that changes while rotating, the version
 * for the overlap (both IDs accepted) beside the final one (only the new ID), each with Copy
 * and Download: the trust policy (console, AWS CLI), and the CloudFormation and Terraform files
 * that go with it (template, parameters, deploy script; roles and tfvars).
 *
 * All texts come from the core (`src/stores/rotation.ts`: the final ones are the page's own
 * artifacts, the overlap ones the same inputs with `previousExternalId`), so they are the bytes
 * `npm run generate` writes with and without `--previous-external-id`; downloads keep the CLI's
 * file names (the artifact table's), because each version replaces the file in place (the
 * deploy script and the update command name them). Copy and Download are gated like every
 * snippet: disabled until hydrated, while a value the file uses has an error (for the overlap,
 * also while the previous ID has one), and while link values wait for the reader's
 * confirmation. The previous ID lives in this tab's sessionStorage only.
 */
import { useId, useState } from 'react';
import type { ArtifactPreview } from '../core/generate.ts';
import { formatIssue } from './issue-text.ts';
import type { UiKey } from '../core/i18n/index.ts';
import type { FieldIssue, Lang } from '../core/types.ts';
import { initGuideStore } from '../stores/guide.ts';
import { $previousExternalId, $rotation, startRotationPersistence, type RotationFile } from '../stores/rotation.ts';
import { artifactMime, artifactRow, downloadName } from '../core/artifacts/catalog.ts';
import { downloadText } from '../utils/download.ts';
import { fill, type Strings } from './strings.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import { slice } from './slices.ts';
import './widgets.css';

// A keystroke builds a new rotation object even when nothing it shows changed (e.g. typing a
// cluster name leaves the trust policy as it was): the island re-renders only on real changes.
const $rotationView = slice([$rotation], (rotation) => rotation);

/** Strings of the rotation island (the catalogue's `rotation.*` keys). */
export type RotationStrings = Strings<Extract<UiKey, `rotation.${string}`>>;

/** Props of {@link ExternalIdRotation}, passed by `src/user-components/ExternalIdRotation.astro`. */
export interface ExternalIdRotationProps {
  lang: Lang;
  strings: RotationStrings;
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
  /** Errors that hold this version back besides its own fields' (the previous ID's, for the overlap). */
  extraBlocking: readonly FieldIssue[];
  /** Id of the element naming the file: the text is named "file, version". */
  fileLabelId: string;
}

/** One version (overlap or final) of one file, with its gated Copy and Download. */
function Policy({ variant, title, artifact, empty, lang, strings: s, hydrated, linkPending, extraBlocking, fileLabelId }: PolicyProps) {
  const uid = useId();
  // The text last copied: the button says "Copied" only while the text shown is that text.
  const [copiedText, setCopiedText] = useState<string | null>(null);
  // What the last Download handed to the browser, said to screen readers as every snippet's is
  // (both versions' buttons have the same name, so the version is said too). Also the signal that
  // the click reached the island, whatever the browser then does with the file.
  const [status, setStatus] = useState('');
  const blocking = artifact ? [...artifact.blocking, ...extraBlocking] : [];
  const reasons = [...new Set(blocking.map((issue) => formatIssue(issue, lang)))];
  if (linkPending) reasons.push(s['rotation.linkPending']);
  const ready = hydrated && artifact !== null && blocking.length === 0 && !linkPending;
  // The CLI's file name (the artifact table's): each version replaces the file in place.
  const fileName = artifact ? downloadName(artifactRow(artifact.id)) : '';
  function download() {
    if (!artifact || !ready) return;
    downloadText(fileName, artifact.text, artifactMime(artifact));
    // A fresh text each time, so a second download of the same file is said again.
    setStatus('');
    requestAnimationFrame(() => setStatus(fill(s['rotation.downloaded'], { file: fileName, version: title })));
  }
  async function copy() {
    if (!artifact || !ready) return;
    await navigator.clipboard.writeText(artifact.text);
    setCopiedText(artifact.text);
  }
  return (
    <div className="rotation-policy" data-rotation={variant} data-ready={ready ? '' : undefined}>
      <p className="values-label" id={`${uid}-title`}>
        {title}
      </p>
      {artifact ? (
        <pre className="rotation-pre" tabIndex={0} aria-labelledby={`${fileLabelId} ${uid}-title`} data-rotation-text="">
          <code>{artifact.text}</code>
        </pre>
      ) : (
        <p className="values-hint">{empty}</p>
      )}
      {artifact ? (
        <div className="widget-actions">
          {/* Described by the file and the version: every pair has the same two buttons. */}
          <button type="button" className="guide-button" disabled={!ready} onClick={copy} aria-describedby={`${fileLabelId} ${uid}-title`} data-rotation-copy="">
            {copiedText === artifact.text ? s['rotation.copied'] : s['rotation.copy']}
          </button>
          <button
            type="button"
            className="guide-button"
            disabled={!ready}
            onClick={download}
            aria-describedby={`${fileLabelId} ${uid}-title`}
            data-rotation-download={fileName}
          >
            {s['rotation.download']}
          </button>
        </div>
      ) : null}
      <p className="sr-only" role="status" data-rotation-status="">
        {status}
      </p>
      {artifact && reasons.length > 0 ? (
        <div className="values-hint" data-rotation-blocked="">
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

interface FilePairProps {
  file: RotationFile;
  lang: Lang;
  strings: RotationStrings;
  hydrated: boolean;
  linkPending: boolean;
  previousErrors: readonly FieldIssue[];
}

/**
 * One file of the rotation, named by its file name, its overlap and final versions side by
 * side. The trust policy is open; the CloudFormation and Terraform files are folded (only the
 * reader using that tool needs them, and each is long).
 */
function RotationFilePair({ file, lang, strings: s, hydrated, linkPending, previousErrors }: FilePairProps) {
  const name = downloadName(artifactRow(file.id));
  const labelId = `${useId()}-file`;
  const pair = (
    <div className="rotation-pair">
      <Policy
        variant="overlap"
        title={s['rotation.overlapTitle']}
        artifact={file.overlap}
        empty={s['rotation.needPrevious']}
        lang={lang}
        strings={s}
        hydrated={hydrated}
        linkPending={linkPending}
        extraBlocking={previousErrors}
        fileLabelId={labelId}
      />
      <Policy
        variant="final"
        title={s['rotation.finalTitle']}
        artifact={file.final}
        empty=""
        lang={lang}
        strings={s}
        hydrated={hydrated}
        linkPending={linkPending}
        extraBlocking={[]}
        fileLabelId={labelId}
      />
    </div>
  );
  return (
    <details className="rotation-file" data-rotation-file={file.id} open={file.id === 'trustPolicy' ? true : undefined}>
      <summary className="values-label">
        <code id={labelId}>{name}</code>
      </summary>
      {pair}
    </details>
  );
}

/** The rotation island. */
export default function ExternalIdRotation({ lang, strings: s }: ExternalIdRotationProps) {
  initGuideStore();
  startRotationPersistence();
  const hydrated = useHydrated();
  // Until hydrated, render exactly what the server did: no files (the trust policy's builder
  // loads on demand, so on a slow page it can be there before hydration, and rendering its files
  // then is a hydration mismatch, React error #418, seen by Lighthouse on a loaded machine).
  const live = useGuideStore($rotationView);
  const rotation = hydrated ? live : null;
  const previous = useGuideStore($previousExternalId);
  const uid = useId();
  const id = `${uid}-previous`;
  const issues = rotation?.previousIssues ?? [];
  const invalid = issues.some((i) => i.severity === 'error');
  return (
    // Named by aria-label: the section heading above (`rotate-external-id`) is its visible title.
    <section className="values-rotation not-content" aria-label={s['rotation.title']} data-rotation-panel="" {...readiness(hydrated)}>
      <p className="values-hint">{s['rotation.intro']}</p>
      <div className={`values-field${invalid ? ' values-field--invalid' : ''}`}>
        <label htmlFor={id} className="values-label">
          {s['rotation.previousLabel']}
        </label>
        <p id={`${id}-hint`} className="values-hint">
          {s['rotation.previousHint']}
        </p>
        <input
          id={id}
          name="previousExternalId"
          type="text"
          className="values-input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint ${id}-msgs`}
          aria-invalid={invalid}
          value={hydrated ? previous : ''}
          disabled={!hydrated}
          onChange={(e) => $previousExternalId.set(e.target.value)}
        />
        <ul id={`${id}-msgs`} className="values-issues" aria-live="polite">
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`} className={`values-issue values-issue--${issue.severity}`}>
              {formatIssue(issue, lang)}
            </li>
          ))}
        </ul>
      </div>
      {rotation
        ? rotation.files.map((file) => (
            <RotationFilePair
              key={file.id}
              file={file}
              lang={lang}
              strings={s}
              hydrated={hydrated}
              linkPending={rotation.linkPending}
              previousErrors={issues.filter((i) => i.severity === 'error')}
            />
          ))
        : null}
    </section>
  );
}
