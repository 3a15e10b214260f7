-- Chop pockets (spec 11) from the runs of chop seconds (event_runs), one row each, by start.
CREATE OR REPLACE TEMP TABLE chop AS
WITH inside AS (
  SELECT
    e.start_ts,
    max(c.spot) - min(c.spot) AS range_pts,
    avg(c.er_star_300) AS mean_er_star
  FROM event_runs e
  JOIN chop_seconds c ON c.ts BETWEEN e.start_ts AND e.end_ts
  GROUP BY e.start_ts
)
SELECT
  CAST(row_number() OVER (ORDER BY e.start_ts) AS INTEGER) AS event_id,
  e.start_ts,
  e.end_ts,
  CAST(date_diff('second', e.start_ts, e.end_ts) + 1 AS INTEGER) AS duration_s,
  i.range_pts,
  finish.spot - start.spot AS net_move_pts,
  i.mean_er_star,
  start.ce_mid + start.pe_mid AS straddle_start,
  finish.ce_mid + finish.pe_mid AS straddle_end,
  start.dte_days,
  start.dte_bucket,
  strftime(time_bucket(INTERVAL 15 MINUTE, e.start_ts), '%H:%M') AS tod_bucket
FROM event_runs e
JOIN inside i USING (start_ts)
JOIN market_state start ON start.ts = e.start_ts
JOIN market_state finish ON finish.ts = e.end_ts
ORDER BY e.start_ts
