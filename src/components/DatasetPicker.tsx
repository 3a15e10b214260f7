import { selectDataset } from '../pipeline/actions';
import { useDatasets, useResult, useSelectedKey } from '../store/selectors';

export function DatasetPicker() {
  const datasets = useDatasets();
  const selected = useSelectedKey();
  const result = useResult();
  const info = result?.info;
  const quality = result?.quality;
  const notes = quality
    ? [
        [quality.negative_volume, 'negative vol_delta'],
        [quality.crossed_quotes, 'crossed quotes'],
        [quality.nonpositive_prices, 'prices <= 0'],
      ].filter(([count]) => Number(count) > 0)
    : [];
  if (datasets.length === 0) return null;
  return (
    <div className="dataset">
      <select
        data-testid="dataset-select"
        value={selected ?? ''}
        onChange={(e) => void selectDataset(e.target.value)}
        aria-label="Dataset"
      >
        {datasets.map((d) => (
          <option key={d.key} value={d.key}>
            {d.key} ({d.files.length} file{d.files.length === 1 ? '' : 's'})
          </option>
        ))}
      </select>
      {info && (
        <span className="muted">
          expiry {info.expiry} · DTE {info.dteDays} ('{info.dteBucket}') · step {info.strikeStep}
        </span>
      )}
      {notes.length > 0 && (
        <span className="quality" data-testid="data-quality" title="Rows of this dataset up to the close">
          ⚠ {notes.map(([count, what]) => `${count} ${what}`).join(' · ')}
        </span>
      )}
    </div>
  );
}
