// Every feature of the current second. A stale value shows its age and looks stale; NULL is a dash.
import { useStore } from 'zustand';
import { ARROW, clockTime, DASH, dteWords, fixed, indianNumber, price, scientific } from '../format';
import { type DatasetResult, isSparseBurst, STALE_AFTER_S as STALE_S } from '../pipeline/compute';
import { type StatePane, showPane, statePane } from '../playback/statePane';
import { useSecond } from '../store/selectors';
import { REGIME_LABEL, type Regime, regimeVar } from './charts/regimes';
import { LadderView } from './ladder/LadderView';

type Format = (v: number) => string;
const flag: Format = (v) => (Number.isNaN(v) ? DASH : v ? 'yes' : 'no');
const qty: Format = (v) => indianNumber(v);

const SPOT_ROWS: [string, string, Format][] = [
  ['spot_observed', 'observed', flag],
  ['ret_1s', 'ret 1s', scientific],
  ['rv_10', 'rv 10', scientific],
  ['rv_120', 'rv 120', scientific],
  ['rv_ratio', 'rv ratio', (v) => fixed(v, 2)],
  ['vel_10', 'vel 10 (pts/s)', (v) => fixed(v, 2)],
  ['accel_10', 'accel 10', (v) => fixed(v, 3)],
  ['atm_strike', 'ATM', qty],
  ['volume_all', 'volume (all)', qty],
];
const SIDE_ROWS: [string, string, Format][] = [
  ['bid', 'bid', price],
  ['ask', 'ask', price],
  ['mid', 'mid', price],
  ['spread', 'spread', price],
  ['bid_qty', 'bid qty', qty],
  ['ask_qty', 'ask qty', qty],
  ['bid_depth5', 'bid depth 5', qty],
  ['ask_depth5', 'ask depth 5', qty],
  ['volume', 'volume', qty],
  ['observed', 'observed', flag],
  ['age_s', 'age (s)', (v) => fixed(v, 0)],
];

/** 'BURST #2 ▲ up +74.90 pts, 12 of 30 s' in the direction's colour, or 'no burst'. */
function CurrentBurst({ burst, second }: { burst: Record<string, unknown> | undefined; second: number }) {
  if (!burst) {
    return (
      <span data-testid="current-burst" className="muted">
        no burst
      </span>
    );
  }
  const direction = String(burst.direction ?? '');
  const move = Number(burst.move_pts);
  const elapsed = second - Number(burst.start_time) + 1;
  return (
    <span data-testid="current-burst" className={`burst ${direction}`}>
      BURST #{String(burst.burst_id)} {ARROW[direction] ?? ''} {direction} {move > 0 ? '+' : ''}
      {price(move)} pts, {elapsed} of {String(burst.duration_s)} s
      {isSparseBurst(burst) && <span className="sparse"> sparse</span>}
    </span>
  );
}

const selectPane = (s: { pane: StatePane }) => s.pane;

/** The minute's regime (spec 12), decided at the minute's last second. */
function CurrentRegime({ result, time }: { result: DatasetResult; time: number }) {
  const first = Number(result.regimes[0]?.minute_time);
  const regime = result.regimes[Math.floor((time - first) / 60)]?.regime as Regime | undefined;
  if (!regime) return null;
  return (
    <span data-testid="current-regime">
      <span className="swatch" style={{ background: regimeVar(regime) }} /> regime {REGIME_LABEL[regime] ?? regime}
    </span>
  );
}

function PaneTabs({ pane }: { pane: StatePane }) {
  const tab = (value: StatePane, label: string) => (
    <button
      type="button"
      className="button small"
      aria-pressed={pane === value}
      data-testid={`state-pane-${value}`}
      onClick={() => showPane(value)}
      title="L switches"
    >
      {label}
    </button>
  );
  return (
    <fieldset className="pane-tabs" aria-label="Show under the summary">
      {tab('features', 'Features')}
      {tab('ladder', 'Ladder')}
    </fieldset>
  );
}

export function StatePanel({ result }: { result: DatasetResult }) {
  const i = useSecond();
  const pane = useStore(statePane, selectPane);
  const f = result.features;
  const at = (name: string) => f[name]?.[i] ?? Number.NaN;
  const { info } = result;
  const spotAge = at('spot_age_s');
  const burst = at('burst_id');
  const current = result.bursts.find((b) => b.burst_id === burst);
  const ratio = at('rv_ratio');
  const level = ratio >= result.thresholds.kHard ? 'hard' : ratio >= result.thresholds.kSoft ? 'soft' : '';
  const side = (prefix: 'ce' | 'pe') => {
    const age = at(`${prefix}_age_s`);
    return (
      <tbody className={age >= STALE_S ? 'stale' : ''} key={prefix}>
        <tr>
          <th colSpan={2}>
            ATM {prefix.toUpperCase()} {Number.isNaN(at('atm_strike')) ? '' : indianNumber(at('atm_strike'))}
            {age >= STALE_S ? ` · stale ${age} s` : ''}
          </th>
        </tr>
        {SIDE_ROWS.map(([name, label, format]) => (
          <tr key={name}>
            <td>{label}</td>
            <td>{format(at(`${prefix}_${name}`))}</td>
          </tr>
        ))}
      </tbody>
    );
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a panel that scrolls must take focus to scroll by keyboard
    <section className="state-panel" data-testid="state-panel" aria-label="State at the current second" tabIndex={0}>
      <div className="now">
        <span>
          <strong>{clockTime(at('time'))} IST</strong>{' '}
          <span className={spotAge >= STALE_S ? 'stale' : ''}>
            spot {price(at('spot'))}
            {spotAge > 0 ? ` · age ${spotAge} s` : ''}
          </span>
        </span>
        <span>
          {`${info.underlying} ${info.tradeDate} · expiry ${info.expiry} · ${dteWords(info.dteDays)}`}
          {` · DTE ${info.dteDays} ('${info.dteBucket}') · step ${info.strikeStep}`}
        </span>
        <span>
          <span className={level}>
            rv ratio {fixed(ratio, 2)} {level && `(${level})`}
          </span>
          {' · '}
          <CurrentRegime result={result} time={at('time')} />
        </span>
        <CurrentBurst burst={current} second={at('time')} />
        <PaneTabs pane={pane} />
      </div>
      {pane === 'ladder' ? (
        <LadderView result={result} />
      ) : (
        <table>
          <tbody>
            {SPOT_ROWS.map(([name, label, format]) => (
              <tr key={name}>
                <td>{label}</td>
                <td>{format(at(name))}</td>
              </tr>
            ))}
          </tbody>
          {side('ce')}
          {side('pe')}
        </table>
      )}
    </section>
  );
}
