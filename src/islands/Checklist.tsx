/**
 * The final checklist (section 6) as real checkboxes, persisted, with progress. Items the
 * page can know about tick themselves from what the reader did on the site (see
 * `src/stores/checklist.ts`); the reader's own tick or untick always wins.
 *
 * Each item's text is authored in the MDX page and arrives as a named slot (a prop holding
 * static HTML), so wording, links and inline code stay in the content, in both languages.
 */
import { useId, type ReactNode } from 'react';
import { CHECKLIST_ITEMS, checklistProgress, checklistState, type ChecklistGroup } from '../stores/checklist.ts';
import { $checks, $used, initGuideStore, setCheck, type BrowserSettings } from '../stores/guide.ts';
import { fill, type ChecklistStrings } from './strings.ts';
import { useGuideStore } from './use-guide-store.ts';
import './widgets.css';

/** Props of {@link Checklist}: settings, strings, and one slot per item ID. */
export interface ChecklistProps {
  settings: BrowserSettings;
  strings: ChecklistStrings;
  [slot: string]: ReactNode | BrowserSettings | ChecklistStrings;
}

const GROUPS: readonly { group: ChecklistGroup; key: 'checklist.groupAws' | 'checklist.groupCluster' }[] = [
  { group: 'aws', key: 'checklist.groupAws' },
  { group: 'cluster', key: 'checklist.groupCluster' },
];

/** The checklist island. */
export default function Checklist(props: ChecklistProps) {
  const { settings, strings: s } = props;
  initGuideStore(settings);
  const used = useGuideStore($used);
  const checks = useGuideStore($checks);
  const uid = useId();
  const state = checklistState(used, checks);
  const { done, total } = checklistProgress(state);
  const progressId = `${uid}-progress`;

  return (
    <div className="gc not-content" data-checklist>
      <div className="gc-progress">
        <p id={progressId} className="gc-progress-text" aria-live="polite" data-checklist-progress>
          {fill(s['checklist.progress'], { done, total })}
        </p>
        <progress max={total} value={done} aria-labelledby={progressId} />
      </div>
      {GROUPS.map(({ group, key }) => (
        <fieldset key={group} className="gc-group">
          <legend className="gc-legend">{s[key]}</legend>
          <ul className="gc-list">
            {CHECKLIST_ITEMS.filter((item) => item.group === group).map((item) => {
              const id = `${uid}-${item.id}`;
              const item_ = state[item.id] ?? { checked: false, auto: false };
              return (
                <li key={item.id} className={`gc-item${item_.checked ? ' gc-item--done' : ''}`}>
                  <input
                    type="checkbox"
                    id={id}
                    className="gc-box"
                    checked={item_.checked}
                    data-checklist-item={item.id}
                    aria-describedby={item_.auto && item_.checked ? `${id}-auto` : undefined}
                    onChange={(e) => setCheck(item.id, e.target.checked)}
                  />
                  <div className="gc-text">
                    <label htmlFor={id}>{props[item.id] as ReactNode}</label>
                    {item_.auto && item_.checked ? (
                      <p id={`${id}-auto`} className="gc-auto">
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
