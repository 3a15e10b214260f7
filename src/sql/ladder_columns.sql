-- The ladder for the screen, read once per day: one row per grid second x k x CE/PE in the table's
-- order (ts, k, opt_type), so that row = second * rows_per_second + (k + N) * 2 + (PE ? 1 : 0)
-- and playback finds any second's ladder without a query. Numbers as DOUBLE (Float64Array).
SELECT
  bid,
  ask,
  CAST(bid_depth5 AS DOUBLE) AS bid_depth5,
  CAST(ask_depth5 AS DOUBLE) AS ask_depth5,
  iv,
  CAST(age_s AS DOUBLE) AS age_s
-- ladder_values is stored in this order (ladder.sql): read as it is, not sorted again
FROM ladder_values
