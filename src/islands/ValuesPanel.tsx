/**
 * The values panel: a compact bar that stays at the top of the page while the reader
 * scrolls ("Account 123456789012 · ap-northeast-1 · Edit values") and expands into the
 * form where the reader types the values every snippet uses.
 *
 * The island only holds UI state (open, touched fields, announcements) and renders; the
 * values live in `src/stores/guide.ts`, validation and messages come from the core, link
 * handling from `src/stores/link.ts`.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { parseListField } from '../core/inputs.ts';
import { displayValue, formatIssue } from '../core/messages.ts';
import { PARTITION_NAMES, regionInfo, regionOptions, type RegionOption } from '../core/regions.ts';
import type { FieldIssue, Lang, Partition } from '../core/types.ts';
import {
  $fromLink,
  $validation,
  $values,
  clearAll,
  confirmLinkValues,
  defaultValues,
  initGuideStore,
  setValue,
  type BrowserSettings,
} from '../stores/guide.ts';
import { planLink, readLinkValues, valuesQuery, withoutQuery } from '../stores/link.ts';
import { READER_KEYS, type ReaderKey, type ReaderValues } from '../stores/storage.ts';
import { sectionPermalink } from '../utils/permalinks.ts';
import { isSectionId } from '../utils/sections.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { fill, type ValuesPanelStrings } from './strings.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';

/** Props of {@link ValuesPanel}, passed by `src/user-components/ValuesPanel.astro`. */
export interface ValuesPanelProps {
  settings: BrowserSettings;
  lang: Lang;
  strings: ValuesPanelStrings;
}

type Hint = 'values.hint.accountId' | 'values.hint.region' | 'values.hint.clusters' | 'values.hint.repoPatterns' | 'values.hint.repos';
type Label =
  | 'values.field.accountId'
  | 'values.field.region'
  | 'values.field.clusters'
  | 'values.field.repoPatterns'
  | 'values.field.repos';

const noSubscribe = () => () => {};
/** False while rendering on the server and hydrating, true afterwards: buttons work only then. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/** Issues of one reader field, errors first. */
function issuesOf(field: ReaderKey, errors: readonly FieldIssue[], warnings: readonly FieldIssue[]): FieldIssue[] {
  return [...errors.filter((i) => i.field === field), ...warnings.filter((i) => i.field === field)];
}

/** A value as the link prompt shows it: list fields as their items, every item made printable. */
function shownForComparison(key: ReaderKey, text: string): string {
  if (key === 'accountId' || key === 'region') return displayValue(text);
  return parseListField(text).map(displayValue).join(', ');
}

/** Region options grouped by partition, in the core's order. */
function groupedRegions(lang: Lang): [Partition, RegionOption[]][] {
  const groups = new Map<Partition, RegionOption[]>();
  for (const option of regionOptions(lang)) {
    const list = groups.get(option.group) ?? [];
    list.push(option);
    groups.set(option.group, list);
  }
  return [...groups];
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

/** The values panel island. */
export default function ValuesPanel({ settings, lang, strings: s }: ValuesPanelProps) {
  initGuideStore(settings);
  const values = useGuideStore($values);
  const validation = useGuideStore($validation);
  const fromLink = useGuideStore($fromLink);
  const hydrated = useHydrated();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<ReaderKey>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState('');
  const [fallbackLink, setFallbackLink] = useState('');
  const [offer, setOffer] = useState<{ conflicts: ReaderKey[]; values: Partial<ReaderValues> } | null>(null);
  const [clearing, setClearing] = useState(false);
  const [clearEverything, setClearEverything] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const title = useRef<HTMLParagraphElement>(null);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hadErrors = useRef<Partial<Record<ReaderKey, boolean>>>({});

  const errors = validation && !validation.ok ? validation.errors : [];
  const warnings = validation?.warnings ?? [];
  const readerErrors = errors.filter((i) => (READER_KEYS as readonly string[]).includes(i.field));
  const readerWarnings = warnings.filter((i) => (READER_KEYS as readonly string[]).includes(i.field));
  const shown = (key: ReaderKey) => touched.has(key) || values[key] !== '' || fromLink.includes(key);
  const visibleErrors = readerErrors.filter((i) => shown(i.field as ReaderKey));

  // A link with values: apply what replaces only defaults, ask about the rest, then clean the address bar.
  useEffect(() => {
    const link = readLinkValues(window.location.search);
    const offered = READER_KEYS.filter((key) => link.values[key] !== undefined);
    if (offered.length > 0) {
      const plan = planLink($values.get(), defaultValues(settings), link.values);
      const applied = READER_KEYS.filter((key) => plan.apply[key] !== undefined);
      for (const key of applied) setValue(key, plan.apply[key] ?? '');
      if (applied.length > 0) $fromLink.set([...new Set([...$fromLink.get(), ...applied])]);
      if (plan.conflicts.length > 0) {
        setOffer({ conflicts: plan.conflicts, values: link.values });
        setOpen(true);
        // The query stays until the reader answers, so a reload asks again instead of losing the link.
        return;
      }
      if (applied.length > 0) setOpen(true);
    }
    if (link.strip) history.replaceState(history.state, '', withoutQuery(window.location.href));
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
      const label = s[`values.field.${key}` as Label];
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
    setTouched((t) => new Set(t).add(key));
    // Editing a linked value is the reader checking it.
    if ($fromLink.get().includes(key)) $fromLink.set($fromLink.get().filter((k) => k !== key));
    announceLater(key);
  }

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  function answerOffer(useLink: boolean) {
    if (offer && useLink) {
      for (const key of offer.conflicts) setValue(key, offer.values[key] ?? '');
      $fromLink.set([...new Set([...$fromLink.get(), ...offer.conflicts])]);
    }
    setOffer(null);
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
    setClearing(false);
    setClearEverything(false);
    setTouched(new Set());
    hadErrors.current = {};
    flash(s['values.cleared']);
  }

  const panelId = `${uid}-panel`;
  const titleId = `${uid}-title`;
  const accountShown = values.accountId === '' ? s['values.notSet'] : displayValue(values.accountId);
  const regionShown = values.region === '' ? s['values.notSet'] : displayValue(values.region);
  const vendor = settings.vendorName;

  const field = (key: ReaderKey, control: (props: ControlProps) => ReactNode) => {
    const id = `${uid}-${key}`;
    const hintId = `${id}-hint`;
    const msgsId = `${id}-msgs`;
    const linkId = `${id}-link`;
    const issues = shown(key) ? issuesOf(key, errors, warnings) : [];
    const invalid = issues.some((i) => i.severity === 'error');
    const linked = fromLink.includes(key);
    return (
      <div className={`gv-field${invalid ? ' gv-field--invalid' : ''}${linked ? ' gv-field--linked' : ''}`} key={key}>
        <label htmlFor={id} className="gv-label">
          {s[`values.field.${key}` as Label]}
        </label>
        <p id={hintId} className="gv-hint">
          {s[`values.hint.${key}` as Hint]}
        </p>
        {control({
          id,
          name: key,
          'aria-describedby': [hintId, linked ? linkId : '', msgsId].filter(Boolean).join(' '),
          'aria-invalid': invalid,
        })}
        {linked ? (
          <p id={linkId} className="gv-linked-note">
            {s['values.fromLink']}
          </p>
        ) : null}
        <ul id={msgsId} className="gv-issues">
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${issue.index ?? ''}-${i}`} className={`gv-issue gv-issue--${issue.severity}`}>
              <span className="gv-issue-kind">{issue.severity === 'error' ? s['values.error'] : s['values.warning']}: </span>
              {formatIssue(issue, lang)}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  const knownRegion = regionInfo(values.region) !== undefined;

  return (
    <section ref={root} className="gv not-content" aria-labelledby={titleId} data-values-panel>
      <div className="gv-bar" ref={bar}>
        <p className="gv-summary">
          <span className="gv-summary-item">
            {s['values.account']} <strong className="gv-summary-value">{accountShown}</strong>
          </span>
          <span className="gv-summary-sep" aria-hidden="true">
            ·
          </span>
          <span className="gv-summary-item">
            <strong className="gv-summary-value">{regionShown}</strong>
          </span>
          {visibleErrors.length > 0 ? (
            <span className="gv-badge gv-badge--error">{fill(s['values.errors'], { count: visibleErrors.length })}</span>
          ) : readerWarnings.length > 0 ? (
            <span className="gv-badge gv-badge--warning">{fill(s['values.warnings'], { count: readerWarnings.length })}</span>
          ) : null}
          {fromLink.length > 0 || offer ? <span className="gv-badge gv-badge--link">{s['values.fromLinkBadge']}</span> : null}
        </p>
        <button
          type="button"
          ref={toggle}
          className={`gw-button${values.accountId === '' ? ' gw-button--primary' : ''}`}
          aria-expanded={open}
          aria-controls={panelId}
          disabled={!hydrated}
          onClick={() => setOpen(!open)}
        >
          {open ? s['values.close'] : values.accountId === '' ? s['values.enter'] : s['values.edit']}
        </button>
      </div>

      <div
        id={panelId}
        className="gv-panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !clearing) {
            event.stopPropagation();
            close();
          }
        }}
      >
        <p id={titleId} ref={title} className="gv-title" tabIndex={-1}>
          {s['values.title']}
        </p>
        <p className="gv-intro">{s['values.intro']}</p>

        {offer ? (
          <div className="gv-offer" role="group" aria-labelledby={`${uid}-offer-title`}>
            <p id={`${uid}-offer-title`} className="gv-offer-title">
              {s['values.linkPrompt.title']}
            </p>
            <p>{s['values.linkPrompt.text']}</p>
            <table className="gv-offer-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{s['values.barLabel']}</span>
                  </th>
                  <th scope="col">{s['values.linkPrompt.yours']}</th>
                  <th scope="col">{s['values.linkPrompt.link']}</th>
                </tr>
              </thead>
              <tbody>
                {offer.conflicts.map((key) => (
                  <tr key={key}>
                    <th scope="row">{s[`values.field.${key}` as Label]}</th>
                    <td>
                      <code>{shownForComparison(key, values[key]) || s['values.empty']}</code>
                    </td>
                    <td>
                      <code>{shownForComparison(key, offer.values[key] ?? '') || s['values.empty']}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="gw-actions">
              <button type="button" className="gw-button" onClick={() => answerOffer(false)}>
                {s['values.linkPrompt.keep']}
              </button>
              <button type="button" className="gw-button" onClick={() => answerOffer(true)}>
                {s['values.linkPrompt.useLink']}
              </button>
            </div>
          </div>
        ) : null}

        <div className="gv-fields">
          {field('accountId', (p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              className="gv-input"
              value={values.accountId}
              onChange={(e) => change('accountId', e.target.value)}
              onBlur={() => setTouched((t) => new Set(t).add('accountId'))}
            />
          ))}
          {field('region', (p) => (
            <select {...p} className="gv-input" value={values.region} onChange={(e) => change('region', e.target.value)}>
              {values.region === '' ? <option value="">{s['values.region.choose']}</option> : null}
              {values.region !== '' && !knownRegion ? (
                <option value={values.region}>{fill(s['values.region.unknown'], { value: displayValue(values.region) })}</option>
              ) : null}
              {groupedRegions(lang).map(([partition, options]) => (
                <optgroup key={partition} label={PARTITION_NAMES[partition][lang]}>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          ))}
          {(['clusters', 'repoPatterns', 'repos'] as const).map((key) =>
            field(key, (p) => (
              <textarea
                {...p}
                rows={3}
                autoComplete="off"
                spellCheck={false}
                className="gv-input"
                value={values[key]}
                onChange={(e) => change(key, e.target.value)}
              />
            )),
          )}
        </div>

        {fromLink.length > 0 ? (
          <p className="gv-linked-confirm">
            <button type="button" className="gw-button" onClick={confirmLinkValues}>
              {s['values.confirmLink']}
            </button>
          </p>
        ) : null}

        <div className="gv-vendor">
          <p className="gv-vendor-title">{fill(s['values.vendorTitle'], { vendor })}</p>
          <dl className="gv-vendor-list">
            <div>
              <dt>{s['values.vendorAccountId']}</dt>
              <dd>
                <code data-vendor-value="vendorAccountId">{settings.vendorAccountId}</code>
              </dd>
            </div>
            <div>
              <dt>{s['values.k8sUser']}</dt>
              <dd>
                <code data-vendor-value="kubernetes.username">{settings.kubernetes.username}</code>
              </dd>
            </div>
            <div>
              <dt>{s['values.k8sGroup']}</dt>
              <dd>
                <code data-vendor-value="kubernetes.group">{settings.kubernetes.group}</code>
              </dd>
            </div>
          </dl>
          <p className="gv-hint">{s['values.vendorNote']}</p>
        </div>

        <div className="gv-tools">
          <div>
            <button type="button" className="gw-button" onClick={copyLink} aria-describedby={`${uid}-link-hint`}>
              {s['values.copyLink']}
            </button>
            <p id={`${uid}-link-hint`} className="gv-hint">
              {s['values.copyLinkHint']}
            </p>
            {fallbackLink ? (
              <input
                className="gv-input"
                readOnly
                value={fallbackLink}
                aria-label={s['values.copyLink']}
                onFocus={(e) => e.currentTarget.select()}
              />
            ) : null}
          </div>
          <div>
            <button type="button" className="gw-button gw-button--danger" onClick={() => setClearing(true)}>
              {s['values.clear']}
            </button>
          </div>
        </div>
        <p className="gv-status" role="status" data-values-status>
          {status}
        </p>
      </div>

      <p className="sr-only" aria-live="polite" data-values-announce>
        {announcement}
      </p>

      <ConfirmDialog
        open={clearing}
        title={s['values.clearTitle']}
        confirmLabel={s['values.clearConfirm']}
        cancelLabel={s['values.cancel']}
        onConfirm={confirmClear}
        onCancel={() => setClearing(false)}
      >
        <p>{s['values.clearText']}</p>
        <label className="gw-check">
          <input type="checkbox" checked={clearEverything} onChange={(e) => setClearEverything(e.target.checked)} />
          <span>{s['values.clearEverything']}</span>
        </label>
      </ConfirmDialog>
    </section>
  );
}

/** Attributes every field control gets from the field wrapper. */
interface ControlProps {
  id: string;
  name: ReaderKey;
  'aria-describedby': string;
  'aria-invalid': boolean;
}
