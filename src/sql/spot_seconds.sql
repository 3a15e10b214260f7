-- Per second: the last spot (spec 2: the last row by timestamp, then file path, then row
-- number, taken whole), the volume of every row (flow), and data-quality counts, merged from
-- the shares in spot_partials (one row per second and share; order keys never tie).
-- A volume beyond BIGINT (only an absurd vol_delta gives one) is NULL: not a number the data can say.
CREATE OR REPLACE TEMP TABLE spot_seconds AS
SELECT
  sec,
  nullif(arg_max(last_spot, last_order), -1) AS spot,
  TRY_CAST(sum(volume_all) AS BIGINT) AS volume_all,
  CAST(sum(row_count) AS BIGINT) AS row_count,
  CAST(sum(negative_volume) AS BIGINT) AS negative_volume,
  CAST(sum(crossed_quotes) AS BIGINT) AS crossed_quotes,
  CAST(sum(nonpositive_prices) AS BIGINT) AS nonpositive_prices
FROM spot_partials
GROUP BY sec
