// Burst thresholds for the current underlying and DTE bucket; kept in localStorage, exported
// and imported as the JSON file the batch command also reads.
import { useState } from 'react';
import { download } from '../export/download';
import { setThresholds } from '../pipeline/actions';
import type { DatasetInfo } from '../pipeline/compute';
import { type BurstThresholds, defaultThresholds, thresholdsFor } from '../pipeline/market';
import { parseThresholds, thresholdError } from '../pipeline/thresholdsFile';
import { useOverrides } from '../store/selectors';

interface Field {
  key: keyof BurstThresholds;
  label: string; // the spec's name
  meaning: string; // what it does, with its unit
}

const FIELDS: Field[] = [
  { key: 'kHard', label: 'k_hard', meaning: 'rv ratio (rv 10 / rv 120, ×) that makes a second hard; not below k_soft' },
  { key: 'kSoft', label: 'k_soft', meaning: 'rv ratio (×) that makes a second soft: a burst spans its soft seconds' },
  {
    key: 'rvFloor',
    label: 'rv_floor',
    meaning: 'least rv 120 the ratio divides by (per-second return; 1.5e-5 = 0.15 bp)',
  },
  { key: 'minMove', label: 'min_move', meaning: 'least |log move| of spot over 10 s for a hard second (4e-4 = 4 bp)' },
  { key: 'mergeGapS', label: 'merge_gap_s', meaning: 'bursts at most this many seconds apart are one (seconds)' },
  { key: 'minDurationS', label: 'min_duration_s', meaning: 'shorter bursts are dropped (seconds)' },
];

/** Why `text` cannot be `field` given the other thresholds, or undefined when it can. */
function fieldError(field: Field, text: string, current: BurstThresholds): string | undefined {
  if (text.trim() === '' || !Number.isFinite(Number(text))) return 'type a number';
  const value = Number(text);
  const own = thresholdError(field.key, value);
  if (own) return own;
  const next = { ...current, [field.key]: value };
  if (next.kHard >= next.kSoft) return undefined;
  return field.key === 'kSoft'
    ? `must not be above k_hard (${next.kHard}), not ${value}`
    : `must not be below k_soft (${next.kSoft}), not ${value}`;
}

export function ThresholdsEditor({ info }: { info: DatasetInfo }) {
  const overrides = useOverrides();
  const [errors, setErrors] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof BurstThresholds, string>>>({});
  const { underlying, dteBucket } = info;
  const current = thresholdsFor(overrides, underlying, dteBucket);
  // Reset all and an import replace every value: the fields' errors go with them
  const apply = async (input: unknown, from?: string, wholesale = true) => {
    const checked = await setThresholds(input);
    setErrors(checked.ok ? [] : checked.errors.map((e) => (from ? `${from}: ${e}` : e)));
    if (checked.ok && wholesale) setFieldErrors({});
  };
  // a refused value stays in its box, with the reason next to it; nothing is applied
  const change = (field: Field, text: string) => {
    const error = fieldError(field, text, current);
    setFieldErrors((all) => ({ ...all, [field.key]: error }));
    if (error || Number(text) === current[field.key]) return;
    const mine = { ...overrides[underlying]?.[dteBucket], [field.key]: Number(text) };
    void apply({ ...overrides, [underlying]: { ...overrides[underlying], [dteBucket]: mine } }, undefined, false);
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
        {FIELDS.map((field) => {
          const error = fieldErrors[field.key];
          return (
            <div key={field.key} className="threshold">
              <label>
                <code>{field.label}</code>
                <input
                  type="text"
                  inputMode="decimal"
                  defaultValue={current[field.key]}
                  key={`${underlying}-${dteBucket}-${current[field.key]}`}
                  data-testid={`threshold-${field.label}`}
                  aria-invalid={error !== undefined}
                  aria-describedby={`meaning-${field.label}`}
                  onBlur={(e) => change(field, e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && change(field, e.currentTarget.value)}
                />
                <span className="muted">default {defaultThresholds(underlying)[field.key]}</span>
              </label>
              <span className="muted meaning" id={`meaning-${field.label}`}>
                {field.meaning}
              </span>
              {error && (
                <span className="error" role="alert" data-testid={`threshold-error-${field.label}`}>
                  {field.label} {error}; not applied
                </span>
              )}
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
