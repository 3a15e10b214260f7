-- Each minute's regime (spec 12), decided at its last grid second e from rows up to e only: a
-- label never changes when later data is appended (the grid's first second is the open).
-- Reads chop_seconds (rv_60, er_star_300, chop seconds) and burst_seconds (hard seconds).
CREATE OR REPLACE TEMP TABLE regime_minutes AS
WITH seconds AS (
  SELECT
    c.ts,
    time_bucket(INTERVAL 1 MINUTE, c.ts) AS minute_ts,
    c.rv_60,
    c.er_star_300,
    c.chop_second,
    c.spot_observed,
    c.observed_300,
    ln(c.spot) - lag(ln(c.spot), 300) OVER (ORDER BY c.ts) AS net_300,
    b.hard
  FROM chop_seconds c
  JOIN burst_seconds b USING (ts)
),
-- a chop run, looking back only: chop seconds at most 10 non-chop seconds apart; its first second
chop_runs AS (
  SELECT ts, CASE WHEN date_diff('second', lag(ts) OVER (ORDER BY ts), ts) <= 11 THEN NULL ELSE ts END AS opens
  FROM seconds
  WHERE chop_second
),
chop_starts AS (
  SELECT ts, max(opens) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_start
  FROM chop_runs
),
minutes AS (
  SELECT
    minute_ts,
    max(ts) AS e,
    sum(CASE WHEN spot_observed THEN 0 ELSE 1 END) AS unobserved,
    bool_or(hard) AS any_hard
  FROM seconds
  GROUP BY minute_ts
),
decisions AS (
  SELECT
    m.*,
    s.rv_60,
    s.er_star_300,
    s.chop_second,
    s.observed_300,
    s.net_300,
    r.run_start,
    -- how many earlier minutes have an rv_60 at their decision second
    count(s.rv_60) OVER (ORDER BY m.minute_ts ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier
  FROM minutes m
  JOIN seconds s ON s.ts = m.e
  LEFT JOIN chop_starts r ON r.ts = m.e
),
known AS (
  SELECT rv_60, row_number() OVER (ORDER BY minute_ts) AS rank FROM decisions WHERE rv_60 IS NOT NULL
),
-- the median of the last 60 of those
baselines AS (
  SELECT d.minute_ts, median(k.rv_60) AS baseline
  FROM decisions d
  JOIN known k ON k.rank BETWEEN d.earlier - 59 AND d.earlier
  GROUP BY d.minute_ts
)
SELECT
  d.minute_ts,
  d.e,
  CASE
    WHEN d.minute_ts < (SELECT min(ts) FROM spot_grid) + INTERVAL 5 MINUTE OR d.earlier < 10 THEN 'warmup'
    WHEN d.rv_60 IS NULL OR d.unobserved >= 30 THEN 'no_data'
    WHEN d.any_hard OR d.rv_60 >= 2 * b.baseline THEN 'volatile'
    WHEN d.observed_300 < 270 THEN 'no_data'
    WHEN d.er_star_300 >= 2.5 AND d.net_300 > 0 THEN 'trend_up'
    WHEN d.er_star_300 >= 2.5 AND d.net_300 < 0 THEN 'trend_down'
    WHEN d.chop_second AND date_diff('second', d.run_start, d.e) + 1 >= 180 THEN 'chop'
    WHEN d.rv_60 <= 0.5 * b.baseline THEN 'quiet'
    ELSE 'normal'
  END AS regime,
  d.rv_60,
  b.baseline,
  d.er_star_300,
  d.unobserved >= 30 AS flag_data_gap
FROM decisions d
LEFT JOIN baselines b USING (minute_ts)
ORDER BY d.minute_ts
