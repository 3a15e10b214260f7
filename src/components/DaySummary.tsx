import { fixed, price } from '../format';
import type { DatasetResult } from '../pipeline/compute';

/** What the day did, in one line: spot's open, high, low and last, its range and change, and the bursts. */
export function DaySummary({ result }: { result: DatasetResult }) {
  const { open, high, low, last } = result.range;
  const up = result.bursts.filter((b) => b.direction === 'up').length;
  const down = result.bursts.filter((b) => b.direction === 'down').length;
  if (open === null || high === null || low === null || last === null) return null;
  const change = last - open;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : '';
  const sign = change > 0 ? '+' : '';
  return (
    <div className="day-summary" data-testid="day-summary">
      O {price(open)} H {price(high)} L {price(low)} C {price(last)} · range {price(high - low)} ·{' '}
      <span className={direction}>
        {sign}
        {price(change)} ({sign}
        {fixed((100 * change) / open, 2)}%)
      </span>{' '}
      · bursts <span className="up">▲ {up}</span> <span className="down">▼ {down}</span>
    </div>
  );
}
