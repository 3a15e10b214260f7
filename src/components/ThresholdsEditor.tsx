// Every threshold of the current underlying and DTE bucket, in groups (bursts and the second
// layer's families); kept in localStorage, exported and imported as the JSON file the batch
// command also reads.
import { useState } from 'react';
import { download } from '../export/download';
import { setThresholds } from '../pipeline/actions';
import type { DatasetInfo } from '../pipeline/compute';
import {
  changedGroups,
  defaultThresholds,
  groupValues,
  type ThresholdGroup,
  thresholdsFor,
  withOverride,
} from '../pipeline/market';
import { parseThresholds } from '../pipeline/thresholdsFile';
import { useOverrides } from '../store/selectors';
import { FIELDS, type Field, GROUPS, readField } from './thresholds/fields';
import { ThresholdField } from './thresholds/ThresholdField';

export function ThresholdsEditor({ info }: { info: DatasetInfo }) {
  const overrides = useOverrides();
  const [errors, setErrors] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [shown, setShown] = useState<ThresholdGroup>('bursts');
  const { underlying, dteBucket } = info;
  const current = thresholdsFor(overrides, underlying, dteBucket);
  const defaults = defaultThresholds(underlying);
  const changed = changedGroups(defaults, current);
  // Reset all and an import replace every value: the fields' errors go with them
  const apply = async (input: unknown, from?: string, wholesale = true) => {
    const checked = await setThresholds(input);
    setErrors(checked.ok ? [] : checked.errors.map((e) => (from ? `${from}: ${e}` : e)));
    if (checked.ok && wholesale) setFieldErrors({});
  };
  // a refused value stays in its box, with the reason next to it; nothing is applied
  const change = (group: ThresholdGroup, field: Field, text: string) => {
    const values = groupValues(current, group);
    const read = readField(group, field, text, values);
    const error = 'error' in read ? read.error : undefined;
    setFieldErrors((all) => ({ ...all, [`${group}.${field.key}`]: error }));
    if ('error' in read || read.value === values[field.key]) return;
    void apply(withOverride(overrides, underlying, dteBucket, group, field.key, read.value), undefined, false);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const checked = parseThresholds(await file.text());
    if (checked.ok) await apply(checked.value, file.name);
    else setErrors(checked.errors.map((e) => `${file.name}: ${e}; nothing was changed`));
  };
  return (
    <details className="menu thresholds">
      <summary className="button">Thresholds</summary>
      <div className="menu-items">
        <p className="muted">
          {underlying}, DTE bucket '{dteBucket}'
        </p>
        <div className="threshold-tabs" role="tablist" aria-label="Threshold groups">
          {GROUPS.map(({ group, title }) => (
            <button
              key={group}
              type="button"
              role="tab"
              id={`threshold-tab-${group}`}
              aria-selected={shown === group}
              aria-controls={`threshold-panel-${group}`}
              data-testid={`threshold-group-${group}`}
              className={shown === group ? 'button small selected' : 'button small'}
              onClick={() => setShown(group)}
            >
              {title}
              {changed.has(group) && <span title="differs from the defaults"> •</span>}
            </button>
          ))}
        </div>
        {GROUPS.map(({ group, spec }) => {
          const values = groupValues(current, group);
          const fallbacks = groupValues(defaults, group);
          // every group stays in the page, hidden: a refused value stays in its box
          return (
            <div
              key={group}
              role="tabpanel"
              id={`threshold-panel-${group}`}
              aria-labelledby={`threshold-tab-${group}`}
              hidden={shown !== group}
            >
              <p className="muted meaning">{spec}</p>
              {FIELDS[group].map((field) => (
                <ThresholdField
                  key={field.key}
                  group={group}
                  field={field}
                  value={values[field.key] ?? ''}
                  fallback={fallbacks[field.key] ?? ''}
                  error={fieldErrors[`${group}.${field.key}`]}
                  onCommit={(text) => change(group, field, text)}
                  scope={`${underlying}-${dteBucket}`}
                />
              ))}
            </div>
          );
        })}
        {errors.length > 0 && (
          <ul className="error" role="alert" data-testid="threshold-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="button" className="button" onClick={() => void apply({})}>
            Reset all
          </button>
          <button
            type="button"
            className="button"
            onClick={() => download(JSON.stringify(overrides, null, 2), 'thresholds.json', 'application/json')}
          >
            Export JSON
          </button>
          <label className="button">
            Import JSON
            <input type="file" accept=".json" hidden onChange={(e) => void importFile(e.target.files?.[0])} />
          </label>
        </div>
      </div>
    </details>
  );
}
