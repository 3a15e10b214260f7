// One hook per read, with the selector at module scope so it is stable across renders.
import { useStore } from 'zustand';
import { type EventKind, eventKinds } from '../playback/eventKinds';
import { playback } from '../playback/store';
import { view } from '../playback/view';
import { type AppState, useAppStore } from './appStore';

const selectStatus = (s: AppState) => s.status;
const selectProgress = (s: AppState) => s.progress;
const selectError = (s: AppState) => s.error;
const selectNotice = (s: AppState) => s.notice;
const selectProblems = (s: AppState) => s.problems;
const selectDatasets = (s: AppState) => s.datasets;
const selectSelectedKey = (s: AppState) => s.selectedKey;
const selectResult = (s: AppState) => s.result;
const selectOverrides = (s: AppState) => s.overrides;
const selectStrikeSteps = (s: AppState) => s.strikeSteps;
const selectStudy = (s: AppState) => s.study;
const selectLadderN = (s: AppState) => s.ladderN;

export const useStatus = () => useAppStore(selectStatus);
/** The app's `data-status`: `ready` once the study of the loaded days has ended too (their truth tables computed). */
const selectAppStatus = (s: AppState) => (s.status === 'ready' && s.study?.status === 'running' ? 'loading' : s.status);
export const useAppStatus = () => useAppStore(selectAppStatus);
export const useProgress = () => useAppStore(selectProgress);
export const useError = () => useAppStore(selectError);
export const useNotice = () => useAppStore(selectNotice);
export const useProblems = () => useAppStore(selectProblems);
export const useDatasets = () => useAppStore(selectDatasets);
export const useSelectedKey = () => useAppStore(selectSelectedKey);
export const useResult = () => useAppStore(selectResult);
export const useOverrides = () => useAppStore(selectOverrides);
export const useStrikeSteps = () => useAppStore(selectStrikeSteps);
export const useStudy = () => useAppStore(selectStudy);
export const useLadderN = () => useAppStore(selectLadderN);

const selectSecond = (s: { position: number }) => Math.floor(s.position);
const selectPlaying = (s: { playing: boolean }) => s.playing;
const selectSpeed = (s: { speed: number }) => s.speed;
const selectEnd = (s: { end: number }) => s.end;

/** The whole second being shown; re-renders only when it changes. */
export const useSecond = () => useStore(playback, selectSecond);
export const usePlaying = () => useStore(playback, selectPlaying);
export const useSpeed = () => useStore(playback, selectSpeed);
export const useEnd = () => useStore(playback, selectEnd);

const selectFollow = (s: { follow: boolean }) => s.follow;
/** Whether a zoomed view pages along with the playhead. */
export const useFollow = () => useStore(view, selectFollow);

const selectShownKinds = (s: { shown: readonly EventKind[] }) => s.shown;
/** The kinds of event the list, the chart lanes and `[`/`]` show. */
export const useShownKinds = () => useStore(eventKinds, selectShownKinds);
