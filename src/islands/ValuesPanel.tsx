/**
 * The values panel: a compact bar that stays at the top of the page while the reader
 * scrolls ("Account 123456789012 · ap-northeast-1 · Edit values") and expands into the
 * form where the reader types the values every snippet uses.
 *
 * This island holds the UI state (open, touched fields, announcements, the link review) and
 * composes its parts: `values/ValuesBar.tsx`, `values/ValuesForm.tsx` (fields:
 * `values/ValuesField.tsx`) and `values/LinkReview.tsx`. The values live in the stores
 * (`src/stores/`), validation and messages come from the core, link parsing from
 * `src/stores/link.ts`.
 */
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatIssue } from './issue-text.ts';
import type { Lang } from '../core/types.ts';
import {
  $fromLink,
  $validation,
  $values,
  clearAll,
  confirmLinkValues,
  defaultValues,
  initGuideStore,
  pageSettings,
  setValue,
} from '../stores/guide.ts';
import { planLink, readLinkValues, valuesQuery, withoutQuery } from '../stores/link.ts';
import { READER_KEYS, type ReaderKey, type ReaderValues } from '../stores/storage.ts';
import { sectionPermalink } from '../utils/permalinks.ts';
import { isSectionId } from '../utils/sections.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { fill } from './strings.ts';
import { $readerIssues, fieldIssues, slice } from './slices.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import { LinkReview } from './values/LinkReview.tsx';
import type { ValuesStrings } from './values/strings.ts';
import { ValuesBar } from './values/ValuesBar.tsx';
import { ValuesForm } from './values/ValuesForm.tsx';
import './widgets.css';

/** Props of {@link ValuesPanel}, passed by `src/user-components/ValuesPanel.astro` (settings come from the build, once). */
export interface ValuesPanelProps {
  lang: Lang;
  strings: ValuesStrings;
}

// How long the reader must pause typing before the field's messages are announced.
const ANNOUNCE_DELAY_MS = 800;

/**
 * The fixed section the reader is looking at: the last one whose heading is in the upper third
 * of the window (below the sticky bar), which is where a heading lands after following a link.
 */
function currentSection(barBottom: number): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4)[id]')].filter((h) =>
    isSectionId(h.id),
  );
  const line = Math.max(barBottom + 16, window.innerHeight / 3);
  let current = headings[0]?.id;
  for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
  return current;
}

// Parts that show nothing of the values render only when their own props change, not on
// every keystroke of the panel (issue 8: keystroke budget).
const Notice = memo(StorageNotice);

/** Props of {@link ClearDialog}; the handlers are stable across renders. */
interface ClearDialogProps {
  open: boolean;
  everything: boolean;
  strings: ValuesStrings;
  onEverything: (everything: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The "clear all values" confirmation. */
const ClearDialog = memo(function ClearDialog({ open, everything, strings: s, onEverything, onConfirm, onCancel }: ClearDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title={s['values.clearTitle']}
      confirmLabel={s['values.clearConfirm']}
      cancelLabel={s['values.cancel']}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{s['values.clearText']}</p>
      <label className="widget-check">
        <input type="checkbox" checked={everything} onChange={(e) => onEverything(e.target.checked)} />
        <span>{s['values.clearEverything']}</span>
      </label>
    </ConfirmDialog>
  );
});

/** The reader fields that hold a value, in the table's order. */
const $filled = slice([$values], (values) => READER_KEYS.filter((key) => values[key] !== ''));

/** What a link brought in this page view: values it would replace (asked) and what the form held before. */
interface LinkSession {
  conflicts: Partial<ReaderValues>;
  previous: Partial<ReaderValues>;
}

/** The values panel island. */
export default function ValuesPanel({ lang, strings: s }: ValuesPanelProps) {
  initGuideStore();
  const settings = pageSettings();
  // Which fields hold a value (their errors are shown), not the values: typing renders the
  // form and the bar (ValuesForm, ValuesBar), not the whole panel.
  const filled = useGuideStore($filled);
  // Only the reader fields' messages: a keystroke that changes none of them does not render
  // the panel again for them (the artifacts are no concern of the panel).
  const issues = useGuideStore($readerIssues);
  const fromLink = useGuideStore($fromLink);
  const hydrated = useHydrated();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<ReaderKey>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState('');
  const [fallbackLink, setFallbackLink] = useState('');
  const [link, setLink] = useState<LinkSession | null>(null);
  const [clearing, setClearing] = useState(false);
  const [clearEverything, setClearEverything] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const title = useRef<HTMLParagraphElement>(null);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hadErrors = useRef<Partial<Record<ReaderKey, boolean>>>({});

  const readerErrors = issues.errors;
  const readerWarnings = issues.warnings;
  const shown = (key: ReaderKey) => touched.has(key) || filled.includes(key) || fromLink.includes(key);
  const visibleErrors = readerErrors.filter((i) => shown(i.field as ReaderKey));
  const conflicts = link?.conflicts ?? {};
  const reviewing = fromLink.length > 0 || Object.keys(conflicts).length > 0;

  // A link with values: its values are proposals. Those that replace only the vendor's
  // defaults go into the form, marked pending (nothing can be copied until the reader
  // confirms); those that would replace the reader's own values wait in the review.
  useEffect(() => {
    const offer = readLinkValues(window.location.search);
    const offered = READER_KEYS.filter((key) => offer.values[key] !== undefined);
    if (offered.length > 0) {
      const current = $values.get();
      const pending = $fromLink.get();
      const plan = planLink(current, defaultValues(settings), offer.values, pending);
      const applied = READER_KEYS.filter((key) => plan.apply[key] !== undefined);
      const previous: Partial<ReaderValues> = {};
      for (const key of applied) {
        // An earlier link's unconfirmed proposal is not the reader's value: discarding goes back to the default.
        if (!pending.includes(key)) previous[key] = current[key];
        setValue(key, plan.apply[key] ?? '');
      }
      if (applied.length > 0) $fromLink.set([...new Set([...$fromLink.get(), ...applied])]);
      const asked: Partial<ReaderValues> = {};
      for (const key of plan.conflicts) asked[key] = offer.values[key] ?? '';
      setLink({ conflicts: asked, previous });
      if (applied.length > 0 || plan.conflicts.length > 0) setOpen(true);
      // Asked values stay in the address bar until answered, so a reload asks again.
      if (plan.conflicts.length > 0) return;
    } else if ($fromLink.get().length > 0) {
      // Pending values from an earlier page: still to be reviewed.
      setOpen(true);
    }
    if (offer.strip) history.replaceState(history.state, '', withoutQuery(window.location.href));
  }, [settings]);

  useEffect(() => () => clearTimeout(announceTimer.current), []);

  // The open panel overlays the page while the bar is stuck: a click elsewhere puts it away,
  // like any disclosure popover (not while the clear-all dialog, a child of the panel, is open).
  useEffect(() => {
    if (!open || clearing) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, clearing]);

  function announceLater(key: ReaderKey) {
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => {
      const result = $validation.get();
      const all = result ? [...(result.ok ? [] : result.errors), ...result.warnings] : [];
      const mine = all.filter((i) => i.field === key);
      const label = s[`values.field.${key}`];
      if (mine.length > 0) {
        setAnnouncement(mine.map((i) => formatIssue(i, lang)).join(' '));
      } else if (hadErrors.current[key]) {
        setAnnouncement(fill(s['values.fieldOk'], { label }));
      }
    }, ANNOUNCE_DELAY_MS);
  }

  function change(key: ReaderKey, text: string) {
    const before = $validation.get();
    hadErrors.current[key] = !!before && !before.ok && before.errors.some((i) => i.field === key);
    setValue(key, text);
    touch(key);
    // Editing a linked value is the reader checking it.
    if ($fromLink.get().includes(key)) $fromLink.set($fromLink.get().filter((k) => k !== key));
    announceLater(key);
  }

  // A new set only the first time a field is touched: no state change (no render) after that.
  function touch(key: ReaderKey) {
    setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  }

  // Stable handlers for the memoised fields (each calls the current render's function).
  const latest = useRef({ change, touch, confirmClear: () => {} });
  const onFieldChange = useCallback((key: ReaderKey, text: string) => latest.current.change(key, text), []);
  const onFieldTouch = useCallback((key: ReaderKey) => latest.current.touch(key), []);
  const onClearConfirm = useCallback(() => latest.current.confirmClear(), []);
  const onClearCancel = useCallback(() => setClearing(false), []);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  function answerLink(useLink: boolean) {
    if (useLink) {
      for (const key of READER_KEYS) {
        const offered = conflicts[key];
        if (offered !== undefined) setValue(key, offered);
      }
      confirmLinkValues();
    } else {
      // Back to what the form held before the link (the vendor's defaults for values pending from an earlier page).
      const defaults = defaultValues(settings);
      for (const key of $fromLink.get()) setValue(key, link?.previous[key] ?? defaults[key]);
      confirmLinkValues();
    }
    setLink(null);
    history.replaceState(history.state, '', withoutQuery(window.location.href));
    title.current?.focus();
  }

  async function copyLink() {
    const id = currentSection(bar.current?.getBoundingClientRect().bottom ?? 0);
    const url = new URL(
      id && isSectionId(id) ? sectionPermalink(import.meta.env.BASE_URL, lang, id) : window.location.pathname,
      window.location.href,
    );
    url.search = valuesQuery($values.get());
    url.hash = '';
    try {
      await navigator.clipboard.writeText(url.href);
      setFallbackLink('');
      flash(s['values.linkCopied']);
    } catch {
      setFallbackLink(url.href);
      flash(s['values.linkFailed']);
    }
  }

  function flash(message: string) {
    setStatus('');
    // A fresh text node, so a repeated message is announced again.
    requestAnimationFrame(() => setStatus(message));
  }

  function confirmClear() {
    clearAll({ everything: clearEverything });
    setLink(null);
    setClearing(false);
    setClearEverything(false);
    setTouched(new Set());
    hadErrors.current = {};
    flash(s['values.cleared']);
  }

  latest.current = { change, touch, confirmClear };

  const panelId = `${uid}-panel`;
  const titleId = `${uid}-title`;

  return (
    <section
      ref={root}
      className="gv not-content"
      aria-labelledby={titleId}
      data-values-panel
      data-link-pending={fromLink.length > 0 ? '' : undefined}
      {...readiness(hydrated)}
    >
      <ValuesBar
        strings={s}
        errorCount={visibleErrors.length}
        warningCount={readerWarnings.length}
        linkBadge={reviewing}
        open={open}
        hydrated={hydrated}
        panelId={panelId}
        barRef={bar}
        toggleRef={toggle}
        onToggle={() => setOpen(!open)}
      />
      <Notice strings={s} primary />

      <div
        id={panelId}
        className="values-panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !clearing) {
            event.stopPropagation();
            close();
          }
        }}
      >
        <p id={titleId} ref={title} className="values-title" tabIndex={-1}>
          {s['values.title']}
        </p>
        <p className="values-intro">{s['values.intro']}</p>

        {reviewing ? (
          <LinkReview
            uid={uid}
            strings={s}
            pending={fromLink}
            conflicts={conflicts}
            onConfirm={() => answerLink(true)}
            onDiscard={() => answerLink(false)}
          />
        ) : null}

        <ValuesForm
          uid={uid}
          lang={lang}
          strings={s}
          settings={settings}
          issuesOf={(key) => (shown(key) ? fieldIssues(issues, key) : [])}
          linked={fromLink}
          onChange={onFieldChange}
          onTouch={onFieldTouch}
        />

        <div className="values-tools">
          <div>
            <button type="button" className="guide-button" onClick={copyLink} aria-describedby={`${uid}-link-hint`}>
              {s['values.copyLink']}
            </button>
            <p id={`${uid}-link-hint`} className="values-hint">
              {s['values.copyLinkHint']}
            </p>
            {fallbackLink ? (
              <input
                className="values-input"
                readOnly
                value={fallbackLink}
                aria-label={s['values.copyLink']}
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : null}
          </div>
          <div>
            <button type="button" className="guide-button guide-button--danger" onClick={() => setClearing(true)}>
              {s['values.clear']}
            </button>
          </div>
        </div>
        <p className="values-status" role="status" data-values-status>
          {status}
        </p>
      </div>

      <p className="sr-only" aria-live="polite" data-values-announce>
        {announcement}
      </p>

      <ClearDialog
        open={clearing}
        everything={clearEverything}
        strings={s}
        onEverything={setClearEverything}
        onConfirm={onClearConfirm}
        onCancel={onClearCancel}
      />
    </section>
  );
}
