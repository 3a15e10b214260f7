import { useMemo, useState } from 'react';
import { DASH, fixed } from '../format';
import { selectDataset } from '../pipeline/actions';
import type { Dataset } from '../pipeline/datasets';
import type { DaySummary } from '../pipeline/study';
import { cancelStudy, exportStudyDays, studyAllDays } from '../pipeline/studyActions';
import type { StudiedDay } from '../pipeline/truthActions';
import type { Study } from '../store/appStore';
import { useDatasets, useOverrides, useSelectedKey, useStrikeSteps, useStudy } from '../store/selectors';
import { SideBySide } from './truth/SideBySide';
import { TruthView } from './truth/TruthView';

function studyLine(study: Study, outOfDate: boolean): string {
  const failed = study.days.filter((d) => !d.ok).length;
  const counts = `${study.days.length}/${study.total} days${failed ? `, ${failed} failed` : ''}`;
  const time = study.elapsedMs === null ? '' : ` in ${fixed(study.elapsedMs / 1000, 1)} s`;
  const computed = study.days.length - study.cached;
  const perDay = (performance.now() - study.startedAt) / Math.max(1, computed);
  const left =
    study.status === 'running' && computed > 0
      ? ` · about ${fixed((perDay * (study.total - study.days.length)) / 1000, 0)} s left`
      : '';
  const kept = study.cached > 0 ? ` (${study.cached} kept in this browser from before)` : '';
  if (study.status === 'error') return `${counts}: ${study.error}`;
  const state = { running: 'computing', done: 'computed', cancelled: 'cancelled at' }[study.status];
  return `${state} ${counts}${time}${left}${kept}${outOfDate ? ' · thresholds or strike steps changed since: compute again' : ''}`;
}

/** A day's cells after its name: a dash until it is computed, its reason if it failed. */
function DayCells({ day }: { day: DaySummary | undefined }) {
  if (!day)
    return (
      <td colSpan={7} className="muted">
        {DASH}
      </td>
    );
  if (!day.ok)
    return (
      <td colSpan={7} className="failed">
        {day.error}
      </td>
    );
  const { info, ...f } = day.figures;
  return (
    <>
      <td>{info.expiry}</td>
      <td>
        {info.dteDays} ('{info.dteBucket}')
      </td>
      <td>{f.bursts}</td>
      <td className="up">▲ {f.burstsUp}</td>
      <td className="down">▼ {f.burstsDown}</td>
      <td>{f.maxAbsMoveBps === null ? DASH : fixed(f.maxAbsMoveBps, 1)}</td>
      <td>{fixed((100 * f.spotObservedSeconds) / f.seconds, 1)}%</td>
    </>
  );
}

function DayRow({ dataset, day, selected }: { dataset: Dataset; day: DaySummary | undefined; selected: boolean }) {
  const open = () => void selectDataset(dataset.key);
  return (
    <tr
      className={selected ? 'active' : ''}
      data-day={dataset.key}
      onClick={open}
      onKeyDown={(e) => e.key === 'Enter' && open()}
      tabIndex={0}
    >
      <td>
        {dataset.key}
        {day?.ok && day.figures.unreadable.length > 0 && (
          <span className="failed" title={day.figures.unreadable.map((u) => `${u.path}: ${u.reason}`).join('\n')}>
            {' '}
            without {day.figures.unreadable.length} unreadable file{day.figures.unreadable.length === 1 ? '' : 's'}
          </span>
        )}
      </td>
      <DayCells day={day} />
    </tr>
  );
}

const VIEWS = { days: 'Days', truth: 'Truth table', side: 'Side by side' } as const;
type View = keyof typeof VIEWS;

/** The computed days, by trade date then underlying. */
const computedDays = (days: readonly DaySummary[]) =>
  days
    .filter((d): d is StudiedDay => d.ok)
    .sort((a, b) => a.tradeDate.localeCompare(b.tradeDate) || a.underlying.localeCompare(b.underlying));

/** Every loaded day at a glance, computed all at once: one day per engine, on connections of its own. */
export function DaysPanel() {
  const datasets = useDatasets();
  const study = useStudy();
  const selected = useSelectedKey();
  const overrides = useOverrides();
  const strikeSteps = useStrikeSteps();
  const [shown, setShown] = useState(true);
  const [view, setView] = useState<View>('days');
  const computed = useMemo(() => computedDays(study?.days ?? []), [study?.days]);
  if (datasets.length < 2) return null;
  const byKey = new Map(study?.days.map((d) => [d.key, d]));
  const running = study?.status === 'running';
  const outOfDate = !!study && (study.overrides !== overrides || study.strikeSteps !== strikeSteps);
  return (
    <section
      className="days"
      data-testid="days"
      data-study-status={study?.status ?? 'idle'}
      data-cached={study?.cached ?? 0}
    >
      <div className="days-head">
        <strong>{datasets.length} days</strong>
        <span className="muted">{study ? studyLine(study, outOfDate) : 'each day computed whole, in parallel'}</span>
        {running && <progress max={study.total} value={study.days.length} />}
        <button type="button" className="button small" onClick={running ? cancelStudy : () => void studyAllDays()}>
          {running ? 'Cancel' : 'Compute all days'}
        </button>
        {study && study.days.length > 0 && (
          <button
            type="button"
            className="button small"
            data-testid="export-days-csv"
            onClick={() => void exportStudyDays()}
          >
            days .csv
          </button>
        )}
        {study && (
          <fieldset className="view-tabs">
            <legend className="visually-hidden">View</legend>
            {(Object.keys(VIEWS) as View[]).map((v) => (
              <button
                key={v}
                type="button"
                className="button small"
                data-testid={`days-view-${v}`}
                aria-pressed={view === v}
                onClick={() => {
                  setView(v);
                  setShown(true);
                }}
              >
                {VIEWS[v]}
              </button>
            ))}
          </fieldset>
        )}
        {study && (
          <button type="button" className="button small" onClick={() => setShown((s) => !s)}>
            {shown ? 'Hide' : 'Show'}
          </button>
        )}
      </div>
      {study && shown && view === 'truth' && running && (
        <p className="muted">The truth table is drawn when every day is computed (its tables are computed then).</p>
      )}
      {study && !running && (
        // kept while another view is shown, so that its choices (underlying, metric, cell) stay
        <div hidden={!shown || view !== 'truth'}>
          <TruthView days={study.days} tables={study.tables} />
        </div>
      )}
      {study &&
        shown &&
        view === 'side' &&
        (running ? (
          <p className="muted">The days can be played side by side when every day is computed.</p>
        ) : (
          <SideBySide days={computed} />
        ))}
      {study && shown && view === 'days' && (
        <div className="days-table">
          <table data-testid="days-table">
            <thead>
              <tr>
                <th>day</th>
                <th>expiry</th>
                <th>DTE</th>
                <th>bursts</th>
                <th>up</th>
                <th>down</th>
                <th title="Largest |move_bps| of the day's bursts">max |bps|</th>
                <th title="Seconds with spot observed">spot seen</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((d) => (
                <DayRow key={d.key} dataset={d} day={byKey.get(d.key)} selected={d.key === selected} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
