-- A day's grid seconds in the cells of the truth tables (spec 14): each second's time-of-day
-- bucket (the last bucket start at or before it) and regime_in (the previous minute's regime),
-- with the ATM spreads in integer ticks. The other truth_* queries read it.
-- $1 the bucket starts, 'HH:MM:SS' comma-separated, the first the session's open; $2 the tick.
CREATE OR REPLACE TEMP TABLE truth_seconds AS
WITH starts AS (
  SELECT CAST(start AS TIME) AS start, left(start, 5) AS label
  FROM (SELECT unnest(string_split(CAST($1 AS VARCHAR), ',')) AS start)
)
SELECT
  f.underlying,
  strftime(f.trade_date, '%Y-%m-%d') AS trade_date,
  f.dte_bucket,
  f.ts,
  s.label AS tod_bucket,
  f.regime_in,
  f.spot,
  f.atm_strike,
  -- round halves away from 0, as spec 7's t(p)
  CAST(round(f.ce_spread / CAST($2 AS DOUBLE)) AS INTEGER) AS ce_spread_ticks,
  CAST(round(f.pe_spread / CAST($2 AS DOUBLE)) AS INTEGER) AS pe_spread_ticks
FROM features f
ASOF JOIN starts s ON CAST(f.ts AS TIME) >= s.start
ORDER BY f.ts
