/**
 * A personalised snippet: one artifact of the core, filled with the reader's values,
 * highlighted like Starlight's code blocks, with Copy and Download.
 *
 * The page shows the artifact for the vendor's defaults as an Expressive Code block, rendered
 * at build time (the no-JS view, and the source of EC's stylesheet). Once hydrated, this
 * island fills the reader's values into *that* block, line by line, from the build-time
 * templates (see `src/highlight/runtime/`): there is one block per snippet, never a second copy
 * of it (a copy doubled the code's DOM, about 3,000 elements on /cloudformation/, and its
 * first paint was most of the page's load work). The text comes from the page's one preview
 * (the core's `previewArtifacts`, computed once per change for every snippet), so what is
 * copied or downloaded is exactly what the CLI writes. On each change only the lines that
 * changed are rewritten (`patchLines`), not the whole block. The island itself renders only
 * the bar under the block: why it cannot be copied yet, Copy and Download.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { artifactMime, artifactRow } from '../core/artifacts/catalog.ts';
import { formatIssue } from './issue-text.ts';
import type { ArtifactId, Lang } from '../core/types.ts';
import { patchLines, shownLineHtml, SnippetFiller } from '../highlight/runtime/fill.ts';
import { compileTemplates, type CompiledTemplates, type SnippetTemplates } from '../highlight/runtime/match.ts';
import { initGuideStore, markUsed, serverSnapshot } from '../stores/guide.ts';
import { requestArtifacts } from '../stores/preview.ts';
import { downloadText } from '../utils/download.ts';
import type { SnippetStrings } from '../utils/snippet-strings.ts';
import { $snippetSource, type SnippetSource } from './snippet-preview.ts';

/** Props of {@link Snippet}, passed by `src/user-components/Snippet.astro`. */
export interface SnippetProps {
  id: ArtifactId;
  lang: Lang;
  strings: SnippetStrings;
}

/** What the island finds beside it when it mounts: the templates and the block to fill. */
interface Setup {
  templates: CompiledTemplates;
  /** The build-time block's `<code>` (Snippet.astro's `.snippet-code`), filled in place. */
  code: HTMLElement;
}

// Templates are per artifact; two blocks of the same artifact on a page share them.
const compiled = new Map<string, CompiledTemplates>();

function readSetup(root: HTMLElement, id: ArtifactId): Setup | null {
  const wrapper = root.closest<HTMLElement>('[data-snippet]');
  const json = wrapper?.querySelector('script[data-snippet-templates]')?.textContent;
  const code = wrapper?.querySelector<HTMLElement>('.snippet-code pre > code');
  if (!wrapper || !json || !code) return null;
  let templates = compiled.get(id);
  if (!templates) {
    templates = compileTemplates(JSON.parse(json) as SnippetTemplates);
    compiled.set(id, templates);
  }
  return { templates, code };
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

/** What a snippet's controls show; derived from the preview, compared by value. */
interface SnippetView {
  /** The preview has this artifact (the state is set up). */
  present: boolean;
  /** Every field the artifact uses is valid. */
  complete: boolean;
  /** Values from a link wait for the reader's confirmation. */
  linkPending: boolean;
  /** Complete and nothing pending: Copy and Download work. */
  ready: boolean;
  /** Why the artifact is not complete, in the page's language. */
  reasons: readonly string[];
}

const NO_VIEW: SnippetView = { present: false, complete: false, linkPending: false, ready: false, reasons: [] };

function viewOf(source: SnippetSource | null, id: ArtifactId, lang: Lang): SnippetView {
  const artifact = source?.preview.artifacts.get(id);
  if (!source || !artifact) return NO_VIEW;
  // Values from a link are proposals: nothing leaves the page until the reader confirmed them.
  const linkPending = source.preview.linkPending.length > 0;
  const reasons = [...new Set(artifact.blocking.map((issue) => formatIssue(issue, lang)))];
  return { present: true, complete: artifact.ready, linkPending, ready: artifact.ready && !linkPending, reasons };
}

const viewKey = (v: SnippetView) => JSON.stringify(v);

/**
 * The snippet's {@link SnippetView}, re-rendering only when it changes: most keystrokes
 * change the code but not whether it can be copied, so the island does not render at all.
 */
function useSnippetView(id: ArtifactId, lang: Lang): SnippetView {
  const cache = useRef<{ key: string; view: SnippetView } | null>(null);
  const read = (source: SnippetSource | null) => {
    const view = viewOf(source, id, lang);
    const key = viewKey(view);
    if (cache.current?.key !== key) cache.current = { key, view };
    return cache.current.view;
  };
  return useSyncExternalStore(
    (onChange) => $snippetSource.listen(onChange),
    () => read($snippetSource.get()),
    () => viewOf(serverSnapshot($snippetSource), id, lang),
  );
}

/** A personalised, highlighted artifact with Copy and Download. */
export default function Snippet({ id, lang, strings }: SnippetProps) {
  // The settings come from the build (stores/settings.ts), once per page, not as a prop.
  initGuideStore();
  // The island re-renders only when what its controls show changes (ready, the reasons);
  // the code itself is patched straight from the store (below), without a React render.
  const view = useSnippetView(id, lang);
  const rootRef = useRef<HTMLDivElement>(null);
  const [setup, setSetup] = useState<Setup | null>(null);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState('');
  const reasonId = useId();
  const spec = artifactRow(id);
  // The page builds only the artifacts its snippets show: this one's builder loads now.
  useEffect(() => requestArtifacts([id]), [id]);

  // After hydration: read the templates and find the block (the next render shows the bar).
  useEffect(() => {
    const root = rootRef.current;
    const found = root && readSetup(root, id);
    if (found) setSetup(found);
  }, [id]);

  // Fills the block's <code> and keeps it filled. The first fill runs in a task of its own, then
  // the snippet is live (`data-ready` on the island shows the bar; `data-live` on the snippet is
  // the readiness signal tests and tools wait for):
  // when the page's preview first arrives every snippet island hears it in one task, and six
  // first fills there made one long task of about 200 ms at 4× CPU on /cloudformation/ (issue 8,
  // Lighthouse's Total Blocking Time); one task each keeps each short. The first fill starts
  // from the lines the build rendered (their markup as the document holds it), so it writes
  // only the lines that differ: those with the reader's values (marked) or another text.
  // Every later change is patched in the same task as the keystroke (nanostores notifies
  // synchronously): only lines whose text or values changed are highlighted again, and only their
  // text nodes are written (see highlight/runtime/fill.ts).
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || !setup) return;
    const { code } = setup;
    const filler = new SnippetFiller(setup.templates);
    let shown: readonly string[] | null = null;
    const fill = (source: SnippetSource | null): boolean => {
      const artifact = source?.preview.artifacts.get(id);
      if (!source || !artifact) return false;
      const next = filler.update(artifact.text, source.values);
      shown ??= [...code.children].map(shownLineHtml);
      if (next !== shown) patchLines(code, shown, next);
      shown = next;
      return true;
    };
    let first: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = $snippetSource.subscribe((source) => {
      if (root.hasAttribute('data-ready')) {
        fill(source);
        return;
      }
      // Whatever arrives before the first fill runs is in the store by then: it fills the latest.
      first ??= setTimeout(() => {
        first = undefined;
        if (!fill($snippetSource.get())) return;
        root.dataset['ready'] = '';
        const wrapper = root.closest<HTMLElement>('[data-snippet]');
        if (wrapper) wrapper.dataset['live'] = '';
      }, 0);
    });
    return () => {
      clearTimeout(first);
      unsubscribe();
    };
  }, [setup, id, view.present]);

  // The "Copied" state ends after a moment; a later copy restarts it.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const { ready, complete, linkPending, reasons } = view;
  /** The artifact as it is now (read on click: the text is not kept in React state). */
  const current = () => $snippetSource.get()?.preview.artifacts.get(id);

  // A fresh text for each announcement, so a repeated action is announced again.
  const announce = (message: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  };

  const onCopy = async () => {
    const artifact = current();
    if (!ready || !artifact) return;
    try {
      await navigator.clipboard.writeText(artifact.text);
      setCopied(true);
      markUsed(`artifact.${id}.copied`);
      announce(fillFile(strings['snippet.copiedName'], spec.fileName));
    } catch {
      announce(fillFile(strings['snippet.copyFailed'], spec.fileName));
    }
  };

  const onDownload = () => {
    const artifact = current();
    if (!ready || !artifact) return;
    downloadText(spec.fileName, artifact.text, artifactMime(spec));
    markUsed(`artifact.${id}.downloaded`);
    announce(fillFile(strings['snippet.downloaded'], spec.fileName));
  };

  if (!setup || !view.present) return <div ref={rootRef} className="snippet-live" />;

  const disabled = ready ? {} : { 'aria-disabled': true as const, 'aria-describedby': reasonId };
  return (
    // `data-ready` is set by the first fill above, never rendered: React leaves it alone.
    <div ref={rootRef} className="snippet-live" data-state={ready ? 'ready' : 'blocked'}>
      <div className="snippet-bar not-content" data-print-hide="">
        {!ready && (
          <div id={reasonId} className="snippet-blocked">
            {linkPending && <p data-link-pending="">{strings['snippet.linkPending']}</p>}
            {!complete && (
              <>
                <p>{strings['snippet.blocked']}</p>
                <ul>
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <p>{strings['snippet.placeholders']}</p>
              </>
            )}
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
