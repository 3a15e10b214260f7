import { selectDataset } from '../pipeline/actions';
import { useDatasets, useResult, useSelectedKey } from '../store/selectors';

export function DatasetPicker() {
  const datasets = useDatasets();
  const selected = useSelectedKey();
  const info = useResult()?.info;
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
    </div>
  );
}
