import { useCallback, useState } from 'react';
import { BurstsTable } from './components/BurstsTable';
import { Charts } from './components/charts/Charts';
import { DatasetPicker } from './components/DatasetPicker';
import { DaySummary } from './components/DaySummary';
import { DaysPanel } from './components/DaysPanel';
import { DropZone } from './components/DropZone';
import { ExportMenu } from './components/ExportMenu';
import { EventsList } from './components/events/EventsList';
import { FilePickers } from './components/FilePickers';
import { FileProblems, MissingFiles } from './components/FileProblems';
import { HelpOverlay } from './components/HelpOverlay';
import { useKeyboard } from './components/keyboard';
import { Notice } from './components/Notice';
import { PlaybackControls } from './components/PlaybackControls';
import { ProgressBar } from './components/ProgressBar';
import { QualityBanner } from './components/QualityBanner';
import { StatePanel } from './components/StatePanel';
import { ThemeToggle } from './components/ThemeToggle';
import { ThresholdsEditor } from './components/ThresholdsEditor';
import { useAppStatus, useResult } from './store/selectors';

export function App() {
  const status = useAppStatus();
  const result = useResult();
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useKeyboard(toggleHelp);
  return (
    <div className="app" data-testid="app" data-status={status}>
      <header>
        <h1>Market Truth</h1>
        <FilePickers />
        <DatasetPicker />
        {result && <ThresholdsEditor key={`${result.info.underlying}/${result.info.dteBucket}`} info={result.info} />}
        {result && <ExportMenu />}
        <ProgressBar compact={result !== null} />
        <ThemeToggle />
        <button type="button" className="button small" onClick={toggleHelp} title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      {result && <DaySummary result={result} />}
      <Notice />
      <FileProblems />
      <MissingFiles />
      {result && <QualityBanner quality={result.quality} />}
      <DaysPanel />
      <DropZone empty={!result}>
        {result && (
          <main>
            <div className="charts-area">
              <Charts result={result} />
            </div>
            <aside>
              <StatePanel result={result} />
              <BurstsTable result={result} />
              <EventsList result={result} />
            </aside>
          </main>
        )}
      </DropZone>
      {result && (
        <footer>
          <PlaybackControls open={result.features.time?.[0] ?? 0} />
        </footer>
      )}
      {help && <HelpOverlay onClose={toggleHelp} />}
    </div>
  );
}
