-- Per grid second, spot's efficiency and range over 5 minutes and its variance ratio over 10
-- (spec 11, with rv_60 of spec 12), and whether the second is a chop second. A window's value is
-- NULL unless every row it needs exists with its input. $1 most er_star_300, $2 most
-- range_z_300, $3 most vr_600, $4 fewest seconds with spot observed in the last 300.
CREATE OR REPLACE TEMP TABLE chop_seconds AS
WITH logs AS (
  SELECT ts, spot, ln(spot) AS l, ret_1s, spot_observed FROM spot_grid
),
moves AS (
  SELECT *, l - lag(l, 10) OVER (ORDER BY ts) AS move_10, l - lag(l, 300) OVER (ORDER BY ts) AS net_300 FROM logs
),
windows AS (
  SELECT
    *,
    CASE WHEN count(ret_1s) OVER last_60 = 60 THEN sqrt(avg(ret_1s * ret_1s) OVER last_60) END AS rv_60,
    CASE WHEN count(ret_1s) OVER last_300 = 300 THEN sqrt(avg(ret_1s * ret_1s) OVER last_300) END AS rv_300,
    CASE WHEN count(ret_1s) OVER last_300 = 300 THEN sum(abs(ret_1s)) OVER last_300 END AS path_300,
    CASE WHEN count(l) OVER last_301 = 301 THEN max(l) OVER last_301 - min(l) OVER last_301 END AS range_300,
    CASE WHEN count(move_10) OVER last_600 = 600 THEN avg(move_10 * move_10) OVER last_600 END AS move_10_sq,
    CASE WHEN count(ret_1s) OVER last_600 = 600 THEN avg(ret_1s * ret_1s) OVER last_600 END AS ret_sq_600,
    sum(CASE WHEN spot_observed THEN 1 ELSE 0 END) OVER last_300 AS observed_300
  FROM moves
  WINDOW
    last_60 AS (ORDER BY ts ROWS BETWEEN 59 PRECEDING AND CURRENT ROW),
    last_300 AS (ORDER BY ts ROWS BETWEEN 299 PRECEDING AND CURRENT ROW),
    last_301 AS (ORDER BY ts ROWS BETWEEN 300 PRECEDING AND CURRENT ROW),
    last_600 AS (ORDER BY ts ROWS BETWEEN 599 PRECEDING AND CURRENT ROW)
),
measures AS (
  SELECT
    ts,
    spot,
    spot_observed,
    observed_300,
    rv_60,
    rv_300,
    CASE WHEN path_300 > 0 THEN abs(net_300) / path_300 * sqrt(300) END AS er_star_300,
    CASE WHEN rv_300 > 0 THEN range_300 / (rv_300 * sqrt(300)) END AS range_z_300,
    CASE WHEN ret_sq_600 > 0 THEN move_10_sq / (10 * ret_sq_600) END AS vr_600
  FROM windows
)
SELECT
  *,
  coalesce(er_star_300 <= $1 AND range_z_300 <= $2 AND vr_600 <= $3 AND observed_300 >= $4, false) AS chop_second
FROM measures
ORDER BY ts
