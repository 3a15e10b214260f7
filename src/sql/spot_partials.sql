-- Per second of the trade date up to the close, over the files behind `ticks` (one scan group of
-- an engine's share; the pipeline runs it into table spot_partials, appending group after group):
-- the last row's order key and spot, the volume of every row (flow), and data-quality counts.
-- spot_seconds merges the groups and shares.
-- The last row is taken whole (spec 2 order, see order_in_second). arg_max skips NULL values,
-- so -1 (spot is > 0 here) stands for the last row's NULL until the merge.
-- $1 underlying, $2 first instant of the day, $3 end of the last second.
-- Volume is summed exactly (HUGEINT) and kept as a DOUBLE, which cannot overflow: exact below 2^53,
-- which no real volume nears; a vendor's absurd vol_delta no longer fails the day (see the merge).
SELECT
  date_trunc('second', ts) AS sec,
  max(order_in_second) AS last_order,
  arg_max(CASE WHEN spot > 0 THEN spot ELSE -1 END, order_in_second) AS last_spot,
  CAST(coalesce(sum(vol_delta), 0) AS DOUBLE) AS volume_all,
  CAST(count(*) AS BIGINT) AS row_count,
  CAST(count(*) FILTER (WHERE vol_delta < 0) AS BIGINT) AS negative_volume,
  CAST(count(*) FILTER (WHERE bp0 > 0 AND sp0 > 0 AND bp0 > sp0) AS BIGINT) AS crossed_quotes,
  -- a book price of 0 is an empty level, not a bad price; deeper levels are not read here
  CAST(count(*) FILTER (WHERE spot <= 0 OR bp0 < 0 OR sp0 < 0) AS BIGINT) AS nonpositive_prices
FROM ticks
WHERE underlying = $1 AND ts >= CAST($2 AS TIMESTAMP) AND ts < CAST($3 AS TIMESTAMP)
GROUP BY date_trunc('second', ts)
