// The strike ladder at the current second (spec 8): CE and PE of ATM +/- N strikes with bid, ask,
// five-level depth and IV, higher strikes on top. React draws the table once per day; each new
// second is written into its cells from a playback subscription (as the charts' playhead moves),
// reading the columns loaded once per day (DatasetResult.ladder): no query, no React render.
import { memo, useEffect, useRef } from 'react';
import { DASH, fixed, indianNumber, price } from '../../format';
import { type DatasetResult, STALE_AFTER_S } from '../../pipeline/compute';
import { playback } from '../../playback/store';

type Side = 'ce' | 'pe';
const SIDES: Side[] = ['ce', 'pe'];
const vol = (iv: number) => (Number.isNaN(iv) ? DASH : fixed(iv * 100, 1));
const depth = (v: number) => (Number.isNaN(v) ? DASH : indianNumber(v));

const CELL_NAMES = ['strike', ...SIDES.flatMap((side) => ['bid', 'ask', 'iv', 'depth'].map((c) => `${side}-${c}`))];

/** The table's rows, top (k = n) down, each with its cells by name: looked up once per day, not per frame. */
interface LadderRow {
  k: number;
  row: HTMLTableRowElement;
  cells: Record<string, HTMLElement | undefined>;
}

function ladderRows(table: HTMLTableElement, n: number): LadderRow[] {
  return Array.from(table.tBodies[0]?.rows ?? [], (row, r) => ({
    k: n - r,
    row,
    cells: Object.fromEntries(
      CELL_NAMES.map((name) => [name, row.querySelector<HTMLElement>(`[data-cell="${name}"]`) ?? undefined]),
    ),
  }));
}

// only what changed is written: an unchanged quote leaves the DOM (and the next layout) alone
function setText(element: HTMLElement | undefined, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

function setWidth(element: Element | undefined, width: string): void {
  if (element instanceof HTMLElement && element.style.width !== width) element.style.width = width;
}

/** Writes second `second` of the ladder into the table's cells. */
function paint(table: HTMLTableElement, rows: readonly LadderRow[], result: DatasetResult, second: number): void {
  const { n, rowsPerSecond, columns } = result.ladder;
  const atm = result.features.atm_strike?.[second] ?? Number.NaN;
  const spot = result.features.spot?.[second] ?? Number.NaN;
  table.hidden = Number.isNaN(atm);
  const at = (name: string, k: number, side: Side) =>
    columns[name]?.[second * rowsPerSecond + (k + n) * 2 + (side === 'pe' ? 1 : 0)] ?? Number.NaN;
  let deepest = 0;
  for (const { k } of rows) {
    for (const side of SIDES)
      deepest = Math.max(deepest, at('bid_depth5', k, side) || 0, at('ask_depth5', k, side) || 0);
  }
  const width = (v: number) => `${Number.isNaN(v) || deepest <= 0 ? 0 : Math.min(100, (100 * v) / deepest)}%`;
  for (const { k, row, cells } of rows) {
    const strike = atm + k * result.info.strikeStep;
    row.dataset.strike = String(strike);
    row.classList.toggle('ce-itm', strike < spot);
    row.classList.toggle('pe-itm', strike > spot);
    setText(cells.strike, indianNumber(strike));
    for (const side of SIDES) {
      const stale = at('age_s', k, side) >= STALE_AFTER_S;
      const [bid, ask, bidDepth, askDepth] = ['bid', 'ask', 'bid_depth5', 'ask_depth5'].map((c) => at(c, k, side));
      const texts: [string, string][] = [
        [`${side}-bid`, price(bid ?? Number.NaN)],
        [`${side}-ask`, price(ask ?? Number.NaN)],
        [`${side}-iv`, vol(at('iv', k, side))],
      ];
      for (const [name, text] of texts) {
        setText(cells[name], text);
        cells[name]?.classList.toggle('stale', stale);
      }
      const bars = cells[`${side}-depth`];
      if (bars) {
        const title = `depth 5: bid ${depth(bidDepth ?? Number.NaN)} · ask ${depth(askDepth ?? Number.NaN)}`;
        if (bars.title !== title) bars.title = title;
        setWidth(bars.children[0], width(bidDepth ?? Number.NaN));
        setWidth(bars.children[1], width(askDepth ?? Number.NaN));
      }
    }
  }
}

/** CE: IV, depth, bid, ask from the left edge to the strike; PE: bid, ask, depth, IV from the strike on. */
function SideCells({ side }: { side: Side }) {
  const iv = <td key="iv" className="iv" data-cell={`${side}-iv`} />;
  const bars = (
    <td key="depth" className={`depth ${side}`} data-cell={`${side}-depth`}>
      <span className="bar bid" />
      <span className="bar ask" />
    </td>
  );
  const prices = [<td key="bid" data-cell={`${side}-bid`} />, <td key="ask" data-cell={`${side}-ask`} />];
  return <>{side === 'ce' ? [iv, bars, ...prices] : [...prices, bars, iv]}</>;
}

export const LadderView = memo(function LadderView({ result }: { result: DatasetResult }) {
  const table = useRef<HTMLTableElement>(null);
  const { n } = result.ladder;
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    const rows = ladderRows(element, result.ladder.n);
    const draw = (position: number) => paint(element, rows, result, Math.floor(position));
    draw(playback.getState().position);
    return playback.subscribe((state, before) => {
      if (Math.floor(state.position) !== Math.floor(before.position)) draw(state.position);
    });
  }, [result]);
  return (
    <>
      <table
        ref={table}
        className="ladder"
        data-testid="ladder-view"
        aria-label={`Strike ladder, ATM +/- ${n} strikes`}
      >
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
          {Array.from({ length: 2 * n + 1 }, (_, r) => n - r).map((k) => (
            <tr key={k} data-k={k} className={k === 0 ? 'atm' : undefined}>
              <SideCells side="ce" />
              <td className="strike" data-cell="strike" />
              <SideCells side="pe" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted ladder-empty">No ATM strike at this second: no ladder.</p>
    </>
  );
});
