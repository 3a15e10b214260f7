-- Fear spikes (spec 10) from the runs of fear_seconds (event_runs), one row each, sorted by start.
-- kind: 'fear' when spot did not rise from 60 s before the start to the end (or that is unknown),
-- 'upside_vol_bid' when it rose.
CREATE OR REPLACE TEMP TABLE fear AS
WITH inside AS (
  SELECT
    e.start_ts,
    s.ts,
    s.iv_smooth,
    s.d_iv_60,
    s.iv_z,
    s.straddle,
    row_number() OVER (PARTITION BY e.start_ts ORDER BY s.iv_smooth DESC NULLS LAST, s.ts) AS peak_rank
  FROM event_runs e
  JOIN fear_seconds s ON s.ts BETWEEN e.start_ts AND e.end_ts
),
peaks AS (
  SELECT
    start_ts,
    max(iv_smooth) AS iv_peak,
    max(d_iv_60) AS d_iv_peak,
    max(iv_z) AS peak_z,
    max(CASE WHEN peak_rank = 1 AND iv_smooth IS NOT NULL THEN straddle END) AS straddle_peak
  FROM inside
  GROUP BY start_ts
),
measured AS (
  SELECT
    e.start_ts,
    e.end_ts,
    before.iv_smooth AS iv_before,
    p.iv_peak,
    p.d_iv_peak,
    p.peak_z,
    10000 * (finish.spot / before.spot - 1) AS spot_move_bps,
    before.straddle AS straddle_before,
    p.straddle_peak
  FROM event_runs e
  JOIN peaks p USING (start_ts)
  JOIN fear_seconds finish ON finish.ts = e.end_ts
  LEFT JOIN fear_seconds before ON before.ts = e.start_ts - INTERVAL 60 SECOND
)
SELECT
  CAST(row_number() OVER (ORDER BY m.start_ts) AS INTEGER) AS event_id,
  CASE WHEN m.spot_move_bps > 0 THEN 'upside_vol_bid' ELSE 'fear' END AS kind,
  m.start_ts,
  m.end_ts,
  CAST(date_diff('second', m.start_ts, m.end_ts) + 1 AS INTEGER) AS duration_s,
  m.iv_before,
  m.iv_peak,
  m.d_iv_peak,
  m.peak_z,
  m.spot_move_bps,
  m.straddle_before,
  m.straddle_peak,
  g.dte_days,
  g.dte_bucket,
  strftime(time_bucket(INTERVAL 15 MINUTE, m.start_ts), '%H:%M') AS tod_bucket
FROM measured m
JOIN spot_grid g ON g.ts = m.start_ts
ORDER BY m.start_ts
