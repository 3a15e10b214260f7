// Burst thresholds for the current underlying and DTE bucket; kept in localStorage, exported
// and imported as the JSON file the batch command also reads.
import { useState } from 'react';
import { download } from '../export/download';
import { setThresholds } from '../pipeline/actions';
import type { DatasetInfo } from '../pipeline/compute';
import { type BurstThresholds, defaultThresholds, thresholdsFor } from '../pipeline/market';
import { parseThresholds } from '../pipeline/thresholdsFile';
import { useOverrides } from '../store/selectors';

const FIELDS: [keyof BurstThresholds, string][] = [
  ['kHard', 'k_hard'],
  ['kSoft', 'k_soft'],
  ['rvFloor', 'rv_floor'],
  ['minMove', 'min_move'],
  ['mergeGapS', 'merge_gap_s'],
  ['minDurationS', 'min_duration_s'],
];

export function ThresholdsEditor({ info }: { info: DatasetInfo }) {
  const overrides = useOverrides();
  const [errors, setErrors] = useState<string[]>([]);
  const { underlying, dteBucket } = info;
  const current = thresholdsFor(overrides, underlying, dteBucket);
  const apply = async (input: unknown, from?: string) => {
    const checked = await setThresholds(input);
    setErrors(checked.ok ? [] : checked.errors.map((e) => (from ? `${from}: ${e}` : e)));
  };
  const change = (field: keyof BurstThresholds, text: string) => {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const mine = { ...overrides[underlying]?.[dteBucket], [field]: value };
    void apply({ ...overrides, [underlying]: { ...overrides[underlying], [dteBucket]: mine } });
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
        {FIELDS.map(([field, label]) => (
          <label key={field}>
            {label}
            <input
              type="number"
              step="any"
              defaultValue={current[field]}
              key={`${underlying}-${dteBucket}-${current[field]}`}
              data-testid={`threshold-${label}`}
              onBlur={(e) => change(field, e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && change(field, e.currentTarget.value)}
            />
            <span className="muted">default {defaultThresholds(underlying)[field]}</span>
          </label>
        ))}
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
