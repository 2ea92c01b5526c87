/**
 * The final checklist (section 6) as real checkboxes, persisted, with progress. Items the
 * page can know about tick themselves from what the reader did on the site (see
 * `src/stores/checklist.ts`); the reader's own tick or untick always wins. While values from
 * a link wait for the reader's confirmation, nothing can be ticked (issue 9.1).
 *
 * Each item's text is authored in the MDX page and arrives as a named slot (a prop holding
 * static HTML), so wording, links and inline code stay in the content, in both languages.
 */
import { useId, type ReactNode } from 'react';
import { CHECKLIST_ITEMS, checklistProgress, checklistState, type ChecklistGroup } from '../stores/checklist.ts';
import { $checks, $fromLink, $usedView, initGuideStore, setCheck } from '../stores/guide.ts';
import type { ChecklistStateStrings } from './state-strings.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { fill, type ChecklistStrings } from './strings.ts';
import { readiness, useHydrated } from './use-hydrated.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';

type AllStrings = ChecklistStrings & ChecklistStateStrings;

/** Props of {@link Checklist}: strings, where to review link values, and one slot per item ID. */
export interface ChecklistProps {
  strings: AllStrings;
  /** A page with the values panel, where pending link values are reviewed. */
  reviewHref: string;
  [slot: string]: ReactNode | AllStrings;
}

const GROUPS: readonly { group: ChecklistGroup; key: 'checklist.groupAws' | 'checklist.groupCluster' }[] = [
  { group: 'aws', key: 'checklist.groupAws' },
  { group: 'cluster', key: 'checklist.groupCluster' },
];

/** The checklist island. */
export default function Checklist(props: ChecklistProps) {
  const { strings: s, reviewHref } = props;
  initGuideStore();
  const used = useGuideStore($usedView);
  const checks = useGuideStore($checks);
  const pending = useGuideStore($fromLink).length > 0;
  const hydrated = useHydrated();
  const uid = useId();
  const state = checklistState(used, checks);
  const { done, total } = checklistProgress(state);
  const progressId = `${uid}-progress`;
  const pendingId = `${uid}-pending`;

  return (
    <div className="gc not-content" data-checklist {...readiness(hydrated)}>
      <StorageNotice strings={s} />
      {pending ? (
        <p id={pendingId} className="guide-callout guide-callout--warning" data-checklist-pending="">
          {s['checklist.linkPending']} <a href={reviewHref}>{s['checklist.linkPendingLink']}</a>
        </p>
      ) : null}
      <div className="checklist-progress">
        <p id={progressId} className="checklist-progress-text" aria-live="polite" data-checklist-progress>
          {fill(s['checklist.progress'], { done, total })}
        </p>
        <progress max={total} value={done} aria-labelledby={progressId} />
      </div>
      {GROUPS.map(({ group, key }) => (
        <fieldset key={group} className="checklist-group" disabled={pending}>
          <legend className="checklist-legend">{s[key]}</legend>
          <ul className="checklist-list">
            {CHECKLIST_ITEMS.filter((item) => item.group === group).map((item) => {
              const id = `${uid}-${item.id}`;
              const item_ = state[item.id] ?? { checked: false, auto: false };
              const described = [item_.auto && item_.checked ? `${id}-auto` : '', pending ? pendingId : ''].filter(Boolean).join(' ');
              return (
                <li key={item.id} className={`checklist-item${item_.checked ? ' checklist-item--done' : ''}`}>
                  <input
                    type="checkbox"
                    id={id}
                    className="checklist-box"
                    checked={item_.checked}
                    data-checklist-item={item.id}
                    aria-describedby={described || undefined}
                    onChange={(e) => setCheck(item.id, e.target.checked)}
                  />
                  <div className="checklist-text">
                    <label htmlFor={id}>{props[item.id] as ReactNode}</label>
                    {item_.auto && item_.checked ? (
                      <p id={`${id}-auto`} className="checklist-auto">
                        {s['checklist.auto']}
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
