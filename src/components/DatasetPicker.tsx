import { useState } from 'react';
import { dteWords } from '../format';
import { selectDataset, setLadderN, setStrikeStep } from '../pipeline/actions';
import { useDatasets, useLadderN, useResult, useSelectedKey } from '../store/selectors';

/** The ladder's strikes each side of the ATM strike (spec 8's N); a refused value says why in its title. */
function LadderWidth() {
  const ladderN = useLadderN();
  const [error, setError] = useState<string | undefined>();
  const change = async (text: string) => {
    if (text === String(ladderN)) return setError(undefined);
    setError(await setLadderN(Number(text)));
  };
  return (
    <>
      {' · ladder ±'}
      <input
        className={`step ladder-n${error ? ' invalid' : ''}`}
        type="number"
        min={1}
        max={20}
        step={1}
        key={ladderN}
        defaultValue={ladderN}
        data-testid="ladder-n"
        aria-label="Ladder strikes each side of the ATM strike"
        aria-invalid={!!error}
        title={error ?? 'Strikes each side of the ATM strike on the ladder and in liquidity events (1-20)'}
        onKeyDown={(e) => e.key === 'Enter' && void change(e.currentTarget.value)}
        onBlur={(e) => void change(e.target.value)}
      />
    </>
  );
}

export function DatasetPicker() {
  const datasets = useDatasets();
  const selected = useSelectedKey();
  const result = useResult();
  const info = result?.info;
  const quality = result?.quality;
  const notes = quality
    ? [
        [quality.negative_volume, 'negative vol_delta'],
        [quality.crossed_quotes, 'crossed quotes'],
        [quality.nonpositive_prices, 'prices <= 0'],
      ].filter(([count]) => Number(count) > 0)
    : [];
  if (datasets.length === 0) return null;
  const changeStep = (text: string) => info && void setStrikeStep(info.underlying, text.trim() ? Number(text) : null);
  return (
    <div className="dataset">
      <select
        data-testid="dataset-select"
        value={selected ?? ''}
        onChange={(e) => void selectDataset(e.target.value)}
        aria-label="Dataset"
      >
        {datasets.map((d) => (
          <option key={d.key} value={d.key}>
            {d.key} ({d.files.length} file{d.files.length === 1 ? '' : 's'})
          </option>
        ))}
      </select>
      {info && (
        <span className="muted">
          expiry {info.expiry} · {dteWords(info.dteDays)} ('{info.dteBucket}') · step{' '}
          <input
            className="step"
            type="number"
            min={0}
            step="any"
            key={`${info.key}-${info.strikeStep}`}
            defaultValue={info.strikeStep}
            data-testid="strike-step"
            aria-label="Strike step"
            title={`Strike step of ${info.underlying}; empty = ${info.inferredStrikeStep ?? 'the known step'}`}
            onKeyDown={(e) => e.key === 'Enter' && changeStep(e.currentTarget.value)}
            onBlur={(e) => e.target.value !== String(info.strikeStep) && changeStep(e.target.value)}
          />
          <LadderWidth />
        </span>
      )}
      {notes.length > 0 && (
        <span className="quality" data-testid="data-quality" title="Rows of this dataset up to the close">
          ⚠ {notes.map(([count, what]) => `${count} ${what}`).join(' · ')}
        </span>
      )}
    </div>
  );
}
