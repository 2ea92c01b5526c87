/**
 * The values form: the reader fields of the core's field table (region as a grouped select,
 * lists as text areas, other scalars as text inputs), the optional guard-rails in their own
 * group, then the vendor's fixed values for reference. Validation and messages come from the core.
 */
import { memo, useLayoutEffect, useRef, type ChangeEvent, type ReactNode, type Ref } from 'react';
import { FIELDS, READER_PATHS, type FieldDef } from '../../core/fields.ts';
import { PARTITION_NAMES, regionInfo, regionOptions, type RegionOption } from '../../core/regions.ts';
import type { FieldIssue, Lang, Partition } from '../../core/types.ts';
import { $values, type BrowserSettings } from '../../stores/guide.ts';
import type { ReaderKey } from '../../stores/storage.ts';
import { displayValue } from '../../core/display.ts';
import { sameData } from '../slices.ts';
import { useGuideStore } from '../use-guide-store.ts';
import { fill } from '../strings.ts';
import type { ValuesStrings } from './strings.ts';
import { ValuesField } from './ValuesField.tsx';

// The grouped region options never change for a language: built once, not on every render.
const regionGroups = new Map<Lang, [Partition, RegionOption[]][]>();

/** Region options grouped by partition, in the core's order. */
function groupedRegions(lang: Lang): [Partition, RegionOption[]][] {
  const known = regionGroups.get(lang);
  if (known) return known;
  const groups = new Map<Partition, RegionOption[]>();
  for (const option of regionOptions(lang)) {
    const list = groups.get(option.group) ?? [];
    list.push(option);
    groups.set(option.group, list);
  }
  const out = [...groups];
  regionGroups.set(lang, out);
  return out;
}

/** Props of {@link ValuesForm}. */
export interface ValuesFormProps {
  uid: string;
  lang: Lang;
  strings: ValuesStrings;
  settings: BrowserSettings;
  issuesOf: (key: ReaderKey) => FieldIssue[];
  linked: readonly ReaderKey[];
  /** Keep these stable across renders: each field re-renders only when what it shows changes. */
  onChange: (key: ReaderKey, text: string) => void;
  onTouch: (key: ReaderKey) => void;
}

/** The reader fields of `group`, in the field table's order (a row's `guardRail` says which). */
function fieldsOf(group: 'main' | 'guardRails'): ReaderKey[] {
  return READER_PATHS.filter((key) => ((FIELDS[key] as FieldDef).guardRail === true) === (group === 'guardRails'));
}

/** Props of one {@link FormField}: everything it shows, so it re-renders only when that changes. */
interface FormFieldProps {
  field: ReaderKey;
  value: string;
  uid: string;
  lang: Lang;
  strings: ValuesStrings;
  issues: readonly FieldIssue[];
  linked: boolean;
  /** Stable across renders (the panel's own handlers). */
  onChange: (key: ReaderKey, text: string) => void;
  onTouch: (key: ReaderKey) => void;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// The DOM id of a field's control (as `ValuesField` names it).
const controlId = (uid: string, key: ReaderKey) => `${uid}-${key}`;

/**
 * One field with its control from the row: the region a grouped select, lists a text area (one
 * item per line), other scalars a text input.
 *
 * The controls are uncontrolled (`defaultValue`), and the field renders again only when what
 * it shows changes: its messages, or a value the control does not already show (cleared, from
 * a link, from another tab: then the value is written into the control). A keystroke in a field
 * therefore renders nothing for that field, where a controlled input would render it and React
 * 19 would write its `name` and `type` again on every commit (issue 8: keystroke budget).
 */
const FormField = memo(
  function FormField({ field: key, value, uid, lang, strings: s, issues, linked, onChange, onTouch }: FormFieldProps): ReactNode {
    const control = useRef<Control>(null);
    // A value from elsewhere (not typed here): the control shows it. After every render, not
    // only when `value` changed since the last one: renders are skipped while the reader types,
    // so the control may show a text this render's value never was.
    useLayoutEffect(() => {
      const element = control.current;
      if (element && element.value !== value) element.value = value;
    });
    const common = { field: key, uid, lang, strings: s, issues, linked, onChange: (text: string) => onChange(key, text) };
    // A value too long to keep is refused (ValuesField): the control goes back to the last kept value.
    const changed = (onText: (text: string) => boolean) => (event: ChangeEvent<Control>) => {
      if (!onText(event.target.value)) event.target.value = $values.get()[key];
    };
    if (key === 'region') {
      const knownRegion = regionInfo(value) !== undefined;
      return (
        <ValuesField
          {...common}
          control={({ onText, ...p }) => (
            <select {...p} ref={control as Ref<HTMLSelectElement>} className="values-input" defaultValue={value} onChange={changed(onText)}>
              {value === '' ? <option value="">{s['values.region.choose']}</option> : null}
              {value !== '' && !knownRegion ? (
                <option value={value}>{fill(s['values.region.unknown'], { value: displayValue(value) })}</option>
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
          )}
        />
      );
    }
    if (FIELDS[key].kind === 'list') {
      return (
        <ValuesField
          {...common}
          control={({ onText, ...p }) => (
            <textarea
              {...p}
              ref={control as Ref<HTMLTextAreaElement>}
              rows={3}
              autoComplete="off"
              spellCheck={false}
              className="values-input"
              defaultValue={value}
              onChange={changed(onText)}
            />
          )}
        />
      );
    }
    return (
      <ValuesField
        {...common}
        onBlur={() => onTouch(key)}
        control={({ onText, ...p }) => (
          <input
            {...p}
            ref={control as Ref<HTMLInputElement>}
            type="text"
            inputMode={key === 'accountId' ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            className="values-input"
            defaultValue={value}
            onChange={changed(onText)}
          />
        )}
      />
    );
  },
  // Messages are new arrays on every validation: equal by content is equal. A new value that
  // the control already shows (the reader typed it) needs no render.
  (a, b) =>
    a.field === b.field &&
    // Compared with what the control shows, not with the last rendered value (which is stale
    // once the reader typed without a render). The region's options depend on its value (an
    // unknown region has its own option), so a region change always renders.
    (b.field === 'region'
      ? a.value === b.value
      : ((document.getElementById(controlId(b.uid, b.field)) as Control | null)?.value ?? a.value) === b.value) &&
    a.uid === b.uid &&
    a.lang === b.lang &&
    a.strings === b.strings &&
    a.linked === b.linked &&
    a.onChange === b.onChange &&
    a.onTouch === b.onTouch &&
    sameData(a.issues, b.issues),
);

/** The form's fields and the vendor's values. */
export function ValuesForm({ uid, lang, strings: s, settings, issuesOf, linked, onChange, onTouch }: ValuesFormProps) {
  // The values, read here rather than in the panel: a keystroke renders the form (whose fields
  // skip what their controls already show), not the whole panel.
  const values = useGuideStore($values);
  const field = (key: ReaderKey) => (
    <FormField
      key={key}
      field={key}
      value={values[key]}
      uid={uid}
      lang={lang}
      strings={s}
      issues={issuesOf(key)}
      linked={linked.includes(key)}
      onChange={onChange}
      onTouch={onTouch}
    />
  );
  return (
    <>
      <div className="values-fields">{fieldsOf('main').map(field)}</div>
      <fieldset className="values-group" data-values-group="guardRails">
        <legend className="values-group-title">{s['values.group.guardRails']}</legend>
        <p className="values-hint">{s['values.group.guardRailsHint']}</p>
        <div className="values-fields">{fieldsOf('guardRails').map(field)}</div>
      </fieldset>

      <div className="values-vendor">
        <p className="values-vendor-title">{fill(s['values.vendorTitle'], { vendor: settings.vendorName })}</p>
        <dl className="values-vendor-list">
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
        <p className="values-hint">{s['values.vendorNote']}</p>
      </div>
    </>
  );
}
