import { DASH, fixed, price } from '../format';
import { type DatasetResult, spotObservedShare } from '../pipeline/compute';

/** What the day did, in one line: spot's open, high, low and last, its range and change, the bursts, and how often spot was seen. */
export function DaySummary({ result }: { result: DatasetResult }) {
  const { open, high, low, last } = result.range;
  const { quality } = result;
  const up = result.bursts.filter((b) => b.direction === 'up').length;
  const down = result.bursts.filter((b) => b.direction === 'down').length;
  if (open === null || high === null || low === null || last === null) return null;
  const change = last - open;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : '';
  const sign = change > 0 ? '+' : '';
  return (
    <section className="day-summary" data-testid="day-summary" aria-label="The day at a glance">
      O {price(open)} H {price(high)} L {price(low)} C {price(last)} · range {price(high - low)} ·{' '}
      <span className={direction}>
        {sign}
        {price(change)} ({sign}
        {fixed((100 * change) / open, 2)}%)
      </span>{' '}
      · bursts <span className="up">▲ {up}</span> <span className="down">▼ {down}</span> ·{' '}
      <span
        className="muted"
        data-testid="spot-coverage"
        title="Share of the session's seconds with spot observed, and the median interval between spot updates"
      >
        spot seen {fixed(100 * spotObservedShare(quality), 1)}% · every{' '}
        {quality.median_spot_interval_s === null ? DASH : `${fixed(quality.median_spot_interval_s, 0)} s`}
      </span>
    </section>
  );
}
