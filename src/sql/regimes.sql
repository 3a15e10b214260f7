-- The regimes table of spec 12: each minute's label with the overlay flags, which come from the
-- final event tables (liquidity, fear) and so are not causal. An event flags every minute it
-- overlaps. (DuckDB 0.9 answered a correlated EXISTS with these bounds true for every minute.)
CREATE OR REPLACE TEMP TABLE regimes AS
WITH vacuums AS (
  SELECT DISTINCT r.minute_ts
  FROM regime_minutes r
  JOIN liquidity l ON l.start_ts <= r.e AND l.end_ts >= r.minute_ts
  WHERE l.kind = 'vacuum'
),
fears AS (
  SELECT DISTINCT r.minute_ts
  FROM regime_minutes r
  JOIN fear f ON f.start_ts <= r.e AND f.end_ts >= r.minute_ts
  WHERE f.kind = 'fear'
)
SELECT
  r.minute_ts,
  r.regime,
  r.rv_60,
  r.baseline,
  r.er_star_300,
  v.minute_ts IS NOT NULL AS flag_vacuum,
  f.minute_ts IS NOT NULL AS flag_fear,
  r.flag_data_gap
FROM regime_minutes r
LEFT JOIN vacuums v USING (minute_ts)
LEFT JOIN fears f USING (minute_ts)
ORDER BY r.minute_ts
