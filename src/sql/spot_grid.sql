-- One row per second from the open to the close inclusive: as-of spot with its observed flag
-- and age, returns, RMS volatility, velocity and acceleration, ATM strike and the dataset's
-- constants. $1 open, $2 close (timestamps), $3 underlying, $4 trade date, $5 strike step,
-- $6 front expiry, $7 dte_days, $8 dte_bucket.
CREATE OR REPLACE TEMP TABLE spot_grid AS
WITH seconds AS (
  SELECT range AS ts
  FROM range(CAST($1 AS TIMESTAMP), CAST($2 AS TIMESTAMP) + INTERVAL 1 SECOND, INTERVAL 1 SECOND)
),
as_of AS (
  SELECT s.ts, p.spot, p.sec AS spot_sec, p.volume_all AS second_volume
  -- the far-future row keeps DuckDB 0.9's ASOF join working when every spot second is at or
  -- before the open (it fails with "Unsupported comparison type" otherwise); it matches nothing
  FROM seconds s
  ASOF LEFT JOIN (SELECT sec, spot, volume_all FROM spot_seconds UNION ALL SELECT TIMESTAMP '9999-12-31', NULL, NULL) p
    ON p.sec <= s.ts
),
moves AS (
  SELECT
    ts,
    spot,
    coalesce(spot_sec = ts, false) AS spot_observed,
    date_diff('second', spot_sec, ts) AS spot_age_s,
    CASE WHEN spot_sec = ts THEN second_volume ELSE 0 END AS volume_all,
    ln(spot / lag(spot) OVER (ORDER BY ts)) AS ret_1s,
    (spot - lag(spot, 10) OVER (ORDER BY ts)) / 10 AS vel_10
  FROM as_of
)
SELECT
  CAST($3 AS VARCHAR) AS underlying,
  CAST($4 AS DATE) AS trade_date,
  ts,
  spot,
  spot_observed,
  spot_age_s,
  ret_1s,
  CASE WHEN count(ret_1s) OVER last_10 = 10 THEN sqrt(avg(ret_1s * ret_1s) OVER last_10) END AS rv_10,
  CASE WHEN count(ret_1s) OVER last_120 = 120 THEN sqrt(avg(ret_1s * ret_1s) OVER last_120) END AS rv_120,
  vel_10,
  (vel_10 - lag(vel_10, 10) OVER (ORDER BY ts)) / 10 AS accel_10,
  -- round half away from zero; spot is positive
  floor(spot / CAST($5 AS DOUBLE) + 0.5) * CAST($5 AS DOUBLE) AS atm_strike,
  CAST($5 AS DOUBLE) AS strike_step,
  CAST($6 AS DATE) AS expiry,
  CAST($7 AS INTEGER) AS dte_days,
  CAST($8 AS VARCHAR) AS dte_bucket,
  volume_all
FROM moves
WINDOW
  last_10 AS (ORDER BY ts ROWS BETWEEN 9 PRECEDING AND CURRENT ROW),
  last_120 AS (ORDER BY ts ROWS BETWEEN 119 PRECEDING AND CURRENT ROW)
