-- Per ladder instrument side and grid second (spec 9), from liquidity_sides and liquidity_bases
-- (run into liquidity_series a few instruments at a time: the windows over every second of every
-- instrument at once took 1.5 GB of the engine's memory): the gone (G) and unexplained (U) depth,
-- the bases, and whether the second is soft or hard for a depth event or a pull.
-- $1 min_base_depth5, $2 min_base_qty, $3 soft ratio (0.8), $4 hard ratio (0.5).
WITH changes AS (
  SELECT
    s.*,
    lag(d5) OVER step - d5 AS fall5,
    lag(d1) OVER step - d1 AS fall1,
    lag(p1) OVER step AS p1_before,
    lag(d5, 5) OVER step - d5 AS drop5,
    CASE WHEN NOT isnan(b.base) THEN b.base END AS base_all,
    CASE WHEN NOT isnan(b.base1) THEN b.base1 END AS base1_all
  -- both in the order of `i`: a positional join, not a join on it
  FROM liquidity_sides s
  POSITIONAL JOIN liquidity_bases b
  WINDOW step AS (PARTITION BY series ORDER BY ts)
),
measures AS (
  SELECT
    * EXCLUDE (fall5, fall1, base_all, base1_all),
    CASE WHEN observed AND fall5 IS NOT NULL THEN greatest(0, fall5) ELSE 0 END AS g,
    CASE WHEN observed AND fall5 IS NOT NULL THEN greatest(0, fall5 - v) ELSE 0 END AS u,
    CASE WHEN observed AND fall1 IS NOT NULL THEN greatest(0, fall1) ELSE 0 END AS g1,
    CASE WHEN observed AND fall1 IS NOT NULL THEN greatest(0, fall1 - v) ELSE 0 END AS u1,
    CASE WHEN base_all > $1 THEN base_all END AS base,
    CASE WHEN base1_all > $2 THEN base1_all END AS base1
  FROM changes
)
SELECT
  series, ts, observed, d5, d1, o5, g, u, g1, u1, base, base1,
  coalesce(d5 <= $3 * base, false) AS depth_soft,
  coalesce(d5 <= $4 * base AND drop5 > 0, false) AS depth_hard,
  coalesce(d1 <= $3 * base1 AND p1 = p1_before, false) AS pull_soft,
  coalesce(d1 <= $4 * base1 AND p1 = p1_before AND g1 > 0 AND u1 >= 0.5 * g1, false) AS pull_hard
FROM measures
