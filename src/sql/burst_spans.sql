-- Bursts (spec 6): maximal runs of soft seconds holding a hard second, merged while at most
-- $1 (merge_gap_s) seconds lie between them, then kept when at least $2 (min_duration_s) long.
-- Table bursts adds what drove each (spec 13).
CREATE OR REPLACE TEMP TABLE burst_spans AS
WITH runs AS (
  -- soft seconds of one run share the count of non-soft seconds before them
  SELECT ts, soft, hard, sum(CASE WHEN soft THEN 0 ELSE 1 END) OVER (ORDER BY ts) AS run
  FROM burst_seconds
),
candidates AS (
  SELECT min(ts) AS start_ts, max(ts) AS end_ts FROM runs WHERE soft GROUP BY run HAVING bool_or(hard)
),
gaps AS (
  SELECT start_ts, end_ts, date_diff('second', lag(end_ts) OVER (ORDER BY start_ts), start_ts) AS gap_s
  FROM candidates
),
groups AS (
  SELECT start_ts, end_ts, sum(CASE WHEN gap_s <= $1 + 1 THEN 0 ELSE 1 END) OVER (ORDER BY start_ts) AS grp
  FROM gaps
),
kept AS (
  SELECT min(start_ts) AS start_ts, max(end_ts) AS end_ts
  FROM groups
  GROUP BY grp
  HAVING date_diff('second', min(start_ts), max(end_ts)) + 1 >= $2
),
peaks AS (
  SELECT
    k.start_ts,
    max(s.rv_ratio) AS peak_rv_ratio,
    max(m.rv_10) AS peak_rv_10,
    CAST(count(*) FILTER (WHERE m.spot_observed) AS INTEGER) AS spot_observed_s
  FROM kept k
  JOIN burst_seconds s ON s.ts BETWEEN k.start_ts AND k.end_ts
  JOIN market_state m ON m.ts = s.ts
  GROUP BY k.start_ts
),
measured AS (
  SELECT
    k.start_ts,
    k.end_ts,
    before.spot AS spot_before,
    finish.spot AS spot_end,
    finish.spot - before.spot AS move_pts,
    10000 * (finish.spot / before.spot - 1) AS move_bps,
    p.peak_rv_ratio,
    p.peak_rv_10,
    p.spot_observed_s,
    start.atm_strike AS atm_strike_start,
    before.ce_mid + before.pe_mid AS straddle_before,
    finish.ce_mid + finish.pe_mid AS straddle_end,
    start.underlying,
    start.trade_date,
    start.dte_days,
    start.dte_bucket
  FROM kept k
  JOIN peaks p ON p.start_ts = k.start_ts
  JOIN market_state start ON start.ts = k.start_ts
  JOIN market_state finish ON finish.ts = k.end_ts
  LEFT JOIN market_state before ON before.ts = k.start_ts - INTERVAL 1 SECOND
)
SELECT
  underlying,
  trade_date,
  CAST(row_number() OVER (ORDER BY start_ts) AS INTEGER) AS burst_id,
  start_ts,
  end_ts,
  CAST(date_diff('second', start_ts, end_ts) + 1 AS INTEGER) AS duration_s,
  CASE WHEN move_pts > 0 THEN 'up' WHEN move_pts < 0 THEN 'down' WHEN move_pts = 0 THEN 'flat' END AS direction,
  spot_before,
  spot_end,
  move_pts,
  move_bps,
  peak_rv_ratio,
  peak_rv_10,
  atm_strike_start,
  straddle_before,
  straddle_end,
  dte_days,
  dte_bucket,
  strftime(time_bucket(INTERVAL 15 MINUTE, start_ts), '%H:%M') AS tod_bucket,
  -- seconds of the burst with spot observed: under half its duration, a burst is "sparse" (spec 6)
  spot_observed_s
FROM measured
ORDER BY start_ts
