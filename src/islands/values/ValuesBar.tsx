/** The values panel's sticky summary bar: account, region, counts, the link badge and the toggle. */
import type { Ref } from 'react';
import { displayValue } from '../../core/display.ts';
import { $values } from '../../stores/guide.ts';
import { useGuideStore } from '../use-guide-store.ts';
import { fill } from '../strings.ts';
import type { ValuesStrings } from './strings.ts';

/** Props of {@link ValuesBar}. */
export interface ValuesBarProps {
  strings: ValuesStrings;
  errorCount: number;
  warningCount: number;
  linkBadge: boolean;
  open: boolean;
  hydrated: boolean;
  panelId: string;
  barRef: Ref<HTMLDivElement>;
  toggleRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
}

/** The bar. */
export function ValuesBar({ strings: s, errorCount, warningCount, linkBadge, open, hydrated, panelId, barRef, toggleRef, onToggle }: ValuesBarProps) {
  const values = useGuideStore($values);
  const accountShown = values.accountId === '' ? s['values.notSet'] : displayValue(values.accountId);
  const regionShown = values.region === '' ? s['values.notSet'] : displayValue(values.region);
  return (
    <div className="values-bar" ref={barRef}>
      <p className="values-summary">
        <span className="values-summary-item">
          {s['values.account']} <strong className="values-summary-value">{accountShown}</strong>
        </span>
        <span className="values-summary-sep" aria-hidden="true">
          ·
        </span>
        <span className="values-summary-item">
          <strong className="values-summary-value">{regionShown}</strong>
        </span>
        {errorCount > 0 ? (
          <span className="values-badge values-badge--error">{fill(s['values.errors'], { count: errorCount })}</span>
        ) : warningCount > 0 ? (
          <span className="values-badge values-badge--warning">{fill(s['values.warnings'], { count: warningCount })}</span>
        ) : null}
        {linkBadge ? <span className="values-badge values-badge--link">{s['values.fromLinkBadge']}</span> : null}
      </p>
      <button
        type="button"
        ref={toggleRef}
        className={`guide-button${values.accountId === '' ? ' guide-button--primary' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hydrated}
        onClick={onToggle}
      >
        {open ? s['values.close'] : values.accountId === '' ? s['values.enter'] : s['values.edit']}
      </button>
    </div>
  );
}
