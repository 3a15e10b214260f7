import { useMemo } from 'react';
import type { Rows } from '../../pipeline/columns';
import { REGIME_LABEL, REGIMES, type Regime, regimeVar } from './regimes';

/** The ribbon's key: each regime of the day with its colour and minutes, in the ribbon's order. */
export function RegimeKey({ regimes }: { regimes: Rows }) {
  const minutes = useMemo(() => {
    const counts = new Map<Regime, number>();
    for (const row of regimes) counts.set(row.regime as Regime, (counts.get(row.regime as Regime) ?? 0) + 1);
    return REGIMES.filter((r) => counts.has(r)).map((r) => [r, counts.get(r) ?? 0] as const);
  }, [regimes]);
  return (
    <ul
      className="mt-regime-key"
      data-testid="regime-key"
      aria-label="Regimes of the day's minutes (ribbon under the depth chart)"
    >
      <li className="muted">regimes</li>
      {minutes.map(([regime, count]) => (
        <li key={regime} data-regime={regime} title={`${count} minutes ${REGIME_LABEL[regime]}`}>
          <span className="swatch" style={{ background: regimeVar(regime) }} />
          {REGIME_LABEL[regime]} {count}m
        </li>
      ))}
    </ul>
  );
}
