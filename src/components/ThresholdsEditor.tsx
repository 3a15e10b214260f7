// Burst thresholds for the current underlying and DTE bucket; kept in localStorage, exported
// and imported as the JSON file the batch command also reads.
import { download } from '../export/download';
import { errorMessage } from '../format';
import { setThresholds } from '../pipeline/actions';
import type { DatasetInfo } from '../pipeline/compute';
import { type BurstThresholds, defaultThresholds, type ThresholdOverrides, thresholdsFor } from '../pipeline/market';
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
  const { underlying, dteBucket } = info;
  const current = thresholdsFor(overrides, underlying, dteBucket);
  const change = (field: keyof BurstThresholds, value: number) => {
    if (!Number.isFinite(value)) return;
    const mine = { ...overrides[underlying]?.[dteBucket], [field]: value };
    void setThresholds({ ...overrides, [underlying]: { ...overrides[underlying], [dteBucket]: mine } });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      void setThresholds(JSON.parse(await file.text()) as ThresholdOverrides);
    } catch (error) {
      alert(`${file.name}: not a thresholds file (${errorMessage(error)})`);
    }
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
              onBlur={(e) => change(field, Number(e.target.value))}
              onKeyDown={(e) => e.key === 'Enter' && change(field, Number(e.currentTarget.value))}
            />
            <span className="muted">default {defaultThresholds(underlying)[field]}</span>
          </label>
        ))}
        <div className="row">
          <button type="button" className="button" onClick={() => void setThresholds({})}>
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
