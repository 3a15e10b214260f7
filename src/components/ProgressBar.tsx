import { indianNumber } from '../format';
import { cancel } from '../pipeline/actions';
import type { Progress } from '../store/appStore';
import { useError, useProgress, useStatus } from '../store/selectors';

/** "37 of 200 files · 4,51,230 rows" while files are inspected, else "2 of 4"; shown when there are several. */
function counts(progress: Progress): string {
  const inspecting = progress.rows !== undefined;
  const of = `${progress.done} of ${progress.total}${inspecting ? ' files' : ''}`;
  return inspecting ? `${of} · ${indianNumber(progress.rows ?? 0)} rows` : of;
}

/** The work in hand, large, where the landing page was: nothing to see yet but the progress. */
export function LoadingPanel({ progress }: { progress: Progress }) {
  return (
    <div className="loading-panel" role="status" data-testid="loading-panel">
      <h2>{progress.stage}</h2>
      <progress max={progress.total} value={progress.done} aria-label="Progress" />
      {progress.total > 1 && <p className="muted">{counts(progress)}</p>}
      <button type="button" className="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}

/** The header's progress (while a day is on screen) or the last error. */
export function ProgressBar({ compact }: { compact: boolean }) {
  const progress = useProgress();
  const status = useStatus();
  const error = useError();
  if (status === 'error' && error)
    return (
      <div className="error" role="alert">
        {error}
      </div>
    );
  if (!progress || !compact) return null;
  return (
    <div className="progress" role="status">
      <span>
        {progress.stage}
        {progress.total > 1 && ` (${counts(progress)})`}
      </span>
      <progress max={progress.total} value={progress.done} aria-label="Progress" />
      <button type="button" className="button small" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
