// Two to four computed days played together (issue 12): each day's spot and ATM straddle on a
// chart of its own, stacked, all on one x scale (the clock from the open, or the time left to the
// expiry), with one cursor. The cursor is the playback clock's, moved outside React like the main
// charts' playhead; hovering one chart shows the same x on the others.
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fixed } from '../../format';
import type { StudiedDay } from '../../pipeline/truthActions';
import { playback } from '../../playback/store';
import { type Align, axisLabel, dayXs, sharedRange } from '../../truth/sideBySide';
import { nullable } from '../charts/data';
import { type Palette, usePalette } from '../charts/theme';

const MAX_DAYS = 4;
const SYNC_KEY = 'market-truth-side-by-side';

interface Drawn {
  day: StudiedDay;
  xs: Float64Array;
}

/** Whether no two of the days share a moment of the axis. */
const apart = (drawn: readonly Drawn[]) =>
  drawn.every((a, i) =>
    drawn.every((b, j) => i === j || (a.xs.at(-1) ?? 0) < (b.xs[0] ?? 0) || (b.xs.at(-1) ?? 0) < (a.xs[0] ?? 0)),
  ) && drawn.length > 1;

/** The x of the playback clock's second: on the first day's axis, the one every chart shares. */
const cursorX = (first: Float64Array, position: number) =>
  first[Math.min(Math.max(0, Math.floor(position)), first.length - 1)] ?? Number.NaN;

function DayChart({
  drawn,
  first,
  range,
  align,
  palette,
}: {
  drawn: Drawn;
  first: Float64Array;
  range: [number, number];
  align: Align;
  palette: Palette;
}) {
  const host = useRef<HTMLDivElement>(null);
  const { day, xs } = drawn;
  useEffect(() => {
    const element = host.current;
    const paths = day.truth.paths;
    if (!element || !paths) return;
    const session = day.figures.info.session;
    const line = document.createElement('div');
    line.className = 'mt-playhead';
    const axis = { stroke: palette.muted, grid: { stroke: palette.grid } };
    const plot = new uPlot(
      {
        width: Math.max(240, element.clientWidth),
        height: 120,
        cursor: { sync: { key: SYNC_KEY } },
        scales: { x: { time: false, range: () => range }, straddle: {} },
        axes: [
          {
            ...axis,
            space: align === 'clock' ? 50 : 96, // '-13d 21h20' needs the room
            values: (_u, splits) => splits.map((m) => axisLabel(m, align, session)),
          },
          { ...axis, size: 64, label: 'spot' },
          { ...axis, side: 1, scale: 'straddle', size: 56, grid: { show: false }, label: 'straddle' },
        ],
        series: [
          {
            label: align === 'clock' ? 'time' : 'to expiry',
            value: (_u, m) => (m === null ? '-' : axisLabel(m, align, session)),
          },
          { label: 'spot', stroke: palette.spot, width: 1.5, value: (_u, v) => (v === null ? '-' : fixed(v, 2)) },
          {
            label: 'ATM straddle',
            stroke: palette.ce,
            scale: 'straddle',
            width: 1,
            value: (_u, v) => (v === null ? '-' : fixed(v, 2)),
          },
        ],
      },
      [xs, nullable(paths.spot), nullable(paths.straddle)] as unknown as uPlot.AlignedData,
      element,
    );
    plot.over.appendChild(line);
    const place = (position: number) => {
      const x = cursorX(first, position);
      const left = plot.valToPos(x, 'x');
      line.style.display = Number.isFinite(left) && left >= 0 ? '' : 'none';
      line.style.transform = `translateX(${left}px)`;
      element.dataset.cursor = Number.isFinite(x) ? x.toFixed(4) : ''; // for tests and tools
    };
    place(playback.getState().position);
    const unsubscribe = playback.subscribe((state, before) => {
      if (Math.floor(state.position) !== Math.floor(before.position)) place(state.position);
    });
    return () => {
      unsubscribe();
      plot.destroy();
    };
  }, [day, xs, first, range, align, palette]);
  const { info } = day.figures;
  return (
    <figure className="side-chart" data-testid="side-by-side-chart" data-day={day.key}>
      <figcaption>
        {day.key} · {info.dteDays === 0 ? 'expiry day' : `${info.dteDays} DTE`}
      </figcaption>
      <div ref={host} role="img" aria-label={`${day.key}: spot and the ATM straddle, second by second`} />
    </figure>
  );
}

/** Days to compare: the first of them by date unless chosen; the charts follow the playback clock. */
export function SideBySide({ days }: { days: readonly StudiedDay[] }) {
  const palette = usePalette();
  const withPaths = useMemo(() => days.filter((d) => d.truth.paths), [days]);
  const [chosen, setChosen] = useState<string[]>(() => withPaths.slice(0, 2).map((d) => d.key));
  const [align, setAlign] = useState<Align>('clock');
  const drawn = useMemo(
    () =>
      withPaths
        .filter((d) => chosen.includes(d.key))
        .map((day) => ({
          day,
          xs: dayXs(
            {
              seconds: day.truth.paths?.spot.length ?? 0,
              dteDays: day.figures.info.dteDays,
              session: day.figures.info.session,
            },
            align,
          ),
        })),
    [withPaths, chosen, align],
  );
  const range = useMemo(() => sharedRange(drawn.map((d) => d.xs)), [drawn]);
  const first = drawn[0]?.xs ?? new Float64Array(0);
  const toggle = (key: string) =>
    setChosen((keys) =>
      keys.includes(key) ? keys.filter((k) => k !== key) : keys.length < MAX_DAYS ? [...keys, key] : keys,
    );
  return (
    <div className="side-by-side" data-testid="side-by-side" data-align={align}>
      <div className="truth-controls">
        <select aria-label="Align the days by" value={align} onChange={(e) => setAlign(e.target.value as Align)}>
          <option value="clock">by clock time</option>
          <option value="expiry">by time to expiry</option>
        </select>
        <fieldset className="side-days">
          <legend className="visually-hidden">Days shown (two to four)</legend>
          {withPaths.map((d) => (
            <label key={d.key}>
              <input
                type="checkbox"
                checked={chosen.includes(d.key)}
                disabled={!chosen.includes(d.key) && chosen.length >= MAX_DAYS}
                onChange={() => toggle(d.key)}
              />
              {d.key}
            </label>
          ))}
        </fieldset>
        <span className="muted">the cursor is the playback clock's (space plays); x is shared</span>
      </div>
      {drawn.length < 2 && <p className="muted">Choose two to four days.</p>}
      {align === 'expiry' && apart(drawn) && (
        <p className="muted">
          These days do not overlap in time to expiry (their DTEs differ): choose days of one DTE to see their sessions
          side by side.
        </p>
      )}
      {drawn.map((d) => (
        <DayChart key={d.day.key} drawn={d} first={first} range={range} align={align} palette={palette} />
      ))}
    </div>
  );
}
