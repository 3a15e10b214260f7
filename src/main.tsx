import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadSample, onDaysLoaded, startEngines } from './pipeline/actions';
import { studyManyDays } from './pipeline/studyActions';
import { startPlaybackLoop } from './playback/loop';
import { setSpeed } from './playback/store';
import { startUrlSync } from './playback/urlSync';
import { readUrlState } from './store/persisted';
import './styles.css';

const url = readUrlState();
setSpeed(url.speed ?? 60);
startEngines();
onDaysLoaded(studyManyDays);
if (url.sample) void loadSample();
startPlaybackLoop();
startUrlSync();
if (import.meta.env.VITE_TEST_HOOKS) {
  void import('./db/engine').then(({ trapEngineForTest }) => Object.assign(window, { trapEngineForTest }));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
