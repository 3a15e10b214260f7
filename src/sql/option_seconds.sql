-- Per front-expiry option instrument inside the ladder's band and per second: the last quote of the
-- second taken whole and the volume traded (flow), merged from the shares in option_partials
-- (one row per instrument, second and share; order keys never tie). NULLs come back here.
-- A volume beyond BIGINT (only an absurd vol_delta gives one) is NULL: not a number the data can say.
CREATE OR REPLACE TEMP TABLE option_seconds AS
SELECT
  opt_type,
  strike_key,
  sec,
  nullif(arg_max(bid, last_order), -1) AS bid,
  nullif(arg_max(ask, last_order), -1) AS ask,
  nullif(arg_max(bid_qty, last_order), CAST(-9223372036854775808 AS BIGINT)) AS bid_qty,
  nullif(arg_max(ask_qty, last_order), CAST(-9223372036854775808 AS BIGINT)) AS ask_qty,
  arg_max(bid_depth5, last_order) AS bid_depth5,
  arg_max(ask_depth5, last_order) AS ask_depth5,
  nullif(arg_max(bid_orders5, last_order), CAST(-9223372036854775808 AS BIGINT)) AS bid_orders5,
  nullif(arg_max(ask_orders5, last_order), CAST(-9223372036854775808 AS BIGINT)) AS ask_orders5,
  TRY_CAST(sum(volume) AS BIGINT) AS volume
FROM option_partials
GROUP BY opt_type, strike_key, sec
