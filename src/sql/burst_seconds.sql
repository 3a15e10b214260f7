-- Per grid second: rv_ratio and whether the second is soft or hard (spec 6). A second with a
-- NULL input is neither. $1 k_hard, $2 k_soft, $3 rv_floor, $4 min_move.
CREATE OR REPLACE TEMP TABLE burst_seconds AS
WITH ratios AS (
  SELECT
    ts,
    rv_120,
    -- greatest() skips NULLs, so a NULL rv_120 must give a NULL ratio explicitly
    CASE WHEN rv_10 IS NOT NULL AND rv_120 IS NOT NULL THEN rv_10 / greatest(rv_120, CAST($3 AS DOUBLE)) END
      AS rv_ratio,
    abs(ln(spot / lag(spot, 10) OVER (ORDER BY ts))) AS move_10
  FROM market_state
)
SELECT
  ts,
  rv_ratio,
  -- the rv_10 levels that make a second hard or soft, for the chart
  CASE WHEN rv_120 IS NOT NULL THEN $1 * greatest(rv_120, CAST($3 AS DOUBLE)) END AS hard_line,
  CASE WHEN rv_120 IS NOT NULL THEN $2 * greatest(rv_120, CAST($3 AS DOUBLE)) END AS soft_line,
  coalesce(rv_ratio >= $2, false) AS soft,
  coalesce(rv_ratio >= $1 AND move_10 >= $4, false) AS hard
FROM ratios
