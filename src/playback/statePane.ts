// What the state panel shows under the current second's summary: every feature, or the strike
// ladder. A display choice kept in this browser, outside React like the clock (the L key sets it).
import { createStore } from 'zustand/vanilla';

export type StatePane = 'features' | 'ladder';
const KEY = 'market-truth.state-pane';

const kept = (): StatePane => (globalThis.localStorage?.getItem(KEY) === 'ladder' ? 'ladder' : 'features');

export const statePane = createStore<{ pane: StatePane }>()(() => ({ pane: kept() }));

export function showPane(pane: StatePane): void {
  globalThis.localStorage?.setItem(KEY, pane);
  statePane.setState({ pane });
}

export const togglePane = (): void => showPane(statePane.getState().pane === 'ladder' ? 'features' : 'ladder');
