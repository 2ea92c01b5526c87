/**
 * A personalised snippet: one artifact of the core, filled with the reader's values,
 * highlighted like Starlight's code blocks, with Copy and Download.
 *
 * The page already shows the artifact for the vendor's defaults as a static Expressive Code
 * block (no-JS view, and the source of EC's stylesheet). Once hydrated, this island renders
 * the same markup for the current values from the build-time templates (see
 * `src/highlight/runtime.ts`) and the static block is hidden. The text comes from the core's
 * `previewArtifacts`, so what is copied or downloaded is exactly what the CLI writes.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { artifactSpec, previewArtifacts } from '../core/generate.ts';
import { formatIssue } from '../core/messages.ts';
import type { ArtifactId, Lang } from '../core/types.ts';
import { valuesByKind } from '../highlight/markers.ts';
import { previewModel } from '../highlight/model.ts';
import { lineHtml } from '../highlight/render.ts';
import { compileTemplates, highlightText, type CompiledTemplates, type SnippetTemplates } from '../highlight/runtime.ts';
import { $fromLink, $inputs, $validation, initGuideStore, markUsed, type BrowserSettings } from '../stores/guide.ts';
import { artifactMimeType, downloadText } from '../utils/download.ts';
import type { SnippetStrings } from '../utils/snippet-strings.ts';
import { useGuideStore } from './use-guide-store.ts';

/** Props of {@link Snippet}, passed by `src/user-components/Snippet.astro`. */
export interface SnippetProps {
  id: ArtifactId;
  lang: Lang;
  settings: BrowserSettings;
  strings: SnippetStrings;
}

/** What the island learns from the static block beside it when it mounts. */
interface Setup {
  templates: CompiledTemplates;
  figureClass: string;
  /**
   * The static block's scroll-region attributes (set by Expressive Code's script and
   * `code-regions.ts` when the block scrolls sideways), so the live block is a named,
   * focusable region from its first frame rather than a moment later.
   */
  region: { tabIndex?: number; role?: string; 'aria-label'?: string };
}

// Templates are per artifact; two blocks of the same artifact on a page share them.
const compiled = new Map<string, CompiledTemplates>();

function readSetup(root: HTMLElement, id: ArtifactId): Setup | null {
  const wrapper = root.closest<HTMLElement>('[data-snippet]');
  const json = wrapper?.querySelector('script[data-snippet-templates]')?.textContent;
  const figure = wrapper?.querySelector('.snippet-static figure');
  if (!wrapper || !json || !figure) return null;
  let templates = compiled.get(id);
  if (!templates) {
    templates = compileTemplates(JSON.parse(json) as SnippetTemplates);
    compiled.set(id, templates);
  }
  const pre = figure.querySelector('pre');
  const region: Setup['region'] = {};
  if (pre?.getAttribute('role') === 'region') {
    region.role = 'region';
    region.tabIndex = 0;
    const label = pre.getAttribute('aria-label');
    if (label) region['aria-label'] = label;
  }
  return { templates, figureClass: figure.className, region };
}

const fillFile = (template: string, file: string) => template.replaceAll('{{file}}', file);

const COPY_ICON = (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <rect x="9" y="9" width="13" height="13" rx="2" />
    <path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />
  </svg>
);
const CHECK_ICON = (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
    <path d="M20 6 9 17l-5-5" />
  </svg>
);
const DOWNLOAD_ICON = (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <path d="M12 3v12m0 0-5-5m5 5 5-5M4 17v3h16v-3" />
  </svg>
);

/** A personalised, highlighted artifact with Copy and Download. */
export default function Snippet({ id, lang, settings, strings }: SnippetProps) {
  initGuideStore(settings);
  const inputs = useGuideStore($inputs);
  const validation = useGuideStore($validation);
  const rootRef = useRef<HTMLDivElement>(null);
  const [setup, setSetup] = useState<Setup | null>(null);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState('');
  const reasonId = useId();
  const spec = artifactSpec(id);

  // After hydration: read the templates (the next render shows the live block).
  useEffect(() => {
    const root = rootRef.current;
    const found = root && readSetup(root, id);
    if (found) setSetup(found);
  }, [id]);

  // Once the live block is on the page, the static one steps aside (never both gone at once).
  useEffect(() => {
    const wrapper = rootRef.current?.closest<HTMLElement>('[data-snippet]');
    if (setup && wrapper) wrapper.dataset['live'] = '';
  }, [setup]);

  const preview = useMemo(() => {
    if (!inputs || !validation) return null;
    const artifact = previewArtifacts(inputs, { vendorAccountId: settings.vendorAccountId }).find((a) => a.id === id);
    if (!artifact) return null;
    return { artifact, values: valuesByKind(previewModel(inputs, validation)) };
  }, [inputs, validation, id, settings.vendorAccountId]);

  const html = useMemo(() => {
    if (!setup || !preview) return '';
    return highlightText(setup.templates, preview.artifact.text, preview.values)
      .map(({ text, line }) => lineHtml(text, line))
      .join('');
  }, [setup, preview]);

  // The "Copied" state ends after a moment; a later copy restarts it.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  // Link values not confirmed yet: nothing may be copied or downloaded (issue 9.1; $preview.linkPending).
  const linkPending = useGuideStore($fromLink).length > 0;
  const ready = preview?.artifact.ready === true && !linkPending;
  const reasons = useMemo(
    () => [...new Set((preview?.artifact.blocking ?? []).map((issue) => formatIssue(issue, lang)))],
    [preview, lang],
  );

  // A fresh text for each announcement, so a repeated action is announced again.
  const announce = (message: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  };

  const onCopy = async () => {
    if (!ready || !preview) return;
    try {
      await navigator.clipboard.writeText(preview.artifact.text);
      setCopied(true);
      markUsed(`artifact.${id}.copied`);
      announce(fillFile(strings['snippet.copiedName'], spec.fileName));
    } catch {
      announce(fillFile(strings['snippet.copyFailed'], spec.fileName));
    }
  };

  const onDownload = () => {
    if (!ready || !preview) return;
    downloadText(spec.fileName, preview.artifact.text, artifactMimeType(spec.language));
    markUsed(`artifact.${id}.downloaded`);
    announce(fillFile(strings['snippet.downloaded'], spec.fileName));
  };

  if (!setup || !preview) return <div ref={rootRef} className="snippet-live" />;

  const disabled = ready ? {} : { 'aria-disabled': true as const, 'aria-describedby': reasonId };
  return (
    <div ref={rootRef} className="snippet-live" data-ready="" data-state={ready ? 'ready' : 'blocked'}>
      <div className="expressive-code">
        <figure className={setup.figureClass}>
          <figcaption className="header">
            <span className="title">{spec.fileName}</span>
          </figcaption>
          <pre data-language={spec.language} {...setup.region}>
            <code dangerouslySetInnerHTML={{ __html: html }} />
          </pre>
        </figure>
      </div>
      <div className="snippet-bar not-content" data-print-hide="">
        {!ready && (
          <div id={reasonId} className="snippet-blocked">
            <p>{strings['snippet.blocked']}</p>
            <ul>
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <p>{strings['snippet.placeholders']}</p>
          </div>
        )}
        <div className="snippet-actions">
          <button
            type="button"
            className="snippet-button"
            aria-label={fillFile(strings[copied ? 'snippet.copiedName' : 'snippet.copyName'], spec.fileName)}
            data-copied={copied ? '' : undefined}
            onClick={() => void onCopy()}
            {...disabled}
          >
            {copied ? CHECK_ICON : COPY_ICON}
            <span>{copied ? strings['snippet.copied'] : strings['snippet.copy']}</span>
          </button>
          <button
            type="button"
            className="snippet-button"
            aria-label={fillFile(strings['snippet.downloadName'], spec.fileName)}
            onClick={onDownload}
            {...disabled}
          >
            {DOWNLOAD_ICON}
            <span>{strings['snippet.download']}</span>
          </button>
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
