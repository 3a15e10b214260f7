import { ARROW, clockTime, fixed, price } from '../format';
import { type DatasetResult, isSparseBurst } from '../pipeline/compute';
import { useSecond } from '../store/selectors';
import { showEvent } from './eventNavigation';

export function BurstsTable({ result }: { result: DatasetResult }) {
  const second = useSecond();
  const open = result.features.time?.[0] ?? 0;
  const now = open + second;
  return (
    <section className="bursts">
      <h2>
        Bursts ({result.bursts.length}) <span className="muted">[ and ] jump</span>
      </h2>
      <table data-testid="bursts-table">
        <thead>
          <tr>
            <th>#</th>
            <th>start</th>
            <th>dur</th>
            <th>dir</th>
            <th>pts</th>
            <th>bps</th>
            <th>peak</th>
          </tr>
        </thead>
        <tbody>
          {result.bursts.map((b) => {
            const start = b.start_time as number;
            const active = now >= start && now <= (b.end_time as number);
            const direction = (b.direction as string | null) ?? '';
            const sparse = isSparseBurst(b);
            return (
              <tr
                key={b.burst_id as number}
                className={`${direction} ${active ? 'active' : ''}`}
                data-sparse={sparse}
                onClick={() => showEvent(b)}
                tabIndex={0}
                onKeyDown={(e) => e.key === 'Enter' && showEvent(b)}
              >
                <td>{b.burst_id as number}</td>
                <td>{clockTime(start)}</td>
                <td title={`spot seen in ${b.spot_observed_s} of ${b.duration_s} s`}>
                  {b.duration_s as number}s{sparse && <span className="sparse"> sparse</span>}
                </td>
                <td title={direction}>
                  {ARROW[direction] ?? '–'}
                  <span className="visually-hidden"> {direction}</span>
                </td>
                <td>{price(b.move_pts as number)}</td>
                <td>{fixed(b.move_bps as number, 1)}</td>
                <td>{fixed(b.peak_rv_ratio as number, 2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
