import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startPlaybackLoop } from './playback/loop';
import { setSpeed } from './playback/store';
import { startUrlSync } from './playback/urlSync';
import { readUrlState } from './store/persisted';
import './styles.css';

setSpeed(readUrlState().speed ?? 60);
startPlaybackLoop();
startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
