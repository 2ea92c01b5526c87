/**
 * The review of values that came from a link (issue 9.1). A link's values are proposals:
 * until the reader answers here, nothing may be copied, downloaded, launched or ticked. The
 * review names every value, the account ID first, and says why the account ID matters: it is
 * the reader's OWN account, where the roles are created and whose role is mapped into their
 * cluster; a wrong one sets the vendor's access up somewhere else or maps a stranger's role.
 * Values that would replace what the reader typed are shown beside theirs.
 */
import { parseListField } from '../../core/inputs.ts';
import { displayValue } from '../../core/display.ts';
import { $values } from '../../stores/guide.ts';
import { READER_KEYS, type ReaderKey, type ReaderValues } from '../../stores/storage.ts';
import { useGuideStore } from '../use-guide-store.ts';
import { fill } from '../strings.ts';
import type { ValuesStrings } from './strings.ts';

/** A value as the review shows it: list fields as their items, every item made printable. */
export function shownValue(key: ReaderKey, text: string): string {
  if (key === 'accountId' || key === 'region') return displayValue(text);
  return parseListField(text).map(displayValue).join(', ');
}

/** Props of {@link LinkReview}. */
export interface LinkReviewProps {
  uid: string;
  strings: ValuesStrings;
  /** Fields whose value came from the link and is not confirmed yet (applied to the form). */
  pending: readonly ReaderKey[];
  /** Fields where the link offers a different value than the reader's own (not applied). */
  conflicts: Partial<ReaderValues>;
  onConfirm: () => void;
  onDiscard: () => void;
}

/** The link review callout. */
export function LinkReview({ uid, strings: s, pending, conflicts, onConfirm, onDiscard }: LinkReviewProps) {
  // The reader's values now (pending link values included); only while a review is shown.
  const values = useGuideStore($values);
  const offered = (key: ReaderKey): string | undefined => conflicts[key] ?? (pending.includes(key) ? values[key] : undefined);
  const keys = READER_KEYS.filter((key) => offered(key) !== undefined);
  const account = offered('accountId');
  const hasConflicts = keys.some((key) => conflicts[key] !== undefined);
  const titleId = `${uid}-review-title`;
  return (
    <div className="values-offer" role="group" aria-labelledby={titleId} data-link-review="">
      <p id={titleId} className="values-offer-title">
        {s['values.linkReview.title']}
      </p>
      {account !== undefined && account !== '' ? (
        <p data-link-account="">
          <strong>{fill(s['values.linkReview.account'], { accountId: shownValue('accountId', account) })}</strong>{' '}
          {s['values.linkReview.why']}
        </p>
      ) : (
        <p>{s['values.linkReview.noAccount']}</p>
      )}
      <table className="values-offer-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{s['values.barLabel']}</span>
            </th>
            {hasConflicts ? <th scope="col">{s['values.linkPrompt.yours']}</th> : null}
            <th scope="col">{s['values.linkReview.value']}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} data-link-value={key}>
              <th scope="row">{s[`values.field.${key}`]}</th>
              {hasConflicts ? (
                <td>{conflicts[key] !== undefined ? <code>{shownValue(key, values[key]) || s['values.empty']}</code> : null}</td>
              ) : null}
              <td>
                <code>{shownValue(key, offered(key) ?? '') || s['values.empty']}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{s['values.linkReview.blocked']}</p>
      <div className="widget-actions">
        <button type="button" className="guide-button" onClick={onDiscard}>
          {s['values.linkReview.discard']}
        </button>
        <button type="button" className="guide-button guide-button--primary" onClick={onConfirm}>
          {s['values.linkReview.confirm']}
        </button>
      </div>
    </div>
  );
}
