/**
 * One field of the values form: label, hint, control, "from the link" note and messages.
 * A value longer than the field can keep is refused here, with a message, and the last
 * valid value stays (issue 9.6): nothing is cut or dropped silently.
 */
import { useState, type ReactNode } from 'react';
import { formatIssue } from '../issue-text.ts';
import type { FieldIssue, Lang } from '../../core/types.ts';
import { $editing } from '../../stores/guide.ts';
import { MAX_FIELD_LENGTH, type ReaderKey } from '../../stores/storage.ts';
import { fill } from '../strings.ts';
import type { ValuesStrings } from './strings.ts';

/** Attributes every field control gets from the field wrapper. */
export interface ControlProps {
  id: string;
  name: ReaderKey;
  'aria-describedby': string;
  'aria-invalid': boolean;
  onFocus: () => void;
  onBlur: () => void;
  /** Sets the value, or refuses it (with a message) when it is too long to keep: then false. */
  onText: (text: string) => boolean;
}

/** Props of {@link ValuesField}. */
export interface ValuesFieldProps {
  field: ReaderKey;
  uid: string;
  lang: Lang;
  strings: ValuesStrings;
  issues: readonly FieldIssue[];
  linked: boolean;
  onChange: (text: string) => void;
  onBlur?: () => void;
  control: (props: ControlProps) => ReactNode;
}

/** A labelled field with its messages. */
export function ValuesField({ field, uid, lang, strings: s, issues, linked, onChange, onBlur, control }: ValuesFieldProps) {
  const [refused, setRefused] = useState(false);
  const id = `${uid}-${field}`;
  const hintId = `${id}-hint`;
  const msgsId = `${id}-msgs`;
  const linkId = `${id}-link`;
  const invalid = refused || issues.some((i) => i.severity === 'error');
  return (
    <div className={`values-field${invalid ? ' values-field--invalid' : ''}${linked ? ' values-field--linked' : ''}`}>
      <label htmlFor={id} className="values-label">
        {s[`values.field.${field}`]}
      </label>
      <p id={hintId} className="values-hint">
        {s[`values.hint.${field}`]}
      </p>
      {control({
        id,
        name: field,
        'aria-describedby': [hintId, linked ? linkId : '', msgsId].filter(Boolean).join(' '),
        'aria-invalid': invalid,
        onFocus: () => $editing.set(field),
        onBlur: () => {
          if ($editing.get() === field) $editing.set(null);
          onBlur?.();
        },
        onText: (text) => {
          if (text.length > MAX_FIELD_LENGTH) {
            setRefused(true);
            return false;
          }
          // Only a real change of state: a keystroke must not render the field (issue 8).
          if (refused) setRefused(false);
          onChange(text);
          return true;
        },
      })}
      {linked ? (
        <p id={linkId} className="values-linked-note">
          {s['values.fromLink']}
        </p>
      ) : null}
      <ul id={msgsId} className="values-issues" aria-live="polite">
        {refused ? (
          <li className="values-issue values-issue--error" data-refused="">
            <span className="values-issue-kind">{s['values.error']}: </span>
            {fill(s['values.tooLong'], { max: MAX_FIELD_LENGTH.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US') })}
          </li>
        ) : null}
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.index ?? ''}-${i}`} className={`values-issue values-issue--${issue.severity}`}>
            <span className="values-issue-kind">{issue.severity === 'error' ? s['values.error'] : s['values.warning']}: </span>
            {formatIssue(issue, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
