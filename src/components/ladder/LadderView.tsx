// The strike ladder at the current second (spec 8): CE and PE of ATM +/- N strikes with bid, ask,
// five-level depth and IV, higher strikes on top. Each second's rows come from the columns read
// once per day (DatasetResult.ladder): playback never queries.
import { DASH, fixed, indianNumber, price } from '../../format';
import { type DatasetResult, STALE_AFTER_S } from '../../pipeline/compute';
import { useSecond } from '../../store/selectors';

type Side = 'ce' | 'pe';
interface Quote {
  bid: number;
  ask: number;
  bidDepth: number;
  askDepth: number;
  iv: number;
  age: number;
}

const vol = (iv: number) => (Number.isNaN(iv) ? DASH : fixed(iv * 100, 1));
const depth = (v: number) => (Number.isNaN(v) ? DASH : indianNumber(v));

/** Bid depth over ask depth, as bars scaled to the deepest side of the ladder at this second. */
function DepthBars({ quote, scale, side }: { quote: Quote; scale: number; side: Side }) {
  const width = (v: number) => `${Number.isNaN(v) || scale <= 0 ? 0 : Math.min(100, (100 * v) / scale)}%`;
  return (
    <td className={`depth ${side}`} title={`depth 5: bid ${depth(quote.bidDepth)} · ask ${depth(quote.askDepth)}`}>
      <span className="bar bid" style={{ width: width(quote.bidDepth) }} />
      <span className="bar ask" style={{ width: width(quote.askDepth) }} />
    </td>
  );
}

export function LadderView({ result }: { result: DatasetResult }) {
  const second = useSecond();
  const { n, rowsPerSecond, columns } = result.ladder;
  const atm = result.features.atm_strike?.[second] ?? Number.NaN;
  const spot = result.features.spot?.[second] ?? Number.NaN;
  const step = result.info.strikeStep;
  const quote = (k: number, side: Side): Quote => {
    const row = second * rowsPerSecond + (k + n) * 2 + (side === 'pe' ? 1 : 0);
    const at = (name: string) => columns[name]?.[row] ?? Number.NaN;
    return {
      bid: at('bid'),
      ask: at('ask'),
      bidDepth: at('bid_depth5'),
      askDepth: at('ask_depth5'),
      iv: at('iv'),
      age: at('age_s'),
    };
  };
  const rungs = Array.from({ length: 2 * n + 1 }, (_, i) => n - i).map((k) => ({
    k,
    strike: atm + k * step,
    ce: quote(k, 'ce'),
    pe: quote(k, 'pe'),
  }));
  const scale = Math.max(
    0,
    ...rungs.flatMap((r) => [r.ce.bidDepth, r.ce.askDepth, r.pe.bidDepth, r.pe.askDepth]).filter(Number.isFinite),
  );
  const cells = (q: Quote, side: Side) => {
    const stale = q.age >= STALE_AFTER_S ? 'stale' : '';
    const prices = [
      <td key="bid" className={stale} data-cell={`${side}-bid`}>
        {price(q.bid)}
      </td>,
      <td key="ask" className={stale} data-cell={`${side}-ask`}>
        {price(q.ask)}
      </td>,
    ];
    const iv = (
      <td key="iv" className={`iv ${stale}`} data-cell={`${side}-iv`}>
        {vol(q.iv)}
      </td>
    );
    const bars = <DepthBars key="depth" quote={q} scale={scale} side={side} />;
    return side === 'ce' ? [iv, bars, ...prices] : [...prices, bars, iv];
  };
  if (Number.isNaN(atm)) return <p className="muted ladder-empty">No ATM strike at this second: no ladder.</p>;
  return (
    <table className="ladder" data-testid="ladder-view" aria-label={`Strike ladder, ATM ${atm} +/- ${n} strikes`}>
      {/* fixed widths: a new second changes the text, never the columns, so the table is not
          measured again at every frame of a fast replay */}
      <colgroup>
        {['iv', 'depth', 'price', 'price', 'strike', 'price', 'price', 'depth', 'iv'].map((kind, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the columns never move
          <col key={i} className={`col-${kind}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th colSpan={4} className="side">
            CE
          </th>
          <th />
          <th colSpan={4} className="side">
            PE
          </th>
        </tr>
        <tr>
          <th title="implied volatility, vol points">IV</th>
          <th title="depth 5: bid (upper bar) and ask">d5</th>
          <th>bid</th>
          <th>ask</th>
          <th className="strike">strike</th>
          <th>bid</th>
          <th>ask</th>
          <th title="depth 5: bid (upper bar) and ask">d5</th>
          <th title="implied volatility, vol points">IV</th>
        </tr>
      </thead>
      <tbody>
        {rungs.map(({ k, strike, ce, pe }) => (
          <tr
            key={k}
            data-k={k}
            data-strike={strike}
            className={[k === 0 ? 'atm' : '', strike < spot ? 'ce-itm' : strike > spot ? 'pe-itm' : ''].join(' ')}
          >
            {cells(ce, 'ce')}
            <td className="strike">{indianNumber(strike)}</td>
            {cells(pe, 'pe')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
