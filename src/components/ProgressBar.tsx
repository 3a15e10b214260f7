import { cancel } from '../pipeline/actions';
import { useError, useProgress, useStatus } from '../store/selectors';

export function ProgressBar() {
  const progress = useProgress();
  const status = useStatus();
  const error = useError();
  if (status === 'error' && error)
    return (
      <div className="error" role="alert">
        {error}
      </div>
    );
  if (!progress) return null;
  return (
    <div className="progress" role="status">
      <span>
        {progress.stage} ({progress.done}/{progress.total})
      </span>
      <progress max={progress.total} value={progress.done} />
      <button type="button" className="button small" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
