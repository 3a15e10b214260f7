import { type CSSProperties, useMemo, useState } from 'react';
import { DASH, fixed } from '../../format';
import type { DaySummary } from '../../pipeline/study';
import { exportTruthConfig, exportTruthCsv, studiedDays } from '../../pipeline/truthActions';
import { ALL, REGIME_ORDER } from '../../truth/cells';
import { eventStudy } from '../../truth/eventStudy';
import type { TruthRow } from '../../truth/truthTable';
import { EventStudy } from './EventStudy';
import { TRUTH_METRICS, type TruthMetric } from './metrics';
import { type CellPlace, cellEvents, Playlist, seconds } from './Playlist';

const REGIMES = [ALL, ...REGIME_ORDER];
const regimeLabel = (regime: string) => (regime === ALL ? 'every regime' : `after ${regime.replace('_', ' ')}`);
const cellId = (c: CellPlace) => `${c.dte}|${c.tod}|${c.regime}`;
const show = (value: unknown, decimals: number) => (typeof value === 'number' ? fixed(value, decimals) : DASH);

/** A figure without its interval, where it should have one: too few days or values to trust. */
const isFew = (row: TruthRow, metric: TruthMetric) =>
  metric.interval && row[metric.column] !== null && row[`${metric.column}_lo`] === null;

function describe(row: TruthRow, metric: TruthMetric): string {
  const lo = row[`${metric.column}_lo`];
  const interval = !metric.interval
    ? ''
    : typeof lo === 'number'
      ? `, 95% ${show(lo, metric.decimals)} to ${show(row[`${metric.column}_hi`], metric.decimals)}`
      : ', no interval (fewer than 5 days, or 10 values)';
  const count = metric.count ? `; n ${row[metric.count] ?? 0}` : '';
  return `${show(row[metric.column], metric.decimals)}${interval}${count}; ${fixed(Number(row.hours), 2)} h over ${row.days} day(s)`;
}

/** The truth table (spec 14) of the computed days: a heat grid of one metric, DTE by time of day, per regime. */
export function TruthView({ days, tables }: { days: readonly DaySummary[]; tables: Record<string, TruthRow[]> }) {
  const underlyings = [...new Set(days.filter((d) => d.ok).map((d) => d.underlying))].sort();
  const [chosen, setUnderlying] = useState<string | undefined>();
  const underlying = chosen && underlyings.includes(chosen) ? chosen : underlyings[0];
  const [metric, setMetric] = useState<TruthMetric>(TRUTH_METRICS[0] as TruthMetric);
  const [regime, setRegime] = useState(ALL);
  const [cell, setCell] = useState<CellPlace | null>(null);
  const [studying, setStudying] = useState(false);
  const own = useMemo(() => (underlying ? studiedDays(underlying, days) : []), [underlying, days]);
  const entries = useMemo(() => (cell ? cellEvents(own, cell, metric.kinds) : []), [own, cell, metric]);
  const study = useMemo(
    () =>
      studying
        ? eventStudy(
            entries.flatMap(({ day, event }) =>
              day.truth.paths ? [{ paths: day.truth.paths, start: seconds(event.start_ts) }] : [],
            ),
          )
        : null,
    [studying, entries],
  );
  if (!underlying) return <p className="muted">No day computed yet.</p>;
  const table = tables[underlying] ?? [];
  const dtes = [...new Set(table.map((r) => String(r.dte_bucket)))].sort(
    (a, b) => Number.parseFloat(a) - Number.parseFloat(b),
  );
  const tods = [...new Set(table.map((r) => String(r.tod_bucket)))].sort();
  const rows = new Map(table.filter((r) => r.regime_in === regime).map((r) => [`${r.dte_bucket}|${r.tod_bucket}`, r]));
  const sure = [...rows.values()].filter((r) => typeof r[metric.column] === 'number' && !isFew(r, metric));
  const values = sure.map((r) => r[metric.column] as number);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const heat = (v: number) => (high > low ? (v - low) / (high - low) : 0.5);
  const selected =
    cell &&
    table.find(
      (r) =>
        cellId({ dte: String(r.dte_bucket), tod: String(r.tod_bucket), regime: String(r.regime_in) }) === cellId(cell),
    );
  return (
    <div className="truth">
      <div className="truth-controls">
        <select aria-label="Underlying" value={underlying} onChange={(e) => setUnderlying(e.target.value)}>
          {underlyings.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
        <select
          aria-label="Metric"
          data-testid="truth-metric"
          value={metric.column}
          onChange={(e) => setMetric(TRUTH_METRICS.find((m) => m.column === e.target.value) ?? metric)}
        >
          {TRUTH_METRICS.map((m) => (
            <option key={m.column} value={m.column}>
              {m.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Regime of the previous minute"
          data-testid="truth-regime"
          value={regime}
          onChange={(e) => setRegime(e.target.value)}
        >
          {REGIMES.map((r) => (
            <option key={r} value={r}>
              {regimeLabel(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button small"
          data-testid="export-truth-csv"
          onClick={() => void exportTruthCsv(underlying)}
        >
          truth .csv
        </button>
        <button
          type="button"
          className="button small"
          data-testid="export-truth-config"
          onClick={() => void exportTruthConfig(underlying)}
        >
          config .json
        </button>
        <span className="muted">
          {own.length} day{own.length === 1 ? '' : 's'} · dashed: no interval yet (fewer than 5 days or 10 values)
        </span>
      </div>
      <div className="truth-body">
        <table data-testid="truth-table" data-metric={metric.column} data-regime={regime}>
          <thead>
            <tr>
              <th>time</th>
              {dtes.map((d) => (
                <th key={d}>DTE {d}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tods.map((tod) => (
              <tr key={tod}>
                <th>{tod}</th>
                {dtes.map((dte) => {
                  const place = { dte, tod, regime };
                  const row = rows.get(`${dte}|${tod}`);
                  if (!row) return <td key={dte} className="no-time" title="no time in this cell" />;
                  const value = row[metric.column];
                  const few = isFew(row, metric);
                  const style =
                    typeof value === 'number' && !few ? ({ '--heat': heat(value) } as CSSProperties) : undefined;
                  return (
                    <td
                      key={dte}
                      className="heat"
                      data-cell={cellId(place)}
                      data-few={few || undefined}
                      data-selected={(cell !== null && cellId(cell) === cellId(place)) || undefined}
                      style={style}
                      title={describe(row, metric)}
                    >
                      <button
                        type="button"
                        className="cell-button"
                        aria-pressed={cell !== null && cellId(cell) === cellId(place)}
                        onClick={() => setCell(place)}
                      >
                        {show(value, metric.decimals)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="truth-detail" data-testid="truth-detail">
          {selected && cell ? (
            <>
              <h3>
                DTE {cell.dte} · {cell.tod} · {regimeLabel(cell.regime)}
              </h3>
              <p>
                {metric.label}: {describe(selected, metric)}
              </p>
              <button
                type="button"
                className="button small"
                data-testid="event-study-toggle"
                aria-pressed={studying}
                onClick={() => setStudying((s) => !s)}
              >
                Event study
              </button>
              {study ? <EventStudy study={study} /> : <Playlist key={cellId(cell)} entries={entries} />}
            </>
          ) : (
            <p className="muted">Click a cell for its figures and every event behind it.</p>
          )}
        </div>
      </div>
    </div>
  );
}
