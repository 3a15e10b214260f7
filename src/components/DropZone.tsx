import { type ReactNode, useEffect, useState } from 'react';
import { loadSample, openSources } from '../pipeline/actions';
import { DEFAULT_SESSION } from '../pipeline/market';
import { readUrlState } from '../store/persisted';
import { useProgress, useStatus } from '../store/selectors';
import { LoadingPanel } from './ProgressBar';
import { sourcesFromDrop } from './sources';

const SCHEMA =
  'timestamp (or timestamp_ns), expiry, opt_type, strike, bp0..bp4, sp0..sp4, bq0..bq4, sq0..sq4, ' +
  'bo0..bo4, so0..so4 (optional levels), spot_price, vol_delta, underlying or symbol (optional)';

/** The whole page takes drops; with nothing loaded it shows a large invitation, or the progress. */
export function DropZone({ empty, children }: { empty: boolean; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const starting = useStatus() === 'starting';
  const progress = useProgress();
  const link = readUrlState(); // a shared link names a moment of files this tab has not opened
  useEffect(() => {
    // only a drag of files is ours: text dragged into a field is the field's
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const dragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const dragLeave = () => setOver(false);
    const drop = async (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const sources = e.dataTransfer ? await sourcesFromDrop(e.dataTransfer) : [];
      if (sources.length > 0) void openSources(sources);
    };
    window.addEventListener('dragover', dragOver);
    window.addEventListener('dragleave', dragLeave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', dragOver);
      window.removeEventListener('dragleave', dragLeave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <div className={`drop-zone${over ? ' over' : ''}`}>
      {empty && progress ? (
        <main className="empty">
          <LoadingPanel progress={progress} />
        </main>
      ) : empty ? (
        <main className="empty">
          <h2>Drop a day (or a year) of option Parquet files or folders here</h2>
          <p>Files stay on this machine: DuckDB runs in this tab.</p>
          {starting && <p className="muted">Starting the engine…</p>}
          {link.dataset && (
            <p data-testid="link-waiting">
              Open the files of {link.dataset} to return to {link.time ?? DEFAULT_SESSION.open}.
            </p>
          )}
          <button type="button" className="button primary" onClick={() => void loadSample()}>
            Load sample day
          </button>
          <details>
            <summary>Which files? (the input schema)</summary>
            <p>{SCHEMA}</p>
            <p>Folders like 2026-01-13/NIFTY/*.parquet name the underlying; any number of shards per day.</p>
          </details>
        </main>
      ) : (
        children
      )}
    </div>
  );
}
