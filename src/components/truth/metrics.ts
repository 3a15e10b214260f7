// What the truth table can show (spec 14's columns), how it reads, and which events stand behind it.
import type { EventKind } from '../../playback/eventKinds';

export interface TruthMetric {
  column: string;
  label: string;
  decimals: number;
  /** The events a cell's playlist lists; every kind for figures of time rather than events. */
  kinds: readonly EventKind[] | null;
  /** The column counting what the figure is over (events, values); none for exposure. */
  count: string | null;
  /** Whether the figure has an interval at all (a share of time has none). */
  interval: boolean;
}

const rate = (kind: EventKind, column: string, label: string): TruthMetric => ({
  column: `${column}_per_hour`,
  label: `${label} per hour`,
  decimals: 2,
  kinds: [kind],
  count: column,
  interval: true,
});
const median = (column: string, label: string, kinds: EventKind[] | null, decimals: number): TruthMetric => ({
  column: `${column}_median`,
  label,
  decimals,
  kinds,
  count: `${column}_n`,
  interval: true,
});

export const TRUTH_METRICS: readonly TruthMetric[] = [
  rate('burst', 'bursts', 'bursts'),
  median('move_bps', 'burst |move|, bps (median)', ['burst'], 1),
  median('move_straddle', 'burst |move| / straddle (median)', ['burst'], 2),
  {
    column: 'cont_60',
    label: 'bursts continuing 60 s on (share)',
    decimals: 2,
    kinds: ['burst'],
    count: 'cont_60_n',
    interval: true,
  },
  {
    column: 'cont_300',
    label: 'bursts continuing 300 s on (share)',
    decimals: 2,
    kinds: ['burst'],
    count: 'cont_300_n',
    interval: true,
  },
  rate('vacuum', 'vacuum', 'vacuums'),
  median('recover80', 'vacuum recovery to 80%, s (Kaplan-Meier median)', ['vacuum'], 0),
  rate('sweep', 'sweep', 'sweeps'),
  rate('pull', 'pull', 'pulls'),
  rate('fear', 'fear', 'fear spikes'),
  rate('upside_vol_bid', 'upside_vol_bid', 'upside vol bids'),
  median('spread_ticks', 'ATM spread, ticks (median)', null, 1),
  median('straddle_chg', 'straddle change per minute (median; quiet and chop)', null, 2),
  { column: 'time_share', label: "share of the bucket's time", decimals: 2, kinds: null, count: null, interval: false },
];
