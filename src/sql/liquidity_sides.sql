-- Per ladder instrument, book side and grid second (spec 9), for instruments $2..$3 (built a few
-- at a time, see liquidity_series): the as-of depth D5, level-0 quantity D1 and price P1 (in
-- ticks of $1), orders O and the flow V. `i` numbers the rows by series and time (the grid is
-- every second from the open), the order the table is stored in and in which the bases are
-- computed outside the engine (liquidity_depths, liquidity_bases, liquidity_series).
WITH states AS (SELECT * FROM instrument_states WHERE instrument BETWEEN $2 AND $3),
grid AS (SELECT min(ts) AS open_ts, count(*) AS seconds FROM spot_grid)
SELECT CAST((sides.series - 2 * $2) * grid.seconds + date_diff('second', grid.open_ts, sides.ts) AS INTEGER) AS i, sides.*
FROM (
  SELECT
    instrument * 2 + side_no AS series,
    ts,
    sec IS NOT NULL AND sec = ts AS observed,
    depth5 AS d5,
    CASE WHEN sec IS NOT NULL THEN CASE WHEN price IS NOT NULL THEN coalesce(qty, 0) ELSE 0 END END AS d1,
    round(price / CAST($1 AS DOUBLE)) AS p1,
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
) sides, grid
ORDER BY i
