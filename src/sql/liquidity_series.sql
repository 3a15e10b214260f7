-- Per ladder instrument, book side and grid second (spec 9): the as-of depth D5, level-0
-- quantity D1 and price P1 (ticks), orders O, the flow V, the gone (G) and unexplained (U)
-- depth, the trailing medians base and base1, and whether the second is soft or hard for a
-- depth event or a pull; for instruments $6..$7 (run into liquidity_series a few at a time: the
-- windows over every second of every instrument at once took 1.5 GB of the engine's memory).
-- $1 min_base_depth5, $2 min_base_qty, $3 soft ratio (0.8), $4 hard ratio (0.5), $5 tick.
WITH states AS (SELECT * FROM instrument_states WHERE instrument BETWEEN $6 AND $7),
sides AS (
  SELECT
    instrument * 2 + side_no AS series,
    ts,
    sec IS NOT NULL AND sec = ts AS observed,
    depth5 AS d5,
    CASE WHEN sec IS NOT NULL THEN CASE WHEN price IS NOT NULL THEN coalesce(qty, 0) ELSE 0 END END AS d1,
    round(price / CAST($5 AS DOUBLE)) AS p1,
    orders5 AS o5,
    CASE WHEN sec = ts THEN coalesce(volume, 0) ELSE 0 END AS v
  FROM (
    SELECT instrument, ts, sec, volume, 0 AS side_no, ask AS price, ask_qty AS qty, ask_depth5 AS depth5,
      ask_orders5 AS orders5
    FROM states
    UNION ALL
    SELECT instrument, ts, sec, volume, 1, bid, bid_qty, bid_depth5, bid_orders5
    FROM states
  )
),
changes AS (
  SELECT
    *,
    lag(d5) OVER step - d5 AS fall5,
    lag(d1) OVER step - d1 AS fall1,
    lag(p1) OVER step AS p1_before,
    lag(d5, 5) OVER step - d5 AS drop5,
    CASE WHEN count(d5) OVER past >= 60 THEN median(d5) OVER past END AS base_all,
    CASE WHEN count(d1) OVER past >= 60 THEN median(d1) OVER past END AS base1_all
  FROM sides
  WINDOW
    step AS (PARTITION BY series ORDER BY ts),
    past AS (PARTITION BY series ORDER BY ts ROWS BETWEEN 300 PRECEDING AND 1 PRECEDING)
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
