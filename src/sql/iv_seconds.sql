-- Per grid second, the forward and ATM IV solved outside the engine (iv_solved: NaN for NULL, by
-- second index from the open), then iv_smooth, d_iv_60 and iv_z (spec 10). $1 mad_floor.
CREATE OR REPLACE TEMP TABLE iv_seconds AS
WITH solved AS (
  SELECT
    g.ts,
    CASE WHEN NOT isnan(v.forward) THEN v.forward END AS forward,
    CASE WHEN NOT isnan(v.atm_iv) THEN v.atm_iv END AS atm_iv
  FROM (SELECT ts, CAST(row_number() OVER (ORDER BY ts) - 1 AS INTEGER) AS second FROM spot_grid) g
  JOIN iv_solved v ON v.second = g.second
),
smooth AS (
  SELECT
    *,
    CASE WHEN count(atm_iv) OVER last_5 >= 3 THEN median(atm_iv) OVER last_5 END AS iv_smooth
  FROM solved
  WINDOW last_5 AS (ORDER BY ts ROWS BETWEEN 4 PRECEDING AND CURRENT ROW)
),
changes AS (
  SELECT *, iv_smooth - lag(iv_smooth, 60) OVER (ORDER BY ts) AS d_iv_60 FROM smooth
),
history AS (
  SELECT
    *,
    count(d_iv_60) OVER past AS past_n,
    median(d_iv_60) OVER past AS past_median,
    mad(d_iv_60) OVER past AS past_mad
  FROM changes
  WINDOW past AS (ORDER BY ts ROWS BETWEEN 1800 PRECEDING AND 61 PRECEDING)
)
SELECT
  ts,
  forward,
  atm_iv,
  iv_smooth,
  d_iv_60,
  CASE WHEN past_n >= 600 THEN (d_iv_60 - past_median) / (1.4826 * greatest(past_mad, CAST($1 AS DOUBLE))) END
    AS iv_z
FROM history
ORDER BY ts
